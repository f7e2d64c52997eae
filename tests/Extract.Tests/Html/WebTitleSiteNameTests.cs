using Pipeline.Extract.Html;

namespace Pipeline.Extract.Tests.Html;

/// <summary>A web page's headline from its &lt;title&gt;, og:title and &lt;h1&gt; when they carry the site's name
/// (标题_某某网, 标题-某某日报, 标题 | Example News): the name goes, the headline stays whole. Pages written for the test.</summary>
public class WebTitleSiteNameTests
{
    private static string Title(string head, string before = "") =>
        HtmlArticleParser.Parse(GenericPageRulesTests.Page(head, $"{before}<div class=\"article\">{GenericPageRulesTests.Paragraphs}</div>"), "a").Title ?? "";

    [Theory]
    [InlineData("<title>园区企业营收创新高_某某新闻网</title>", "园区企业营收创新高")]
    [InlineData("<title>园区企业营收创新高-某某网</title>", "园区企业营收创新高")]
    [InlineData("<title>园区企业营收创新高——某某日报</title>", "园区企业营收创新高")]
    [InlineData("<title>园区企业营收创新高 | Example News</title>", "园区企业营收创新高")]
    [InlineData("<title>园区企业营收创新高-example.com.cn</title>", "园区企业营收创新高")]
    [InlineData("<title>2024-2026年园区三年行动计划出台-某某网</title>", "2024-2026年园区三年行动计划出台")]
    [InlineData("<title>新区上半年营收超500亿元 增长9.8%_财经频道_某某在线</title>", "新区上半年营收超500亿元 增长9.8%")]
    [InlineData("<title>园区企业营收创新高_某浪财经</title>", "园区企业营收创新高")]
    [InlineData("<title>园区企业营收创新高 – 民生某某头条</title>", "园区企业营收创新高")]
    public void The_sites_name_after_the_headline_in_the_title_goes(string head, string expected) =>
        Assert.Equal(expected, Title(head));

    [Fact]
    public void An_og_title_with_the_sites_name_loses_it()
    {
        Assert.Equal("科学城新开工项目12个 总投资260亿元",
            Title("<meta property=\"og:title\" content=\"科学城新开工项目12个 总投资260亿元_某某新闻网\"><title>某某新闻网</title>"));
    }

    [Fact]
    public void An_h1_holding_only_the_sites_name_is_its_logo_not_the_headline()
    {
        Assert.Equal("高新区出台人才新政十条",
            Title("<title>高新区出台人才新政十条-中国某某网</title>", "<h1>中国某某网</h1>"));
    }

    [Fact]
    public void A_headline_with_a_dash_of_its_own_keeps_it()
    {
        Assert.Equal("新材料产业链再延伸—园区引进上下游企业15家",
            Title("<title>新材料产业链再延伸—园区引进上下游企业15家</title>", "<h1>新材料产业链再延伸—园区引进上下游企业15家</h1>"));
    }
}
