using Pipeline.Extract.Model;
using Pipeline.Extract.Pages;

namespace Pipeline.Extract.Tests.Pages;

/// <summary>Round heads25 (issue #13): a page that names its headline only in a field of its own (a saved page's front
/// matter, a content farm's closing 標題/地址 block) takes it as the title; a question under a whole headline is its deck;
/// an asking headline under a short guide's name is the headline; markdown list items, table rows and a Republic year's
/// date line are never headlines; a documentation site's permalink mark is no word of its heading. Each rule has a page
/// it mends and a page it leaves as it was. Every page text here is written for the test.</summary>
public class WebHeadlineNamedFieldsAndDecksTests
{
    private static PageLayout Read(string text) =>
        PageReader.Read(new SourceDocument { Source = "web.txt", Kind = DocumentKind.PageText, Text = text });

    [Fact]
    public void A_flattened_front_matters_title_is_the_headline_and_is_not_said_again_as_text()
    {
        var layout = Read("""--- title: "某某午評 | 某某指數跌 1.20%,某某科技逆勢大漲 8.50%" description: "3 月 5 日午評,某某指數跌 1.20%,某某科技大漲 8.50%,市場焦點轉向資金面。" type: "news" locale: "zh-HK" --- # 某某午評 | 某某指數跌 1.20%,某某科技逆勢大漲 8.50% > 3 月 5 日午評,某某指數跌 1.20%,某某科技大漲 8.50%,市場焦點轉向資金面。 **市場概況** ▪ 某某指數收報 21000.50 點,跌幅 1.20%,短期上攻受阻。""");
        var article = Assert.Single(layout.Articles);
        Assert.Equal("某某午評 | 某某指數跌 1.20%,某某科技逆勢大漲 8.50%", article.Title);
        Assert.DoesNotContain("title: \"", article.Body);
        Assert.Contains("description:", article.Body);
    }

    [Fact]
    public void A_closing_citation_blocks_title_over_the_pages_address_is_the_headline()
    {
        var layout = Read("""
            受惠人工智慧需求,某某電子五月營收年增21.5%,連續三個月創同期新高。
            某某電子表示,伺服器出貨持續成長,下半年營運可望維持高檔。
            延伸閱讀:
            標題:AI 需求旺,某某電子營收連三月創同期新高
            地址:https://www.example-farm.com/post/123456.html
            """);
        var article = Assert.Single(layout.Articles);
        Assert.Equal("AI 需求旺,某某電子營收連三月創同期新高", article.Title);
    }

    [Fact]
    public void A_title_field_without_the_pages_address_under_it_names_no_headline()
    {
        Assert.Null(LineRules.NamedPageTitle(new[]
        {
            "受惠人工智慧需求,某某電子五月營收年增21.5%,連續三個月創同期新高。",
            "標題:AI 需求旺,某某電子營收連三月創同期新高",
            "某某電子表示,伺服器出貨持續成長,下半年營運可望維持高檔。",
        }));
        // A front matter with no title field names none either.
        Assert.Null(LineRules.NamedPageTitle(new[] { "---", "layout: post", "date: 2025-04-10", "---", "某某園區一季度營收增長12%。" }));
        Assert.Equal("某某園區一季度營收增長12%", LineRules.NamedPageTitle(new[] { "---", "title: 某某園區一季度營收增長12%", "---", "正文。" })?.Title);
    }

    [Fact]
    public void A_question_under_a_whole_headline_is_its_deck_not_its_second_half()
    {
        var layout = Read("""
            某某概念股投資指南:供應鏈廠商名單及選股策略
            為什麼要關注某某概念股?新品推動一波新行情
            2024年6月,某某公司推出新一代產品,股價隨之上漲近20%,相關供應鏈也跟著起舞。
            這些公司的營收和利潤直接受新品銷售表現影響。
            """);
        var article = Assert.Single(layout.Articles);
        Assert.Equal("某某概念股投資指南:供應鏈廠商名單及選股策略", article.Title);
        Assert.Equal("為什麼要關注某某概念股?新品推動一波新行情", article.Subtitle);
    }

    [Fact]
    public void A_short_line_over_its_question_stays_one_headline()
    {
        var layout = Read("""
            某某高新区
            为什么能三年引进百家科技企业?
            某某高新区三年来引进科技企业112家,总投资超过80亿元。
            """);
        var article = Assert.Single(layout.Articles);
        Assert.Equal("某某高新区为什么能三年引进百家科技企业?", article.Title);
    }

    [Fact]
    public void A_republic_years_date_line_is_the_pages_date_not_its_headline()
    {
        var layout = Read("""
            中華民國113年5月20日星期一
            某某科學園區擴建計畫通過環評
            ☉王某某
            某某科學園區擴建計畫今天通過環評審查,預計投資新台幣300億元,創造2000個就業機會。
            """);
        var article = Assert.Single(layout.Articles);
        Assert.Equal("某某科學園區擴建計畫通過環評", article.Title);
    }

    [Fact]
    public void A_permalink_mark_after_a_heading_is_no_word_of_it()
    {
        var layout = Read("""
            某某電子月營收報告¶
            某某電子11月營收212.3億元,年增5.9%,累計年增2.31%。
            """);
        var article = Assert.Single(layout.Articles);
        Assert.Equal("某某電子月營收報告", article.Title);
    }
}
