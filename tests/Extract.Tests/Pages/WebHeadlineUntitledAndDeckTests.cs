using Pipeline.Extract.Model;
using Pipeline.Extract.Pages;
using Pipeline.Extract.Text;

namespace Pipeline.Extract.Tests.Pages;

/// <summary>Round heads20 (issue #13): pages that print no headline keep none — a photo credit, a bracketed byline or a
/// farm's label is not made their title — and a forum's post widgets never stand as the headline. Each rule has a page it
/// mends and a page it leaves as it was. Every page text here is written for the test.</summary>
public class WebHeadlineUntitledAndDeckTests
{
    private static PageLayout Read(string text) =>
        PageReader.Read(new SourceDocument { Source = "web.txt", Kind = DocumentKind.PageText, Text = text });

    [Fact]
    public void A_photo_caption_page_under_no_headline_keeps_no_title_not_its_photo_credit()
    {
        var layout = Read("""
            近日,位于某某市临港产业园的某某先进制造业共建产业园,现代化厂房雏形初现,各个在建项目奋力冲刺施工节点。
            据悉,该产业园将建设先进制造业融合区、加工集聚区和精深加工区。
            某某日报全媒体记者 王某某 摄
            """);
        var article = Assert.Single(layout.Articles);
        Assert.Equal("", article.Title);
    }

    [Fact]
    public void A_report_under_a_bracketed_byline_and_a_caption_keeps_no_title()
    {
        var layout = Read("""
            ▲某某園區服務大樓揭牌儀式,與會貴賓合影。(圖/某某管理局提供)
            【某傳媒記者王某某/新竹報導】
            某某園區服務邁入新里程碑!某某管理局園區服務大樓今(7/2)日舉行落成啟用揭牌典禮,新落成的服務大樓除提供招商與廠商服務外,同時具備就業服務功能。
            某某管理局表示,園區總面積達631公頃,其中344公頃為產業用地。
            """);
        Assert.All(layout.Articles, a => Assert.Equal("", a.Title));
    }

    [Fact]
    public void A_page_whose_headline_the_model_ranks_well_keeps_it_though_the_rules_find_none()
    {
        // The threshold leaves a best line that scores as a headline does: the page's own short title line over its text.
        var layout = Read("""
            某某電力簽約新能源開發項目

            某某電力與某某縣政府日前簽約,將投資約10億元在縣內開發風電與光伏項目,預計年發電量2億千瓦時。
            項目分兩期建設,一期計劃於明年投產。
            """);
        Assert.Equal("某某電力簽約新能源開發項目", layout.Articles[0].Title);
    }

    [Fact]
    public void A_forums_post_widgets_are_never_the_headline()
    {
        var layout = Read("""
            |

            楼主 |
            发表于 2020-11-9 12:06:26
            |
            显示全部楼层
            某某产业园:两市携手共建 谱写产业发展新篇
            今年4月26日,某某市举行了中心城区产城融合示范区首批项目集中动工活动。两镇被纳入了示范区,分别位于两镇的园区建设备受关注。
            “产业园规划面积总共是23135亩,这两个园区都是超过了1万亩的工业用地。”管委会副主任介绍。
            """);
        Assert.Equal("某某产业园:两市携手共建 谱写产业发展新篇", layout.Articles[0].Title);
    }

    [Fact]
    public void A_paper_farms_label_over_an_abstract_is_no_title()
    {
        var layout = Read("""
            论文部分内容阅读
            从某某机场出发,驱车上环城高速,不到1个小时,就进入了某某高新区。这个距省会城市最近的国家级高新区,曾是全省最早设立的9个省级高新区之一。
            """);
        Assert.All(layout.Articles, a => Assert.Equal("", a.Title));
    }

    [Fact]
    public void A_labelled_credit_row_at_the_pages_end_starts_no_second_article()
    {
        var layout = Read("""
            千亩作业大场面,快马加鞭争朝夕。记者近日在某某县采访了解到,该县目前正加快推进某某工业园东园基础设施工程项目。
            据介绍,东园基础设施建设工程分两期进行建设,其中一期总投资19743.07万元。
            来源:某某日报
            记者:林某某 刘某
            热门评论
            网友甲:好消息
            """);
        Assert.All(layout.Articles, a => Assert.Equal("", a.Title));
    }
}
