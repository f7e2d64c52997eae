using System.Globalization;
using Pipeline.Extract.Figures;
using Pipeline.Extract.Tests.PeerSuites;

namespace Pipeline.Extract.Tests.Figures;

/// <summary>The unit list is data (src/Extract/Resources/units.tsv): its example sentences
/// (units.examples.tsv) must each give their figure, and a malformed line must stop with its line number.</summary>
public class UnitResourceTests
{
    private static string ResourcePath(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "Pipeline.sln"))) dir = dir.Parent;
        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("Pipeline.sln not found"), "src", "Extract", "Resources", name);
    }

    public static IEnumerable<object[]> Examples() =>
        File.ReadLines(ResourcePath("units.examples.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(c => new object[] { c[0], c[1], c[2], c[3] });

    [Theory]
    [MemberData(nameof(Examples))]
    public void EachExampleSentenceGivesItsFigure(string sentence, string text, string value, string unit)
    {
        var figures = PeerHarness.Figures(sentence);
        Assert.Contains(figures, f => f.Text == text && f.Value == decimal.Parse(value, CultureInfo.InvariantCulture) && f.Unit == unit);
    }

    [Fact]
    public void EveryUnitLineIsWellFormed()
    {
        using var reader = new StreamReader(ResourcePath("units.tsv"));
        Assert.True(UnitLexicon.Parse(reader).Count() > 300);
    }

    [Fact]
    public void AMalformedLineNamesItsNumber()
    {
        var error = Assert.Throws<InvalidDataException>(() => UnitLexicon.Parse(new StringReader("# note\n元\tunit\tmoney\n吨\tmeasure\n")).ToList());
        Assert.Contains("line 3", error.Message);
    }
}
