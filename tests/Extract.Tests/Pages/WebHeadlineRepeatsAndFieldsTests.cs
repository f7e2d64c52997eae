using Pipeline.Extract.Model;
using Pipeline.Extract.Pages;
using Pipeline.Extract.Text;

namespace Pipeline.Extract.Tests.Pages;

/// <summary>Round heads19 (issue #13): headlines a fresh sample lost or split — a headline printed again over its report
/// with a long lead, a site's notice or a tag page's excerpt between, or again over its decks; a flattened page's headline
/// glued to its labelled stamp; a forum's printable page naming the title (标题: …) under the site's name; page fields
/// listed with hyphens or printed as a template's row under the headline; a crumb set off by spaces; an empty quote box's
/// digits over a filing; a site's name after a spaced en dash and a filing site's download button. Each rule has a page it
/// mends and, where a neighbour could be caught, a page it leaves as it was. Every page text here is written for the test.</summary>
public class WebHeadlineRepeatsAndFieldsTests
{
    private static PageLayout Read(string text) =>
        PageReader.Read(new SourceDocument { Source = "web.txt", Kind = DocumentKind.PageText, Text = text });

    [Fact]
    public void A_whole_headline_printed_again_after_a_long_notice_is_one_article_keeping_the_notice()
    {
        var layout = Read("""
            某某开发区重点项目建设全面提速

            2014-11-18 16:01 来源:某某网 责任编辑:某某
            发送短信 abc 10658300 即可订阅《某某手机报》,每天1毛钱,无流量费,欢迎广大读者订阅,了解本地新闻资讯与政务信息。
            摘要:某某开发区重点项目建设全面提速,10栋公租房全部封顶,7个重点商贸物流项目在建,开发区已入驻工业项目9个。

            某某开发区重点项目建设全面提速

            本报讯 机声隆隆,11条生产线开始运转,某某电子产业园项目的生产车间一派繁忙景象。近日,记者走进开发区重点项目建设现场。
            """);
        var article = Assert.Single(layout.Articles);
        Assert.Equal("某某开发区重点项目建设全面提速", article.Title);
        Assert.True(article.Body.IndexOf("订阅", StringComparison.Ordinal) < article.Body.IndexOf("机声隆隆", StringComparison.Ordinal));
    }

    [Fact]
    public void A_tag_pages_teaser_over_the_same_report_is_one_article_saying_its_text_once()
    {
        var layout = Read("""
            某某人

            工信部:中西部国家级高新区追赶势头强劲

            某某网北京2月26日电 (记者某某)在工业和信息化部2月26日举行的新闻发布会上,火炬中心副主任某某表示,从首次公布的国家高新区综合评价前50榜单看,头部园区示范引领作用突出,中西部园区追赶势头强劲,西安、武汉东湖、成都位居前10。

            工信部:中西部国家级高新区追赶势头强劲

            某某网北京2月26日电 (记者某某)在工业和信息化部2月26日举行的新闻发布会上,火炬中心副主任某某表示,从首次公布的国家高新区综合评价前50榜单看,头部园区示范引领作用突出,中西部园区追赶势头强劲,西安、武汉东湖、成都位居前10。某某介绍,一是头部园区示范引领作用突出。
            """);
        var article = Assert.Single(layout.Articles);
        Assert.Equal("工信部:中西部国家级高新区追赶势头强劲", article.Title);
        var first = article.Body.IndexOf("头部园区示范引领作用突出,中西部", StringComparison.Ordinal);
        Assert.True(first >= 0);
        Assert.Equal(-1, article.Body.IndexOf("头部园区示范引领作用突出,中西部", first + 1, StringComparison.Ordinal));
    }

    [Fact]
    public void A_headline_printed_again_over_its_decks_and_byline_is_one_article_whose_decks_are_the_subtitle()
    {
        var layout = Read("""
            某某开发区重点项目建设全面提速

            2014-11-18 16:01 来源:某某网 责任编辑:某某
            摘要:某某开发区重点项目建设全面提速,10栋公租房全部封顶,7个重点商贸物流项目在建,开发区已入驻工业项目9个,建设热火朝天。

            某某开发区重点项目建设全面提速
            10栋公租房全部封顶
            7个重点商贸物流项目在建
            □晚报记者 李某某

            本报讯 机声隆隆,11条生产线开始运转,某某电子产业园项目的生产车间一派繁忙景象。近日,记者走进开发区重点项目建设现场。
            """);
        var article = Assert.Single(layout.Articles);
        Assert.Equal("某某开发区重点项目建设全面提速", article.Title);
        Assert.Contains("7个重点商贸物流项目在建", article.Subtitle);
        Assert.Contains("机声隆隆", article.Body);
    }

    [Fact]
    public void Two_reports_under_different_headlines_stay_apart_after_a_long_lead()
    {
        var layout = Read("""
            某某高新区举办企业招聘会

            某某新闻网讯 11月27日,某某高新区举办企业招聘会,60家企业参加,提供岗位1200余个,涵盖研发、生产、管理等多个领域,现场达成就业意向300余人。

            某某经开区新增专精特新企业12家

            近日,省工信厅公布新一批专精特新中小企业名单,某某经开区12家企业入选,总数达到58家,居全市第一。
            """);
        Assert.Equal(new[] { "某某高新区举办企业招聘会", "某某经开区新增专精特新企业12家" }, layout.Articles.Select(a => a.Title));
    }

    [Fact]
    public void A_flattened_pages_headline_glued_to_its_labelled_stamp_is_the_headline()
    {
        var layout = Read("""
            |
            市政府副秘书长某某一行莅临智慧岛大厦调研指导时间:2020-04-24 4月22日上午,市政府副秘书长某某、市科技局局长某某等一行莅临智慧岛大厦调研,新区管委会副主任某某一行陪同。一行随后来到9楼科技大市场成果展示空间进行实地考察。
            """);
        Assert.Equal("市政府副秘书长某某一行莅临智慧岛大厦调研指导", layout.Articles[0].Title);
        Assert.Equal("2020-04-24", layout.Published);
    }

    [Fact]
    public void A_line_naming_itself_the_title_under_the_sites_name_is_the_headline()
    {
        var layout = Read("""
            某某网 -- 某某生态城社区门户网站

            标题: 生态城中部片区配套环境逐步完善 将掀建设高潮 [打印本页]

            作者: 某某    时间: 2016-6-21 19:20
            标题: 生态城中部片区配套环境逐步完善 将掀建设高潮

            某某网讯(记者 某某)记者从21日召开的新闻发布会上获悉,生态城中部片区道路及绿化配套已基本完成,市政配套环境逐步完善。
            """);
        Assert.Equal("生态城中部片区配套环境逐步完善 将掀建设高潮", layout.Articles[0].Title);
    }

    [Fact]
    public void Page_fields_listed_with_hyphens_under_the_headline_are_the_pages_fields()
    {
        var layout = Read("""
            乌龙:某某股份3亿元投资并未签约
            - 来源:某某公告
            - 日期:2015-11-24
            - 编辑:admin
            某某股份于2015年11月23日注意到多家媒体刊登了相关文章,文中提到公司计划投资3亿元建设水产科技园,经核实,双方并未签署正式协议。
            """);
        Assert.Equal("乌龙:某某股份3亿元投资并未签约", layout.Articles[0].Title);
        Assert.DoesNotContain("- 编辑", layout.Articles[0].Body);
    }

    [Theory]
    [InlineData("家乡区县: 重庆市某某县")]
    [InlineData("所属栏目: 园区动态")]
    public void A_templates_field_row_under_the_headline_is_not_the_headline(string field)
    {
        var layout = Read($"""
            某县工业园区一季度实现工业总产值达76亿

            {field}

            4月21日,某区党政代表团来某县,就我县工业经济发展进行考察。今年1—3月,我县工业园区实现工业总产值76.61亿元,同比增加20.4%。
            """);
        Assert.Equal("某县工业园区一季度实现工业总产值达76亿", layout.Articles[0].Title);
    }

    [Fact]
    public void A_headline_naming_its_subject_before_a_colon_stays_the_second_line_of_its_headline()
    {
        var layout = Read("""
            一季度经济数据发布
            深圳:前三季度GDP增长5%

            记者从市统计局获悉,前三季度深圳地区生产总值同比增长5%,规模以上工业增加值增长6.1%。
            """);
        Assert.Contains("深圳:前三季度GDP增长5%", layout.Articles[0].Title);
    }

    [Fact]
    public void A_crumb_set_off_by_spaces_ending_with_the_headline_is_furniture()
    {
        var layout = Read("""
            最新文章

            首页 最新文章 某某经济带经济水平与生活质量耦合协调度研究——以长江经济带为例

            某某经济带经济水平与生活质量耦合协调度研究——以长江经济带为例

            2025-10-31

            探究经济水平与生活质量之间的关系对区域高质量发展有重要意义。文章基于2010年、2015年和2020年长江经济带面板数据,构建指标体系。
            """);
        var article = Assert.Single(layout.Articles);
        Assert.Equal("某某经济带经济水平与生活质量耦合协调度研究——以长江经济带为例", article.Title);
    }

    [Fact]
    public void An_empty_quote_boxs_digits_over_a_filing_are_no_article()
    {
        var layout = Read("""
            读取中,请稍候

            00-00 00:00:00
            --.--
            0.00 (0.000%)
            某某科技:首次公开发行股票并在创业板上市投资风险特别公告 下载公告
            公告日期:2025-01-03

            扬州某某科技股份有限公司首次公开发行股票并在创业板上市投资风险特别公告

            特别提示扬州某某科技股份有限公司首次公开发行人民币普通股(A股)并在创业板上市的申请已经深圳证券交易所创业板上市委员会审议通过。
            """);
        var article = Assert.Single(layout.Articles);
        Assert.Equal("某某科技:首次公开发行股票并在创业板上市投资风险特别公告", article.Title);
    }

    [Fact]
    public void A_sites_name_after_a_spaced_en_dash_comes_off_the_headline()
    {
        var layout = Read("""
            竹县连5年获招商卓越奖 某某某:积极招商迈向科技首都 – 民生某某头条
            某某新闻—某某某/新竹 新竹县2022年完成AI智慧园区产业专用区招商案签约,民间投资创下近年新高,金额高达44.2亿元,连续五年获招商卓越奖。
            """);
        Assert.Equal("竹县连5年获招商卓越奖 某某某:积极招商迈向科技首都", layout.Articles[0].Title);
    }
    [Fact]
    public void A_source_line_printing_reading_aids_is_the_pages_field_not_its_headline()
    {
        var layout = Read("""
            西工區(qū)舉行第七期“三個一批”項目開工儀式
            發(fā)布日期:2023-01-29 發(fā)布員:某某公司
            1月28日,西工區(qū)按照省委、市委關(guān)于第七期“三個一批”活動統(tǒng)一部署,在某某電機研發(fā)項目現(xiàn)場舉行項目開工儀式。
            """);
        Assert.Equal("西工區(qū)舉行第七期“三個一批”項目開工儀式", layout.Articles[0].Title);
    }

    [Theory]
    [InlineData("財(cái)經(jīng) > 滾動(dòng)新聞 > 正文", "Crumb")]
    [InlineData("字號(hào):", "Widget")]
    [InlineData("園區(qū)企業(yè)營收創(chuàng)新高", "None")]
    public void Furniture_printing_reading_aids_is_what_it_is_without_them(string line, string kind) =>
        Assert.Equal(kind, PageFurniture.Default.Classify(TextNormalizer.Fold(line)).ToString());
}

