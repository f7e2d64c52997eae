using Pipeline.Extract.Model;

namespace Pipeline.Index.Tests;

/// <summary>A handful of articles written for these tests, and a fresh index folder per test.</summary>
internal sealed class SampleArchive : IDisposable
{
    public SampleArchive()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "pipeline-index-tests-" + Guid.NewGuid().ToString("N"));
    }

    public string Path { get; }

    public ArticleSearcher Build(IEnumerable<ArticleRecord>? records = null)
    {
        using (var index = ArticleIndex.Open(Path)) index.Update(records ?? Records());
        return ArticleSearcher.Open(Path);
    }

    /// <summary>Writes <paramref name="records"/> on one thread in commits of <paramref name="commitEvery"/> articles: several
    /// segments, as a large archive has, for the tests of what is kept per segment. Segments of at least
    /// <paramref name="minSetDocuments"/> documents get match sets (every one by default: these segments are small).</summary>
    public void UpdateInSegments(IEnumerable<ArticleRecord> records, int commitEvery, int minSetDocuments = 0)
    {
        using var index = ArticleIndex.Open(Path);
        index.CommitEvery = commitEvery;
        index.Threads = 1;
        index.MatchSetsMinDocuments = minSetDocuments;
        index.Update(records);
    }

    /// <summary><paramref name="articles"/> benchmark articles recombined from <see cref="Records"/>.</summary>
    public static IEnumerable<ArticleRecord> Generated(int articles, int seed) =>
        new Benchmark.ArchiveGenerator(Records(), seed: seed).Generate(articles);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }

    private static ZoneEntity Zone(string name, params string[] aliases) => new() { Name = name, Aliases = aliases.ToList() };
    private static EnterpriseEntity Firm(string name, params string[] aliases) => new() { Name = name, Aliases = aliases.ToList() };
    private static Author By(string name) => new() { Name = name, Role = "本报记者" };

    public static ArticleRecord Donghu() => new()
    {
        Id = "a1",
        Title = "东湖高新区建设零碳科技产业园",
        Body = "武汉东湖高新区近日启动零碳科技产业园建设。园区规划面积3平方公里，预计2025年建成。\n光谷企业积极参与低碳转型，长飞公司率先使用绿色电力。",
        Published = "2022-03-15",
        Page = "01",
        Authors = { By("张三") },
        PrimaryZone = "武汉东湖高新区",
        Zones = { Zone("武汉东湖高新区", "东湖高新区", "光谷") },
        Enterprises = { Firm("长飞光纤光缆股份有限公司", "长飞") },
        Figures =
        {
            new FigureEntity { Text = "3平方公里", Value = 3, Unit = "平方公里", Kind = "measure", Metric = "规划面积", Zone = "武汉东湖高新区", Sentence = "园区规划面积3平方公里，预计2025年建成。" },
        },
    };

    public static ArticleRecord Suzhou() => new()
    {
        Id = "a2",
        Title = "苏州工业园区产值再创新高",
        Body = "苏州工业园区去年实现工业总产值5000亿元，同比增长11.7%。园区内科技企业数量突破1万家。",
        Published = "2021-12-20",
        Page = "02",
        Authors = { By("李四") },
        PrimaryZone = "苏州工业园区",
        Zones = { Zone("苏州工业园区", "园区") },
        Figures =
        {
            new FigureEntity { Text = "5000亿元", Value = 500_000_000_000m, Unit = "元", Kind = "money", Metric = "工业总产值", Sentence = "苏州工业园区去年实现工业总产值5000亿元，同比增长11.7%。" },
            new FigureEntity { Text = "11.7%", Value = 11.7m, Unit = "%", Kind = "percent", Metric = "工业总产值", Change = true, Sentence = "苏州工业园区去年实现工业总产值5000亿元，同比增长11.7%。" },
            new FigureEntity { Text = "1万家", Value = 10_000, Unit = "家", Kind = "count", Metric = "科技企业数量", Approx = false, Sentence = "园区内科技企业数量突破1万家。" },
        },
    };

    public static ArticleRecord Optics() => new()
    {
        Id = "a3",
        Title = "光谷企业发力人工智能",
        Body = "东湖高新区的人工智能企业快速成长，长飞公司研发投入持续增长。科技产业园里的零碳实践值得推广。",
        Published = "2022-05",
        Page = "01",
        Authors = { By("张三"), By("王五") },
        PrimaryZone = "武汉东湖高新区",
        Zones = { Zone("武汉东湖高新区", "东湖高新区", "光谷") },
        Enterprises = { Firm("长飞光纤光缆股份有限公司", "长飞") },
    };

    public static ArticleRecord Shenzhen() => new()
    {
        Id = "a4",
        Title = "深圳高新区新能源汽车产业集群壮大",
        Body = "深圳高新区新能源汽车产值突破2000亿元，比亚迪等龙头企业带动上下游协同发展。",
        Published = "2023-01-08",
        Page = "03",
        Authors = { By("赵六") },
        PrimaryZone = "深圳高新区",
        Zones = { Zone("深圳高新区") },
        Enterprises = { Firm("比亚迪股份有限公司", "比亚迪") },
        Figures =
        {
            new FigureEntity { Text = "2000亿元", Value = 200_000_000_000m, Unit = "元", Kind = "money", Metric = "产值", Approx = true, Enterprise = "比亚迪股份有限公司", Sentence = "深圳高新区新能源汽车产值突破2000亿元，比亚迪等龙头企业带动上下游协同发展。" },
        },
    };

    public static ArticleRecord Commentary() => new()
    {
        Id = "a5",
        Title = "科技日报评论",
        Body = "科技创新 & 高质量发展 <关键在人才>。",
    };

    public static IReadOnlyList<ArticleRecord> Records() => new[] { Donghu(), Suzhou(), Optics(), Shenzhen(), Commentary() };
}
