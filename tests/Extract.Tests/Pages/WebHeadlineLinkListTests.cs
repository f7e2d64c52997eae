using Pipeline.Extract.Model;
using Pipeline.Extract.Pages;

namespace Pipeline.Extract.Tests.Pages;

/// <summary>Round heads22 (issue #13): a portal's list of other pages' links, one a line as list items, printed over the
/// headline is the page's furniture, never its headline; a photo report's credit row after the text (摄影报道:某某 某某) and
/// a 【打印此页】 button start no second article. Each rule has a page it mends and a page it leaves as it was. Every page
/// text here is written for the test.</summary>
public class WebHeadlineLinkListTests
{
    private static PageLayout Read(string text) =>
        PageReader.Read(new SourceDocument { Source = "web.txt", Kind = DocumentKind.PageText, Text = text });

    [Fact]
    public void A_list_of_other_pages_links_over_the_headline_is_not_the_headline()
    {
        var layout = Read("""
            首页 | 要闻 | 财经 | 科技 | 园区 | 图片 | 专题
            您当前的位置 :某某网 > 新闻中心 > 园区新闻 正文
            热点新闻排行
            · 某某县召开全县安全生产工作会议部署下阶段任务
            · 晚间新闻30分 (2023-05-06)
            · 某某市举办首届夜市美食节 三天吸引游客十万人次
            · 某某高新区与三所高校签约共建产学研基地
            · 某某区发布数字经济三年行动计划
            某某经开区一季度新签约项目18个
            http://www.example.com.cn  2016-04-12 09:30
            今年一季度,某某经济技术开发区新签约项目18个,总投资86亿元,其中亿元以上项目11个。
            开发区相关负责人表示,将继续围绕主导产业开展精准招商。
            """);
        var article = Assert.Single(layout.Articles);
        Assert.Equal("某某经开区一季度新签约项目18个", article.Title);
        Assert.Equal("2016-04-12", layout.Published);
        Assert.DoesNotContain("夜市美食节", article.Body);
    }

    [Fact]
    public void Points_listed_under_the_headline_stay_the_articles_text()
    {
        var layout = Read("""
            某某高新区上半年经济运行稳中有进
            · 规模以上工业增加值同比增长9.6%,高于全市平均水平
            · 新增国家级专精特新小巨人企业5家,累计达到23家
            · 高新技术产业产值占规上工业产值比重提高到71%
            上半年,某某高新区坚持创新驱动,主要经济指标保持较快增长。
            """);
        // Under a headline, the list is the article's points, not the page's links: none of it goes to the page's furniture.
        var article = Assert.Single(layout.Articles);
        Assert.DoesNotContain(article.PageHeader ?? new List<string>(), line => line.Contains("专精特新"));
    }

    [Fact]
    public void A_photo_reports_credit_row_and_print_button_start_no_second_article()
    {
        var layout = Read("""
            某某经济开发区与某某高新区签署合作共建协议
            发布日期:
            2022-03-18
            信息来源:市政府办公室
            3月17日,某某高新区考察团到某某经济开发区参观考察,双方签署合作共建协议。
            双方将在产业培育、招商引资、人才科技等方面开展深度合作。
            摄影报道:张某某 李某
            责任编辑:王某某
            【打印此页】
            【关闭窗口】
            """);
        var article = Assert.Single(layout.Articles);
        Assert.Equal("某某经济开发区与某某高新区签署合作共建协议", article.Title);
    }

    [Fact]
    public void A_teaser_cut_short_after_untitled_text_is_not_the_headline()
    {
        var layout = Read("""
            某某高新区属于市中心区,非法定行政区,所辖街道均为托管性质,共托管5个街道和3个镇,面积约300平方公里。未来高新区将成为全市重要的经济增长极。
            6月3日,总投资2亿美元、位于某某空港经开区的某某精密部件项
            日前,某某新区上半年经济运行数据出炉,地区生产总值完成
            """);
        Assert.Equal("", layout.Articles[0].Title);
    }

    [Fact]
    public void A_headline_opening_with_a_period_is_still_a_headline()
    {
        // A when without its comma (今年前三季度某某…) opens a headline as well as a lead.
        Assert.False(LineRules.OpensLeadClause("今年前三季度某某区进出口总额1.2万亿元 同比增长8%"));
        Assert.True(LineRules.OpensLeadClause("5月8日,总投资1.5亿元的某某项目在某某经开区开工"));
        Assert.True(LineRules.OpensLeadClause("日前,某某新区一季度经济运行数据出炉"));
    }
}
