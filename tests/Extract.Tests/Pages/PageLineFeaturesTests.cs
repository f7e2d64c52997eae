using System.Reflection;
using System.Text.RegularExpressions;
using Pipeline.Extract.Pages;
using Pipeline.Extract.Text;
using Pipeline.Extract.Tests.Segmentation;

namespace Pipeline.Extract.Tests.Pages;

/// <summary>
/// A page line's features are worked out once (speed23): <see cref="PageLine.IsSourceLine"/> and
/// <see cref="PageLine.IsIssueLine"/> must answer as <see cref="LineRules"/> does on the line's folded text, before and after a
/// rule rewrites the line; and <see cref="LineRules.IsIssueLine"/>'s digit gate must answer as the two patterns run without it.
/// </summary>
public class PageLineFeaturesTests
{
    /// <summary>New lines of every kind the head of a page holds: issue lines, page headers, dates, source and stamp lines,
    /// headlines (with and without digits), paragraphs, lines of other scripts' digits and full-width digits.</summary>
    public static readonly string[] Lines =
    {
        "2025年第11期（总第203期）",
        "第B7版 2025年3月18日 星期二",
        "2024年10月9日 周三",
        "２０２４年１０月９日",
        "2023-12-01",
        "2023.12.01",
        "【第48期】某某新区氢能产业园一期主体封顶",
        "【第48期】",
        "发布时间：2025-02-14 09:12 来源：某某区融媒体中心",
        "来源：某某市工业和信息化局 | 发布日期：2024-07-30",
        "作者：李某某 编辑：周某",
        "某某高新区三家企业入选省级专精特新名单",
        "某某经开区前三季度规上工业产值增长9.6%",
        "园区今年新签约项目二十八个，总投资超过一百亿元。",
        "记者从某某开发区获悉，该区上半年实现地区生产总值412亿元，同比增长7.2%。",
        "首页 > 新闻中心 > 园区动态",
        "٢٠٢٤年第٣期",
        "第３期",
        "Issue 12 · March 2025",
        "",
        "   ",
    };

    public static TheoryData<string> LineData()
    {
        var data = new TheoryData<string>();
        foreach (var line in Lines) data.Add(line);
        return data;
    }

    [Theory]
    [MemberData(nameof(LineData))]
    public void FeaturesAnswerAsTheRulesOnTheFoldedLine(string text)
    {
        var line = new PageLine(1, text);
        // Asked twice, in both orders: the kept answer is the rule's.
        Assert.Equal(LineRules.IsSourceLine(line.Folded), line.IsSourceLine);
        Assert.Equal(LineRules.IsIssueLine(line.Folded), line.IsIssueLine);
        Assert.Equal(LineRules.IsIssueLine(line.Folded), line.IsIssueLine);
        Assert.Equal(LineRules.IsSourceLine(line.Folded), line.IsSourceLine);
    }

    [Fact]
    public void RewritingTheLineForgetsItsFeatures()
    {
        // A rule trims a line (a bullet, a role label) or ungluing cuts it: the features are the new text's.
        var line = new PageLine(1, "发布时间：2025-02-14 09:12 来源：某某区融媒体中心");
        Assert.True(line.IsSourceLine);
        line.Text = "某某高新区三家企业入选省级专精特新名单";
        line.Folded = TextNormalizer.Fold(line.Text);
        Assert.False(line.IsSourceLine);
        Assert.False(line.IsIssueLine);
        line.Text = "第B7版 2025年3月18日 星期二";
        line.Folded = TextNormalizer.Fold(line.Text);
        Assert.True(line.IsIssueLine);
        foreach (var text in Lines)
        {
            line.Folded = TextNormalizer.Fold(text);
            Assert.Equal(LineRules.IsSourceLine(line.Folded), line.IsSourceLine);
            Assert.Equal(LineRules.IsIssueLine(line.Folded), line.IsIssueLine);
        }
    }

    [Theory]
    [MemberData(nameof(LineData))]
    public void IssueLineGateAnswersAsThePatternsWithoutIt(string text)
    {
        var folded = TextNormalizer.Fold(text);
        Assert.Equal(UngatedIssueLine(folded), LineRules.IsIssueLine(folded));
    }

    [Fact]
    public void IssueLineGateAnswersAsThePatternsOnGeneratedLines()
    {
        // The lines above joined two by two, and every line the seeds print (where ../shared is beside the repository), each cut
        // into pieces of up to 60 characters at every seventh offset (the rule reads no longer line).
        var texts = Lines.SelectMany(a => Lines.Select(b => a + b)).ToList();
        if (Directory.Exists(SegmentationTexts.SeedDirectory)) texts.AddRange(SegmentationTexts.SeedLines());
        var checkedLines = 0;
        foreach (var raw in texts)
        {
            var folded = TextNormalizer.Fold(TextNormalizer.Clean(raw));
            for (var start = 0; start < folded.Length; start += 7)
            {
                var piece = folded.Substring(start, Math.Min(60, folded.Length - start));
                Assert.Equal(UngatedIssueLine(piece), LineRules.IsIssueLine(piece));
                checkedLines++;
            }
        }
        Assert.True(checkedLines > 1000, $"only {checkedLines} lines checked");
    }

    /// <summary>The rule as it read before the gate: both patterns tried on every line of up to 60 characters.</summary>
    private static bool UngatedIssueLine(string f) =>
        f.Length <= 60 && (Pattern("IssueLine").IsMatch(f) || Pattern("DateOnly").IsMatch(f.Trim())) && !IsTaggedHeadline(f);

    private static Regex Pattern(string name) =>
        (Regex)typeof(LineRules).GetProperty(name, BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;

    private static bool IsTaggedHeadline(string f) =>
        (bool)typeof(LineRules).GetMethod("IsTaggedHeadline", BindingFlags.NonPublic | BindingFlags.Static)!.Invoke(null, new object[] { f })!;
}
