using Pipeline.Extract.Model;
using Pipeline.Extract.Pages;

namespace Pipeline.Extract.Tests.Pages;

/// <summary>Texts holding one article from sites other than 科技日报: agency reports, Taiwan and
/// Hong Kong papers, portals.</summary>
public class SingleArticleTests
{
    private static ArticleRecord ReadOne(string text)
    {
        var articles = PageReader.Read(new SourceDocument { Source = "a.txt", Kind = DocumentKind.PageText, Text = text }).Articles;
        Assert.Single(articles);
        return articles[0];
    }

    private static string Roles(ArticleRecord r) => string.Join(" ", r.Authors.Select(a => $"{a.Role}:{a.Name}"));

    [Theory]
    [InlineData("記者白小偉／桃園報導")]
    [InlineData("【記者白小偉／桃園報導】")]
    [InlineData("文／白小偉")]
    [InlineData("撰文：白小偉")]
    public void TaiwanBylineUnderTheHeadline(string byline)
    {
        var r = ReadOne($"""
            航空城計畫再推進 物流園區明年動工
            {byline}
            桃園航空城的物流園區規劃已經完成環評，預計明年正式動工。
            市府表示，園區完工後將吸引國際物流業者進駐。
            """);
        Assert.Equal("航空城計畫再推進 物流園區明年動工", r.Title);
        Assert.Null(r.Kicker);
        Assert.False(r.Fragment);
        Assert.Equal("白小偉", Assert.Single(r.Authors).Name);
        Assert.StartsWith("桃園航空城", r.Body);
    }

    [Fact]
    public void OutletTagAloneConfirmsTheHeadline()
    {
        var r = ReadOne("""
            南科廠商上半年營收成長
            本報訊
            南部科學園區管理局今天公布上半年營業額，較去年同期成長。
            """);
        Assert.Equal("南科廠商上半年營收成長", r.Title);
        Assert.Null(r.Kicker);
        Assert.StartsWith("南部科學園區", r.Body);
    }

    [Theory]
    [InlineData("新华社西安6月3日电（记者 田某）", "记者:田某")]
    [InlineData("中新网西安6月3日电 (记者 田某)", "记者:田某")]
    [InlineData("人民网西安6月3日电 ", "")]
    [InlineData("本报讯（记者田某）", "记者:田某")]
    [InlineData("（中央社記者田某某西安3日電）", "记者:田某某")]
    [InlineData("【明報專訊】", "")]
    public void AReportWithoutHeadlineIsAnArticleNotAFragment(string dateline, string authors)
    {
        var r = ReadOne($"""
            {dateline}西安高新区今天发布一批应用场景清单，涉及智能制造、低空经济等领域。
            据介绍，清单共包括120个场景。
            """);
        Assert.False(r.Fragment);
        Assert.Equal("", r.Title);
        Assert.Equal(authors, Roles(r));
        // A dateline that carries the report's date stays in the body for the date stages; a dateless one goes.
        var dated = dateline.Contains('电') || dateline.Contains('電');
        Assert.StartsWith(dated ? dateline.Trim()[..5] : "西安高新区", r.Body);
        Assert.Contains("西安高新区今天发布", r.Body);
    }

    [Fact]
    public void FirstLineIsTheTitleWithoutAByline()
    {
        var r = ReadOne("""
            丙市高新区光电产业产值突破百亿
            丙市高新区今天发布数据，园区光电产业产值首次突破100亿元。
            园区现有光电企业200余家。
            """);
        Assert.Equal("丙市高新区光电产业产值突破百亿", r.Title);
        Assert.Null(r.Kicker);
        Assert.False(r.Fragment);
    }

    [Fact]
    public void AWebArticlesSourceLineIsNotTheTitle()
    {
        var layout = PageReader.Read(new SourceDocument
        {
            Source = "a.txt",
            Kind = DocumentKind.PageText,
            Text = """
                丁市经开区新能源项目集中签约
                2024-06-12 10:30:15 来源：某某网
                丁市经开区今天举行新能源项目集中签约仪式，共签约项目15个。
                """,
        });
        var r = Assert.Single(layout.Articles);
        Assert.Equal("丁市经开区新能源项目集中签约", r.Title);
        Assert.Null(r.Kicker);
        Assert.Equal("2024-06-12", layout.Published);
        Assert.False(layout.PublishedInferred);
        Assert.StartsWith("丁市经开区今天", r.Body);
    }

    [Fact]
    public void ADatelineInsideAPageStillStartsAnotherReport()
    {
        var articles = PageReader.Read(new SourceDocument
        {
            Source = "p.txt",
            Kind = DocumentKind.PageText,
            Text = """
                戊市高新区建成首个中试基地
                ◎本报记者 甲某
                戊市高新区中试基地今天投用。
                新华社南宁6月3日电（记者 乙某）己市经开区今天举行招商推介会。
                """,
        }).Articles;
        Assert.Equal(2, articles.Count);
        Assert.False(articles[0].Fragment);
        Assert.True(articles[1].Fragment);
        Assert.Equal("乙某", Assert.Single(articles[1].Authors).Name);
    }

    [Fact]
    public void ADateUnderTheHeadlineIsTheArticlesDateNotAMasthead()
    {
        var layout = PageReader.Read(new SourceDocument
        {
            Source = "a.txt",
            Kind = DocumentKind.PageText,
            Text = """
                庚市高新区发布人才新政
                2024年6月12日
                庚市高新区今天发布人才新政，最高给予1000万元资助。
                """,
        });
        var r = Assert.Single(layout.Articles);
        Assert.Equal("庚市高新区发布人才新政", r.Title);
        Assert.Null(r.Page);
        Assert.Equal("2024-06-12", layout.Published);
    }

    [Fact]
    public void ATaiwanCaptionAndEditorCreditStayOutOfTheBody()
    {
        var r = ReadOne("""
            園區擴建案通過環評
            ▲科學園區一景。（圖／資料照）
            記者馬小文／新竹報導
            科學園區擴建案今天通過環評。
            管理局表示，將儘速動工。（編輯：龍小二）1130615
            """);
        Assert.Equal("園區擴建案通過環評", r.Title);
        Assert.Equal("记者:馬小文 编辑:龍小二", Roles(r));
        Assert.Single(r.Captions);
        Assert.EndsWith("將儘速動工。", r.Body);
    }

    [Theory]
    [InlineData("某某网 2024-06-12")]
    [InlineData("2024年6月12日 星期三 某某日报")]
    public void AnOutletAndDateLineIsNeitherTitleNorMasthead(string line)
    {
        var layout = PageReader.Read(new SourceDocument
        {
            Source = "a.txt",
            Kind = DocumentKind.PageText,
            Text = $"""
                癸市高新区获批建设创新示范区
                {line}
                癸市高新区日前获批建设创新示范区，将在人才、金融等方面先行先试。
                """,
        });
        var r = Assert.Single(layout.Articles);
        Assert.Equal("癸市高新区获批建设创新示范区", r.Title);
        Assert.Null(r.Kicker);
        Assert.Equal("2024-06-12", layout.Published);
    }
}
