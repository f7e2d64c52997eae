using Pipeline.Extract.Model;
using Pipeline.Extract.Pages;
using Pipeline.Extract.Text;

namespace Pipeline.Extract.Tests.Pages;

/// <summary>Round zd20 (issue #13): a ranking table saved as text (排行 | 开发区 | 省份 | / 1 | 某某经济技术开发区 | 某省 |) was read
/// as a site's menu and as prompts after the article: its rows went to the page's header, where no zone is read, and a page
/// listing thirty zones gave none. A row that opens with a rank number and holds a name is the report's text. Every line is
/// written for these tests.</summary>
public class RankedTableRowsTests
{
    private static PageLayout Read(string text) =>
        PageReader.Read(new SourceDocument { Source = "table.txt", Kind = DocumentKind.PageText, Text = text });

    [Theory]
    [InlineData("1 | 常州高新区 | 江苏 |")]
    [InlineData("7 | 襄阳经济技术开发区 | 湖北 | 8 | 宜昌高新区 | 湖北 |")]
    [InlineData("15|荆门高新区|湖北")]
    public void A_row_that_opens_with_a_rank_and_holds_a_name_is_a_ranked_table_row(string line) =>
        Assert.True(PageFurniture.Default.IsRankedTableRow(TextNormalizer.Fold(line)));

    [Theory]
    [InlineData("1 | 2 | 3 | 4")]            // page numbers
    [InlineData("首页 | 新闻 | 政务 |")]      // a menu
    [InlineData("2023年12月 | 第3期")]        // no rank first
    public void Page_numbers_menus_and_fields_are_no_table_rows(string line) =>
        Assert.False(PageFurniture.Default.IsRankedTableRow(TextNormalizer.Fold(line)));

    [Fact]
    public void The_zones_of_a_ranking_table_after_the_text_are_the_articles()
    {
        var layout = Read("""
            湖北开发区综合排名发布

            排名显示,全省开发区营业收入继续增长,同比增长6.2%。
            排名 | 开发区 | 城市 |
            1 | 宜昌高新区 | 宜昌 |
            2 | 襄阳经济技术开发区 | 襄阳 |
            3 | 荆门高新区 | 荆门 |
            """);
        var article = Assert.Single(layout.Articles);
        Assert.Contains("1 | 宜昌高新区", article.Body);
        Assert.Contains("3 | 荆门高新区", article.Body);
    }

    [Fact]
    public void A_ranking_table_under_a_text_without_headline_stays_the_text()
    {
        var layout = Read("""
            榜单显示,全省开发区营业收入继续增长,同比增长6.2%。
            排名 | 开发区 | 城市 |
            1 | 宜昌高新区 | 宜昌 |
            2 | 襄阳经济技术开发区 | 襄阳 |
            """);
        var article = Assert.Single(layout.Articles);
        Assert.Contains("2 | 襄阳经济技术开发区", article.Body);
        Assert.DoesNotContain("宜昌高新区", article.Title);
    }
}
