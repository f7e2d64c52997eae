using Pipeline.Extract.Model;
using Pipeline.Extract.Pages;

namespace Pipeline.Extract.Tests.Pages;

/// <summary>Article pages saved from websites as text: one article under crumbs, widgets, source and editor lines,
/// summaries, image file names and the links after it; the headline with its spaces, without the page label or date
/// glued to it, and both lines of a headline broken in two.</summary>
public class WebPageTextTests
{
    private static PageLayout Read(string text) =>
        PageReader.Read(new SourceDocument { Source = "web.txt", Kind = DocumentKind.PageText, Text = text });

    private static ArticleRecord ReadOne(string text) => Assert.Single(Read(text).Articles);

    [Fact]
    public void A_page_label_and_date_glued_to_the_headline_are_the_pages()
    {
        var layout = Read("""
            首页 > 园区新闻
            C02 襄阳高新区新能源汽车产量翻番 出口增长三成 2023年11月02日
            来源：襄阳日报 责任编辑：周敏
            前三季度，襄阳高新区新能源汽车产量达到12.6万辆，同比增长104%。
            区内整车企业出口汽车2.1万辆，增长31%。
            """);
        var article = Assert.Single(layout.Articles);
        Assert.Equal("襄阳高新区新能源汽车产量翻番 出口增长三成", article.Title);
        Assert.Equal("2023-11-02", layout.Published);
        Assert.Equal(2, article.PageNumber);
        Assert.StartsWith("前三季度", article.Body);
    }

    [Fact]
    public void Crumbs_widgets_and_an_image_file_name_are_no_headline_and_no_text()
    {
        var article = ReadOne("""
            您现在的位置： 主页 » 园区动态 » 正文
            株洲高新区举办中小企业融资对接会
            发布时间：2024-05-16 15:02　浏览次数：386
            【字体：大 中 小】【打印】【关闭】
            DSC_0412.JPG
            5月15日，株洲高新区举办中小企业融资对接会，12家银行与80余家企业现场洽谈，意向融资额6.5亿元。
            活动现场，3家企业与银行签订授信协议，金额合计1.2亿元。
            """);
        Assert.Equal("株洲高新区举办中小企业融资对接会", article.Title);
        Assert.DoesNotContain("DSC_0412", article.Body);
        Assert.DoesNotContain("打印", article.Body);
        Assert.DoesNotContain("主页", article.Body);
        Assert.Contains("主页", string.Join("\n", article.PageHeader ?? new List<string>()));
    }

    [Fact]
    public void A_summary_line_is_text_and_neither_a_headline_nor_a_second_article()
    {
        var article = ReadOne("""
            绵阳高新区一季度新增市场主体1200户
            2024-04-12 09:10 来源：绵阳晚报
            导读：一季度，绵阳高新区新增市场主体1200户，同比增长18%。
            记者从绵阳高新区获悉，一季度该区新增市场主体1200户，其中企业510户。
            新增企业中，科技型企业占比超过四成。
            """);
        Assert.Equal("绵阳高新区一季度新增市场主体1200户", article.Title);
        Assert.StartsWith("导读：", article.Body);
        Assert.False(article.Fragment);
    }

    [Fact]
    public void The_two_lines_of_a_web_headline_over_its_source_line_are_one_title()
    {
        var article = ReadOne("""
            当前位置：首页 >> 要闻
            宁波高新区数字经济提速
            三个产业园同日开园
            2024-06-21 08:45:10　来源：宁波日报　作者：陈晓
            6月20日，宁波高新区三个数字经济产业园同日开园，首批入驻企业86家。
            三个产业园总建筑面积超过30万平方米。
            """);
        Assert.Equal("宁波高新区数字经济提速三个产业园同日开园", article.Title);
        Assert.Null(article.Kicker);
    }

    [Fact]
    public void The_links_after_the_article_make_no_second_article()
    {
        var layout = Read("""
            首页 > 新闻中心
            南宁经开区签约15个项目 总投资超120亿元
            时间：2024-07-09 来源：南宁日报
            7月8日，南宁经开区举行项目集中签约活动，15个项目总投资超120亿元。
            签约项目涵盖新能源、生物医药等领域，预计达产后年产值超200亿元。
            分享到： 微信 微博 QQ空间
            上一篇：南宁高新区获评国家知识产权示范园区
            下一篇：东盟经开区新增规上工业企业8家
            相关新闻
            南宁经开区一季度规上工业产值增长12%
            南宁经开区举办产业链对接会
            """);
        var article = Assert.Single(layout.Articles);
        Assert.Equal("南宁经开区签约15个项目 总投资超120亿元", article.Title);
        Assert.DoesNotContain("上一篇", article.Body);
        Assert.DoesNotContain("产业链对接会", article.Body);
    }

    [Fact]
    public void A_space_inside_the_headline_is_kept()
    {
        var article = ReadOne("""
            潍坊高新区上半年规上工业营收超500亿元 增长9.8%
            来源：潍坊日报　　编辑：刘洋
            上半年，潍坊高新区规上工业营业收入完成512亿元，同比增长9.8%。
            """);
        Assert.Equal("潍坊高新区上半年规上工业营收超500亿元 增长9.8%", article.Title);
    }

    [Fact]
    public void A_site_menu_a_welcome_line_and_the_links_after_the_article_are_furniture()
    {
        var layout = Read("""
            您好，欢迎来到某某园区网
            RSS
            园区新闻|招商信息|政策法规|联系我们
            您的当前位置: >首页 -> 园区新闻
            漳州高新区新增国家级专精特新企业5家
            时间:2023-08-21 16:05:12来源:作者:林涛
            近日，工信部公布第五批专精特新“小巨人”企业名单，漳州高新区5家企业入选，总数达到11家。
            入选企业主要集中在新材料、智能装备等领域。
            关闭】【顶部
            >>最新信息
            漳州高新区举办人才招聘会
            漳州高新区企业参加数字中国峰会
            """);
        var article = Assert.Single(layout.Articles);
        Assert.Equal("漳州高新区新增国家级专精特新企业5家", article.Title);
        Assert.Null(article.Kicker);
        Assert.Equal("2023-08-21", layout.Published);
        Assert.DoesNotContain("人才招聘会", article.Body);
    }

    [Fact]
    public void A_date_printed_a_piece_a_line_is_the_pages_and_no_text()
    {
        var layout = Read("""
            新闻
            九江经开区营业收入首破千亿元
            2020
            01/16
            18:20
            1月15日，记者从九江经开区获悉，该区去年实现营业收入1012亿元，首次突破千亿元。
            其中，电子信息产业营业收入增长21%。
            """);
        var article = Assert.Single(layout.Articles);
        Assert.Equal("九江经开区营业收入首破千亿元", article.Title);
        Assert.Equal("2020-01-16", layout.Published);
        Assert.StartsWith("1月15日", article.Body);
    }
}
