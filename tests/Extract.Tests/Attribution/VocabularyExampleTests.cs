using Pipeline.Extract.Attribution;
using Pipeline.Extract.Resources;
using static Pipeline.Extract.Tests.Attribution.AttributionHarness;

namespace Pipeline.Extract.Tests.Attribution;

/// <summary>Every vocabulary file of the attribution stage carries example sentences ('>' lines): each runs
/// through the whole pipeline and must come out as the file says.</summary>
public class VocabularyExampleTests
{
    private static IEnumerable<object[]> ExamplesOf(string file) =>
        ResourceFile.Load(file).Examples.Select(e => new object[] { e.Input, e.Expected });

    public static IEnumerable<object[]> Indicators => ExamplesOf("indicators.txt");
    public static IEnumerable<object[]> Changes => ExamplesOf("change-cues.txt");
    public static IEnumerable<object[]> Targets => ExamplesOf("target-cues.txt");
    public static IEnumerable<object[]> Periods => ExamplesOf("period-cues.txt");
    public static IEnumerable<object[]> Subjects => ExamplesOf("subject-cues.txt");
    public static IEnumerable<object[]> Metrics => ExamplesOf("metric-words.txt");
    public static IEnumerable<object[]> StockCodes => ExamplesOf("stock-codes.txt");

    /// <summary>A securities code is no figure, and the name before it is who the sentence's one figure is about.</summary>
    [Theory]
    [MemberData(nameof(StockCodes))]
    public void StockCodeExamples(string sentence, string expected)
    {
        var (text, rest) = Split(expected);
        var figure = Assert.Single(Run(sentence).Figures);
        Assert.Equal((text, rest[0], rest[1]), (figure.Text, figure.Subject?.Kind, figure.Subject?.Name));
    }

    [Theory]
    [MemberData(nameof(Metrics))]
    public void MetricExamples(string sentence, string expected)
    {
        var (text, rest) = Split(expected);
        Assert.Equal(rest[0] == "-" ? null : rest[0], Figure(Run(sentence), text).Metric);
    }

    private static (string Figure, string[] Expected) Split(string expected)
    {
        var parts = expected.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (parts[0], parts[1..]);
    }

    [Theory]
    [MemberData(nameof(Indicators))]
    public void IndicatorExamples(string sentence, string expected)
    {
        var (text, rest) = Split(expected);
        var figure = Figure(Run(sentence), text);
        Assert.Equal(rest[0] == "-" ? null : rest[0], figure.Indicator);
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public void ChangeExamples(string sentence, string expected)
    {
        var (text, rest) = Split(expected);
        var figure = Figure(Run(sentence), text);
        Assert.Equal(rest[0] == "level" ? null : rest[0], figure.ChangeKind);
        Assert.Equal(rest[0] != "level", figure.Change);
    }

    [Theory]
    [MemberData(nameof(Targets))]
    public void TargetExamples(string sentence, string expected)
    {
        var (text, rest) = Split(expected);
        Assert.Equal(rest[0] == "target", Figure(Run(sentence), text).Target);
    }

    [Theory]
    [MemberData(nameof(Periods))]
    public void PeriodExamples(string sentence, string expected)
    {
        var (text, rest) = Split(expected);
        Assert.Equal(rest[0], Period(Figure(Run(sentence), text)));
    }

    [Theory]
    [MemberData(nameof(Subjects))]
    public void SubjectExamples(string sentence, string expected)
    {
        var (text, rest) = Split(expected);
        var figure = Figure(Run(sentence), text);
        if (rest[0] == "-") Assert.True(figure.Subject == null, $"subject {figure.Subject?.Kind} {figure.Subject?.Name}");
        else Assert.Equal((rest[0], rest[1]), (figure.Subject?.Kind, figure.Subject?.Name));
    }

    [Fact]
    public void EveryVocabularyHasExamples()
    {
        foreach (var file in new[] { "indicators.txt", "change-cues.txt", "target-cues.txt", "period-cues.txt", "subject-cues.txt", "metric-words.txt", "stock-codes.txt" })
            Assert.True(ResourceFile.Load(file).Examples.Count >= 3, file);
    }

    [Fact]
    public void DocsListEveryIndicatorKey()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Pipeline.sln"))) root = Path.GetDirectoryName(root) ?? throw new DirectoryNotFoundException("Pipeline.sln");
        var docs = File.ReadAllText(Path.Combine(root, "docs", "indicators.md"));
        foreach (var key in AttributionVocabulary.Default.Indicators.Keys) Assert.Contains($"| `{key}` |", docs);
    }

    [Fact]
    public void AMalformedFileIsRefusedWithItsLine()
    {
        var error = Assert.Throws<InvalidDataException>(() => ResourceFile.Parse("x.txt", new StringReader("# note\nword\n[section]\nentry\n")));
        Assert.Contains("x.txt line 2", error.Message);
        var vocabulary = new IndicatorVocabulary(ResourceFile.Parse("i.txt", new StringReader("[revenue | money]\n营业收入\n")));
        Assert.Equal("revenue", vocabulary.KeyOf("企业营业收入", "money", false));
        Assert.Null(vocabulary.KeyOf("企业营业收入", "count", false));
        Assert.Equal("revenue", vocabulary.KeyOf("营业收入", "percent", true));
        Assert.Throws<InvalidDataException>(() => new IndicatorVocabulary(ResourceFile.Parse("i.txt", new StringReader("[revenue]\n营业收入\n"))));
    }
}
