using Pipeline.Extract.Model;
using Pipeline.Extract.Pages;

namespace Pipeline.Extract.Tests.Pages;

/// <summary>A saved web page holds one article under one headline: a line that says nothing of its own under the
/// headline, a numbered part, a field label, a close button, a board tag or a widget word never takes the headline's
/// place or starts a second article. Every page text here is written for the test.</summary>
public class WebHeadlineStructureTests
{
    private static PageLayout Read(string text) =>
        PageReader.Read(new SourceDocument { Source = "web.txt", Kind = DocumentKind.PageText, Text = text });

    [Fact]
    public void An_agency_name_under_the_headline_and_a_news_source_line_at_the_end_are_no_articles()
    {
        var article = Assert.Single(Read("""
            南部科學園區今年引進投資逾200億元 明年再擴建兩處基地

            東方社

            (東方社記者王小明台南5日電)南部科學園區管理局今天表示,今年共引進投資逾新台幣200億元,較去年增加一成。

            管理局指出,明年將擴建兩處基地,預計再吸引30家廠商進駐。(編輯:陳大同)

            新聞來源:東方社
            """).Articles);
        Assert.Equal("南部科學園區今年引進投資逾200億元 明年再擴建兩處基地", article.Title);
    }

    [Fact]
    public void A_posts_stamp_under_the_headline_is_not_the_title()
    {
        var article = Assert.Single(Read("""
            我区第四季度重大产业项目集中开工仪式在科技新城举行

            ©原创   11-18 09:42

            本网讯(记者 李青)11月18日,我区第四季度重大产业项目集中开工仪式举行,集中开工项目12个,总投资46亿元。
            据介绍,此次开工项目涵盖新材料、智能装备等领域。
            """).Articles);
        Assert.Equal("我区第四季度重大产业项目集中开工仪式在科技新城举行", article.Title);
    }

    [Fact]
    public void A_reports_numbered_parts_stay_in_its_one_article()
    {
        var article = Assert.Single(Read("""
            经开区一季度经济运行情况通报
            一、主要指标完成情况
            1.规上工业产值:一季度,经开区完成规上工业产值18.2亿元,同比增长5.1%。
            2.固定资产投资:一季度,经开区完成固定资产投资7.4亿元,同比增长3.2%。
            二、存在的问题
            部分企业订单不足,产能利用率偏低。
            """).Articles);
        Assert.Equal("经开区一季度经济运行情况通报", article.Title);
    }

    [Fact]
    public void An_issue_number_tag_before_the_headline_is_its_series()
    {
        var article = Assert.Single(Read("""
            【第12期】东湖园区重点项目建设全面提速
            作者:办公室 来源: 办公室 更新时间:2021-04-16
            今年以来,东湖园区开复工项目25个,计划总投资60亿元,其中新建项目9个。
            """).Articles);
        Assert.Equal("东湖园区重点项目建设全面提速", article.Title);
        Assert.Equal("第12期", article.Series);
    }

    [Fact]
    public void A_field_label_and_the_headline_printed_again_under_it_give_the_headline_once()
    {
        var article = Assert.Single(Read("""
            发布机构: 发展改革局 文号:
            成文日期: 2021-05-20 发布日期: 2021-05-20
            名称: 高新区全力推进重点项目建设
            高新区全力推进重点项目建设
            来源: 发布时间:2021-05-20 10:15 字体:[ ]

            高新区坚持把项目建设作为发展的主抓手,今年计划实施重点项目40个,总投资120亿元。
            """).Articles);
        Assert.Equal("高新区全力推进重点项目建设", article.Title);
    }

    [Fact]
    public void A_close_button_after_the_headline_and_a_figure_kicker_above_it_are_no_words_of_it()
    {
        var closed = Assert.Single(Read("""
            數碼港:初創企業數目創新高 已達到2100間 X
            03/05/2024 10:12
            數碼港行政總裁表示,園區初創企業數目已增加至約2100間,較五年前增加近一倍。
            """).Articles);
        Assert.Equal("數碼港:初創企業數目創新高 已達到2100間", closed.Title);
        var kicked = Assert.Single(Read("""
            營收增長8.2%

            西湖科技城前三季度“答卷”出爐

            2022年10月21日08:15 | 來源:浙江日報

            西湖科技城前三季度實現營業收入860億元,同比增長8.2%。
            """).Articles);
        Assert.Equal("西湖科技城前三季度“答卷”出爐", kicked.Title);
    }

    [Fact]
    public void A_boards_tag_and_a_font_size_word_are_not_the_headline()
    {
        var tagged = Read("""
            [新聞] 南科今年營業額可望再創新高

            南科今年營業額可望再創新高

            08:30 2022/11/02 經濟時報 林小華/台南報導

            南部科學園區今年前九月營業額逾1.1兆元,年增18.4%,可望再創歷史新高。
            """).Articles;
        Assert.All(tagged, a => Assert.Equal("南科今年營業額可望再創新高", a.Title.Replace(" ", "")));
        var sized = Assert.Single(Read("""
            竹科再添兩件投資案 累計逾500億

             |2020.03.12
            980觀看次
            字級

            【本報台北訊】科技部昨天核准兩件投資案,今年以來累計投資逾五百億元。
            """).Articles);
        Assert.Equal("竹科再添兩件投資案 累計逾500億", sized.Title);
    }
}
