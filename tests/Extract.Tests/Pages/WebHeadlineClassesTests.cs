using Pipeline.Extract.Model;
using Pipeline.Extract.Pages;

namespace Pipeline.Extract.Tests.Pages;

/// <summary>Round heads7 (issue #13): classes of headline misses on saved web pages, each with pages of its own and pages
/// the rule must leave as they were — a saved &lt;title&gt; line with the site's names, the headline printed twice, a channel's
/// label over the headline, a headline over a bare date with its deck lines, a news feed's stock label, a digest of company
/// items, a crumb as the only headline, accessibility bars, menus printed as lists, field labels alone on their lines, a tag
/// repeating the headline's first words. Every page here is written for the test.</summary>
public class WebHeadlineClassesTests
{
    private static List<ArticleRecord> Read(string text) =>
        PageReader.Read(new SourceDocument { Source = "web.txt", Kind = DocumentKind.PageText, Text = text }).Articles;

    [Fact]
    public void A_saved_title_line_loses_the_sites_name()
    {
        var article = Assert.Single(Read("""
            落霞开发区新增专精特新企业15家_江城网
            2024-08-16 09:12 来源：江城日报
            近日，省工信厅公布第六批专精特新中小企业名单，落霞开发区15家企业入选，入选数量居全市第一。
            截至目前，落霞开发区累计拥有专精特新企业68家。
            """));
        Assert.Equal("落霞开发区新增专精特新企业15家", article.Title);
        Assert.Contains("江城网", article.PageHeader!);
    }

    [Fact]
    public void A_saved_title_line_with_a_channel_over_the_headline_is_the_title_bar()
    {
        var article = Assert.Single(Read("""
            北川经开区一季度实际利用外资增长21%-经济频道-北川新闻网
            北川经开区一季度实际利用外资增长21%
            发布时间：2024-04-18 来源：北川新闻网
            今年一季度，北川经开区实际利用外资1.2亿美元，同比增长21%，增速居全省开发区前列。
            """));
        Assert.Equal("北川经开区一季度实际利用外资增长21%", article.Title);
        Assert.DoesNotContain("经济频道", article.Body);
    }

    [Fact]
    public void A_headlines_own_dash_is_no_sites_name()
    {
        var article = Assert.Single(Read("""
            产业链再延伸——东湖科学城引进光电项目
            2024-05-20 10:00 来源：东湖发布
            5月19日，东湖科学城与一家光电企业签约，项目总投资30亿元。
            """));
        Assert.Equal("产业链再延伸——东湖科学城引进光电项目", article.Title);
    }

    [Fact]
    public void A_forum_posts_subject_printed_again_over_the_post_is_one_article()
    {
        var article = Assert.Single(Read("""
            [新聞] 南科園區年營收 可望首度破兆
            看板
            2048
            南科園區年營收 可望首度破兆
            09:20 2024/12/10 工商時報 林小明/台南報導
            南部科學園區今年前十月營業額達8,900億元，年增18%，全年可望首度突破兆元。
            """));
        Assert.Equal("南科園區年營收 可望首度破兆", article.Title);
        Assert.Contains("8,900億元", article.Body);
    }

    [Fact]
    public void A_channels_label_with_its_colon_over_the_headline_is_no_part_of_it()
    {
        var article = Assert.Single(Read("""
            云帆科技旗下自媒体矩阵:

            东湾高新区引进半导体项目12个 总投资超百亿

               时间:2024-10-12 08:15:30 来源:东湾日报作者:陈小林编辑:王芳 发表评论

            近日，东湾高新区在上海举行半导体产业招商推介会，现场签约项目12个，总投资超过100亿元。

            签约项目包括芯片设计、封装测试和设备材料等领域。
            """));
        Assert.Equal("东湾高新区引进半导体项目12个 总投资超百亿", article.Title);
    }

    [Fact]
    public void A_zone_with_its_colon_over_the_rest_of_the_headline_still_joins_it()
    {
        var article = Assert.Single(Read("""
            西岭经开区：

            三个百亿级项目同日开工

            2024-06-20 16:45 来源：西岭发布

            6月19日，西岭经开区三个百亿级项目同日开工，总投资合计320亿元。
            """));
        Assert.Equal("西岭经开区：三个百亿级项目同日开工", article.Title);
    }

    [Fact]
    public void A_channel_over_a_whole_headline_opening_with_zai_is_its_section()
    {
        var article = Assert.Single(Read("""
            search icon
            產業

            再添5家企業擴大投資 南科園區今年投資額破千億元

            記者林小明 台南 2024-03-08 18:20

            經濟部今 (8) 日再通過5家企業擴大投資共計120億元，南科園區今年投資額已突破1000億元。
            """));
        Assert.Equal("再添5家企業擴大投資 南科園區今年投資額破千億元", article.Title);
        Assert.Equal("產業", article.Section);
    }

    [Fact]
    public void A_short_line_opening_with_zai_still_goes_on_from_the_line_above()
    {
        Assert.True(ArticleDraft.StartsAsContinuation("再添新动能"));
        Assert.False(ArticleDraft.StartsAsContinuation("再添5家企业扩大投资 南科园区今年投资额破千亿元"));
        Assert.True(ArticleDraft.StartsAsContinuation("的背后是一座园区二十年如一日的坚持与创新探索"));
    }

    [Fact]
    public void A_headline_over_a_bare_date_keeps_its_deck_lines_as_subtitles()
    {
        var article = Assert.Single(Read("""
            企业新闻

            星河科技园公司全力支持创科发展

            2024年02月28日

            星河科技园公司欢迎新一年度预算

            于人才、资金及基建注入新动力
            新一年度预算支持创科发展

            星河科技园公司今天表示欢迎政府发表的新一年度预算，并将全面配合有关政策。

            公司主席表示：「我们乐见预算继续支持创新科技发展。」
            """));
        Assert.Equal("星河科技园公司全力支持创科发展", article.Title);
        Assert.Equal("企业新闻", article.Section);
    }

    [Fact]
    public void A_papers_name_over_a_bare_date_stays_its_masthead()
    {
        var articles = Read("""
            南江日报
            2024年6月2日
            南港高新区签约12个项目
            本报讯 6月1日，南港高新区集中签约12个项目，总投资86亿元。
            """);
        Assert.Equal("南港高新区签约12个项目", Assert.Single(articles).Title);
    }

    [Theory]
    [InlineData("每日播报!西岭经开区8个重点项目集中开工", "西岭经开区8个重点项目集中开工")]
    [InlineData("天天快讯：北港开发区新签约项目28个", "北港开发区新签约项目28个")]
    [InlineData("环球速看料！东湖科学城新建成5个中试平台", "东湖科学城新建成5个中试平台")]
    [InlineData("重磅!东海市与南江市签署科技合作协议", "重磅!东海市与南江市签署科技合作协议")]
    [InlineData("每日播报!三个项目开工", "每日播报!三个项目开工")]
    public void A_news_feeds_stock_label_comes_off_the_headline(string headline, string title)
    {
        var article = Assert.Single(Read($"""
            快讯> 正文

            {headline}

            时间: 2024-03-12 09:06:18 来源: 西岭日报

            3月11日，园区举行重点项目集中开工仪式，8个项目集中开工，总投资36.5亿元。
            """));
        Assert.Equal(title, article.Title);
    }

    [Fact]
    public void Each_named_item_of_a_company_digest_is_an_article_under_its_own_headline()
    {
        var articles = Read("""
            本报编辑 李明
            江海电子
            拟12亿元建设新工厂
            江海电子(002999,收盘价12.30元)5日公告，公司拟投资12亿元建设智能终端新工厂，建设期为18个月。
            远帆股份
            澄清收购传闻
            远帆股份(600999,收盘价8.52元)5日公告，公司目前没有筹划任何重大资产重组事项。
            清泉环保
            中标3.2亿元污水处理项目
            清泉环保(300998,收盘价15.6元)5日公告，公司中标某市污水处理厂扩建项目，中标金额3.2亿元。
            """);
        Assert.Equal(new[] { "拟12亿元建设新工厂", "澄清收购传闻", "中标3.2亿元污水处理项目" }, articles.Select(a => a.Title));
        Assert.Equal("远帆股份", articles[1].Section);
    }

    [Fact]
    public void One_name_over_a_headline_is_no_digest()
    {
        var article = Assert.Single(Read("""
            南港高新区
            前三季度营收增长12%
            南港高新区前三季度实现营业收入860亿元，同比增长12%。
            其中，高新技术企业营收占比达到68%。
            """));
        Assert.Equal("南港高新区前三季度营收增长12%", article.Title);
    }

    [Fact]
    public void A_crumb_ending_with_the_headline_names_a_page_that_prints_it_nowhere_else()
    {
        var article = Assert.Single(Read("""
            当前位置：首页 > 园区新闻 > 北港开发区三季度新签约项目28个 总投资逾百亿元
            发布时间：2024-10-08 浏览次数：256
            今年三季度，北港开发区新签约项目28个，总投资102亿元，同比增长15%。
            其中，先进制造业项目21个，现代服务业项目7个。
            """));
        Assert.Equal("北港开发区三季度新签约项目28个 总投资逾百亿元", article.Title);
        Assert.False(article.Fragment);
    }

    [Fact]
    public void An_accessibility_bar_is_no_headline()
    {
        var article = Assert.Single(Read("""
            拼音
            读屏
            放大
            缩小
            配色
            白底黑字蓝链接
            黑底黄字白链接
            页面原始配色
            大鼠标
            换肤
            帮助
            北港开发区打造全市经济增长新引擎
            发布日期：2024-07-07
            上半年，北港开发区地区生产总值同比增长9.1%，增速居全市第一。
            """));
        Assert.Equal("北港开发区打造全市经济增长新引擎", article.Title);
    }

    [Fact]
    public void A_menu_printed_as_a_list_over_the_headline_is_no_article()
    {
        var article = Assert.Single(Read("""
            •
            • 我的订阅
              • 财经
            新起点上再写园区新篇章
            类别:财经 发布时间:2024-10-18 05:35:00 来源:南江日报
            秋日的南港高新区，一批新项目正在加紧建设。
            1993年设立以来，南港高新区累计引进项目1200多个。
            """));
        Assert.Equal("新起点上再写园区新篇章", article.Title);
    }

    [Fact]
    public void A_list_of_points_under_the_lead_stays_text()
    {
        var article = Assert.Single(Read("""
            南港高新区发布五大产业地图
            2024-05-06 10:20 来源：南港发布
            5月5日，南港高新区发布五大产业地图，重点发展以下产业：
            • 新能源
            • 新材料
            • 生物医药
            """));
        Assert.Contains("生物医药", article.Body);
    }

    [Fact]
    public void Field_labels_alone_and_their_values_are_no_headlines()
    {
        var article = Assert.Single(Read("""
            园区迈向更高端
            2024-06-09
            作者:
            来源:
            南江日报

            □记者 周小明
            本报讯 两年前，这里还是一片虾池；如今，新材料产业园已投产企业12家。
            """));
        Assert.Equal("园区迈向更高端", article.Title);
        Assert.Contains("南江日报", article.PageHeader!);
    }

    [Fact]
    public void A_tag_repeating_the_headlines_first_words_is_its_section()
    {
        var article = Assert.Single(Read("""
            星岚材料华东研发中心签约落户南港高新区
            星岚材料
              3月3日，星岚材料华东研发中心签约落户南港高新区，项目总投资5亿元。
            [时间:2024-03-04  来源:南江网]
            """));
        Assert.Equal("星岚材料华东研发中心签约落户南港高新区", article.Title);
        Assert.Equal("星岚材料", article.Section);
    }

    [Fact]
    public void The_lists_after_the_article_under_a_recommendation_marker_are_no_articles()
    {
        var article = Assert.Single(Read("""
            首页 > 园区新闻
            北港开发区两家企业入选省级智能工厂
            发布时间：2024-09-03 10:30 来源：北港开发区管委会
            近日，省工信厅公布2024年度省级智能工厂名单，北港开发区两家企业入选。
            新闻推荐
            北港开发区举办人才招聘会
            北港开发区召开安全生产工作会议
            """));
        Assert.Equal("北港开发区两家企业入选省级智能工厂", article.Title);
    }

    [Fact]
    public void A_two_line_headline_the_crumb_names_keeps_its_first_line()
    {
        var article = Assert.Single(Read("""
            当前位置：首页 > 园区要闻 > 南港高新区前三季度规上工业总产值突破千亿元大关
            南港高新区前三季度规上工业总产值突破
            千亿元大关
            2024-10-25 16:30 来源：南港发布
            前三季度，南港高新区规上工业总产值1020亿元，同比增长15.2%，首次在前三季度突破千亿元。
            """));
        Assert.Equal("南港高新区前三季度规上工业总产值突破千亿元大关", article.Title);
    }

    [Fact]
    public void A_two_line_headline_the_saved_title_names_keeps_its_first_line()
    {
        var article = Assert.Single(Read("""
            西岭经开区新能源电池产业园一期项目建成投产_西岭新闻网
            首页 > 园区动态
            西岭经开区新能源电池产业园
            一期项目建成投产
            2024-09-12 10:00 来源：西岭日报
            9月11日，西岭经开区新能源电池产业园一期项目建成投产，项目总投资50亿元。
            """));
        Assert.Equal("西岭经开区新能源电池产业园一期项目建成投产", article.Title);
    }

    [Fact]
    public void Without_a_name_for_it_the_page_keeps_a_kicker_apart_from_the_headline()
    {
        var article = Assert.Single(Read("""
            首页 > 园区动态
            聚力打造千亿级产业集群
            西岭经开区新能源电池产业园一期建成
            2024-09-12 10:00 来源：西岭日报
            9月11日，西岭经开区新能源电池产业园一期项目建成投产，项目总投资50亿元。
            """));
        Assert.Equal("西岭经开区新能源电池产业园一期建成", article.Title);
        Assert.Equal("聚力打造千亿级产业集群", article.Kicker);
    }

    [Fact]
    public void A_byline_with_its_day_printed_before_it_is_the_byline_and_the_pages_date()
    {
        var layout = PageReader.Read(new SourceDocument { Source = "web.txt", Kind = DocumentKind.PageText, Text = """
            image
            20240808文/林小明
            雲嘉工業區招商說明會 反應熱烈
            多家上市公司參與說明會;開放最後5個基地
            image
            雲嘉縣政府8月7日上午舉辦工業區招商說明會，吸引60多家企業參加，開放5個基地供廠商投標。
            縣長表示，工業區緊鄰國道交流道，交通便利。
            """ });
        var article = Assert.Single(layout.Articles);
        Assert.Equal("雲嘉工業區招商說明會 反應熱烈", article.Title);
        Assert.Equal("林小明", Assert.Single(article.Authors).Name);
        Assert.Equal("2024-08-08", layout.Published);
    }
}
