namespace Pipeline.Index.Tests;

public sealed class FigureTests : IDisposable
{
    private readonly SampleArchive _archive = new();
    private readonly ArticleSearcher _searcher;

    public FigureTests() => _searcher = _archive.Build();

    public void Dispose()
    {
        _searcher.Dispose();
        _archive.Dispose();
    }

    private string[] Texts(FigureQuery query) => _searcher.Figures(query).Rows.Select(r => r.Text).ToArray();

    [Fact]
    public void Metric_matches_by_containment()
    {
        Assert.Equal(new[] { "11.7%", "2000亿元", "5000亿元" }, Texts(new FigureQuery { Metric = "产值" }).OrderBy(x => x, StringComparer.Ordinal));
        Assert.Equal(new[] { "1万家" }, Texts(new FigureQuery { Metric = "企业数量" }));
    }

    [Fact]
    public void Unit_and_value_bounds_filter()
    {
        Assert.Equal(new[] { "2000亿元", "5000亿元" }, Texts(new FigureQuery { Metric = "产值", Unit = "元", Sort = FigureSort.Value }).Reverse());
        Assert.Equal(new[] { "5000亿元" }, Texts(new FigureQuery { Unit = "元", Min = 300_000_000_000m }));
        Assert.Equal(new[] { "2000亿元" }, Texts(new FigureQuery { Unit = "元", Max = 300_000_000_000m }));
        Assert.Empty(Texts(new FigureQuery { Unit = "元", Max = 1000 }));
        Assert.Equal(new[] { "11.7%" }, Texts(new FigureQuery { Kind = "percent" }));
    }

    [Fact]
    public void Zone_falls_back_to_the_article_and_accepts_aliases()
    {
        var row = Assert.Single(_searcher.Figures(new FigureQuery { Zones = new[] { "光谷" } }).Rows);
        Assert.Equal("3平方公里", row.Text);
        Assert.Equal("a1", row.ArticleId);
        Assert.Equal("东湖高新区建设零碳科技产业园", row.Title);
        Assert.Equal("2022-03-15", row.Published);
        Assert.Equal("园区规划面积3平方公里，预计2025年建成。", row.Sentence);
        // a2's figures name no zone: they take the article's primary zone.
        var suzhou = _searcher.Figures(new FigureQuery { Zones = new[] { "苏州工业园区" } });
        Assert.Equal(3, suzhou.Total);
        Assert.All(suzhou.Rows, r => Assert.Equal("苏州工业园区", r.Zone));
    }

    [Fact]
    public void Dates_and_enterprise_filter()
    {
        Assert.Equal(new[] { "2000亿元" }, Texts(new FigureQuery { From = "2023" }));
        Assert.Equal(3, _searcher.Figures(new FigureQuery { To = "2021" }).Total);
        Assert.Equal(new[] { "2000亿元" }, Texts(new FigureQuery { Enterprises = new[] { "比亚迪" } }));
    }

    [Fact]
    public void Rows_are_newest_first_by_default_and_page()
    {
        var all = _searcher.Figures(new FigureQuery());
        Assert.Equal(5, all.Total);
        Assert.Equal(new[] { "2000亿元", "3平方公里", "5000亿元", "11.7%", "1万家" }, all.Rows.Select(r => r.Text));
        Assert.Equal(new[] { "5000亿元", "11.7%" }, Texts(new FigureQuery { Offset = 2, Limit = 2 }));
    }
}
