using Pipeline.Extract.Model;
using Pipeline.Extract.Pages;

namespace Pipeline.Extract.Tests.Pages;

/// <summary>Web pages saved as text whose headline used to be lost (an empty title), glued to a widget or a channel
/// name, or replaced by a label, a credit or a photo caption. Every page text here is written for the test.</summary>
public class WebHeadlineRecoveryTests
{
    private static PageLayout Read(string text) =>
        PageReader.Read(new SourceDocument { Source = "web.txt", Kind = DocumentKind.PageText, Text = text });

    [Fact]
    public void A_close_button_over_the_headline_is_no_word_of_it()
    {
        var article = Assert.Single(Read("""
            close
            南港园区上半年营业额较去年同期成长18%
            南港园区上半年营业额合计达新台币812.6亿元，较去年同期成长18%。
            其中积体电路产业营业额最高，约占六成。
            """).Articles);
        Assert.Equal("南港园区上半年营业额较去年同期成长18%", article.Title);
    }

    [Fact]
    public void A_lone_code_word_and_a_channel_before_a_bar_are_the_pages_not_the_headline()
    {
        var layout = Read("""
            adtop
            您所在位置：财经频道 > 资讯 >

            探访科学城｜这家芯片企业为何把研发总部放在高新区？

            2024-05-16 09:20 来源：东方日报   阅读量：1203

            5月15日，记者走进高新区科学城，探访一家芯片设计企业的研发总部。
            企业负责人介绍，总部今年将新增研发人员300名。
            """);
        var article = Assert.Single(layout.Articles);
        Assert.Equal("这家芯片企业为何把研发总部放在高新区？", article.Title);
        Assert.Equal("探访科学城", article.Section);
    }

    [Fact]
    public void Leftover_list_tags_and_reporters_names_over_the_source_line_leave_the_headline_whole()
    {
        var layout = Read("""
            • <li id="k9x"><tt id="k9x"></tt></li>
              <li id="k9x"></li>
            • <li id="k9x"></li>
            • <li id="k9x"><tt id="k9x"></tt></li>
            金华网
            金华网

            “园区速度”跑出新动能

            金华高新区智能装备产业园首期厂房全部投用

            钱一鸣、孙晓雨
            2024年10月12日09:15 | 来源：金华日报
            小字号

            10月10日上午，位于金华高新区的智能装备产业园内，12家企业已全部投产。
            园区首期厂房总面积8.6万平方米，去年6月开工建设。
            """);
        var article = Assert.Single(layout.Articles);
        Assert.Equal("金华高新区智能装备产业园首期厂房全部投用", article.Title);
        Assert.Equal(new[] { "钱一鸣", "孙晓雨" }, article.Authors.Select(a => a.Name));
    }

    [Fact]
    public void A_headline_over_its_date_and_source_lines_is_no_masthead_and_a_bracketed_editor_credit_no_article()
    {
        var layout = Read("""
            某某商报官网 > 广东 > 财经

            8个项目签约落户 松山湖招商迎来开门红

            2024-02-20
            来源：某某商报网
              【某某商报网讯】记者 林海 报道：2月19日，松山湖高新区举行新春项目集中签约仪式，8个项目总投资56亿元。
              签约项目涵盖新能源、智能制造和生物医药等领域。
            [责任编辑：黄小明 ]
            """);
        var article = Assert.Single(layout.Articles);
        Assert.Equal("8个项目签约落户 松山湖招商迎来开门红", article.Title);
        Assert.Contains(article.Authors, a => a.Name == "黄小明" && a.Role == "责任编辑");
        Assert.Equal("2024-02-20", layout.Published);
    }

    [Fact]
    public void A_crumb_printed_as_a_list_item_ending_with_the_headline_and_a_view_original_prompt_are_furniture()
    {
        var layout = Read("""
            • 您当前的位置：首页 > 本地新闻 > 园区新闻 > 长沙高新区12个项目集中开工 总投资96亿元
              • 长沙高新区12个项目集中开工 总投资96亿元

                时间：2024-03-06 18:40:12  来源：长沙晚报  作者：

                点击查看大图

                3月5日，长沙高新区举行一季度重大项目集中开工仪式，12个项目总投资96亿元。
                其中，智能网联汽车零部件项目投资28亿元。
            """);
        var article = Assert.Single(layout.Articles);
        Assert.Equal("长沙高新区12个项目集中开工 总投资96亿元", article.Title);
        Assert.StartsWith("3月5日", article.Body);
    }

    [Fact]
    public void A_long_first_line_over_a_lead_is_the_headline_and_a_speakers_caption_inside_the_text_is_no_article()
    {
        var layout = Read("""
            某某科技受邀出席高新区标准厂房集中投产仪式，获评“创新先锋”“投产标兵”两项荣誉

            近日，高新区标准厂房项目集中投产仪式举行，园区企业代表、服务机构代表等参加仪式。

            区委书记王一民对标准厂房集中投产表示祝贺，他指出，这是园区推动实体经济发展的一件大事。

            区管委会副主任李二平致欢迎词

            签约现场，12个项目代表与服务机构代表签署合作协议，共同推动园区产业高质量发展。
            """);
        var article = Assert.Single(layout.Articles);
        Assert.Equal("某某科技受邀出席高新区标准厂房集中投产仪式，获评“创新先锋”“投产标兵”两项荣誉", article.Title);
        Assert.StartsWith("近日", article.Body);
    }

    [Fact]
    public void A_bare_name_under_a_whole_headline_is_its_section_not_its_title()
    {
        var article = Assert.Single(Read("""
            走过十五年，科学城从一片滩涂成长为千亿级产业高地
            深圳科学城
            “一片滩涂上建起科学城”，是许多老员工对园区最初的记忆。
            截至目前，园区企业达到1860家，培育出5家独角兽企业。
            """).Articles);
        Assert.Equal("走过十五年，科学城从一片滩涂成长为千亿级产业高地", article.Title);
        Assert.Equal("深圳科学城", article.Section);
    }

    [Fact]
    public void A_short_main_title_after_its_kicker_stays_the_title()
    {
        // A kicker over a main title that says something (a verb) is not a label under a headline.
        var article = Assert.Single(Read("""
            以科技创新引领产业升级 园区再添国家级平台
            研发中心揭牌
            本报讯 3月8日，高新区国家级企业技术中心揭牌，将承担12项关键技术攻关。
            """).Articles);
        Assert.Equal("研发中心揭牌", article.Title);
    }

    // A portal's teasers of other pages before its article: channel names over cut-short link titles and excerpts.
    [Fact]
    public void Teasers_before_the_headline_over_its_dated_source_line_are_no_article_and_keep_their_text()
    {
        var layout = Read("""
            要闻
            -
            全省首个氢能产业学院,首批学员开课...
            9月2日上午,由某职业学院与某某氢能科技有限公司共建的氢能产业学院首批学员开课,共招收学员60名。据了解,学...
            财经
            -
            开发区前三季度税收增长,新增市场主体3200余户...
            开发区前三季度实现税收收入48.6亿元,同比增长9.1%,新增市场主体3200余户,其中科技型企业占比超过...
            新材料研发总部基地落户高新区
            发布时间:2023/10/12 要闻 浏览:512
            10月11日,某某新材料集团与高新区签约,将在区内建设研发总部基地,总投资15亿元。
            基地建成后将集聚研发人员800名。
            """);
        var article = Assert.Single(layout.Articles);
        Assert.Equal("新材料研发总部基地落户高新区", article.Title);
        Assert.Contains("48.6亿元", article.Body);
        Assert.Contains("总投资15亿元", article.Body);
    }

    [Fact]
    public void An_issuer_over_the_date_a_notice_ends_with_starts_no_article()
    {
        var layout = Read("""
            某某新区2024年第二批重点招商项目公告

            一、本批共公布重点招商项目12个，总投资86亿元。
            二、项目进展将在新区门户网站定期公布，欢迎社会各界监督。

            某某新区管理委员会
            2024年7月2日
            """);
        Assert.Equal("某某新区2024年第二批重点招商项目公告", Assert.Single(layout.Articles).Title);
    }
}
