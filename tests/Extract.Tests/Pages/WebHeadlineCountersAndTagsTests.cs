using Pipeline.Extract.Model;
using Pipeline.Extract.Pages;
using Pipeline.Extract.Text;

namespace Pipeline.Extract.Tests.Pages;

/// <summary>Round heads17 (issue #13): headlines a fresh sample and heldout21 lost to what a page prints beside them — a
/// counter printed number first (2Views) joined to the headline as its first half, a document farm's page numbers strung
/// after the title as a site's name is (建设方案_第5页), a list's item number before the series tag (177.【產學樞紐】…), a
/// paper's editor signing its column (某某经济报总编辑 王小明) taken for the headline, and a feed's English field lines
/// (Source: 香港電台) taken for a story's headline. Each rule has a page it mends and a line it leaves as it was. Every
/// page text here is written for the test.</summary>
public class WebHeadlineCountersAndTagsTests
{
    private static PageLayout Read(string text) =>
        PageReader.Read(new SourceDocument { Source = "web.txt", Kind = DocumentKind.PageText, Text = text });

    [Theory]
    [InlineData("2Views")]
    [InlineData("1,024 views")]
    [InlineData("356次浏览")]
    [InlineData("12人閱讀")]
    public void A_counter_printed_number_first_is_a_widget(string line) =>
        Assert.Equal(FurnitureKind.Widget, PageFurniture.Default.Classify(TextNormalizer.Fold(line)));

    [Theory]
    [InlineData("12人阅读了这篇报道")]
    [InlineData("3000次浏览量背后的故事")]
    public void A_line_that_only_starts_with_a_count_stays_text(string line) =>
        Assert.Equal(FurnitureKind.None, PageFurniture.Default.Classify(TextNormalizer.Fold(line)));

    [Fact]
    public void A_counter_over_the_headline_is_not_its_first_half()
    {
        var layout = Read("""
            2Views
            某某科大奪金擘獎 大專院校得獎先例
            記者王小明/某某報導
            某某科大接手營運某某育成中心三年來,培育近四百家中小企業,協助三家培育企業獲准進駐園區,營運移轉案獲得金擘獎兩個團隊獎。
            某某創新創業育成總中心主任表示,自接手營運以來,進駐率穩定成長,招商數逐年提升。
            """);
        Assert.Equal("某某科大奪金擘獎 大專院校得獎先例", layout.Articles[0].Title);
    }

    [Theory]
    [InlineData("某某工作站建设方案_第5页", "某某工作站建设方案")]
    [InlineData("某某园区规划报告_第12頁_某某文库网", "某某园区规划报告")]
    [InlineData("某某园区第5页面改版上线", "某某园区第5页面改版上线")]
    public void A_document_farms_page_number_comes_off_the_title(string title, string expected) =>
        Assert.Equal(expected, PageFurniture.Default.WithoutSiteName(title));

    [Fact]
    public void A_document_farms_page_images_give_the_documents_title()
    {
        var layout = Read("""
            某某工作站建设方案_第1页
            某某工作站建设方案_第2页
            某某工作站建设方案_第3页
            已阅读3页,还剩16页未读 继续免费阅读

            下载本文档

            文档简介

            某某工作站建设方案一、项目背景与意义
            为落实创新驱动发展战略,某某区拟依托园区龙头企业建设工作站,引进高层次人才团队,开展关键技术攻关和成果转化,形成产学研协同创新的平台。
            工作站建成后,预计三年内引进科研团队5个,申请发明专利30项以上。
            """);
        Assert.Equal("某某工作站建设方案", layout.Articles[0].Title);
    }

    [Fact]
    public void A_list_number_before_the_series_tag_comes_off_with_the_tag()
    {
        var layout = Read("""
            177.【產學樞紐】某某總中心從競賽、外部合作到支持系統,打造全方位產學合作生態

            產學營運暨創新育成總中心透過建構產學合作生態系統,培育具備創新能力與實踐經驗的人才,並結合學校、產業與政府資源,推動跨領域、跨校及跨國的合作。

            112年度,某某總中心以強化產學合作基礎環境為核心目標,經由育才策略、合作樞紐與激勵制度三大主軸展開各項活動。
            """);
        Assert.Equal("某某總中心從競賽、外部合作到支持系統,打造全方位產學合作生態", layout.Articles[0].Title);
        Assert.Equal("產學樞紐", layout.Articles[0].Series);
    }

    [Theory]
    [InlineData("177.【產學樞紐】某某總中心打造產學合作生態", 10)]
    [InlineData("【擂响春天的战鼓②】某某经开区项目建设提速", 10)]
    [InlineData("2024年园区产值增长12%", 0)]
    public void A_series_tag_may_follow_a_list_number(string line, int tagLength) =>
        Assert.Equal(tagLength, LineRules.LeadingSeriesTag.Match(line) is { Success: true } m ? m.Length : 0);

    [Fact]
    public void A_papers_editor_signing_its_column_is_a_byline()
    {
        Assert.True(Bylines.TryParseBylineLine("某某经济报总编辑 王小明", TextNormalizer.Fold("某某经济报总编辑 王小明"), out var authors));
        Assert.Equal("王小明", Assert.Single(authors).Name);
        // A headline about an editor names no one after the role.
        Assert.False(Bylines.TryParseBylineLine("某某日报总编辑谈媒体融合", TextNormalizer.Fold("某某日报总编辑谈媒体融合"), out _));
        var layout = Read("""
            (3月15日)
            花美人美某某美
            某某经济报总编辑 王小明
            读者朋友大家好,我是某某经济报总编辑王小明,很高兴以这种方式来跟读者朋友见面,感谢大家一直以来对本报的支持和厚爱。
            翻开今天的报纸头版,一张“花美人美”的大照片,让人赏心悦目,感受到某某的明媚春光。这些天来,本报多次报道公园的樱花开了。
            """);
        Assert.Equal("花美人美某某美", layout.Articles[0].Title);
    }

    [Theory]
    [InlineData("Source: 香港電台", true)]
    [InlineData("Published on: 2025-05-19 14:08 UTC", true)]
    [InlineData("Source of growth: 某某园区三大产业", false)]
    public void A_feeds_english_field_lines_are_source_lines(string line, bool expected) =>
        Assert.Equal(expected, LineRules.IsSourceLine(TextNormalizer.Fold(line)));

    [Fact]
    public void A_digests_english_fields_are_no_headlines()
    {
        var layout = Read("""
            今日新聞 2025-05-20

            歡迎收看 某某 每日新聞
            Source: 某某電台
            Published on: 2025-05-19 14:08 UTC

            某某組織亞太區首腦會議在港舉行 某某籲促進區域合作

            一連四日的某某組織亞太區首腦會議在香港舉行,有120名亞太地區的海關首長、高級官員及地區機構代表參與,是亞太地區年度最高級別會議。

            海關關長在開幕式致辭時表示,希望亞太區成員能共同承擔海關事務,促進區域合作,應對瞬息萬變的全球挑戰。

            Source: 某某電台
            Published on: 2025-05-19 13:34 UTC

            某某海關與國家海關總署高層會晤 就鞏固兩地海關合作交換意見

            某某海關與國家海關總署昨日在本港舉行高層會晤,雙方就進一步鞏固內地與本港海關合作交換意見。

            會議後,雙方關長簽署快捷協作聯繫備忘錄,進一步加強兩地海關陸路口岸的信息共享及協調機制。
            """);
        // The fields are the page's, never a story's headline; the first story's headline heads the page. (The stories
        // after it stay in its text: a digest whose stories each print their fields above their headline is not split.)
        Assert.DoesNotContain(layout.Articles, a => a.Title.StartsWith("Source", StringComparison.Ordinal));
        Assert.Equal("某某組織亞太區首腦會議在港舉行 某某籲促進區域合作", layout.Articles[0].Title);
    }
    [Fact]
    public void A_title_bar_over_a_headline_printed_on_two_lines_joins_them()
    {
        var layout = Read("""
            构建创新创业平台 加快产业集聚升级
            构建创新创业平台
            加快产业集聚升级
            中小企业创新创业产业园项目位于某某经济技术开发区,是聚集整合多方优质资源共同打造的首个成规模、全配套,实现中小企业拎包入驻的产业园区。
            项目总占地面积约211亩,建筑面积约21.5万平方米,总投资5亿元,由示范基地和双创产业园两部分共同组成。
            """);
        Assert.Equal("构建创新创业平台 加快产业集聚升级", layout.Articles[0].Title);
    }
}
