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
