using Pipeline.Extract.Model;
using Pipeline.Extract.Pages;
using Pipeline.Extract.Text;

namespace Pipeline.Extract.Tests.Pages;

/// <summary>Column names printed with a headline (a short line above it, a name before a slash) and the
/// place bylines Taiwan and Hong Kong papers open a lead with (【記者 某某／台北報導】).</summary>
public class ColumnsAndPlaceBylinesTests
{
    private static PageLayout Read(string text) =>
        PageReader.Read(new SourceDocument { Source = "page.txt", Kind = DocumentKind.PageText, Text = text });

    private const string TaiwanPage = """
        甲市科學園區擴建 半導體廠商搶進

        【記者 林某某／新竹報導】甲市科學園區第三期擴建工程昨日動工,預計引進半導體相關廠商三十家。

        園區管理局表示,擴建後可新增就業機會約五千個,並帶動周邊商圈發展。

        乙縣產業園招商告捷 綠能廠商進駐

        記者王某／綜合報導 乙縣產業園近期吸引多家綠能廠商進駐,縣府提供土地租金減免。

        縣府官員指出,園區水電供應穩定,是吸引廠商的重要原因。

        丙市智慧城市展開幕 百家業者參展

        【本報綜合報導】丙市智慧城市展今日開幕,共有百家業者參展,展期三天。

        主辦單位表示,今年展區面積比往年擴大三成。

        社論／園區競爭不能只靠補貼拚場

        各地園區競相祭出補貼,短期或許能吸引廠商,長期仍要靠人才與產業生態。

        補貼一旦退場,廠商是否留下,才是檢驗政策成效的關鍵。
        """;

    [Fact]
    public void APlaceBylineOpeningTheLeadStartsAnArticleUnderTheHeadlineAbove()
    {
        var articles = Read(TaiwanPage).Articles;
        Assert.Equal(new[]
        {
            "甲市科學園區擴建 半導體廠商搶進",
            "乙縣產業園招商告捷 綠能廠商進駐",
            "丙市智慧城市展開幕 百家業者參展",
            "園區競爭不能只靠補貼拚場",
        }, articles.Select(a => a.Title));
        Assert.Equal(new[] { ("林某某", "记者") }, articles[0].Authors.Select(a => (a.Name, a.Role)));
        Assert.Equal(new[] { ("王某", "记者") }, articles[1].Authors.Select(a => (a.Name, a.Role)));
        Assert.StartsWith("甲市科學園區第三期", articles[0].Body);
        Assert.StartsWith("乙縣產業園近期", articles[1].Body);
        Assert.StartsWith("丙市智慧城市展今日開幕", articles[2].Body);
        Assert.All(articles, a => Assert.False(a.Fragment));
    }

    [Fact]
    public void AColumnNameBeforeASlashIsTheSectionNotTheTitle()
    {
        var last = Read(TaiwanPage).Articles[^1];
        Assert.Equal("社論", last.Section);
        Assert.Contains("補貼一旦退場", last.Body);
    }

    [Theory]
    [InlineData("觀察站／大灣區園區的「搶商戰」", 4)]
    [InlineData("社论/园区竞争不能只靠补贴拼场", 3)]
    [InlineData("文化/旅游融合发展", 0)]        // two words joined by a slash
    [InlineData("甲市高新区/乙市经开区联合招商", 0)] // a name longer than a column's
    [InlineData("1/3的企业来自外地", 0)]
    [InlineData("创科园区｜首批企业进驻率约七成", 5)]   // a channel before a web page's bar
    [InlineData("探访科学城|这家企业为何扎根高新区？", 6)]
    [InlineData("A|B两期工程同步开工", 0)]            // no channel's name before the bar
    public void FindsAColumnPrefix(string line, int length) =>
        Assert.Equal(length, LineRules.ColumnPrefixLength(TextNormalizer.Fold(line)));

    private const string ColumnsPage = """
        园区

        1.2万家

        截至目前,甲市高新区累计培育科技型中小企业1.2万家。

        算力服务进园区 甲市高新区企业用上“普惠算力”

        ◎本报记者 赵某

        甲市高新区建成公共算力平台,为中小企业提供低价算力服务。

        平台负责人说,今年已有200多家企业接入。

        区域经济

        乙市高新区半年报出炉 新兴产业增速领跑

        ◎本报记者 钱某

        乙市高新区发布半年经济运行数据,新兴产业产值增长两成。

        这个高新区

        如何留住年轻人

        ◎本报记者 孙某

        丙市高新区近年来人口净流入持续增加。
        """;

    [Fact]
    public void AShortLineAboveAHeadlineIsItsColumn()
    {
        var articles = Read(ColumnsPage).Articles;
        Assert.Equal(new[]
        {
            "算力服务进园区 甲市高新区企业用上“普惠算力”",
            "乙市高新区半年报出炉 新兴产业增速领跑",
            "这个高新区如何留住年轻人", // five characters and a line that goes on from it: one headline
        }, articles.Select(a => a.Title));
        Assert.Equal("区域经济", articles[1].Section);
        Assert.Null(articles[2].Section);
    }

    [Fact]
    public void AShortLineAboveAPullQuoteIsNoArticle()
    {
        var first = Read(ColumnsPage).Articles[0];
        Assert.Equal("园区", first.Section);
        Assert.Single(first.PullQuotes);
        Assert.StartsWith("1.2万家", first.PullQuotes[0]);
        Assert.DoesNotContain("截至目前", first.Body);
    }
}
