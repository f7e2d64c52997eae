using Pipeline.Extract.Model;
using Pipeline.Extract.Pages;

namespace Pipeline.Extract.Tests.Pages;

/// <summary>Saved web pages whose headline line carries the page's fields, or whose top holds widgets that used to be
/// glued to the headline or taken for it: a source, date or counter after the headline, 原标题 under it, a stock quote
/// box, a search box's label, ads and back-to-top links, a label printed twice, a post's 原创 mark, a dateline alone on its
/// line, a headline whose second line is an amount, a channel before 丨, and other pages' links after the article.
/// Every page here is written for the test.</summary>
public class WebHeadlineGlueTests
{
    private static PageLayout Read(string text) =>
        PageReader.Read(new SourceDocument { Source = "web.txt", Kind = DocumentKind.PageText, Text = text });

    [Fact]
    public void A_source_and_date_printed_after_the_headline_come_off_it()
    {
        var layout = Read("""
            长岭经开区1—8月实际利用外资增长30% 2024-09-15 来源：长岭发布
            今年1至8月，长岭经开区实际利用外资2.6亿美元，同比增长30%。
            """);
        Assert.Equal("长岭经开区1—8月实际利用外资增长30%", Assert.Single(layout.Articles).Title);
        Assert.Equal("2024-09-15", layout.Published);
    }

    [Fact]
    public void A_source_before_the_date_and_a_headline_with_phrase_spaces()
    {
        var layout = Read("""
            金沙经开区引进新能源电池项目 总投资50亿元 来源：金沙日报 2024-03-02

            3月1日，金沙经开区与一家电池企业签约，总投资50亿元的新能源电池项目落户园区。
            """);
        Assert.Equal("金沙经开区引进新能源电池项目 总投资50亿元", Assert.Single(layout.Articles).Title);
    }

    [Fact]
    public void A_view_counter_after_the_headline_comes_off_it()
    {
        var article = Assert.Single(Read("""
            首页 > 园区动态
            落霞开发区新增专精特新企业12家 阅读：1268
            发布日期：2024-08-16 作者：办公室
            近日，省工信厅公布第六批专精特新中小企业名单，落霞开发区12家企业入选。
            """).Articles);
        Assert.Equal("落霞开发区新增专精特新企业12家", article.Title);
    }

    [Fact]
    public void A_field_row_and_an_outlets_dated_line_stay_what_they_are()
    {
        var layout = Read("""
            新闻动态
            星耀半导体12英寸晶圆项目在南港高新区开工
            发布者：星耀半导体 发布时间：2024-04-18 浏览量：89
            4月17日，星耀半导体12英寸晶圆制造项目在南港高新区开工，项目总投资120亿元。
            """);
        Assert.Equal("星耀半导体12英寸晶圆项目在南港高新区开工", Assert.Single(layout.Articles).Title);
        Assert.Equal("2024-04-18", layout.Published);
    }

    [Fact]
    public void The_headline_the_story_first_ran_under_is_a_note_not_part_of_the_title()
    {
        var article = Assert.Single(Read("""
            高新区“小巨人”企业何以成长
            原标题：从“小作坊”到“小巨人”
            2024-04-02 07:30 来源：科技日报
            在东海高新区，一家只有30人的企业，用五年时间成长为国家级专精特新“小巨人”。
            该企业负责人说，研发投入占营收比重常年保持在10%以上。
            """).Articles);
        Assert.Equal("高新区“小巨人”企业何以成长", article.Title);
        Assert.Contains("从“小作坊”到“小巨人”", article.Body);
    }

    [Fact]
    public void A_stock_quote_box_over_the_headline_is_no_headline()
    {
        var article = Assert.Single(Read("""
            海丰科技(300999)
            2.35%
            24.56元
            股吧
            海丰科技：子公司拟投资5亿元扩产
            2024-05-21 08:05:11 证券时报e公司
            证券时报e公司讯，海丰科技5月20日晚间公告，全资子公司拟投资5亿元扩建生产线。
            公告称，本次扩产完成后，公司产能将提升40%。
            """).Articles);
        Assert.Equal("海丰科技：子公司拟投资5亿元扩产", article.Title);
        Assert.DoesNotContain("24.56", article.Body);
    }

    [Fact]
    public void A_search_boxs_label_and_a_posts_original_mark_are_no_part_of_a_long_headline()
    {
        var layout = Read("""
            请输入关键字:

            热门搜寻:

            远航控股(01234.HK):附属公司斥资约3.5亿港元就滨湖地块提供第一期施工工程
            原創

            日期:2022年3月8日 上午9:15

            【某某社讯】远航控股(01234.HK)公布，附属公司与承建商订立施工协议。
            施工工程预期将于2023年3月31日前完成。
            """);
        var article = Assert.Single(layout.Articles);
        Assert.Equal("远航控股(01234.HK):附属公司斥资约3.5亿港元就滨湖地块提供第一期施工工程", article.Title);
        Assert.Equal("2022-03-08", layout.Published);
    }

    [Fact]
    public void Ads_back_to_top_links_and_a_label_printed_twice_leave_the_headline_alone()
    {
        var layout = Read("""
            廣告
            xx
            "
            回到網頁上方

            南港園區廠商增資 總投資額達120億

            發佈時間:2021/03/09 10:20
            最後更新時間:2021/03/09 10:20
            資料照/某某台
            資料照/某某台

            經濟部今天通過3家廠商增資案，總投資額達新台幣120億元。
            """);
        Assert.Equal("南港園區廠商增資 總投資額達120億", Assert.Single(layout.Articles).Title);
        Assert.Equal("2021-03-09", layout.Published);
    }

    [Fact]
    public void A_dateline_alone_is_the_byline_and_an_amount_alone_is_the_headlines_second_half()
    {
        var article = Assert.Single(Read("""
            清河县12个重点项目集中开工
            总投资56.3亿元
            清河新闻网(wǎng)讯(记者 马骏)
            4月2日，清河县举行重点项目集中开工仪式，12个项目总投资56.3亿元。
            此次开工的项目中，新建项目7个、续建项目5个。
            """).Articles);
        Assert.Equal("清河县12个重点项目集中开工总投资56.3亿元", article.Title);
        Assert.Null(article.Kicker);
        Assert.Contains(article.Authors, a => a.Name == "马骏");
    }

    [Fact]
    public void A_channel_before_a_vertical_stroke_is_the_section()
    {
        var article = Assert.Single(Read("""
            创新中國丨在园区的实验室里看见新质生产力

            过去一年，园区新增研发机构36家，一批中试平台投入使用。
            在园区的一家实验室里，研究人员正在调试新设备。
            """).Articles);
        Assert.Equal("在园区的实验室里看见新质生产力", article.Title);
        Assert.Equal("创新中國", article.Section);
    }

    [Fact]
    public void Other_pages_links_over_their_cut_short_excerpts_make_no_second_article()
    {
        var article = Assert.Single(Read("""
            金湾科技城获批省级双创示范基地
            2024-03-12 来源：金湾新闻网
            近日，省发展改革委公布第四批省级双创示范基地名单，金湾科技城入选。
            科技城现有各类孵化载体15个，在孵企业700余家。
            金湾科技城举办科技成果对接会
            2024-03-05
            3月4日，金湾科技城举办科技成果对接会，30项成果现场发布...
            金湾科技城新增两家院士工作站
            2024-02-27
            近日，金湾科技城新增两家院士工作站，分别落户...
            """).Articles);
        Assert.Equal("金湾科技城获批省级双创示范基地", article.Title);
    }

    [Fact]
    public void A_page_whose_only_text_is_cut_short_keeps_its_headline()
    {
        var article = Assert.Single(Read("""
            金湾科技城举办科技成果对接会
            2024-03-05 来源：金湾新闻网
            3月4日，金湾科技城举办科技成果对接会，30项成果现场发布，签约金额超过2亿元...
            """).Articles);
        Assert.Equal("金湾科技城举办科技成果对接会", article.Title);
    }
}
