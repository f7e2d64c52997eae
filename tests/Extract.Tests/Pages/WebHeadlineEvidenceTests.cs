using Pipeline.Extract.Model;
using Pipeline.Extract.Pages;

namespace Pipeline.Extract.Tests.Pages;

/// <summary>Round heads8 (issue #13): the headline of a saved web page chosen on evidence any site's layout gives — headlines
/// over no text before the text merge into one article whose best-evidenced line is the title; buttons, accounts, channels
/// and site names around the headline are none of it; prompts after the article are no article. Pages the rules must leave
/// as they were come with them. Every page here is written for the test, in the shapes of real portals, papers' sites,
/// posts and Taiwan and Hong Kong sites.</summary>
public class WebHeadlineEvidenceTests
{
    private static List<ArticleRecord> Read(string text) =>
        PageReader.Read(new SourceDocument { Source = "web.txt", Kind = DocumentKind.PageText, Text = text }).Articles;

    [Fact]
    public void Buttons_between_the_source_line_and_the_lead_make_no_second_article()
    {
        var article = Assert.Single(Read("""
            财经首页 > 产经 > 正文
            石门开发区上半年新引进项目37个 协议投资215亿元
            2025年07月08日 09:32 江东商报
            听新闻
            收藏本文
              江东商报讯 7月7日，记者从石门开发区获悉，上半年该区新引进项目37个，协议投资215亿元。
              其中制造业项目占比超过七成。
            """));
        Assert.Equal("石门开发区上半年新引进项目37个 协议投资215亿元", article.Title);
        Assert.Contains("协议投资215亿元。", article.Body);
        Assert.DoesNotContain("收藏本文", article.Body);
    }

    [Fact]
    public void An_accounts_name_over_its_follow_button_is_no_headline()
    {
        var article = Assert.Single(Read("""
            云杉科学城首个百亿级芯片项目开工
            2025-06-20 10:12
            云杉融媒
            关注
            6月19日，总投资112亿元的芯片封装测试项目在云杉科学城开工。
            项目达产后预计年产值可达130亿元。
            """));
        Assert.Equal("云杉科学城首个百亿级芯片项目开工", article.Title);
        Assert.Contains("112亿元", article.Body);
    }

    [Fact]
    public void A_channel_and_a_byline_over_the_headline_sign_it_and_are_not_its_title()
    {
        var article = Assert.Single(Read("""
            某某新聞雲
            財經
            記者黃小明／高雄報導
            楠梓園區新廠房上樑 三家廠商進駐
            2025年08月05日 11:02
            楠梓園區今（5）日舉行新廠房上樑典禮，三家半導體廠商將進駐，投資額逾新台幣80億元。
            """));
        Assert.Equal("楠梓園區新廠房上樑 三家廠商進駐", article.Title);
        Assert.Contains(article.Authors, a => a.Name == "黃小明");
        Assert.Contains("80億元", article.Body);
    }

    [Fact]
    public void A_crumb_opened_by_the_sites_name_and_a_prompt_after_the_credit_are_furniture()
    {
        var article = Assert.Single(Read("""
            某某网>>经济·科技
            金沙片区新增国家级专精特新企业9家
            2025年01月15日08:22 | 来源：某某网
            小字号
            本报长沙1月14日电 （记者 吴小华）记者从金沙片区获悉，2024年该片区新增国家级专精特新企业9家。
            片区高新技术企业总数超过1500家。
            （责编：郑某某）
            分享让更多人看到
            """));
        Assert.Equal("金沙片区新增国家级专精特新企业9家", article.Title);
        Assert.Contains("某某网>>经济·科技", article.PageHeader!);
    }

    [Fact]
    public void A_short_prompt_after_the_articles_credit_is_no_untitled_article()
    {
        var article = Assert.Single(Read("""
            首页 > 财经 > 正文
            北岸高新区去年营收增长11.2%
            2025年03月09日 10:02 来源：北岸新闻网
            北岸高新区3月8日发布数据，2024年该区实现营业收入4120亿元，同比增长11.2%。
            【编辑:黄小丽】
            更多精彩内容请关注：
            """));
        Assert.Equal("北岸高新区去年营收增长11.2%", article.Title);
        Assert.Contains("更多精彩内容请关注：", article.PageHeader!);
    }

    [Theory]
    [InlineData("某某01", "經濟", "數碼港第二期動工 料2027年落成")]
    [InlineData("某某新聞網", "經濟", "科技園創科基金注資30億 支援初創")]
    public void A_sites_name_and_its_channel_over_the_headline_are_not_its_first_half(string site, string channel, string headline)
    {
        var article = Assert.Single(Read($"""
            {site}
            {channel}
            {headline}
            撰文：何小文
            【某某專訊】政府昨日宣布新措施，支援園區初創企業擴展業務，首批預計惠及300家企業。
            園區公司表示，園區目前有逾1,200家科技公司。
            """));
        Assert.Equal(headline, article.Title);
    }

    [Fact]
    public void A_papers_name_under_the_headline_over_its_post_stamp_is_no_title()
    {
        var article = Assert.Single(Read("""
            柳湾经开区一季度开工项目38个 总投资超260亿元
            柳湾日报
            2025-04-14 08:30柳湾日报官方帐号
            关注
            4月13日，记者从柳湾经开区获悉，一季度该区开工项目38个，总投资超260亿元。
            """));
        Assert.Equal("柳湾经开区一季度开工项目38个 总投资超260亿元", article.Title);
    }

    [Fact]
    public void An_accounts_name_printed_twice_under_the_headline_is_no_title()
    {
        var article = Assert.Single(Read("""
            重磅！东湾高新区又一百亿级项目签约
            东湾高新发布 东湾高新发布
            2025-05-12 18:00
            5月12日，总投资110亿元的储能电池项目落户东湾高新区。
            项目达产后预计年产值140亿元。
            """));
        Assert.Equal("重磅！东湾高新区又一百亿级项目签约", article.Title);
    }

    [Fact]
    public void The_sites_description_over_the_headline_is_a_note_of_the_article_not_an_untitled_one()
    {
        var article = Assert.Single(Read("""
            某某产经网是一家专注于园区经济报道的财经媒体，为您提供最新的产业资讯。
            首页 财经 产业 园区 公司
            宣城高新区前三季度新签约亿元以上项目41个
            2025-10-15 09:20:11 来源：某某产经网
            今年前三季度，宣城高新区新签约亿元以上项目41个，协议总投资318亿元。
            """));
        Assert.Equal("宣城高新区前三季度新签约亿元以上项目41个", article.Title);
        Assert.Contains("为您提供最新的产业资讯", article.Body);
    }

    [Fact]
    public void A_video_players_buttons_and_timer_are_no_headline()
    {
        var article = Assert.Single(Read("""
            视频
            播放
            00:00 / 03:40
            北塘高新区：“链主”企业带动配套企业集聚
            2025-10-19 08:45 来源：北塘广电
            近年来，北塘高新区以“链主”企业为牵引，带动配套企业集聚发展，已形成百亿级产业链4条。
            """));
        Assert.Equal("北塘高新区：“链主”企业带动配套企业集聚", article.Title);
        Assert.DoesNotContain("03:40", article.Body);
    }

    [Theory]
    [InlineData("《科技》南港園區再添兩座新廠 帶動千人就業", "南港園區再添兩座新廠 帶動千人就業", "科技")]
    [InlineData("〈時評〉園區轉型不能只看營收數字", "園區轉型不能只看營收數字", "時評")]
    [InlineData("工業地新聞:北區工業區標售最後三塊土地", "北區工業區標售最後三塊土地", "工業地新聞")]
    [InlineData("精彩看点:总投资120亿元!某某新材料基地签约落户东湖", "总投资120亿元!某某新材料基地签约落户东湖", "精彩看点")]
    [InlineData("东海示范区跨区域联合招商,签订11个项目 最新快讯", "东海示范区跨区域联合招商,签订11个项目", "最新快讯")]
    public void A_columns_tag_or_a_feeds_label_printed_with_the_headline_is_its_section(string line, string title, string section)
    {
        var article = Assert.Single(Read($"""
            {line}
            2025-06-21 10:15 来源：某某网
            6月20日，园区举行项目推介会，现场签约项目11个，总投资超过80亿元。
            """));
        Assert.Equal(title, article.Title);
        Assert.Contains(section, article.Section);
    }

    [Theory]
    [InlineData("专家解读:园区政策为何频频加码")]
    [InlineData("南江高新区:前5月新签约项目40个")]
    public void A_subject_before_its_colon_stays_in_the_headline(string headline)
    {
        var article = Assert.Single(Read($"""
            {headline}
            2025-06-21 10:15 来源：某某网
            6月20日，园区举行项目推介会，现场签约项目11个，总投资超过80亿元。
            """));
        Assert.Equal(headline, article.Title);
    }

    [Fact]
    public void A_page_label_alone_with_its_colon_is_no_half_of_the_headline()
    {
        var article = Assert.Single(Read("""
            2025年06月02日
            第A03版:
            园区建设热火朝天 新城面貌日新月异
            6月1日，在东部新城重点项目建设工地上，塔吊林立、机器轰鸣，20个项目同时推进。
            """));
        Assert.Equal("园区建设热火朝天 新城面貌日新月异", article.Title);
    }

    [Fact]
    public void A_crumbs_head_alone_bulleted_fields_and_empty_field_labels_make_no_article()
    {
        var article = Assert.Single(Read("""
            首页
            >> 新区新闻 >> 图片新闻
              • 信息索引号:
              • 发布机构:
            春耕不停歇 项目建设忙
              • 2025-02-20
              • 来源:某某新区融媒
              • 观看:862 次
              • 暂无简介
            本网讯（记者 王小明）2月19日，在某某新区重大项目现场，工人们正加班加点施工，项目所有房建部分均已结顶。
            """));
        Assert.Equal("春耕不停歇 项目建设忙", article.Title);
        Assert.DoesNotContain("信息索引号", article.Body);
    }

    [Fact]
    public void A_photos_pointer_opens_a_caption_not_a_headline()
    {
        var article = Assert.Single(Read("""
            西部最大储能产业基地力争年内竣工
            ▲西部储能产业园项目
            宽敞明亮的展厅里循环播放着宣传片，不时有企业代表前来参观交流。园区主体工程已经完工。
            """));
        Assert.Equal("西部最大储能产业基地力争年内竣工", article.Title);
        Assert.Contains("▲西部储能产业园项目", article.Captions);
    }

    [Fact]
    public void A_headline_over_a_lead_opening_with_the_pages_date_label_is_the_headline()
    {
        var article = Assert.Single(Read("""
            -
            國(guó)家高新區(qū):為產業升級提供科技支撐
            最后更新: 2025-04-19 15:16:26春雨淅瀝,位于古城的高新區(qū)正煥發出強勁創新活力,一季度營收增長12%。
            """));
        Assert.Equal("國(guó)家高新區(qū):為產業升級提供科技支撐", article.Title);
    }

    [Fact]
    public void An_e_editions_part_labels_come_off_the_headline()
    {
        var article = Assert.Single(Read("""
            原标题:河东签下“开春大单”(引题)
            9个项目签约 总部经济过半(主题)
            某某日报讯 日前，河东区与9家企业签约，总部经济项目过半，总投资86亿元。
            """));
        Assert.Equal("9个项目签约 总部经济过半", article.Title);
        Assert.Contains("原标题", article.Body);
    }

    [Fact]
    public void A_long_or_exclaiming_line_over_the_source_line_before_any_text_is_the_headline()
    {
        var article = Assert.Single(Read("""
            看点
            【全球快讯】某某精密(688999.SH)拟投建半导体智能装备制造基地项目 总投资额不低于8亿元
            2025-11-20 15:51:54 来源: 某某财经
            某某精密11月20日公布，公司拟与某开发区签署项目投资协议，投资建设半导体智能装备制造基地。
            """));
        Assert.Equal("某某精密(688999.SH)拟投建半导体智能装备制造基地项目 总投资额不低于8亿元", article.Title);
    }

    [Fact]
    public void Latin_labels_over_a_chinese_headline_are_furniture()
    {
        var article = Assert.Single(Read("""
            Group News
            公司顺利通过高新技术企业复审
            2025-03-02 来源：集团办公室
            近日，省科技厅等部门公布复审结果，公司顺利通过高新技术企业复审。
            """));
        Assert.Equal("公司顺利通过高新技术企业复审", article.Title);
        Assert.Contains("Group News", article.PageHeader!);
    }

    [Fact]
    public void Two_reports_each_with_its_text_stay_two_articles()
    {
        var articles = Read("""
            北区新增两家国家级孵化器
            本报讯（记者 王小林）近日，科技部公布新一批国家级科技企业孵化器名单，北区两家孵化器入选。
            截至目前，北区共有国家级孵化器7家。
            南区集成电路产业园开园
            本报讯（记者 李小青）3月2日，南区集成电路产业园开园，首批20家企业入驻。
            产业园规划面积1.5平方公里。
            """);
        Assert.Equal(new[] { "北区新增两家国家级孵化器", "南区集成电路产业园开园" }, articles.Select(a => a.Title));
    }

    [Fact]
    public void A_headline_with_its_subjects_colon_over_two_lines_is_still_one_title()
    {
        var article = Assert.Single(Read("""
            湘北高新区：
            7个项目集中签约 总投资26亿元
            2025-02-11 来源：湘北日报
            2月10日，湘北高新区举行项目集中签约仪式，7个项目总投资26亿元。
            """));
        Assert.Equal("湘北高新区：7个项目集中签约 总投资26亿元", article.Title);
    }
}
