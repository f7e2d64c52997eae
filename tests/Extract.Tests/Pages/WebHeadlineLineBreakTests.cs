using Pipeline.Extract.Model;
using Pipeline.Extract.Pages;

namespace Pipeline.Extract.Tests.Pages;

/// <summary>Headlines that the page's width or its template broke apart or glued to something else (round heads14, issue
/// #13): a filing's title over two or three lines, a byline or an outlet's tag under the headline, a numbered series before
/// a bar, a saved page's month-only date field before the headline, and a headline over no text with its deck under it.
/// Every page here is written for the test.</summary>
public class WebHeadlineLineBreakTests
{
    private static PageLayout Read(string text) =>
        PageReader.Read(new SourceDocument { Source = "web.txt", Kind = DocumentKind.PageText, Text = text });

    [Fact]
    public void A_filing_title_under_its_issuer_is_one_title()
    {
        var layout = Read("""
            证券代码:300999 证券简称:某某特材 公告编号:2024-012
            上海某某特种材料股份有限公司
            关于公司签署投资框架协议的公告
            本公司及董事会全体成员保证信息披露的内容真实、准确、完整,没有虚假记载、误导性陈述或重大遗漏。
            公司与某某经济开发区管理委员会于2024年3月11日签订了《投资框架协议》,拟投资建设特种合金项目,总投资5亿元。
            """);
        Assert.Equal("上海某某特种材料股份有限公司关于公司签署投资框架协议的公告", layout.Articles[0].Title);
    }

    [Fact]
    public void A_filing_title_over_three_lines_is_one_title()
    {
        var layout = Read("""
            证券代码:300888 证券简称:某益股份 公告编号:2024-072
            深圳市某益实业股份有限公司
            关于与某某经济开发区管委会签订
            项目投资协议书的公告
            本公司及董事会全体成员保证信息披露的内容真实、准确、完整,没有虚假记载、误导性陈述或重大遗漏。
            公司与某某经济开发区管委会签订《投资协议书》,拟建设电子信息新材料项目,计划总投资8亿元。
            """);
        Assert.Equal("深圳市某益实业股份有限公司关于与某某经济开发区管委会签订项目投资协议书的公告", layout.Articles[0].Title);
    }

    [Fact]
    public void A_company_name_broken_before_its_suffix_is_joined_again()
    {
        var layout = Read("""
            某某工业园区开发集团
            股份有限公司关于召开2024年第一季度业绩说明会的公告
            证券代码:601999 证券简称:某某集团 公告编号:2024-031
            本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏,并对其内容的真实性承担法律责任。
            公司计划于2024年5月8日下午举行2024年第一季度业绩说明会,就投资者关心的问题进行交流。
            """);
        Assert.Equal("某某工业园区开发集团股份有限公司关于召开2024年第一季度业绩说明会的公告", layout.Articles[0].Title);
    }

    [Fact]
    public void A_headline_over_its_deck_is_not_joined_as_a_filing_title()
    {
        Assert.True(PageFurniture.Default.ContinuesDocumentTitle("某某股份有限公司", "关于签署投资协议的公告"));
        Assert.True(PageFurniture.Default.ContinuesDocumentTitle("关于与某管委会签订", "项目投资协议书的公告"));
        Assert.False(PageFurniture.Default.ContinuesDocumentTitle("某某股份有限公司", "关于新厂建设的几点思考"));
        Assert.False(PageFurniture.Default.ContinuesDocumentTitle("某高新区7个项目集中开工", "总投资13亿元"));
        Assert.False(PageFurniture.Default.ContinuesDocumentTitle("关于公司签署投资协议的公告", "证券代码:300999 公告编号:2024-012"));
    }

    [Fact]
    public void A_media_group_reporters_byline_under_the_headline_is_no_title()
    {
        var layout = Read("""
            某某集团总裁:投资中国30年,将持续扩大在华南的影响力
            南方某某全媒体记者王小明 实习生李华 广州报道
            近日,某某集团大中华区总裁在接受记者采访时表示,公司将继续加大在华南地区的投资,新建研发中心一座。
            该集团在华南已有生产基地三个,去年销售额超过100亿元。
            """);
        var article = layout.Articles[0];
        Assert.Equal("某某集团总裁:投资中国30年,将持续扩大在华南的影响力", article.Title);
        Assert.Equal(new[] { "王小明", "李华" }, article.Authors.Select(a => a.Name));
    }

    [Fact]
    public void An_outlet_tag_alone_under_the_headline_is_no_title()
    {
        var layout = Read("""
            某某新能12GW电池组件项目签约浙江某市
            光伏产业网讯
            6月30日,某某新能12GW电池及18GW组件项目签约仪式在浙江某市举行,项目总投资约100亿元。
            项目建成后,预计年产值超过200亿元。
            """);
        Assert.Equal("某某新能12GW电池组件项目签约浙江某市", layout.Articles[0].Title);
    }

    [Fact]
    public void A_numbered_series_before_a_bar_is_no_part_of_the_headline()
    {
        var layout = Read("""
            自治区企业家座谈会观察② | 参加座谈会的为什么是这些企业
            来源:某某日报 发布时间: 2023-02-26 17:46:51 作者:王某
            在记者印象中,这应该是参会企业最多、覆盖面最广的企业家座谈会之一。
            """);
        Assert.Equal("参加座谈会的为什么是这些企业", layout.Articles[0].Title);
    }

    [Fact]
    public void A_month_only_date_field_before_the_headline_comes_off_it()
    {
        var layout = Read("""
             date 2024-12 某某电视发文介绍某市25年来如何促进经济多元化发展
            北京, Dec. 13, 2024 -- 某市近年来引入机器人、集成电路等新产业,高新技术企业数量持续增长,去年新增企业120家。
            """);
        Assert.Equal("某某电视发文介绍某市25年来如何促进经济多元化发展", layout.Articles[0].Title);
    }

    [Fact]
    public void A_web_headline_over_no_text_takes_the_second_headline_as_its_deck()
    {
        var layout = Read("""
            停车场种电 某馆打造智慧停车棚
            2016/10/25 06:00
            某县政府与某能源公司,昨天在某工业区签署投资备忘录。(记者王某摄)
            县府与某能源公司签备忘录
            〔记者王某/某镇报导〕县府与某太阳能大厂旗下的能源公司,昨天在某工业区签署投资备忘录,共同打造太阳能智慧停车棚,预计明年三月间启用。
            县长强调,全县都有很好的发展风力、太阳能发电的先天条件。
            """);
        var article = Assert.Single(layout.Articles);
        Assert.Equal("停车场种电 某馆打造智慧停车棚", article.Title);
        Assert.Contains("县府与某能源公司签备忘录", article.Subtitle);
    }
}
