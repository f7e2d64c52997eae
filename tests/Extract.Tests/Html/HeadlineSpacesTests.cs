using Pipeline.Extract.Html;

namespace Pipeline.Extract.Tests.Html;

/// <summary>A space between two phrases of a headline is the title's own (…超500亿元 增长9.8%); only a line break
/// and letter-spacing are closed up.</summary>
public class HeadlineSpacesTests
{
    [Fact]
    public void A_founder_page_keeps_the_space_its_headline_prints()
    {
        var html = """
            <html><head><title>常州高新区</title></head><body>
            <!--enpproperty <date>2024-07-16</date><title>常州高新区上半年营收超900亿元 增长8.6%</title>/enpproperty-->
            <div class="biaoti">常州高新区上半年营收超900亿元&nbsp;增长8.6%</div>
            <!--enpcontent--><p>上半年，常州高新区实现营业收入912亿元，同比增长8.6%。</p><!--/enpcontent-->
            </body></html>
            """;
        Assert.Equal("常州高新区上半年营收超900亿元 增长8.6%", HtmlArticleParser.Parse(html, "a.html").Title);
    }

    [Fact]
    public void A_founder_headline_broken_by_br_joins_without_a_space_even_when_the_metadata_has_one()
    {
        var html = """
            <html><body>
            <!--enpproperty <date>2024-07-16</date><title>佛山高新区 打造智能制造高地</title>/enpproperty-->
            <div class="biaoti">佛山高新区<br>打造智能制造高地</div>
            <!--enpcontent--><p>佛山高新区今年新增智能工厂12家，规上工业增加值增长9%。</p><!--/enpcontent-->
            </body></html>
            """;
        Assert.Equal("佛山高新区打造智能制造高地", HtmlArticleParser.Parse(html, "a.html").Title);
    }

    [Fact]
    public void A_generic_page_keeps_the_space_of_its_h1()
    {
        var html = """
            <html><head><title>嘉兴秀洲高新区光伏企业出口增长三成 营收破百亿_新闻中心</title></head><body>
            <h1>嘉兴秀洲高新区光伏企业出口增长三成 营收破百亿</h1>
            <div class="content"><p>今年上半年，嘉兴秀洲高新区光伏企业出口额同比增长31%，营业收入突破100亿元，园区内企业订单饱满。</p>
            <p>园区负责人表示，下半年将继续帮助企业开拓海外市场，预计全年出口增长超过三成。</p></div>
            </body></html>
            """;
        Assert.Equal("嘉兴秀洲高新区光伏企业出口增长三成 营收破百亿", HtmlArticleParser.Parse(html, "a.html").Title);
    }

    [Theory]
    [InlineData("科 技 日 报 头 版", "科技日报头版")]
    [InlineData("合肥高新区 量子企业突破60家", "合肥高新区 量子企业突破60家")]
    public void Letter_spacing_closes_up_and_phrase_spaces_stay(string raw, string headline) =>
        Assert.Equal(headline, HtmlText.Headline(raw));
}

/// <summary>An HTML page's text column drops the same furniture as a page text: crumbs, widgets, image names.</summary>
public class HtmlFurnitureTests
{
    [Fact]
    public void Crumbs_widgets_and_image_names_inside_the_text_column_are_dropped()
    {
        var html = """
            <html><head><title>铜陵经开区铜基新材料产业产值增长15%</title></head><body>
            <div class="content">
            <p>当前位置：首页 &gt; 园区动态</p>
            <h1>铜陵经开区铜基新材料产业产值增长15%</h1>
            <p>【字体：大 中 小】【打印】【关闭】</p>
            <p>20240611_tlkfq.jpg</p>
            <p>今年前5个月，铜陵经开区铜基新材料产业实现产值386亿元，同比增长15%，占全区工业产值的六成以上。</p>
            <p>园区今年新引进铜基新材料项目14个，计划总投资52亿元，其中5个项目已经开工建设。</p>
            </div></body></html>
            """;
        var d = HtmlArticleParser.Parse(html, "a.html");
        Assert.Equal("铜陵经开区铜基新材料产业产值增长15%", d.Title);
        Assert.StartsWith("今年前5个月", d.Text);
        Assert.DoesNotContain("jpg", d.Text);
        Assert.DoesNotContain("首页", d.Text);
    }
}
