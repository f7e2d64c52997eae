using Pipeline.Extract.Model;
using Pipeline.Extract.Pages;
using Pipeline.Extract.Text;

namespace Pipeline.Extract.Tests.Pages;

/// <summary>Round heads21 (issue #13): a page that opens with its text and no headline is one article whatever unsigned
/// heading stands inside it; a site's menu over its crumb and an e-paper's buttons are never the headline; a share label
/// glued to the headline comes off it; a camera's file name is no headline. Each rule has a page it mends and a page it
/// leaves as it was. Every page text here is written for the test.</summary>
public class WebHeadlineCrossheadAndMenuTests
{
    private static PageLayout Read(string text) =>
        PageReader.Read(new SourceDocument { Source = "web.txt", Kind = DocumentKind.PageText, Text = text });

    [Fact]
    public void A_page_opening_with_text_keeps_its_crosshead_inside_one_untitled_article()
    {
        var layout = Read("""
            某某科技园公司在当地建立了完整的创科生态圈,支持创科企业发展,未来将发挥更积极的角色,助企业走出去。
            ▲园区一角。
            服务全球企业
            科技园现有超过800家公司,接近一万人的工作人口,其中6000人为研发人员。
            加上逾200家合作伙伴,有助企业把握发展机遇。
            """);
        var article = Assert.Single(layout.Articles);
        Assert.Equal("", article.Title);
        Assert.Contains("服务全球企业", article.Body);
        Assert.Contains("6000人为研发人员", article.Body);
    }

    [Fact]
    public void A_credit_line_under_untitled_text_starts_no_second_article()
    {
        var layout = Read("""
            某某司長今日公布新一份預算案,闡述北部新區的產業和空間布局,政府將投資四大重點產業。
            他預期園區發展完成後,每年對經濟貢獻高達300億元、創造約3萬個職位。
            原圖:某某日報圖片
            記得追蹤我們的專頁。
            """);
        Assert.Single(layout.Articles);
    }

    [Fact]
    public void A_signed_report_under_untitled_text_stays_an_article_of_its_own()
    {
        // The second report signs itself: a page of a paper whose first piece ran on from another page.
        var layout = Read("""
            会上还通报了上半年全区重点项目推进情况,要求各部门倒排工期,确保项目按期投产见效。
            某某新区新签约项目15个
            本报讯(记者 王某某)今年以来,某某新区新签约项目15个,总投资82亿元,其中超10亿元项目3个。
            签约项目涉及新材料、智能装备等领域。
            """);
        Assert.Equal(2, layout.Articles.Count);
        Assert.Equal("某某新区新签约项目15个", layout.Articles[1].Title);
    }

    [Fact]
    public void A_sites_menu_printed_one_item_a_line_over_its_crumb_is_never_the_headline()
    {
        var layout = Read("""
            線上話題 哈燒資訊 回首頁
            美食特搜
            某某生活專輯
            購屋情報
            科技動態
            目前位置  >  首頁 > 線上話題 > 科技動態
            某某園區今天舉行招商成果說明會,管理局表示,已有3間廠商申請進駐獲准,期盼成為精密機械產業群聚中心。
            管理局局長王某某等人出席,說明招商成果,其中一家廠商初期投資額達新台幣15億元。
            """);
        var article = Assert.Single(layout.Articles);
        Assert.Equal("", article.Title);
        Assert.Contains("某某生活專輯", article.PageHeader!);
    }

    [Fact]
    public void A_headline_under_its_crumb_is_kept_with_the_menu_above_gone()
    {
        var layout = Read("""
            新闻中心
            园区概况
            当前位置：首页 > 新闻中心 > 园区动态
            某某高新区前三季度新签约项目28个
            发布时间：2024-10-15
            今年以来,某某高新区新签约项目28个,总投资156亿元,同比增长12%。
            """);
        Assert.Equal("某某高新区前三季度新签约项目28个", layout.Articles[0].Title);
        Assert.Contains("园区概况", layout.Articles[0].PageHeader!);
    }

    [Fact]
    public void An_e_papers_buttons_and_page_label_are_never_the_headline()
    {
        var layout = Read("""
            通版阅读请点击:
            展开通版
            收缩通版
            当前版:A03版
            发布日期:
            编者按
              长三角地区以4%的国土面积创造了全国约四分之一的经济总量,是经济发展最活跃的区域之一。两会期间,多家媒体邀请代表、委员为区域一体化建言献策。
            """);
        var article = Assert.Single(layout.Articles);
        Assert.Equal("", article.Title);
    }

    [Fact]
    public void A_share_label_glued_after_the_headline_comes_off_it()
    {
        var layout = Read("""
            首頁 -> 頭條
            某某科技園區下半年開園分享到:
            某某社9月1日電 某某局局長9月1日透露,今年下半年某某科技園區將開園,目前很多來自海內外的機構已準備入駐。
            園區首三座大樓已在今年落成,另有五座大樓料2027年起完工。
            """);
        Assert.Equal("某某科技園區下半年開園", layout.Articles[0].Title);
    }

    [Fact]
    public void A_headline_ending_with_a_colon_keeps_its_last_words()
    {
        // Only a widget's word before the colon comes off: a headline's own last words stay.
        Assert.Equal((0, 0), PageFurniture.Default.FurnitureGlue("某某园区三大举措稳增长:"));
    }

    [Fact]
    public void A_cameras_file_name_between_paragraphs_starts_no_article()
    {
        var layout = Read("""
            某某科技城新区:总投资30亿元 12个重大项目集中开工

            在6月28日上午举行的某某科技城新区重大项目集中开工仪式上,共有12个重大项目集中开工,项目计划总投资30亿元。

            _DSC4445_副本

            此次集中开工的项目包括精密电子电路板产业化项目、智能终端研制及产业化项目等。
            """);
        var article = Assert.Single(layout.Articles);
        Assert.Equal("某某科技城新区:总投资30亿元 12个重大项目集中开工", article.Title);
        Assert.DoesNotContain("_DSC4445", article.Body);
    }
}
