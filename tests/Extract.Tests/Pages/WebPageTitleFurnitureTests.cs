using Pipeline.Extract.Model;
using Pipeline.Extract.Pages;

namespace Pipeline.Extract.Tests.Pages;

/// <summary>Web page furniture that used to be glued to a headline or taken for one: a page label alone over the headline,
/// a site's category label, a player's timer, app prompts, counters, field rows with the page's date, reporters'
/// bylines, summary bullets, cut-short teasers of other pages and the 更多>> links after the article.</summary>
public class WebPageTitleFurnitureTests
{
    private static PageLayout Read(string text) =>
        PageReader.Read(new SourceDocument { Source = "web.txt", Kind = DocumentKind.PageText, Text = text });

    [Fact]
    public void A_page_label_alone_and_the_date_after_the_headline_are_the_pages()
    {
        var layout = Read("""
            B03

            专精特新企业扎堆的秘诀何在 2023年09月18日

              本报记者 周文
              截至8月底，滨江高新区累计培育国家级专精特新“小巨人”企业58家，比上年末增加11家。
              园区负责人表示，将继续完善梯度培育体系。
            """);
        var article = Assert.Single(layout.Articles);
        Assert.Equal("专精特新企业扎堆的秘诀何在", article.Title);
        Assert.Equal("2023-09-18", layout.Published);
    }

    [Fact]
    public void A_category_label_over_a_web_headline_is_no_part_of_it()
    {
        var article = Assert.Single(Read("""
            返回
            产业观察

            三个新能源项目落户开发区 总投资逾三十亿元

            来源:江南晚报 2023-04-12 10:16

            4月11日，三个新能源项目在开发区集中签约，总投资31.5亿元。
            项目达产后预计年产值超过50亿元。
            """).Articles);
        Assert.Equal("三个新能源项目落户开发区 总投资逾三十亿元", article.Title);
    }

    [Fact]
    public void A_field_row_prints_the_pages_date_and_is_no_headline()
    {
        var layout = Read("""
            信息公开
            我县新增省级专精特新企业9家
            发布机构: 县工信局 发布时间: 2022-03-08 字体: [ ]
            经省工信厅审核认定，我县9家企业入选2022年第一批省级专精特新中小企业名单。
            """);
        var article = Assert.Single(layout.Articles);
        Assert.Equal("我县新增省级专精特新企业9家", article.Title);
        Assert.Equal("2022-03-08", layout.Published);

        var table = Read("""
            索引号 | 11520300MB1234567X | 文 号 |  |
              源 | 市人民政府网 | 公开日期 | 2016-05-20 |
            经开区8个重点项目集中开工
            5月19日，经开区举行重点项目集中开工仪式，8个项目总投资26亿元。
            """);
        Assert.Equal("2016-05-20", table.Published);
        Assert.Equal("经开区8个重点项目集中开工", Assert.Single(table.Articles).Title);
    }

    [Fact]
    public void A_players_timer_an_app_prompt_and_a_counter_are_no_headlines()
    {
        var article = Assert.Single(Read("""
            跳至主要內容

            科創園區首季營收增長一成 人才招聘同步回暖

            人氣: 12
            00:00
            02:45
            打开网易新闻 查看精彩图片
            園區管理局今日表示，園區第一季營業額約新台幣2,300億元，較去年同期成長10.2%。
            """).Articles);
        Assert.Equal("科創園區首季營收增長一成 人才招聘同步回暖", article.Title);
    }

    [Fact]
    public void A_reporters_byline_is_no_headline()
    {
        foreach (var byline in new[] { "东方新闻记者 刘畅 通讯员 许文博", "聯合報記者林佳慧台北特稿" })
        {
            var article = Assert.Single(Read($"""
                {byline}
                9月3日，高新区举行第三季度重点项目签约仪式，共签约项目18个，总投资额超60亿元。
                签约项目涵盖新材料、生物医药等领域。
                """).Articles);
            Assert.Equal("", article.Title);
            Assert.NotEmpty(article.Authors);
        }
    }

    [Fact]
    public void Summary_bullets_and_a_series_tag_are_no_headline()
    {
        var bullets = Assert.Single(Read("""
            ●工业总产值3120.5亿元:国家高新区1980.2亿元,省级高新区1140.3亿元
            ●新增孵化载体15个:国家级6个,省级9个
            前三季度全省高新区实现工业总产值3120.5亿元，同比增长12.4%。
            """).Articles);
        Assert.Equal("", bullets.Title);

        var series = Assert.Single(Read("""
            【奋进新征程⑤】临港开发区: 以招商之勤 服务之细 环境之优打造“百亿级”产业集群
            来源:临港新闻网
            近年来，临港开发区累计引进项目120个，总投资达860亿元。
            """).Articles);
        Assert.Equal("临港开发区: 以招商之勤 服务之细 环境之优打造“百亿级”产业集群", series.Title);
        Assert.Equal("奋进新征程⑤", series.Series);
    }

    [Fact]
    public void Teasers_of_other_pages_are_no_headlines_and_more_links_no_text()
    {
        var layout = Read("""
            要闻
            -
            全市首个氢能产业联盟成立 首批成员单位二十余家...
            6月2日上午，由市经信局指导、多家企业共同发起的氢能产业联盟在高新区成立，首批成员单位包括...
            高新区生物医药产业园开园
            发布时间:2021/06/05 新闻 浏览:1024
            6月4日，高新区生物医药产业园正式开园，首批入驻企业15家。
            相关新闻
            更多>>
            """);
        Assert.DoesNotContain(layout.Articles, a => a.Title.EndsWith("...", StringComparison.Ordinal));
        Assert.DoesNotContain(layout.Articles, a => a.Body.Contains("更多", StringComparison.Ordinal) || a.Body.Contains("相关新闻", StringComparison.Ordinal));
        // The excerpt under the teaser is the page's text: its names, figures and dates count.
        Assert.Contains(layout.Articles, a => a.Body.Contains("多家企业共同发起", StringComparison.Ordinal));
    }

    [Fact]
    public void Related_links_at_the_end_of_a_plain_page_are_no_article()
    {
        var article = Assert.Single(Read("""
            全省开发区一季度主营业务收入增长两成
            4月12日，记者从省统计局获悉，一季度全省开发区规模以上工业实现主营业务收入3020亿元，同比增长21.3%。
            相关新闻
            更多>>
            """).Articles);
        Assert.Equal("全省开发区一季度主营业务收入增长两成", article.Title);
        Assert.DoesNotContain("更多", article.Body);
    }
}
