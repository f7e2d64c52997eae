using Pipeline.Extract.Model;
using Pipeline.Extract.Pages;

namespace Pipeline.Extract.Tests.Pages;

/// <summary>Round heads24 (issue #13): a feed's Latin name glued before the headline that the page's credit line names
/// as the outlet comes off the title; a web address alone on its line and an editor's sign-off (某某/编审) are never a
/// headline. Each rule has a page it mends and a page it leaves as it was. Every page text here is written for the test.</summary>
public class WebHeadlineOutletsAndLinksTests
{
    private static PageLayout Read(string text) =>
        PageReader.Read(new SourceDocument { Source = "web.txt", Kind = DocumentKind.PageText, Text = text });

    [Fact]
    public void A_feeds_latin_name_glued_before_the_headline_and_named_in_the_credit_comes_off()
    {
        var layout = Read("""
            快讯
            NewsPlus市长:某某科学园区将成为南部研发重镇
            ▲市长出席某某大学研发大楼落成典礼(图/市政府)
            文/王某某/NewsPlus产业新闻
            某某市长8月14日出席某某大学研发大楼落成典礼,期盼某某科学园区成为南部产业的研发重镇。
            市长表示,园区从无到有,未来世代的产业将从这里开始。
            """);
        var article = Assert.Single(layout.Articles);
        Assert.Equal("市长:某某科学园区将成为南部研发重镇", article.Title);
        // The page prints its section (快讯): the outlet's label is kept in the page's header.
        Assert.Equal("快讯", article.Section);
        Assert.Contains("NewsPlus", article.PageHeader ?? new List<string>());
    }

    [Fact]
    public void A_latin_name_opening_the_headline_that_no_credit_names_stays()
    {
        var layout = Read("""
            ABC集团总部等20个产业项目签约某某高新区
            2024-05-20 10:30 来源:某某日报
            5月19日,某某高新区举行重大项目集中签约仪式,ABC集团总部等20个项目签约,总投资120亿元。
            """);
        var article = Assert.Single(layout.Articles);
        Assert.Equal("ABC集团总部等20个产业项目签约某某高新区", article.Title);
    }

    [Fact]
    public void Web_addresses_alone_and_an_editors_sign_off_are_never_headlines()
    {
        var layout = Read("""
            宣传组王某某/编审

            某某社:某某科技公司宣布在某某科学园区增建研发中心,预计投资30亿元,明年完工后将新增500个就业机会。
            https://example.cc/73abcd

            某某社:某某电子纸厂商推出以太阳能供电的公交站牌,全年使用再生能源,成为智慧交通的解决方案。
            https://example.cc/73abce
            """);
        Assert.All(layout.Articles, a => Assert.Equal("", a.Title));
        Assert.DoesNotContain(layout.Articles, a => a.Title.Contains("编审") || a.Title.StartsWith("http"));
    }

    [Fact]
    public void A_headline_naming_a_web_site_in_words_stays_a_headline()
    {
        var layout = Read("""
            某某高新区政务服务网上线 企业可在线办理48项业务
            2023-03-02 09:00 来源:某某高新区管委会
            3月1日,某某高新区政务服务网正式上线,企业登录www.example.gov.cn即可在线办理48项业务。
            """);
        var article = Assert.Single(layout.Articles);
        Assert.Equal("某某高新区政务服务网上线 企业可在线办理48项业务", article.Title);
    }

    [Fact]
    public void An_empty_date_label_over_the_headline_does_not_take_it_for_its_value()
    {
        var layout = Read("""
            欢迎您阅览某某科技报!
            展开通版
            收缩通版
            当前版:01版
            发布日期:
            我省新增5家国家级科技企业孵化器
                本报讯 日前,科技部公布了年度国家级科技企业孵化器名单,我省5家孵化器入选,全省国家级孵化器增至30家。
            """);
        var article = Assert.Single(layout.Articles);
        Assert.Equal("我省新增5家国家级科技企业孵化器", article.Title);
    }

    [Fact]
    public void A_date_under_its_label_stays_the_pages_field()
    {
        var layout = Read("""
            某某高新区举办企业服务月活动
            发布日期:
            2022-03-18
            3月17日,某某高新区启动企业服务月活动,走访企业120家,解决问题36个。
            """);
        var article = Assert.Single(layout.Articles);
        Assert.Equal("某某高新区举办企业服务月活动", article.Title);
        Assert.Equal("2022-03-18", layout.Published);
    }
}
