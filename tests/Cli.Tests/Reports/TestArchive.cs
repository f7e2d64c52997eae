using Pipeline.Extract.Model;
using Pipeline.Index;

namespace Pipeline.Cli.Tests.Reports;

/// <summary>Articles written for these tests, indexed into a fresh temp folder that is deleted afterwards.</summary>
internal sealed class TestArchive : IDisposable
{
    public TestArchive(IEnumerable<ArticleRecord>? records = null)
    {
        Root = Path.Combine(Path.GetTempPath(), "pipeline-cli-tests-" + Guid.NewGuid().ToString("N"));
        IndexPath = Path.Combine(Root, "index");
        using var index = ArticleIndex.Open(IndexPath);
        index.Update(records ?? Records());
    }

    public string Root { get; }
    public string IndexPath { get; }

    public string File(string name) => Path.Combine(Root, name);

    public ArticleSearcher Open() => ArticleSearcher.Open(IndexPath);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }

    public const string Donghu = "武汉东湖高新区";
    public const string Suzhou = "苏州工业园区";
    public const string Zhangjiang = "上海张江高新区";

    public static ZoneEntity Zone(string name, params string[] aliases) => new() { Name = name, Aliases = aliases.ToList() };
    public static ZoneEntity DonghuZone() => Zone(Donghu, "东湖高新区", "光谷");
    public static ZoneEntity SuzhouZone() => Zone(Suzhou, "园区");
    public static ZoneEntity ZhangjiangZone() => Zone(Zhangjiang, "张江");

    public static ArticleRecord Article(string id, string title, string? published, string body, params ZoneEntity[] zones) => new()
    {
        Id = id,
        Source = "test",
        Title = title,
        Body = body,
        Published = published,
        PrimaryZone = zones.FirstOrDefault()?.Name,
        Zones = zones.ToList(),
    };

    /// <summary>Five articles over 2021-2022; titles and sentences carry commas, quotes, newlines, markup and a would-be formula.</summary>
    public static List<ArticleRecord> Records()
    {
        var tricky = Article("a1", "东湖高新区\"光谷\"产值, 再创新高 <script>alert(1)</script>", "2022-03-15",
            "武汉东湖高新区去年实现营业收入1.2万亿元，同比增长12.5%。\n光谷企业超过1万家。", DonghuZone());
        tricky.Zones[0].Mentions.Add(new Mention { Text = "武汉东湖高新区", Start = 0, End = 7 });
        tricky.Zones[0].Mentions.Add(new Mention { Text = "光谷", Start = 33, End = 35 });
        tricky.Enterprises.Add(new EnterpriseEntity { Name = "长飞光纤光缆股份有限公司", Aliases = { "长飞" } });
        tricky.Figures.Add(new FigureEntity
        {
            Text = "1.2万亿元", Value = 1_200_000_000_000m, Unit = "元", Kind = "money", Metric = "营业收入", Zone = Donghu, Start = 15, End = 21,
            Sentence = "武汉东湖高新区去年实现营业收入1.2万亿元，同比增长12.5%。",
        });
        tricky.Figures.Add(new FigureEntity
        {
            Text = "12.5%", Value = 12.5m, Unit = "%", Kind = "percent", Metric = "营业收入", Change = true, Zone = Donghu, Start = 26, End = 31,
            Sentence = "他说：\"增长, 很快\"\r\n第二行",
        });
        tricky.Figures.Add(new FigureEntity
        {
            Text = "1万家", Value = 10_000, Unit = "家", Kind = "count", Approx = true, Metric = "企业数量", Zone = Donghu,
            Enterprise = "长飞光纤光缆股份有限公司", Sentence = "=HYPERLINK(\"http://example.invalid\")",
        });

        var suzhou = Article("a2", "苏州工业园区生物医药产业集聚", "2021-06-01",
            "苏州工业园区生物医药企业达2000家至2500家，产值增长。", SuzhouZone());
        suzhou.Figures.Add(new FigureEntity
        {
            Text = "2000家至2500家", Value = 2000, ValueMax = 2500, Unit = "家", Kind = "count", Metric = "生物医药企业", Zone = Suzhou,
            Sentence = "苏州工业园区生物医药企业达2000家至2500家，产值增长。",
        });

        var both = Article("a3", "长三角园区协同：苏州与张江", "2022-01-20",
            "苏州工业园区与上海张江高新区签署合作协议，共建创新走廊。", SuzhouZone(), ZhangjiangZone());
        var donghuLater = Article("a4", "光谷人工智能企业加速成长", "2022-11-02",
            "东湖高新区的人工智能企业快速成长，研发投入增长。", DonghuZone());
        var monthOnly = Article("a5", "张江科学城建设提速", "2021-01",
            "上海张江高新区科学城建设提速，多个大科学装置落地。", ZhangjiangZone());
        return new List<ArticleRecord> { tricky, suzhou, both, donghuLater, monthOnly };
    }
}
