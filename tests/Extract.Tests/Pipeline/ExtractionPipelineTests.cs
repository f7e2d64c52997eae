using Newtonsoft.Json;
using Pipeline.Extract.Model;
using Pipeline.Extract.Output;
using Pipeline.Extract.Pipeline;

namespace Pipeline.Extract.Tests.Pipeline;

public class ExtractionPipelineTests
{
    private static ArticleRecord ExtractOne(SourceDocument source, string? published = null) =>
        Assert.Single(ExtractionPipeline.CreateDefault().Process(source, published));

    [Fact]
    public void FiguresAndDatesInHeadlinesAndCaptionsAreTheArticlesTooWithTheirField()
    {
        var record = ExtractOne(new SourceDocument
        {
            Source = "a.html",
            Kind = DocumentKind.Article,
            Title = "西安高新区硬科技企业突破3000家",
            Kicker = "总投资超50亿元",
            Text = "今年，西安高新区新增企业1200家。",
            Captions = { "2023年5月，园区新建的厂房。 受访单位供图" },
            Published = "2023-06-01",
        });
        var fields = record.Figures.Select(f => (f.Value, f.Field)).ToList();
        Assert.Contains((1200m, ArticleFields.Body), fields);
        Assert.Contains((3000m, ArticleFields.Title), fields);
        Assert.Contains((5_000_000_000m, ArticleFields.Kicker), fields);
        Assert.Contains(record.Dates, d => d.Value == "2023-05" && d.Field == ArticleFields.Caption(0));
        // A zone named in the body and the headline is one zone.
        Assert.Single(record.Zones, z => z.Name == "西安高新区");
    }

    /// <summary>A short name in the headline is the company the body names with its group word (阿里巴巴 for 阿里巴巴集团) or
    /// with its place and legal form (a filing's header: 岚川化学 for 大连市岚川化学有限责任公司).</summary>
    [Theory]
    [InlineData("阿里巴巴与某某餐饮扩大合作", "某某餐饮宣布,集团与阿里巴巴集团签订为期三年之合作协议。", "阿里巴巴", "阿里巴巴集团")]
    [InlineData("岚川化学:关于对外投资的公告", "大连市岚川化学有限责任公司拟以自有资金对外投资。", "岚川化学", "大连市岚川化学有限责任公司")]
    public void AHeadlineNameTheBodyWritesInFullIsThatCompany(string title, string text, string shortName, string fullName)
    {
        var record = ExtractOne(new SourceDocument
        {
            Source = "b.html",
            Kind = DocumentKind.Article,
            Title = title,
            Text = text,
            Published = "2020-01-10",
        });
        Assert.DoesNotContain(record.Enterprises, e => e.Name == shortName);
        Assert.Single(record.Enterprises, e => e.Name == fullName);
    }

    [Fact]
    public void ThePageHeaderIsKeptOnTheFirstRecordWithItsDatesButNotItsZones()
    {
        const string page = """
            园区简报
            某某科技厅
            2023年第4期(总第90期) 2023年4月28日
            【工作动态】 甲市高新区召开推进会
            乙市高新区签约项目30个

            工作动态

            甲市高新区召开推进会

            4月10日,甲市高新区召开高质量发展推进会。
            (供稿:甲市高新区)

            乙市高新区签约项目30个

            乙市高新区本月签约项目30个。
            (供稿:乙市高新区)
            """;
        var records = ExtractionPipeline.CreateDefault().Process(new SourceDocument { Source = "brief.txt", Kind = DocumentKind.PageText, Text = page });
        var first = records[0];
        Assert.Equal("甲市高新区召开推进会", first.Title);
        Assert.Contains("2023年第4期(总第90期) 2023年4月28日", first.PageHeader!);
        Assert.Contains(first.Dates, d => d.Value == "2023-04-28" && d.Field == ArticleFields.PageHeader(2));
        // The contents line's figure is printed there too; its zone stays with its own article.
        Assert.Contains(first.Figures, f => f.Value == 30m && f.Field == ArticleFields.PageHeader(4));
        Assert.DoesNotContain(first.Zones, z => z.Name.StartsWith("乙市", StringComparison.Ordinal));
        Assert.All(records.Skip(1), r => Assert.Null(r.PageHeader));
    }

    /// <summary>A page header's line whose numerals are all inside its dates is read by the date stage alone; one with a figure
    /// by every stage. Either way its figures (with their facts) and dates are those all six stages find in it.</summary>
    [Theory]
    [InlineData("编辑:李志")]
    [InlineData("首页 > 资讯 > 园区动态")]
    [InlineData("2023-10-09")]
    [InlineData("发布时间:2023/04/03 10:41 来源:某某日报")]
    [InlineData("科技日报 2024年6月18日 星期二 高新区 第7版")]
    [InlineData("2024年第9期(总第216期) 2024年9月20日")]
    [InlineData("浏览次数:5241")]
    [InlineData("今年一季度甲市高新区营收增长12%")]
    [InlineData("某某科技2023年营收3亿元")]
    [InlineData("去年10月 项目开工")]
    public void APageHeaderLineGivesTheFiguresAndDatesOfAllTheStages(string line)
    {
        var pipeline = ExtractionPipeline.CreateDefault();
        var anchor = PublicationDate.TryParse("2024-06-18");
        var header = pipeline.Complete(new ArticleRecord { Id = "a#1", Source = "a", Title = "标题", Body = "正文。", PageHeader = new List<string> { line } }, anchor);
        var alone = pipeline.Complete(new ArticleRecord { Id = "a#1", Source = "a", Title = "标题", Body = line }, anchor);
        foreach (var figure in alone.Figures) figure.Field = ArticleFields.PageHeader(0);
        foreach (var date in alone.Dates) date.Field = ArticleFields.PageHeader(0);
        Assert.Equal(Json(alone.Figures), Json(header.Figures));
        Assert.Equal(Json(alone.Dates), Json(header.Dates));
    }

    private static string Json(object value) => JsonConvert.SerializeObject(value, RecordJson.Settings);

    [Fact]
    public void PublishedOverrideAnchorsRelativeDatesWhenTheInputHasNone()
    {
        var record = ExtractOne(new SourceDocument { Source = "b.txt", Kind = DocumentKind.Article, Title = "标题", Text = "去年10月，项目开工。" }, "2022-03-01");
        Assert.Equal("2022-03-01", record.Published);
        Assert.False(record.PublishedInferred);
        Assert.Contains(record.Dates, d => d.Value == "2021-10");
    }
}
