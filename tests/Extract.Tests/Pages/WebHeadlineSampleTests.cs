using Pipeline.Extract.Model;
using Pipeline.Extract.Pages;
using Pipeline.Extract.Text;

namespace Pipeline.Extract.Tests.Pages;

/// <summary>Round heads11 (issue #13): the classes of wrong headlines a fresh sample of 80 unlabelled real pages showed
/// before any fix — a site's keyword bar over the headline, a headline printed twice on its line or on two lines, an
/// official notice's title over its salutation, a page's field rows, a site's mark or names alone before the article, a
/// menu whose entry read as a headline. Each rule has a page it mends and a page it leaves as it was. Every page text here
/// is written for the test.</summary>
public class WebHeadlineSampleTests
{
    private static PageLayout Read(string text) =>
        PageReader.Read(new SourceDocument { Source = "web.txt", Kind = DocumentKind.PageText, Text = text });

    [Theory]
    [InlineData("免费影视在线观看,高清电影下载大全,最新电视剧全集,热门综艺免费看,动漫精品专区")]
    [InlineData("亚洲热门资源在线_高清无码专区_99精品视频_最新影视合集_免费电影天堂")]
    [InlineData("在线观看|免费下载|高清资源|最新合集|精品专区|热门推荐")]
    [InlineData("影视大全-在线观看-免费高清-最新电影-电视剧全集")]
    public void A_sites_keyword_bar_is_five_short_items_on_one_mark(string line) =>
        Assert.True(PageFurniture.Default.IsKeywordBar(TextNormalizer.Fold(line)));

    [Theory]
    [InlineData("战略合作、基金签约、项目落地,珠海高新区按下招商引资“加速键”")]
    [InlineData("2024-03-05 10:30 来源:北塘发布")]
    [InlineData("据统计,今年前三季度,全区规上工业产值增长12%,高新技术企业新增45家,研发投入增长20%。")]
    [InlineData("即时 热门 政治 社会 生活")]
    public void A_headline_a_stamp_or_a_sentence_is_no_keyword_bar(string line) =>
        Assert.False(PageFurniture.Default.IsKeywordBar(TextNormalizer.Fold(line)));

    [Fact]
    public void A_keyword_bar_over_the_headline_is_the_pages_header()
    {
        var layout = Read("""
            免费影视在线观看,高清电影下载大全,最新电视剧全集,热门综艺免费看,动漫精品专区
            2021年北塘流域水质持续改善 累计建成污水管网320公里
            时间:2022-01-26 18:31:25 来源:北塘发布
            在24日的发布会上,北塘生态环境局介绍,2021年流域水质持续改善。
            全年新建污水管网42公里,累计建成320公里。
            """);
        var article = Assert.Single(layout.Articles);
        Assert.Equal("2021年北塘流域水质持续改善 累计建成污水管网320公里", article.Title);
        Assert.Contains("免费影视在线观看,高清电影下载大全,最新电视剧全集,热门综艺免费看,动漫精品专区", article.PageHeader!);
        Assert.DoesNotContain("免费影视", article.Body);
    }

    [Fact]
    public void A_keyword_bar_over_a_headline_with_pinyin_readings_is_the_pages_header()
    {
        var article = Assert.Single(Read("""
            免费影视在线观看_高清电影下载大全_最新电视剧全集_热门综艺免费看_动漫精品专区
            2021年北塘水生態(tài)質(zhì)量持續(xù)改善 長江經(jīng)濟(jì)帶累計建成6.62萬公里污水管網(wǎng)
            時間:2022-01-26 18:31:25 來源:北塘管道
            在24日的發布會上,北塘生態環境局介紹,2021年水生態質量持續改善。
            全年新建污水管網42公里,累計建成6.62萬公里。
            """).Articles);
        Assert.StartsWith("2021年北塘水生態", article.Title);
    }

    [Fact]
    public void A_first_paragraph_that_lost_its_full_stop_stays_the_text()
    {
        var article = Assert.Single(Read("""
            12月1日,第1800亿件快递在深圳完成签收,这件快递经历了从无人仓,无人车到快递员接驳的全流程,标志着低空物流迈入常态化运营
            在深圳,连接大湾区的多条无人机航线已陆续开通,每条航线日均飞行十余架次。
            """).Articles);
        Assert.StartsWith("12月1日,第1800亿件快递在深圳完成签收", article.Body);
    }

    [Fact]
    public void A_headline_printed_twice_on_its_line_is_the_headline_once()
    {
        var article = Assert.Single(Read("""
            南港区委书记调研重点企业发展工作 南港区委书记调研重点企业发展工作
            近日,南港区委书记深入重点企业调研,了解企业生产经营情况。
            他强调,要加大服务力度,帮助企业解决实际困难。
            """).Articles);
        Assert.Equal("南港区委书记调研重点企业发展工作", article.Title);
    }

    [Fact]
    public void A_headline_of_two_different_parts_keeps_both()
    {
        var article = Assert.Single(Read("""
            乐山高新区 总部经济聚集区建设加速推进
            近日,乐山高新区总部经济聚集区建设传来好消息,首批企业已签约入驻。
            聚集区建成后预计入驻企业100家。
            """).Articles);
        Assert.Equal("乐山高新区 总部经济聚集区建设加速推进", article.Title);
    }

    [Fact]
    public void A_first_line_printed_again_under_it_is_the_headline_though_it_asks()
    {
        var article = Assert.Single(Read("""
            5年后电动车占比过半?车企加速转型,本地供应链机会在哪?
            5年后电动车占比过半?车企加速转型,本地供应链机会在哪?
            2020年,全球电动车销量逆势增长,多家车企宣布加快转型。
            业内人士认为,本地供应链企业将迎来新的机会。
            """).Articles);
        Assert.Equal("5年后电动车占比过半?车企加速转型,本地供应链机会在哪?", article.Title);
        Assert.DoesNotContain("5年后电动车占比过半", article.Body);
    }

    [Fact]
    public void A_notices_title_under_its_field_rows_is_the_headline_over_its_salutation()
    {
        var article = Assert.Single(Read("""
            首页 > 北塘县人民政府办公室信息公开 > 信息浏览
            索引号: 003129766/201901-00336 组配分类: 规范性文件发布
            信息分类: 通知 发布机构: 北塘县人民政府办公室
            浏览次数: 590 内容概述:
            北塘县人民政府关于印发《北塘县人民政府工作规则》的通知
            各乡、镇人民政府,县政府各部门、各直属机构:
            《北塘县人民政府工作规则》已经县政府第三次全体会议通过,现予印发,请遵照执行。
            北塘县人民政府
            2019年1月17日
            """).Articles);
        Assert.Equal("北塘县人民政府关于印发《北塘县人民政府工作规则》的通知", article.Title);
        Assert.StartsWith("各乡、镇人民政府", article.Body);
    }

    [Theory]
    [InlineData("信息分类: 通知 发布机构: 北塘县人民政府办公室")]
    [InlineData("浏览次数: 590 内容概述:")]
    [InlineData("体裁分类:重大会议 主题分类:政务信息 索引号:730240591/2022-06159")]
    public void A_pages_field_row_is_a_source_line(string line) => Assert.True(LineRules.IsSourceLine(TextNormalizer.Fold(line)));

    [Theory]
    [InlineData("信息分类调整后的首批通知已下发")]
    [InlineData("有效性审查:北塘县清理规范性文件120件")]
    public void A_headline_that_names_a_field_is_no_source_line(string line) => Assert.False(LineRules.IsSourceLine(TextNormalizer.Fold(line)));

    [Fact]
    public void A_government_sites_disclosure_channel_over_the_headline_is_its_section()
    {
        var article = Assert.Single(Read("""
            登录 | 注册
            政府信息公开
            会议公开制度
            第一条 县政府办公室实行主任办公会议、办公室内部会议和办公室全体会议制度。
            第二条 县政府办公室主任办公会议,由主任或受主任委托的副主任主持,根据需要不定期召开。
            """).Articles);
        Assert.Equal("会议公开制度", article.Title);
    }

    [Fact]
    public void A_mark_alone_before_the_article_is_the_pages_header()
    {
        var layout = Read("""
            跳到主要內容
            :::
            數位發展三大重點
            本部成立之初即承載各界不同面向的期許,並滾動檢討施政重點。
            為落實數位政策目標,本部以三大方向為核心施政重點。
            """);
        var article = Assert.Single(layout.Articles);
        Assert.Equal("數位發展三大重點", article.Title);
        Assert.Contains(":::", article.PageHeader!);
    }

    [Fact]
    public void A_sentence_before_the_headline_is_no_mark()
    {
        var layout = Read("""
            本站文章均来自网络转载,仅供参考。
            北塘高新区新签约项目12个
            近日,北塘高新区举行项目集中签约仪式,12个项目现场签约。
            签约项目总投资86亿元。
            """);
        Assert.Contains(layout.Articles, a => a.Title == "北塘高新区新签约项目12个");
        Assert.Contains("本站文章均来自网络转载", string.Join("\n", layout.Articles.Select(a => a.Body).Concat(layout.Articles[0].PageHeader ?? new List<string>())));
    }

    [Fact]
    public void A_line_of_the_sites_names_alone_is_never_the_headline()
    {
        var article = Assert.Single(Read("""
            北港传媒|中华趋势报
            電動商用車國家隊啟動 北港邁向兆元級綠色藍海
            2025-09-23 來源:北港傳媒
            全球交通工具正加速邁向電動化,一支電動商用車國家隊逐漸成形。
            目前已有超過80家國內供應鏈參與,形成完整的產業生態系。
            """).Articles);
        Assert.Equal("電動商用車國家隊啟動 北港邁向兆元級綠色藍海", article.Title);
    }

    [Fact]
    public void A_menus_entry_read_with_the_next_label_is_no_headline()
    {
        var layout = Read("""
            媒體
            • 澳廣視新聞
            • 政府消息
            • 濠江日報
            • 澳門日報
            • 力報
            • 新華澳報
            • 正報
            • 華僑報
            • 論盡澳門
            • 澳門平台
            分類
            • 正報
            新聞
            • 青少年流行時裝技術大賽冀發掘新血
            • 回歸館將展出荷花佳作
            • 立方米辦塗鴉賽發掘繪畫潛能
            賭收連續第八個月按年下跌
            2015-02-03 00:00
            【中新社澳門2月2日電】澳門博彩監察協調局2日公佈的數據顯示,今年1月份博彩收入按年下跌17.4%。
            這是澳門博彩收入連續第8個月按年下跌,不過跌幅明顯收窄。
            """);
        var article = Assert.Single(layout.Articles);
        Assert.Equal("賭收連續第八個月按年下跌", article.Title);
    }
}
