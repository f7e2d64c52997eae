using Pipeline.Extract.Html;

namespace Pipeline.Extract.Tests.Html;

public class HtmlArticleParserTests
{
    private const string Founder = """
        <html><head><meta charset="utf-8"><title>标题--报纸</title></head><body>
        <table><tr><td class="font01">第03版：区域创新</td></tr></table>
        <!--enpproperty <articleid>77</articleid><date>2022-08-15</date><author>赵一 钱二</author><page>3</page><introtitle>园区观察</introtitle><title>某某高新区 打造创新高地</title><subtitle>新增企业120家</subtitle><nodename>区域创新</nodename>/enpproperty-->
        <div class="yinti">园区观察</div><div class="biaoti">某某高新区<br>打造创新高地</div><div class="futi">新增企业120家</div>
        <div class="author">◎本报记者 赵一 通讯员 钱二</div>
        <table class="picture"><tr><td><img src="../../../images/p1.jpg"></td></tr><tr><td class="font02">工人在车间作业。 受访者供图</td></tr></table>
        <div id="ozoom"><!--enpcontent--><p>　　第一段，今年2月产值超2300亿元。</p><p>　　第二段。</p><!--/enpcontent--></div>
        <div class="footer">版权所有</div></body></html>
        """;

    [Fact]
    public void ReadsFounderTemplateFieldsAndMetadataComment()
    {
        var parsed = HtmlArticleParser.ParseArticle(Founder, "a", "http://news.example/html/2022-08/15/content_77.htm");
        var d = parsed.Document;
        Assert.Equal(HtmlArticleParser.FounderTemplate, parsed.Template);
        Assert.Equal("某某高新区打造创新高地", d.Title);
        Assert.Equal("园区观察", d.Kicker);
        Assert.Equal("新增企业120家", d.Subtitle);
        Assert.Equal("区域创新", d.Page);
        Assert.Equal(3, d.PageNumber);
        Assert.Equal("2022-08-15", d.Published);
        Assert.Equal("第一段，今年2月产值超2300亿元。\n第二段。", d.Text);
        Assert.Equal(new[] { "工人在车间作业。 受访者供图" }, d.Captions);
        Assert.Equal(new[] { ("赵一", "本报记者"), ("钱二", "通讯员") }, d.Authors.Select(a => (a.Name, a.Role)));
        Assert.Equal("http://news.example/images/p1.jpg", Assert.Single(parsed.Images).Url);
    }

    [Fact]
    public void FounderPageWithoutMetadataCommentUsesTheElements()
    {
        var html = System.Text.RegularExpressions.Regex.Replace(Founder, "<!--enpproperty.*?/enpproperty-->", "");
        var d = HtmlArticleParser.Parse(html, "a", "http://news.example/html/2022-08/15/content_77.htm");
        Assert.Equal("某某高新区打造创新高地", d.Title);
        Assert.Equal("园区观察", d.Kicker);
        Assert.Equal(3, d.PageNumber);
        Assert.Equal("区域创新", d.Page);
        Assert.Equal("2022-08-15", d.Published); // from the URL
    }

    [Fact]
    public void GenericPageFindsTheMainTextAmongNavigationAndFooters()
    {
        const string html = """
            <html><head><title>园区企业营收增长三成_地方新闻_示例网</title>
            <meta name="publishdate" content="2021-07-02"></head><body>
            <header><a href="/">首页</a><a href="/a">新闻</a></header>
            <nav><ul><li><a href="/1">国内</a></li><li><a href="/2">国际</a></li></ul></nav>
            <div class="sidebar"><h3>热点</h3><ul><li><a href="/x">另一条很长很长很长的新闻标题，点击查看详情</a></li></ul></div>
            <div class="article-content">
              <h1>园区企业营收增长三成</h1>
              <p>本报记者 孙三</p>
              <p>记者从某某经济技术开发区获悉，上半年园区规模以上企业实现营业收入1200亿元，同比增长30%。</p>
              <p>其中，某某智能装备有限公司(以下简称某某智能)营业收入首次突破50亿元，新增就业岗位800个。</p>
              <p>责任编辑：李四</p>
            </div>
            <footer>Copyright 示例网 版权所有</footer>
            <script>var x = "不应出现的脚本文字，很长很长很长很长很长很长";</script>
            </body></html>
            """;
        var parsed = HtmlArticleParser.ParseArticle(html, "g", "http://example.com/news/1.html");
        var d = parsed.Document;
        Assert.Equal(HtmlArticleParser.GenericTemplate, parsed.Template);
        Assert.Equal("园区企业营收增长三成", d.Title);
        Assert.Equal("2021-07-02", d.Published);
        Assert.Equal(new[] { ("孙三", "本报记者") }, d.Authors.Select(a => (a.Name, a.Role)));
        var lines = d.Text.Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("记者从某某经济技术开发区获悉", lines[0]);
        Assert.DoesNotContain("脚本", d.Text);
        Assert.DoesNotContain("热点", d.Text);
    }

    [Theory]
    [InlineData("本报记者 张三 通讯员 李四", "张三:本报记者|李四:通讯员")]
    [InlineData("◎本报记者 周明远 通讯员 陈嘉禾", "周明远:本报记者|陈嘉禾:通讯员")]
    [InlineData("本报记者 王健高 李文 实习生 陈露", "王健高:本报记者|李文:本报记者|陈露:实习生")]
    [InlineData("文/图 本报记者 张晔", "张晔:本报记者")]
    [InlineData("张三、李四", "张三:|李四:")]
    [InlineData("作者：何晓岚", "何晓岚:作者")]
    [InlineData("作者：記者 黃小山", "黃小山:记者")]
    [InlineData("中央社記者 陳怡君", "陳怡君:中央社记者")]
    [InlineData("澎湃新闻记者 郭一鸣 澎湃新闻编辑 孔丽", "郭一鸣:记者|孔丽:编辑")]
    [InlineData("本报记者赵一通讯员钱二", "赵一:本报记者|钱二:通讯员")]
    [InlineData("", "")]
    public void BylinesGiveNamesWithRoles(string byline, string expected) =>
        Assert.Equal(expected, string.Join("|", BylineParser.Parse(byline).Select(a => $"{a.Name}:{a.Role}")));

    [Theory]
    [InlineData("第01版：要闻", 1, "要闻")]
    [InlineData("第 5 版:高新区", 5, "高新区")]
    [InlineData("第十二版：综合", 12, "综合")]
    public void PageLabels(string label, int number, string name) =>
        Assert.Equal((number, name), ArticlePageHeader.ParsePageLabel(label)!.Value);
}
