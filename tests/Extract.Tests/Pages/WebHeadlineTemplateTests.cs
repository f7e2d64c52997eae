using Pipeline.Extract.Model;
using Pipeline.Extract.Pages;

namespace Pipeline.Extract.Tests.Pages;

/// <summary>Round heads9 (issue #13): headline classes of page templates no development page showed — a crumb's label printed
/// alone over the headline, search and keyword labels, a crumb opened by its separator, a saved page's date field on the
/// headline's line, a button's word under the source line, a deck naming who attended. Each class comes with a page the
/// rule must leave as it was. Every page is written for the test.</summary>
public class WebHeadlineTemplateTests
{
    private static List<ArticleRecord> Read(string text) =>
        PageReader.Read(new SourceDocument { Source = "web.txt", Kind = DocumentKind.PageText, Text = text }).Articles;

    [Fact]
    public void A_crumbs_label_alone_over_the_headline_is_no_half_of_it()
    {
        var article = Assert.Single(Read("""
            当前位置:

            北塘高新区举行2025年第二批重点项目集中签约

            来源:北塘发布 作者:王一鸣 2025-05-16 10:20:11

            5月15日,北塘高新区举行2025年第二批重点项目集中签约仪式,18个项目现场签约,总投资96亿元。

            签约项目涵盖新能源装备、生物医药和数字经济等领域。
            """));
        Assert.Equal("北塘高新区举行2025年第二批重点项目集中签约", article.Title);
        Assert.Contains("当前位置:", article.PageHeader!);
    }

    [Fact]
    public void A_search_label_over_the_headline_is_furniture()
    {
        var article = Assert.Single(Read("""
            快捷搜索:

            “光伏第一镇”再添新动能,南港经开区储能电池项目投产

            来源:南港日报客户端

            南港日报讯 6月3日,南港经开区年产10GWh储能电池项目正式投产,项目总投资42亿元。
            """));
        Assert.Equal("“光伏第一镇”再添新动能,南港经开区储能电池项目投产", article.Title);
    }

    [Fact]
    public void A_subject_with_its_colon_over_the_headline_still_joins_it()
    {
        var article = Assert.Single(Read("""
            西岭经开区:

            三个百亿级项目同日开工

            来源:西岭发布 2025-03-02

            3月1日,西岭经开区三个百亿级项目同日开工,总投资合计328亿元。
            """));
        Assert.Equal("西岭经开区:三个百亿级项目同日开工", article.Title);
    }

    [Fact]
    public void A_keyword_label_and_a_follow_button_after_the_text_make_no_article()
    {
        var article = Assert.Single(Read("""
            江岸科学城储能产业园一期封顶
            2025-04-09 来源:江岸新闻网
            4月8日,江岸科学城储能产业园一期主体结构封顶,项目总投资35亿元。
            产业园建成后可容纳企业60余家。
            关键词:
            -
            储能
            +关注
            """));
        Assert.Equal("江岸科学城储能产业园一期封顶", article.Title);
    }

    [Fact]
    public void A_crumb_opened_by_its_separator_names_the_headline_over_a_button()
    {
        var article = Assert.Single(Read("""
            > 自媒体 > 园区观察 > 东港高新区集成电路产业“组团”出海
            东港高新区集成电路产业“组团”出海
            来源:东港观察
            2025-02-18
            52
            管理

            东港高新区12家集成电路企业近日组团参加海外展会,现场签订订单金额超过3亿元。

            园区今年将组织企业参加海外展会20场以上。
            """));
        Assert.Equal("东港高新区集成电路产业“组团”出海", article.Title);
        Assert.Contains("管理", article.PageHeader!);
    }

    [Fact]
    public void A_short_headline_named_by_no_crumb_keeps_its_place()
    {
        // No crumb names another headline: a short title stays the title.
        var article = Assert.Single(Read("""
            园区快讯
            2025-02-18 来源:东港观察
            东港高新区12家集成电路企业近日组团参加海外展会,现场签订订单金额超过3亿元。
            """));
        Assert.Equal("园区快讯", article.Title);
    }

    [Fact]
    public void A_saved_pages_date_field_on_the_headlines_line_comes_off()
    {
        var layout = PageReader.Read(new SourceDocument { Source = "web.txt", Kind = DocumentKind.PageText, Text = """
             date 2025-10-21 竹南園區新廠動土 估創造1500個就業機會
            【記者林小美／苗栗報導】竹南科學園區今（21）日舉行新廠動土典禮，投資金額逾新台幣300億元，預估創造1500個就業機會。
            園區管理局表示，新廠預計2027年完工。
            """ });
        Assert.Equal("竹南園區新廠動土 估創造1500個就業機會", Assert.Single(layout.Articles).Title);
        Assert.Equal("2025-10-21", layout.Published);
    }

    [Fact]
    public void A_saved_pages_date_field_before_a_lead_leaves_the_lead_as_text()
    {
        var record = Assert.Single(Read("""
             date 2025-10-21 竹南科學園區今（21）日舉行新廠動土典禮，投資金額逾新台幣300億元。（園區管理局提供）
            園區管理局表示，新廠預計2027年完工，可創造1500個就業機會。
            """));
        Assert.Equal("", record.Title);
        Assert.Contains("300億元", record.Body);
    }

    [Fact]
    public void A_deck_naming_who_attended_is_the_subtitle_not_the_title()
    {
        var article = Assert.Single(Read("""
            北塘市长三角产业链招商推介会在杭州举行
            王海出席并致辞
            北塘讯 11月20日,北塘市长三角产业链招商推介会在杭州举行,23个项目现场签约,总投资186亿元。
            市委副书记、市长王海出席并致辞。
            """));
        Assert.Equal("北塘市长三角产业链招商推介会在杭州举行", article.Title);
        Assert.Equal("王海出席并致辞", article.Subtitle);
    }

    [Fact]
    public void A_kicker_over_a_headline_stays_the_kicker()
    {
        // A line over the headline that says more than who attended stays the kicker.
        var article = Assert.Single(Read("""
            聚力招大引强 北塘开年签约186亿元
            23个项目落户长三角产业链合作园
            北塘讯 11月20日,北塘市长三角产业链招商推介会在杭州举行,23个项目现场签约,总投资186亿元。
            """));
        Assert.Equal("23个项目落户长三角产业链合作园", article.Title);
    }

    [Fact]
    public void Text_after_the_pages_bracketed_fields_stays_the_one_articles()
    {
        var article = Assert.Single(Read("""
            东港集成电路产业园奠基 一口气签下6个项目

            东港新闻 2025-01-19 09:21:27
            扫一扫,用手机看文章

            1月18日上午,东港市举行集成电路产业园项目奠基仪式。

            【来源:东港晚报】

            【作者:林海】

            1月18日上午,东港市举行集成电路产业园项目奠基仪式。据悉,该项目计划总投资不低于120亿元。

            当天的产业峰会上,6个集成电路项目现场签约。
            """));
        Assert.Equal("东港集成电路产业园奠基 一口气签下6个项目", article.Title);
        Assert.Contains("6个集成电路项目现场签约", article.Body);
    }

    [Fact]
    public void A_web_page_without_a_headline_is_one_piece()
    {
        var article = Assert.Single(Read("""
             date 2025-03-11 受惠AI需求，南港園區去年營業額再創新高。（園區管理局提供）

            〔記者王小明／南港報導〕南港園區管理局今天表示，園區去年營業額達8,600億元，較前年成長12.5%。

            園區就業人數達5萬2千人，創歷年新高。
            """));
        Assert.Equal("", article.Title);
        Assert.Contains("8,600億元", article.Body);
    }

    [Fact]
    public void A_printed_pages_untitled_pieces_stay_apart()
    {
        // No web furniture and no source line: a newspaper page's pieces are not joined.
        var articles = Read("""
            北塘高新区新增专精特新企业18家
            本报记者 王一鸣
            今年以来,北塘高新区新增国家级专精特新“小巨人”企业18家。
            园区将继续实施梯度培育计划。
            （上接第一版）南港经开区新建标准厂房40万平方米,已有26家企业签约入驻。
            """);
        Assert.Equal("北塘高新区新增专精特新企业18家", articles[0].Title);
    }

    [Theory]
    [InlineData("建区30年系列│北塘高新区如何成为创新高地?园区负责人这样说", "北塘高新区如何成为创新高地?园区负责人这样说")]
    [InlineData("(新春走基层)北塘高新区“三驾马车”跑出发展加速度", "北塘高新区“三驾马车”跑出发展加速度")]
    public void A_series_before_a_box_bar_or_in_brackets_is_no_part_of_the_title(string headline, string title)
    {
        var article = Assert.Single(Read(headline + "\n2025-02-04 来源:北塘新闻网\n2月3日,北塘高新区公布去年主要经济指标,地区生产总值增长8.5%。\n"));
        Assert.Equal(title, article.Title);
    }

    [Fact]
    public void A_publishers_field_under_the_headline_is_no_half_of_it()
    {
        var article = Assert.Single(Read("""
            两大储能项目签约落户南港

            发布人:admin

            发布时间:2025/04/03

            4月2日下午,南港县两大储能项目签约仪式举行,总投资86亿元。
            """));
        Assert.Equal("两大储能项目签约落户南港", article.Title);
    }

    [Fact]
    public void The_authors_field_under_a_column_name_is_not_the_title()
    {
        var article = Assert.Single(Read("""
            扬帆开放之海 书写园区新篇
            【亲历者说】
            作者:周明(原北塘开发区管委会巡视员)
            1992年,我来到北塘开发区工作。那时的开发区还只是一片滩涂,如今已是年产值超千亿元的国家级开发区。
            """));
        Assert.Equal("扬帆开放之海 书写园区新篇", article.Title);
    }
}
