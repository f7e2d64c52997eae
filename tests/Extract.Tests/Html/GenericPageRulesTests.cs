using Pipeline.Extract.Html;

namespace Pipeline.Extract.Tests.Html;

/// <summary>The general rules of the fallback reader, each on a small page written for it.</summary>
public class GenericPageRulesTests
{
    internal static string Page(string head, string body) =>
        $"<html><head><meta charset=\"utf-8\">{head}</head><body>{body}</body></html>";

    internal const string Paragraphs = """
        <p>　　园区今年引进科技型企业三百余家，新增发明专利授权一千二百件，研发投入强度继续提高。</p>
        <p>　　管委会表示，下一步将围绕集成电路和生物医药两条主线，完善孵化加速全链条服务。</p>
        """;

    [Fact]
    public void ClassNamedBiaotiAloneDoesNotMakeAFounderPage()
    {
        var parsed = HtmlArticleParser.ParseArticle(Page("<title>某地新闻</title>",
            "<table><tr><td class=\"biaoti\">园区企业再添新军</td></tr><tr><td><div>" + Paragraphs + "</div></td></tr></table>"), "a");
        Assert.Equal(HtmlArticleParser.GenericTemplate, parsed.Template);
        Assert.StartsWith("园区今年引进科技型企业", parsed.Document.Text);
    }

    [Fact]
    public void BrSeparatedTextBlockIsTheColumnNotItsParent()
    {
        var html = Page("", """
            <div class="content-wrap"><h1>新区产业扶持政策出台</h1><div class="tools">字体：大 中 小</div><div class="stamp">2022年6月1日 星期三</div>
            <div class="txt">【本报讯】新区昨日发布产业扶持政策，对新落户的研发机构给予最高五百万元补助。<br><br>
            政策同时提出，对年度研发投入增长超过两成的企业给予奖励，并优先保障用地需求。<br><br>
            有企业负责人认为，新政策覆盖面广，兑现流程也比以往简化许多。</div></div>
            """);
        var d = HtmlArticleParser.Parse(html, "a");
        Assert.StartsWith("【本报讯】新区昨日发布", d.Text);
        Assert.DoesNotContain("字体", d.Text);
        Assert.DoesNotContain("星期三", d.Text);
        Assert.Equal(3, d.Text.Split('\n').Length);
    }

    [Theory]
    [InlineData("(责编：孙立、钱晓)")]
    [InlineData("【纠错】 【责任编辑:郑好】")]
    [InlineData("编辑：周一 | 审核：吴二")]
    [InlineData("来源：市科技局")]
    [InlineData("扫描二维码关注我们")]
    [InlineData("打印本页")]
    public void FurnitureLinesLeaveTheBody(string furniture)
    {
        var d = HtmlArticleParser.Parse(Page("", $"<div class=\"article\"><h1>某标题文字</h1>{Paragraphs}<p>{furniture}</p></div>"), "a");
        Assert.DoesNotContain(furniture, d.Text);
        Assert.EndsWith("完善孵化加速全链条服务。", d.Text);
    }

    [Fact]
    public void SentencesMentioningFurnitureWordsStay()
    {
        const string sentence = "该公司开发的扫码支付系统已接入全省二维码受理终端三万余台，来源于本地企业的订单占六成以上。";
        var d = HtmlArticleParser.Parse(Page("", $"<div class=\"article\">{Paragraphs}<p>{sentence}</p></div>"), "a");
        Assert.EndsWith(sentence, d.Text);
    }

    [Fact]
    public void EndMarkAndTrailingPromptsAreTrimmed()
    {
        var d = HtmlArticleParser.Parse(Page("", $"<div class=\"article\">{Paragraphs.Replace("服务。", "服务。（完）")}<p>点击下方了解更多</p></div>"), "a");
        Assert.EndsWith("完善孵化加速全链条服务。", d.Text);
    }

    [Fact]
    public void ShortLastParagraphEndingASentenceStays()
    {
        var d = HtmlArticleParser.Parse(Page("", $"<div class=\"article\">{Paragraphs}<p>活动将持续一周。</p></div>"), "a");
        Assert.EndsWith("活动将持续一周。", d.Text);
    }

    [Fact]
    public void CaptionsAfterPicturesLeaveTheBody()
    {
        var d = HtmlArticleParser.Parse(Page("", $"""
            <div class="article"><h1>某标题文字</h1>
            <p><img src="a.jpg"></p><p style="text-align: center">工人在新投产的生产线上检测产品。 李明 摄</p>
            {Paragraphs}
            <div class="pic"><img src="b.jpg"><span>园区全景（资料图）</span></div>
            <p>在园区，一批新项目正在加紧建设，预计年底前全部投入使用，届时将新增就业岗位两千个。</p></div>
            """), "a");
        Assert.Equal(new[] { "工人在新投产的生产线上检测产品。 李明 摄", "园区全景（资料图）" }, d.Captions);
        Assert.DoesNotContain("李明 摄", d.Text);
        Assert.DoesNotContain("资料图", d.Text);
    }

    [Fact]
    public void ACentredParagraphWithoutAPictureBeforeItIsText()
    {
        var d = HtmlArticleParser.Parse(Page("", $"<div class=\"article\"><p style=\"text-align:center\">园区举办首届创新创业大赛，吸引参赛团队四百余支。</p>{Paragraphs}</div>"), "a");
        Assert.StartsWith("园区举办首届创新创业大赛", d.Text);
        Assert.Empty(d.Captions);
    }

    [Theory]
    [InlineData("<div class=\"info\">发布时间：2021-04-09 来源：管委会</div>", "2021-04-09")]
    [InlineData("<div class=\"pubtime\"><span>2020</span> <span>07/15</span> 09:30</div>", "2020-07-15")]
    [InlineData("<em id=\"publish_time\">2019-11-02 16:40</em>", "2019-11-02")]
    [InlineData("<span>發布日期：2018年3月5日</span>", "2018-03-05")]
    public void DateLinesNearTheHeadline(string dateLine, string expected)
    {
        var d = HtmlArticleParser.Parse(Page("", $"<div class=\"article\"><h1>某标题文字</h1>{dateLine}{Paragraphs}</div>"), "a");
        Assert.Equal(expected, d.Published);
    }

    [Fact]
    public void JsonLdDatePublished()
    {
        var d = HtmlArticleParser.Parse(Page("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2017-08-21T10:00:00+08:00\"}</script>",
            $"<div class=\"article\">{Paragraphs}</div>"), "a");
        Assert.Equal("2017-08-21", d.Published);
    }

    [Theory]
    [InlineData("<h1>主标题在这里 副标题接着写</h1>", "主标题在这里 副标题接着写")]
    [InlineData("<h1>两行标题的<br>第二行文字</h1>", "两行标题的第二行文字")]
    [InlineData("<h1>科 技 新 闻 标 题</h1>", "科技新闻标题")]
    public void WebHeadlinesKeepPhraseSpacesButNotLayout(string h1, string expected)
    {
        var d = HtmlArticleParser.Parse(Page("", $"<div class=\"article\">{h1}{Paragraphs}</div>"), "a");
        Assert.Equal(expected, d.Title);
    }

    [Fact]
    public void DatelineReportersWinOverANameOnlyAuthorBox()
    {
        var d = HtmlArticleParser.Parse(Page("", """
            <div class="article"><h1>某标题文字</h1><span class="author">作者：孙小梅</span>
            <p>　　某某日报讯（记者孙小梅 通讯员吴东）园区今年引进科技型企业三百余家，研发投入强度继续提高。</p>
            <p>　　管委会表示，下一步将围绕集成电路和生物医药两条主线，完善孵化加速全链条服务。</p></div>
            """), "a");
        Assert.Equal(new[] { ("孙小梅", "记者"), ("吴东", "通讯员") }, d.Authors.Select(a => (a.Name, a.Role)));
    }

    [Fact]
    public void BylineLineWithAnOutletBeforeTheRoleIsTaken()
    {
        var d = HtmlArticleParser.Parse(Page("", $"<div class=\"article\"><h1>某标题文字</h1><p>南方财经记者 黄雯 实习生 李可</p>{Paragraphs}</div>"), "a");
        Assert.Equal(new[] { ("黄雯", "记者"), ("李可", "实习生") }, d.Authors.Select(a => (a.Name, a.Role)));
        Assert.StartsWith("园区今年", d.Text);
    }

    [Theory]
    [InlineData("大众日报5月3日讯（记者 韩冰 通讯员 宋涛）园区今年引进科技型企业三百余家，研发投入强度继续提高。", "韩冰:记者|宋涛:通讯员")]
    [InlineData("江西日报讯（记者 韩冰）园区今年引进科技型企业三百余家，研发投入强度继续提高。", "韩冰:记者")]
    [InlineData("园区5月3日讯（张三说）园区今年引进科技型企业三百余家，研发投入强度继续提高。", "")]
    public void DatelinesOfProvincialPapers(string firstParagraph, string expected)
    {
        var d = HtmlArticleParser.Parse(Page("", $"<div class=\"article\"><h1>某标题文字</h1><p>{firstParagraph}</p>{Paragraphs}</div>"), "a");
        Assert.Equal(expected, string.Join("|", d.Authors.Select(a => $"{a.Name}:{a.Role}")));
    }

    [Theory]
    [InlineData("上一篇：园区举办人才招聘会")]
    [InlineData("原标题：园区企业再获殊荣")]
    [InlineData("文章来源：市融媒体中心")]
    [InlineData("扫一扫在手机打开当前页")]
    public void MoreFurnitureLines(string furniture)
    {
        var d = HtmlArticleParser.Parse(Page("", $"<div class=\"article\"><h1>某标题文字</h1><p>{furniture}</p>{Paragraphs}<p>{furniture}</p></div>"), "a");
        Assert.DoesNotContain(furniture, d.Text);
    }

    [Fact]
    public void ALogoInTheOnlyH1IsNotTheHeadline()
    {
        var d = HtmlArticleParser.Parse(Page("<title>开发区新材料产业链加速延伸_要闻_某某在线</title>", $"""
            <div class="top"><h1 class="logo"><a href="/">某某在线</a></h1></div>
            <div class="article"><div class="art-title">开发区新材料产业链加速延伸</div>{Paragraphs}</div>
            """), "a");
        Assert.Equal("开发区新材料产业链加速延伸", d.Title);
    }

    [Fact]
    public void AnH1TheTitleDoesNotRepeatIsStillTheHeadlineWhenNothingElseIs()
    {
        var d = HtmlArticleParser.Parse(Page("<title>某某在线</title>", $"<div class=\"article\"><h1>园区企业营收创新高</h1>{Paragraphs}</div>"), "a");
        Assert.Equal("园区企业营收创新高", d.Title);
    }

    [Fact]
    public void ParagraphsWrappedInNestedSectionsStayTogether()
    {
        var sections = string.Concat(Enumerable.Range(1, 5).Select(i =>
            $"<section><section><p><span>第{i}段：园区今年引进科技型企业三百余家，研发投入强度继续提高，孵化服务不断完善。</span></p></section></section>"));
        var d = HtmlArticleParser.Parse(Page("", $"<div id=\"js_content\">{sections}</div>"), "a");
        Assert.Equal(5, d.Text.Split('\n').Length);
    }

    [Fact]
    public void AClosingBylineGivesItsReporterAndLeavesTheBody()
    {
        var d = HtmlArticleParser.Parse(Page("", $"<div class=\"article\"><h1>某标题文字</h1>{Paragraphs}<p>（东方日报/晨光新闻记者 吕方）</p></div>"), "a");
        Assert.Equal(new[] { ("吕方", "记者") }, d.Authors.Select(a => (a.Name, a.Role)));
        Assert.EndsWith("完善孵化加速全链条服务。", d.Text);
    }

    [Theory]
    [InlineData("【港島日報訊】記者林嘉欣報道：園區首批大樓預計今年底陸續落成，明年起分階段投入使用。", "【港島日報訊】園區首批大樓", "林嘉欣")]
    [InlineData("記者王小明／新竹報導：園區首批大樓預計今年底陸續落成，明年起分階段投入使用。", "園區首批大樓", "王小明")]
    [InlineData("记者从园区获悉，首批大楼预计今年底陆续落成，明年起分阶段投入使用。", "记者从园区获悉", "")]
    public void ReportersLeadInOfHongKongAndTaiwanPapers(string firstParagraph, string bodyStart, string author)
    {
        var d = HtmlArticleParser.Parse(Page("", $"<div class=\"article\"><h1>某标题文字</h1><p>{firstParagraph}</p>{Paragraphs}</div>"), "a");
        Assert.StartsWith(bodyStart, d.Text);
        Assert.Equal(author, string.Join("|", d.Authors.Select(a => a.Name)));
    }

    [Theory]
    [InlineData("<!-- saved from url=(0052)http://www.example.cn/news/2016-09/14/c_12345.htm -->\n", "", "http://www.example.cn/news/2016-09/14/c_12345.htm")]
    [InlineData("", "<link rel=\"canonical\" href=\"https://news.example.cn/2016/0914/a1.html\">", "https://news.example.cn/2016/0914/a1.html")]
    public void ASavedPageKnowsItsAddressAndIsDatedByIt(string before, string head, string url)
    {
        var d = HtmlArticleParser.Parse(before + Page(head, $"<div class=\"article\">{Paragraphs}</div>"), "a");
        Assert.Equal(url, d.Url);
        Assert.Equal("2016-09-14", d.Published);
    }

    [Fact]
    public void ARelativeCanonicalLinkIsNoAddress()
    {
        var d = HtmlArticleParser.Parse(Page("<link rel=\"canonical\" href=\"/2016/0914/a1.html\">", $"<div class=\"article\">{Paragraphs}</div>"), "a");
        Assert.Null(d.Url);
        Assert.Null(d.Published);
    }

    [Fact]
    public void APictureAndItsCaptionInOneParagraph()
    {
        var d = HtmlArticleParser.Parse(Page("", $"<div class=\"article\">{Paragraphs}<p class=\"f_center\"><img src=\"a.jpg\"><br>企业生产车间一角。（资料图）</p><p>在园区，一批新项目正在加紧建设，预计年底前全部投入使用。</p></div>"), "a");
        Assert.Equal(new[] { "企业生产车间一角。（资料图）" }, d.Captions);
        Assert.DoesNotContain("车间一角", d.Text);
    }

    [Fact]
    public void AParagraphWithAnInlineIconIsNoCaption()
    {
        const string text = "园区今年新建5G基站120座，实现重点区域全覆盖，企业上云用云比例明显提高。";
        var d = HtmlArticleParser.Parse(Page("", $"<div class=\"article\">{Paragraphs}<p><img src=\"icon.png\">{text}</p></div>"), "a");
        Assert.Empty(d.Captions);
        Assert.Contains(text, d.Text);
    }

    [Fact]
    public void AnUnnamedDateLineUnderTheHeadline()
    {
        var d = HtmlArticleParser.Parse(Page("", $"""
            <div class="x1"><h1>某标题文字</h1><div class="meta"><div class="item"><span>2015-04-09 18:21</span></div><div class="item"><span>来源：某某网</span></div></div>
            <div class="x2">{Paragraphs}</div></div><div class="x3"><span>2024-01-01</span></div>
            """), "a");
        Assert.Equal("2015-04-09", d.Published);
    }
}
