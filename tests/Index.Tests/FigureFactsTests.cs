using Pipeline.Extract.Model;

namespace Pipeline.Index.Tests;

/// <summary>The facts of a figure (subject, indicator, period, target) as index filters.</summary>
public sealed class FigureFactsTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "pipeline-facts-" + Guid.NewGuid().ToString("N"));
    private readonly ArticleSearcher _searcher;

    public FigureFactsTests()
    {
        var record = new ArticleRecord
        {
            Id = "f1", Source = "t", Title = "西安高新区前三季度", Body = "…", Published = "2021-10-20", PrimaryZone = "西安高新区",
            Zones = { new ZoneEntity { Name = "西安高新区", Aliases = { "西安高新技术产业开发区" } } },
            Enterprises = { new EnterpriseEntity { Name = "隆基绿能科技股份有限公司", Aliases = { "隆基绿能" } } },
        };
        FigureEntity F(string text, decimal value, string subject, string kind, string? indicator, string? period, string? end = null, bool target = false) => new()
        {
            Text = text, Value = value, Unit = "元", Kind = "money", Indicator = indicator, Target = target,
            Subject = new FigureSubject { Name = subject, Kind = kind },
            Period = period == null ? null : new FigurePeriod { Value = period, ValueEnd = end },
        };
        record.Figures.Add(F("1500亿元", 150_000_000_000m, "西安高新区", SubjectKinds.Zone, "industrial_output", "2021-01", "2021-09"));
        record.Figures.Add(F("800亿元", 80_000_000_000m, "隆基绿能科技股份有限公司", SubjectKinds.Enterprise, "revenue", "2020"));
        record.Figures.Add(F("3000亿元", 300_000_000_000m, "西安高新区", SubjectKinds.Zone, "industrial_output", "2025", target: true));
        record.Figures.Add(F("5亿元", 500_000_000m, "西安市", SubjectKinds.Place, null, null));
        using (var index = ArticleIndex.Open(_path)) index.Update(new[] { record });
        _searcher = ArticleSearcher.Open(_path);
    }

    public void Dispose()
    {
        _searcher.Dispose();
        Directory.Delete(_path, recursive: true);
    }

    private string[] Texts(FigureQuery query) => _searcher.Figures(query).Rows.Select(r => r.Text).OrderBy(t => t, StringComparer.Ordinal).ToArray();

    [Fact]
    public void SubjectMatchesNamesAndAliases()
    {
        Assert.Equal(new[] { "800亿元" }, Texts(new FigureQuery { Subjects = new[] { "隆基绿能" } }));
        Assert.Equal(new[] { "1500亿元", "3000亿元" }, Texts(new FigureQuery { Subjects = new[] { "西安高新技术产业开发区" } }));
        Assert.Equal(new[] { "5亿元" }, Texts(new FigureQuery { Subjects = new[] { "西安市" } }));
    }

    [Fact]
    public void IndicatorPeriodOverlapAndTarget()
    {
        Assert.Equal(new[] { "1500亿元", "3000亿元" }, Texts(new FigureQuery { Indicators = new[] { "industrial_output" } }));
        Assert.Equal(new[] { "1500亿元" }, Texts(new FigureQuery { Period = "2021-05" }));
        Assert.Equal(new[] { "1500亿元" }, Texts(new FigureQuery { Period = "2021" }));
        Assert.Empty(Texts(new FigureQuery { Period = "2021-10" }));
        Assert.Equal(new[] { "3000亿元" }, Texts(new FigureQuery { Target = true }));
        Assert.Equal(3, _searcher.Figures(new FigureQuery { Target = false }).Total);
        Assert.Throws<ArgumentException>(() => _searcher.Figures(new FigureQuery { Period = "soon" }));
    }

    [Fact]
    public void RowsCarryTheFacts()
    {
        var row = Assert.Single(_searcher.Figures(new FigureQuery { Indicators = new[] { "revenue" } }).Rows);
        Assert.Equal(("隆基绿能科技股份有限公司", "enterprise", "2020", (string?)null), (row.Subject, row.SubjectKind, row.Period, row.PeriodEnd));
    }
}
