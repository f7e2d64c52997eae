using Pipeline.Extract.Model;
using Pipeline.Extract.Pages;

namespace Pipeline.Extract.Tests.Pages;

public class PageSplitterTests
{
    private static PageLayout Read(string text, string name = "page.txt") =>
        PageReader.Read(new SourceDocument { Source = name, Kind = DocumentKind.PageText, Text = text });

    private const string NewspaperPage = """

        3000家

        截至目前,园区集聚科技型企业3000家,其中高新技术企业1200家。

        新投用的智能制造车间。 本报记者 王某摄

        编者按 为展示各地园区绿色发展的新做法,本版推出系列报道。

        敬请关注。

        绿色工厂 数字赋能 甲市高新区向智能制造要效益

        园区绿色发展③

        ◎本报记者 王某 通讯员 李某某

        甲市高新区把智能制造作为主攻方向,推动传统企业实施数字化改造,园区规模以上工业产值达到

        1500亿元。

        甲市高新区管委会表示,今年将再安排5000万元专项资金。

        数字车间遍地开花

        区内企业甲乙精密机械股

        份有限公司是其中的典型。

        园镜头

        汇聚企业超百家

        乙市高新区光电产业园开园

        科技日报讯(记者赵某)5月8日,乙市高新区光电产业园正式开园,首批入驻企业36家。

        乙市高新区将继续完善产业园配套服务。

        这座高新区

        为何能留住年轻人

        ◎本报记者 孙某

        丙市高新区近年来人口净流入持续增加。

        丙市高新区人才公寓已建成3000套。
        """;

    [Fact]
    public void FindsEveryHeadlineWithItsParts()
    {
        var articles = Read(NewspaperPage).Articles;
        Assert.Equal(new[]
        {
            "绿色工厂 数字赋能 甲市高新区向智能制造要效益",
            "乙市高新区光电产业园开园",
            "这座高新区为何能留住年轻人",
        }, articles.Select(a => a.Title));
        Assert.Equal("园区绿色发展③", articles[0].Series);
        Assert.Equal("园镜头", articles[1].Section);
        Assert.Equal("汇聚企业超百家", articles[1].Kicker);
        Assert.Null(articles[2].Kicker);
        Assert.All(articles, a => Assert.False(a.Fragment));
        Assert.Equal(new[] { "page.txt#1", "page.txt#2", "page.txt#3" }, articles.Select(a => a.Id));
    }

    [Fact]
    public void ReadsBylinesAndDatelines()
    {
        var articles = Read(NewspaperPage).Articles;
        Assert.Equal(new[] { ("王某", "本报记者"), ("李某某", "通讯员") }, articles[0].Authors.Select(a => (a.Name, a.Role)));
        Assert.Equal(new[] { ("赵某", "记者") }, articles[1].Authors.Select(a => (a.Name, a.Role)));
        Assert.StartsWith("5月8日,乙市高新区", articles[1].Body);
    }

    [Fact]
    public void KeepsCaptionsPullQuotesAndNotesApartFromTheBody()
    {
        var first = Read(NewspaperPage).Articles[0];
        Assert.Equal(new[] { "新投用的智能制造车间。 本报记者 王某摄" }, first.Captions);
        Assert.Single(first.PullQuotes);
        Assert.StartsWith("3000家 截至目前", first.PullQuotes[0]);
        Assert.StartsWith("编者按 为展示各地园区", first.Body);
        Assert.Contains("敬请关注。", first.Body);
        Assert.DoesNotContain("本报记者 王某摄", first.Body);
    }

    [Fact]
    public void RejoinsSentencesTheColumnsCut()
    {
        var body = Read(NewspaperPage).Articles[0].Body.Split('\n');
        Assert.Contains("甲市高新区把智能制造作为主攻方向,推动传统企业实施数字化改造,园区规模以上工业产值达到1500亿元。", body);
        Assert.Contains("区内企业甲乙精密机械股份有限公司是其中的典型。", body);
        Assert.Contains("数字车间遍地开花", body); // a sub-heading stays its own line
    }

    [Fact]
    public void InfersThePublicationYearWhenThePagePrintsNone()
    {
        var layout = Read("园区动态\n◎本报记者 王某\n2022年,园区营业收入增长8%。今年3月,新园区开工。\n");
        Assert.Equal("2023", layout.Published);
        Assert.True(layout.PublishedInferred);
    }

    private const string Newsletter = """
        园区简报
        某某科技厅
        2023年第4期(总第90期) 2023年4月28日
        【工作动态】 甲市高新区召开推进会
        乙市高新区:“揭榜挂帅”显成效
        【经验交流】
        丙市高新区打造人才高地

        工作动态

        甲市高新区召开推进会

        4月10日,甲市高新区召开高质量发展推进会。
        (供稿:甲市高新区)

        乙市高新区:“揭榜挂帅”显成效

        乙市高新区发布技术榜单20项。
        (供稿:乙市高新区)

        经验交流

        丙市高新区打造人才高地

        丙市高新区引进高层次人才150名。 (供稿:丙市高新区)

        另据统计,丁市经开区一季度新增企业80家。
        """;

    [Fact]
    public void ReadsANewsletterByItsContentsAndPrintedDate()
    {
        var layout = Read(Newsletter, "brief.txt");
        Assert.Equal("2023-04-28", layout.Published);
        Assert.False(layout.PublishedInferred);
        var articles = layout.Articles.Where(a => !a.Fragment).ToList();
        Assert.Equal(new[] { "甲市高新区召开推进会", "乙市高新区:“揭榜挂帅”显成效", "丙市高新区打造人才高地" }, articles.Select(a => a.Title));
        Assert.Equal("工作动态", articles[0].Section);
        Assert.Equal("经验交流", articles[2].Section);
        Assert.Equal("园区简报", articles[0].Page);
        Assert.Equal(new[] { ("丙市高新区", "供稿") }, articles[2].Authors.Select(a => (a.Name, a.Role)));
        Assert.Equal("丙市高新区引进高层次人才150名。", articles[2].Body);
    }

    [Fact]
    public void TextAfterAnArticleEndedIsAFragmentNotGluedOn()
    {
        var fragment = Assert.Single(Read(Newsletter, "brief.txt").Articles, a => a.Fragment);
        Assert.Equal("", fragment.Title);
        Assert.Equal("另据统计,丁市经开区一季度新增企业80家。", fragment.Body);
    }

    [Fact]
    public void MovesARunPrintedUnderTheWrongHeadlineBackByTheZoneItNames()
    {
        const string page = """
            甲市高新区 人工智能企业加速集聚
            ◎本报记者 王某
            甲市高新区人工智能产业规模达到800亿元。
            甲市高新区出台专项政策支持企业研发。
            乙市高新区硬科技企业走出加速度
            ◎本报记者 张某
            乙市高新区培育出一批硬科技企业,拥有科技型中小企业9000余家。
            算力平台支撑产业发展
            甲市高新区建成的智算中心已为200余家企业提供服务。
            甲市高新区还将建设智算中心二期。
            乙市高新区将新增硬科技企业500家以上。
            """;
        var articles = Read(page).Articles;
        Assert.Equal(2, articles.Count);
        Assert.EndsWith("算力平台支撑产业发展\n甲市高新区建成的智算中心已为200余家企业提供服务。\n甲市高新区还将建设智算中心二期。", articles[0].Body);
        Assert.DoesNotContain("智算中心", articles[1].Body);
        Assert.EndsWith("乙市高新区将新增硬科技企业500家以上。", articles[1].Body);
    }

    [Fact]
    public void ReadsTraditionalChineseAndKeepsItAsWritten()
    {
        const string page = """
            甲市高新區:研發投入強度保持兩位數
            ◎本報記者 黃某 通訊員 陳某
            2022年,甲市高新區研發投入達到128億元。
            位於園區的企業大樓。 本報記者 黃某攝
            """;
        var article = Assert.Single(Read(page).Articles);
        Assert.Equal("甲市高新區:研發投入強度保持兩位數", article.Title);
        Assert.Equal(new[] { ("黃某", "本报记者"), ("陳某", "通讯员") }, article.Authors.Select(a => (a.Name, a.Role)));
        Assert.Equal("2022年,甲市高新區研發投入達到128億元。", article.Body);
        Assert.Single(article.Captions);
    }

    [Fact]
    public void CleansAnArticlePageAndKeepsItsFields()
    {
        var layout = PageReader.Read(new SourceDocument
        {
            Source = "https://example.org/a/1.html",
            Kind = DocumentKind.Article,
            Title = "  某高新区  发布新政 ",
            Published = "2023-05-06",
            Page = "园区",
            Authors = new List<Author> { new() { Name = "王某", Role = "记者" } },
            Text = "某高新区近日发布支持政策,对新落户企业给予最高\n\n1000万元补助。\n\n　政策自6月1日起施行。",
        });
        var article = Assert.Single(layout.Articles);
        Assert.Equal("某高新区 发布新政", article.Title);
        Assert.Equal("某高新区近日发布支持政策,对新落户企业给予最高1000万元补助。\n政策自6月1日起施行。", article.Body);
        Assert.Equal("2023-05-06", layout.Published);
        Assert.False(layout.PublishedInferred);
        Assert.Equal("园区", article.Page);
        Assert.Equal("王某", Assert.Single(article.Authors).Name);
    }
}

public class PageHeaderTests
{
    [Fact]
    public void ReadsANewspaperPageHeader()
    {
        const string page = "科技日报\n2023年5月6日 星期六 第5版\n甲市高新区新政落地\n◎本报记者 王某\n今年4月,甲市高新区发布新政。\n";
        var layout = PageReader.Read(new SourceDocument { Source = "p.txt", Kind = DocumentKind.PageText, Text = page });
        Assert.Equal("2023-05-06", layout.Published);
        var article = Assert.Single(layout.Articles);
        Assert.Equal("甲市高新区新政落地", article.Title);
        Assert.Equal(5, article.PageNumber);
        Assert.Equal("科技日报", article.Page);
    }

    [Fact]
    public void InfersTheDateOfAnArticlePageThatGivesNone()
    {
        var layout = PageReader.Read(new SourceDocument { Source = "a", Kind = DocumentKind.Article, Title = "标题", Text = "2021年,园区产值增长10%。" });
        Assert.Equal("2022", layout.Published);
        Assert.True(layout.PublishedInferred);
    }
}

public class UnsignedHeadlineTests
{
    [Fact]
    public void AHeadingNamingAnotherZoneOverAParagraphAboutItStartsAnArticle()
    {
        const string page = """
            甲市高新区举办招聘会
            ◎本报记者 王某
            甲市高新区近日举办招聘会,提供岗位3000个。
            现场签约踊跃
            甲市高新区企业现场签约1200人。
            乙市高新区新增专精特新企业
            乙市高新区今年新增专精特新企业45家。
            """;
        var articles = PageReader.Read(new SourceDocument { Source = "p.txt", Kind = DocumentKind.PageText, Text = page }).Articles;
        Assert.Equal(new[] { "甲市高新区举办招聘会", "乙市高新区新增专精特新企业" }, articles.Select(a => a.Title));
        Assert.Contains("现场签约踊跃", articles[0].Body);
    }

    /// <summary>A headline with a line or two of the page's own under it (a lead, a site's notice), printed again over
    /// the report, is one article whose text keeps both parts; a short report under a headline that is not printed again
    /// stays its own article.</summary>
    [Fact]
    public void AHeadlinePrintedAgainOverItsReportAfterAShortLineIsOneArticle()
    {
        var articles = ReadPage("""
            某某区领导开展服务企业活动

            某某新闻网讯 11月27日,区领导带队开展服务企业活动。

            某某区领导开展服务企业活动

            区领导一行先后实地调研了某某科技产业园一期、某某新城地下空间工程等项目,认真了解项目进展情况,并协调解决有关问题。
            """).Articles;
        var article = Assert.Single(articles);
        Assert.Equal("某某区领导开展服务企业活动", article.Title);
        Assert.Contains("11月27日", article.Body);
        Assert.Contains("实地调研", article.Body);
        Assert.True(article.Body.IndexOf("11月27日", StringComparison.Ordinal) < article.Body.IndexOf("实地调研", StringComparison.Ordinal));
    }

    [Fact]
    public void AShortReportUnderItsHeadlineStaysApartFromTheNextHeadline()
    {
        var articles = ReadPage("""
            某某高新区举办企业招聘会

            某某新闻网讯 11月27日,某某高新区举办企业招聘会,60家企业参加。

            某某经开区新增专精特新企业12家

            近日,省工信厅公布新一批专精特新中小企业名单,某某经开区12家企业入选,总数达到58家,居全市第一。
            """).Articles;
        Assert.Equal(new[] { "某某高新区举办企业招聘会", "某某经开区新增专精特新企业12家" }, articles.Select(a => a.Title));
    }

    private static PageLayout ReadPage(string text) =>
        PageReader.Read(new SourceDocument { Source = "p.txt", Kind = DocumentKind.PageText, Text = text });
}
