using Pipeline.Extract.Model;
using Pipeline.Extract.Pages;
using Pipeline.Extract.Text;

namespace Pipeline.Extract.Tests.Pages;

/// <summary>Round heads23 (issue #13): a web report's crossheads stay inside it; a board's label and notice over the page's
/// article, a repost's source line and a long report's pager are never its headline. Each rule has a page it mends and a page
/// it leaves as it was. Every page text here is written for the test.</summary>
public class WebHeadlineSectionsAndNoticesTests
{
    private static PageLayout Read(string text) =>
        PageReader.Read(new SourceDocument { Source = "web.txt", Kind = DocumentKind.PageText, Text = text });

    /// <summary>A web report's crumb, headline, source line and lead: what each page about the headings under it opens with.</summary>
    private const string DatedReport = """
        首页 > 财经 > 正文
        某某开发区前5月工业产值增长28%
        发布时间:2023-06-12 来源:某某日报
        某某经济开发区今年前5个月实现工业产值212亿元,增长28%,新批外资企业6家。

        """;

    [Fact]
    public void Crossheads_under_a_web_headline_stay_inside_its_one_report()
    {
        var layout = Read(DatedReport + """
            做强新能源汽车产业
            前5个月,开发区完成工业投资35亿元,增长41%,汽车产业园实现产值60亿元。
            引进现代服务业项目
            开发区还将培育物流、会展等服务业,推动制造业和服务业融合发展。
            """);
        var article = Assert.Single(layout.Articles);
        Assert.Equal("某某开发区前5月工业产值增长28%", article.Title);
        Assert.Contains("做强新能源汽车产业", article.Body);
        Assert.Contains("推动制造业和服务业融合发展", article.Body);
    }

    [Fact]
    public void A_signed_report_under_a_web_headline_stays_an_article_of_its_own()
    {
        var layout = Read(DatedReport + """
            某某新区签约项目9个
            本报讯(记者 李某某)某某新区日前集中签约项目9个,总投资46亿元。
            签约项目涉及新材料、生物医药等领域。
            """);
        Assert.Equal(2, layout.Articles.Count);
        Assert.Equal("某某新区签约项目9个", layout.Articles[1].Title);
    }

    [Fact]
    public void A_headline_long_heading_under_a_web_report_stays_an_article_of_its_own()
    {
        // Headed as long as a headline, not a crosshead's few words: a second report on a page that prints two.
        var layout = Read(DatedReport + """
            某某高新区举办2023年度重点项目集中签约仪式
            某某高新区日前集中签约项目9个,总投资46亿元,涉及新材料、生物医药等领域。
            """);
        Assert.Equal(2, layout.Articles.Count);
    }

    [Fact]
    public void A_boards_label_and_notice_over_the_dated_article_are_not_a_report()
    {
        var layout = Read("""
            某某社新闻发布平台
            欢迎企业投递新闻稿件!服务时间为周一至周五9:00-18:00,周末发稿请提前完成刊登程序。
            某某科技公司新厂房上梁 预计明年投产
            发稿时间:2023/05/16 10:21:08
            某某科技公司16日在某某产业园区举行新厂房上梁典礼,总投资12亿元,预计明年第二季度投产。
            新厂投产后可创造500个就业机会。
            """);
        var article = Assert.Single(layout.Articles);
        Assert.Equal("某某科技公司新厂房上梁 预计明年投产", article.Title);
    }

    [Fact]
    public void A_reposts_source_line_over_untitled_text_is_not_the_headline()
    {
        var layout = Read("""
            本文来源:某某产业研究院
            产业园区是推进经济发展的重要载体,通过企业集聚和基础设施共享,打造了产业特色鲜明、功能布局完整的发展空间。
            ~END~
            """);
        var article = Assert.Single(layout.Articles);
        Assert.Equal("", article.Title);
    }

    [Theory]
    [InlineData("【 第1頁 第2頁 第3頁 第4頁 第5頁 】")]
    [InlineData("上一页 1 2 3 下一页")]
    public void A_long_reports_pager_is_a_widget_row(string line) =>
        Assert.Equal(FurnitureKind.Widget, PageFurniture.Default.Classify(TextNormalizer.Fold(line)));

    [Theory]
    [InlineData("1 2 3")]
    [InlineData("第1页 园区新增企业12家")]
    public void Numbers_or_a_page_label_beside_words_are_no_pager(string line) =>
        Assert.NotEqual(FurnitureKind.Widget, PageFurniture.Default.Classify(TextNormalizer.Fold(line)));

    [Fact]
    public void A_pager_over_the_headline_is_not_glued_to_it()
    {
        var layout = Read("""
            【打 印】
            【 第1頁 第2頁 第3頁 第4頁 第5頁 】
            某某處長:園區將引進半導體廠商
            http://www.example.com   2013-11-27 00:55:36
            某某處長指出,目前園區已有公司564家,員工總數為75000人,去年全區營業額約新台幣4000億元。
            """);
        Assert.Equal("某某處長:園區將引進半導體廠商", layout.Articles[0].Title);
    }
}
