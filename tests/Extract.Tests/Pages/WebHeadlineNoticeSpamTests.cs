using Pipeline.Extract.Model;
using Pipeline.Extract.Pages;
using Pipeline.Extract.Text;

namespace Pipeline.Extract.Tests.Pages;

/// <summary>Round heads16 (issue #13): headlines a fresh sample and heldout33 lost to a site's notices and a content farm's
/// spam — a browser's advice printed as a sentence ahead of the headline, which ended the page's head before the headline
/// was reached; an advertising tag in brackets glued after the headline; an adult site's keyword bar of four items; a
/// company site's section name over the date fields, kept as the title though a headline follows. Each rule has a page it
/// mends and a line it leaves as it was. Every page text here is written for the test.</summary>
public class WebHeadlineNoticeSpamTests
{
    private static PageLayout Read(string text) =>
        PageReader.Read(new SourceDocument { Source = "web.txt", Kind = DocumentKind.PageText, Text = text });

    [Theory]
    [InlineData("為達最佳瀏覽效果，建議使用 Chrome、Firefox 或 Microsoft Edge 的瀏覽器。")]
    [InlineData("为获得最佳浏览效果，建议使用1280*800以上分辨率浏览本站。")]
    public void A_browsers_advice_is_a_prompt_whatever_its_punctuation(string line) =>
        Assert.Equal(FurnitureKind.Prompt, PageFurniture.Default.Classify(TextNormalizer.Fold(line)));

    [Theory]
    [InlineData("园区企业可在浏览器中登录服务平台,建议使用统一账号办理。")]
    [InlineData("建议使用清洁能源替代燃煤锅炉。")]
    public void Text_that_names_a_browser_or_gives_advice_stays_text(string line) =>
        Assert.Equal(FurnitureKind.None, PageFurniture.Default.Classify(TextNormalizer.Fold(line)));

    [Fact]
    public void A_headline_under_a_browsers_advice_and_a_sites_notice_is_found()
    {
        var layout = Read("""
             date 2025-08-14 為達最佳瀏覽效果，建議使用 Chrome、Firefox 或 Microsoft Edge 的瀏覽器。

                某某縣颱風農損逾億 縣府爭取現金救助

                颱風過境後，某某縣果園倒伏嚴重，農民搶收落果。（縣府提供）

                2025/08/14 16:48

                〔記者王小明／某某報導〕中度颱風昨天登陸，強風豪雨造成某某縣農損逾1億元，縣長率農業處會勘，向中央爭取全品項現金救助，協助農友儘速復耕。

                農業處指出，香蕉、釋迦與文旦柚受創最重，已請各鄉鎮公所加速勘查，並提醒農友拍照存證。
            """);
        Assert.Equal("某某縣颱風農損逾億 縣府爭取現金救助", layout.Articles[0].Title);
        Assert.Equal("2025-08-14", layout.Published);
    }

    [Fact]
    public void An_advertising_tag_glued_after_the_headline_comes_off_it()
    {
        Assert.NotEqual((0, 0), PageFurniture.Default.FurnitureGlue("某某市投资近30亿元开工建设再生金属等项目【某某·k8(国际) - 官方网站·一触即发】"));
        // A column or a note in brackets is no advertising tag.
        Assert.Equal((0, 0), PageFurniture.Default.FurnitureGlue("某某高新区新签约项目12个 总投资56亿元【园区动态】"));
        var layout = Read("""
            某某市投资近30亿元开工建设再生金属等项目【某某·k8(国际) - 官方网站·一触即发】
            3月6日,总投资29.85亿元的某某市十二个项目分别在该市经开区和五个产业园集中开工,为该市工业经济发展奠定基础。
            据了解,本次集中开工的项目既有招商引资企业,又有本地企业,涉及再生金属、再生塑料、机械电子等行业。
            """);
        Assert.Equal("某某市投资近30亿元开工建设再生金属等项目", layout.Articles[0].Title);
    }

    [Theory]
    [InlineData("97精品成人公开免费视频_亚洲欧美中文日韩v日本_亚洲欧美日韩视频小说偷拍_亚洲开心激情在线")]
    [InlineData("午夜精品视频在线|成人影院免费看|高清无码专区")]
    public void A_short_bar_of_an_adult_sites_keywords_is_a_keyword_bar(string line) =>
        Assert.True(PageFurniture.Default.IsKeywordBar(TextNormalizer.Fold(line)));

    [Theory]
    [InlineData("国产芯片突破,亚洲市场扩张,欧美订单增长")]
    [InlineData("精品课程上线,成人教育扩招,职业培训提速")]
    public void A_headline_of_three_parts_is_no_keyword_bar(string line) =>
        Assert.False(PageFurniture.Default.IsKeywordBar(TextNormalizer.Fold(line)));

    [Fact]
    public void A_section_name_over_the_date_fields_gives_way_to_the_headline_under_them()
    {
        var layout = Read("""
            新闻中心
            公司新闻
            发布日期:
            07月29日,2022年
            字号
            某某钢铁集团参加某某区招商引资工作会暨“双招双引”项目集中签约仪式

            七月的某某大地,到处彰显着无穷的发展活力,孕育着加速崛起、加快发展的希望。

            7月28日,某某区招商引资工作会暨“双招双引”项目集中签约仪式隆重举行。市、区政府相关职能部门,以及地方重点企业、招商引资企业、商协会、金融机构的有关负责同志参加会议,集团总经理在会上代表企业签约不锈钢产业园项目。

            区委书记在讲话中表示,全区将聚焦先进制造业,全力打造新的增长极,为全市经济社会高质量发展作出贡献。
            """);
        Assert.Equal("某某钢铁集团参加某某区招商引资工作会暨“双招双引”项目集中签约仪式", layout.Articles[0].Title);
    }
}
