using Pipeline.Extract.Model;
using Pipeline.Extract.Pages;

namespace Pipeline.Extract.Tests.Pages;

/// <summary>Headlines a saved page hides among its widgets, or breaks or decorates (round heads15, issue #13): prompts glued
/// around the headline on its line, a format-and-print button row, a stock quote's field rows over a filing, a numbered
/// series after a bar, a reporter line with two names glued, an ornament after the headline under which a campaign column
/// is printed in brackets, and a filing's title broken mid-clause. Every page here is written for the test.</summary>
public class WebHeadlineWidgetGlueTests
{
    private static PageLayout Read(string text) =>
        PageReader.Read(new SourceDocument { Source = "web.txt", Kind = DocumentKind.PageText, Text = text });

    [Fact]
    public void Prompts_glued_around_the_headline_come_off_it()
    {
        var layout = Read("""
            CNML格式】 【 】 【打 印】
            掃描二維碼訪問移動版 某某科技園首個產業項目開建 掃描二維碼訪問微信
            http://www.example.com   2016-02-29 13:21:38


              某某社北京2月29日電/2月26日,某某科技園首個產業項目在某新區正式開建。項目總投資20億元,預計兩年後建成,屆時年產值將超100億元。

              該項目占地約245畝,涵蓋節能環保產品、新能源、大健康等行業產品,以及下一代信息技術研究與行業應用。
            """);
        Assert.Equal("某某科技園首個產業項目開建", layout.Articles[0].Title);
        Assert.Equal(FurnitureKind.Widget, PageFurniture.Default.Classify("CNML格式】 【 】 【打 印】"));
    }

    [Fact]
    public void A_headline_glued_to_prompts_is_told_from_a_prompt()
    {
        Assert.NotEqual((0, 0), PageFurniture.Default.FurnitureGlue("扫描二维码访问移动版 某某科技园首个产业项目开建 扫描二维码访问微信"));
        Assert.Equal((0, 0), PageFurniture.Default.FurnitureGlue("扫描二维码访问移动版 扫描二维码访问微信"));
        Assert.Equal((0, 0), PageFurniture.Default.FurnitureGlue("高新区 扫码办税"));
        Assert.Equal((0, 0), PageFurniture.Default.FurnitureGlue("某某科技园首个产业项目开建"));
    }

    [Fact]
    public void A_quote_box_over_a_filing_is_no_headline_and_its_buttons_come_off_the_title()
    {
        var layout = Read("""
            读取中,请稍候

            00-00 00:00:00
            --.--
            昨收盘:0.000今开盘:0.000最高价:0.000最低价:0.000
            成交额:0成交量:0买入价:0.000卖出价:0.000
            某某科技:某某科技关于投资建设新材料产业园项目的公告 查看PDF公告PDF版下载
            公告日期:2021-03-16
            证券代码:688999 证券简称:某某科技 公告编号:2021-008
            本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏,并对其内容的真实性承担法律责任。
            公司拟在某某经济开发区投资建设新材料产业园项目,项目总投资约12亿元,分两期建设。
            """);
        Assert.Equal("某某科技:某某科技关于投资建设新材料产业园项目的公告", layout.Articles[0].Title);
    }

    [Fact]
    public void A_numbered_series_after_a_bar_is_no_part_of_the_headline()
    {
        var layout = Read("""
            “智算”引擎下,中部某产业正在加速落地丨国企向新行②

            编者按:

            今年以来,某省国企加快布局算力,发展新质生产力。

            【某某财经 记者 张三】一家地方国企平台,如何通过布局算力“破圈”?某某智算中心总投资约300亿元,已投入运行。
            """);
        Assert.Equal("“智算”引擎下,中部某产业正在加速落地", layout.Articles[0].Title);
        Assert.Equal(0, LineRules.SeriesSuffixStart("某某高新区推出三项新政丨某某"));
    }

    [Fact]
    public void A_reporter_line_with_two_glued_names_is_a_byline_not_the_headline()
    {
        Assert.True(Bylines.TryParseMarkedByline("聯合報／ 記者簡永祥馬瑞璿／台北報導", "联合报/ 记者简永祥马瑞璿/台北报导", out var authors));
        Assert.Equal(["簡永祥", "馬瑞璿"], authors.Select(a => a.Name));
        var layout = Read("""
             date 2025-11-13 某某論壇／台灣用供應鏈優勢 守住科技產業

            聯合報／ 記者王大明李小華／台北報導
            全球半導體產業進入重組階段，多國以補貼與關稅推動供應鏈在地化，台灣廠商加快海外布局，也加碼投資本地科學園區。
            """);
        Assert.Equal("台灣用供應鏈優勢 守住科技產業", layout.Articles[0].Title);
    }

    [Fact]
    public void An_ornament_after_the_headline_and_a_campaign_column_under_it_are_not_the_headline()
    {
        var layout = Read("""
            推动某某产业与实体经济深度融合******
            【贯彻党的二十大精神·推动高质量发展】
            本报记者 李四
            在某某产业带,一家企业负责人于半年前尝试直播销售,如今直播间月成交额已突破1000万元,成为受益者之一。
            """);
        Assert.Equal("推动某某产业与实体经济深度融合", layout.Articles[0].Title);
    }

    [Fact]
    public void A_filing_title_broken_mid_clause_is_one_title()
    {
        var layout = Read("""
            某某新能源股份有限公司
            关于子公司投资进展情况的
            自愿性信息披露公告

            2021-02-27 来源:某某证券报

            本公司及董事会全体成员保证信息披露的内容真实、准确、完整,没有虚假记载、误导性陈述或重大遗漏。
            """);
        Assert.Equal("某某新能源股份有限公司关于子公司投资进展情况的自愿性信息披露公告", layout.Articles[0].Title);
    }
}
