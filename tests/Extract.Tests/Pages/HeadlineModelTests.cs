using Pipeline.Extract.Model;
using Pipeline.Extract.Pages;
using Pipeline.Extract.Text;

namespace Pipeline.Extract.Tests.Pages;

/// <summary>The learned headline chooser (HeadlineCandidates, HeadlineModel, Resources/headline-model.txt): it keeps the
/// rules' title when it ranks it high, takes a page's headline when the rules chose none or chose furniture, never makes
/// a title of running text, and its weights file names every feature once.</summary>
public class HeadlineModelTests
{
    private static List<string> Lines(string text) =>
        text.Split('\n').Select(TextNormalizer.Clean).Where(l => l.Length > 0).ToList();

    private const string Portal = """
        首页 | 新闻 | 财经 | 科技
        您的位置：首页 > 园区动态 > 正文
        甲市高新区新增12家专精特新企业
        2024-05-12 10:30 来源：甲市日报
        记者近日从甲市高新区获悉，今年以来，该区新增国家级专精特新“小巨人”企业12家，总数达到58家，居全省第二。
        园区负责人表示，下一步将继续加大对中小企业的培育力度，推动更多企业走专精特新发展之路。
        """;

    [Fact]
    public void TheRulesTitle_IsKept_WhenTheModelRanksItHigh()
    {
        Assert.Null(HeadlineModel.Default.Choose(Lines(Portal), "甲市高新区新增12家专精特新企业"));
    }

    [Fact]
    public void AHeadlineOverItsSourceLine_IsChosen_WhenTheRulesChoseNone()
    {
        Assert.Equal("甲市高新区新增12家专精特新企业", HeadlineModel.Default.Choose(Lines(Portal), ""));
    }

    [Fact]
    public void AHeadlineOverItsSourceLine_RanksOverTheMenuAndCrumbAboveIt()
    {
        var ranked = HeadlineModel.Default.Rank(HeadlineCandidates.From(Lines(Portal), ""));
        Assert.Equal("甲市高新区新增12家专精特新企业", ranked[0].Candidate.Text);
    }

    [Fact]
    public void APageWithoutAHeadline_GetsNoTitleFromItsLead()
    {
        var lead = Lines("""
            记者近日从甲市高新区获悉，今年以来，该区新增国家级专精特新“小巨人”企业12家，总数达到58家，居全省第二，较去年同期增长两成以上。
            园区负责人表示，下一步将继续加大对中小企业的培育力度，推动更多企业走专精特新发展之路，力争到2026年总数突破80家以上。
            """);
        Assert.Empty(HeadlineCandidates.From(lead, ""));
        Assert.Null(HeadlineModel.Default.Choose(lead, ""));
    }

    [Fact]
    public void ALeadingTag_IsNotPartOfTheCandidatesTitle()
    {
        var candidates = HeadlineCandidates.From(Lines("""
            【第33期】乙县开发区项目建设进展顺利
            2024-05-12 来源：乙县融媒体中心
            """), "");
        Assert.Contains(candidates, c => HeadlineCandidates.Title(c) == "乙县开发区项目建设进展顺利");
    }

    [Fact]
    public void ADateGluedAfterATitleBarLine_IsNotPartOfTheCandidatesTitle()
    {
        var candidates = HeadlineCandidates.From(Lines("""
            公司公告
            丙股份:关于与丁经济开发区管委会签订项目投资协议书的公告2021-09-15
            证券代码:300999 证券简称:丙股份 公告编号:2021-072
            """), "");
        var line = Assert.Single(candidates, c => c.Text.StartsWith("丙股份", StringComparison.Ordinal));
        Assert.Equal("丙股份:关于与丁经济开发区管委会签订项目投资协议书的公告", HeadlineCandidates.Title(line));
        Assert.Equal(1, Feature(line, "glue_cleaned"));
    }

    [Fact]
    public void AWebAddressGluedAfterAHeadline_IsCutWithWhatFollowsIt()
    {
        var candidates = HeadlineCandidates.From(Lines("""
            戊区高新技术企业培育计划10月21日发布http://www.example.com 2007年10月19日14:23 戊区发布
            10月21日，戊区发布高新技术企业培育计划，提出到2027年全区高新技术企业达到500家以上，较现在翻一番。
            """), "");
        var line = Assert.Single(candidates, c => c.Text.StartsWith("戊区", StringComparison.Ordinal) && !c.Joined);
        Assert.Equal("戊区高新技术企业培育计划10月21日发布", HeadlineCandidates.Title(line));
        Assert.Equal(1, Feature(line, "address"));
    }

    [Fact]
    public void ASitesOrChannelsLabelBeforeAHeadline_IsCutIntoACandidateOfItsOwn()
    {
        var candidates = HeadlineCandidates.From(Lines("""
            甲省日报:乙县开发区光伏产业基地项目开工
            每日关注!甲省头条 | 持续领跑!前三季度乙县开发区产值增长13%
            """), "");
        Assert.Contains(candidates, c => c.Text == "乙县开发区光伏产业基地项目开工" && Feature(c, "label_cut") == 1);
        Assert.Contains(candidates, c => c.Text == "持续领跑!前三季度乙县开发区产值增长13%" && Feature(c, "label_cut") == 1);
        Assert.Equal(1, Feature(candidates.First(c => c.Text.StartsWith("甲省日报", StringComparison.Ordinal)), "label_prefix"));
    }

    [Fact]
    public void ACompanysNameBeforeItsColon_StaysPartOfTheHeadline()
    {
        var candidates = HeadlineCandidates.From(Lines("丙股份:关于投资建设丁光电产业园的公告"), "");
        Assert.DoesNotContain(candidates, c => Feature(c, "label_cut") == 1);
    }

    [Fact]
    public void ALinkToTheNextPage_IsMarkedAsOne()
    {
        var candidates = HeadlineCandidates.From(Lines("下一篇山海相连 荔黔同行"), "");
        Assert.Equal(1, Feature(Assert.Single(candidates), "tail_link"));
    }

    private const string LabelledHeadline = """
        甲省日报:乙县开发区光伏产业基地项目开工
        2020-03-26
        甲省日报 报道
        3月25日，乙县开发区光伏产业基地项目开工。该项目投资200亿元，建成后年产值将超过300亿元，带动就业5000人以上。
        该项目为“30GW电池片及配套”，以高效电池无人智能制造路线为主，建设智能化工厂、数字化车间，打造行业标杆。
        """;

    [Fact]
    public void TheRulesTitleWithASitesLabelGlued_IsReplacedByTheHeadlineWithoutIt()
    {
        Assert.Equal("乙县开发区光伏产业基地项目开工", HeadlineModel.Default.Choose(Lines(LabelledHeadline), "甲省日报:乙县开发区光伏产业基地项目开工"));
    }

    [Fact]
    public void TheReplacedTitle_LeavesOnlyItsLabelInThePageHeader()
    {
        var layout = PageReader.Read(new SourceDocument
            { Source = "web.txt", Kind = DocumentKind.PageText, Text = LabelledHeadline });
        var article = Assert.Single(layout.Articles);
        Assert.Equal("乙县开发区光伏产业基地项目开工", article.Title);
        Assert.Contains("甲省日报:", article.PageHeader!);
        Assert.DoesNotContain(article.PageHeader!, l => l.Contains("光伏产业基地", StringComparison.Ordinal));
    }

    [Fact]
    public void ACrumbTheRulesTook_IsReplaced_WhenTheModelScoresItFarBelowTheHeadline()
    {
        var page = Lines("""
            新闻源 财富源
            2025年04月22日 星期二
            财经 > 滚动新闻 > 正文
            字号:
            甲市高新区提出未来十年发展新目标
              • 发布时间:2015-09-09 01:30:44  来源:科技日报  作者:佚名  责任编辑:某某
              科技日报讯 (记者某某)9月6日，记者从甲省召开的甲市高新区建设国家自主创新示范区推进大会上获悉，该区提出未来十年发展新目标。
              会上，甲市高新区提出，今后十年将围绕建设国家自主创新示范区的总体目标，着力打造创新驱动发展引领区和高端产业集聚区。
            """);
        Assert.Equal("甲市高新区提出未来十年发展新目标", HeadlineModel.Default.Choose(page, "财经 > 滚动新闻 > 正文"));
    }

    private static double Feature(HeadlineCandidate candidate, string name) =>
        candidate.Features[Array.IndexOf(HeadlineCandidates.FeatureNames, name)];

    [Fact]
    public void TheWeightsFile_NamesEveryFeatureOnce()
    {
        var weights = string.Concat(HeadlineCandidates.FeatureNames.Select(n => $"{n} 0.5\n"));
        Assert.Equal(HeadlineCandidates.FeatureNames.Length, HeadlineModel.Parse("w", new StringReader(weights)).Weights.Length);
        var missing = string.Concat(HeadlineCandidates.FeatureNames.Skip(1).Select(n => $"{n} 0.5\n"));
        Assert.Contains(HeadlineCandidates.FeatureNames[0], Assert.Throws<InvalidDataException>(() => HeadlineModel.Parse("w", new StringReader(missing))).Message);
        Assert.Throws<InvalidDataException>(() => HeadlineModel.Parse("w", new StringReader(weights + "unknown_feature 1\n")));
        Assert.Throws<InvalidDataException>(() => HeadlineModel.Parse("w", new StringReader(weights + "rules 1\n")));
    }
}
