using Pipeline.Extract.Model;
using Pipeline.Extract.Pages;
using Pipeline.Extract.Text;

namespace Pipeline.Extract.Tests.Pages;

/// <summary>Round heads26 (issue #13): a list page is told by its repeated shape — each item a headline over its summary,
/// then its own stamp line (a date, the outlet's name); or each item's headline, stamp and summary run together on one line —
/// and read as one record an item; one article with its date line, or with a list of links after it, stays one record. A
/// crumb parted by slashes after 首页, a repost's 转自: line and a login prompt are never headlines. Every page text here is
/// written for the test.</summary>
public class WebListPagesTests
{
    private static PageLayout Read(string text) =>
        PageReader.Read(new SourceDocument { Source = "web.txt", Kind = DocumentKind.PageText, Text = text });

    [Fact]
    public void A_news_list_of_headlines_over_summaries_each_with_its_stamp_is_one_record_an_item()
    {
        var layout = Read("""
            某某新聞網
            某某科技園區新增三家企業進駐 投資逾十億元
            某某新聞/台中報導 某某科技園區管理局表示,本月新增三家企業進駐,合計投資金額逾十億元,預計明年投產,可望創造...
            某某新聞
            2024年5月6日
            某某市推動智慧製造補助 首批二十家廠商獲選
            某某新聞/台南報導 某某市經濟發展局公布智慧製造補助名單,首批共有二十家廠商獲選,每家最高補助五百萬元,...
            某某新聞
            2024年5月3日
            某某產業園區擴建工程動土 預計後年完工
            某某新聞/綜合報導 某某產業園區擴建工程今日動土,新增用地約三十公頃,預計後年完工,完工後將提供...
            某某新聞
            2024年4月29日
            """);
        Assert.Equal(new[] { "某某科技園區新增三家企業進駐 投資逾十億元", "某某市推動智慧製造補助 首批二十家廠商獲選", "某某產業園區擴建工程動土 預計後年完工" },
            layout.Articles.Select(a => a.Title));
    }

    [Fact]
    public void One_article_with_its_date_line_and_crossheads_stays_one_record()
    {
        var layout = Read("""
            某某高新区一季度新签约项目28个
            2024-04-12 来源:某某日报
            4月11日,记者从某某高新区获悉,一季度该区新签约项目28个,总投资156亿元。
            项目质量持续提升
            签约项目中,超10亿元项目6个,涉及新能源、生物医药等领域。
            服务保障再加力
            该区将持续优化营商环境,推动项目早落地、早投产。
            """);
        var article = Assert.Single(layout.Articles);
        Assert.Equal("某某高新区一季度新签约项目28个", article.Title);
    }

    [Fact]
    public void Links_with_dates_after_an_article_make_no_list()
    {
        var layout = Read("""
            某某经开区举办产业链对接会 签约项目12个
            2024-06-03 来源:某某网
            6月2日,某某经开区举办产业链对接会,现场签约项目12个,总投资45亿元。
            相关新闻
            某某经开区一季度经济运行稳中向好
            2024-04-20
            某某经开区新能源产业园开工
            2024-03-15
            某某经开区召开优化营商环境大会
            2024-02-28
            """);
        var article = Assert.Single(layout.Articles);
        Assert.Equal("某某经开区举办产业链对接会 签约项目12个", article.Title);
    }

    [Fact]
    public void Items_printed_each_as_headline_stamp_and_summary_on_one_line_are_one_record_each()
    {
        var layout = Read("""
            |
            某某園區擴大產業用地 延伸北部產業儲備區域 (2024.03.08) 某某部會攜手地方政府,持續規劃園區往南北延伸,盤點產業儲備用地,並協調水、電、交通等基礎建設,帶動全產業創新 |
            |
            某某園區上半年營收創新高 就業人數同步成長 (2024.02.21) 某某園區今日召開營運記者會,公布上半年營業額較去年同期成長百分之十二,就業人數也創下新高,顯示園區產業動能強勁 |
            |
            """);
        Assert.Equal(new[] { "某某園區擴大產業用地 延伸北部產業儲備區域", "某某園區上半年營收創新高 就業人數同步成長" }, layout.Articles.Select(a => a.Title));
        Assert.StartsWith("某某部會攜手地方政府", layout.Articles[0].Body);
    }

    [Fact]
    public void One_line_holding_a_headline_a_date_and_text_on_a_page_of_paragraphs_is_left_as_it_was()
    {
        // Only a page that prints two or more lines so is a list; one such line among paragraphs is a report's own text.
        var layout = Read("""
            某某高新区召开项目推进会
            会议指出,要加快推进重点项目建设 (2024.05.10) 某某高新区召开重点项目推进会,听取各项目建设进展情况汇报,研究解决项目推进中的困难和问题,确保全年目标完成。
            会议要求,各部门要强化服务保障,推动项目早开工、早投产。
            """);
        var article = Assert.Single(layout.Articles);
        Assert.Equal("某某高新区召开项目推进会", article.Title);
    }

    [Theory]
    [InlineData("转自:某某新闻网", true)]
    [InlineData("转自：某某日报", true)]
    [InlineData("转自主营业务的收入占比提升至六成", false)]
    public void A_reposts_source_line_is_the_pages_field(string line, bool expected) =>
        Assert.Equal(expected, LineRules.IsSourceLine(TextNormalizer.Fold(line)));

    [Fact]
    public void A_slash_crumb_and_a_login_prompt_over_an_untitled_report_give_it_no_title()
    {
        var layout = Read("""
            用户名,快捷登录
            首页 / 园区动态 / 工作要闻
            5月8日上午,某某经开区召开二季度重点项目集中开工活动,集中开工项目15个,总投资62亿元。
            活动现场,各项目单位负责人表示将加快建设进度,确保项目早日竣工投产。
            """);
        var article = Assert.Single(layout.Articles);
        Assert.Equal("", article.Title);
    }
}
