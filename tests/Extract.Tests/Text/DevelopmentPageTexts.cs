using System.Text.RegularExpressions;
using Pipeline.Extract.Tests.Segmentation;
using Pipeline.Extract.Text;

namespace Pipeline.Extract.Tests.Text;

/// <summary>The folded page texts of the development sets, for tests that compare a faster scan with a full one.</summary>
internal static class DevelopmentPageTexts
{
    /// <summary>Development pages only (the never-seen sets are not read by tests written against them).</summary>
    private static readonly string[] Folders =
    {
        "corpus/pages", "corpus/heldout/pages", "corpus/heldout2/pages", "corpus/heldout3/pages", "corpus/heldout4/pages",
        "corpus/heldout5/pages", "corpus/heldout7/pages", "corpus/heldout10/pages", "corpus/heldout12/pages",
        "corpus/heldout14/pages", "corpus/heldout16/pages", "corpus/heldout20/pages", "corpus/heldout23/pages",
        "corpus/heldout25/pages", "corpus/heldout27/pages", "corpus/heldout29/pages",
    };

    /// <summary>Every development page text, folded as the stages see it; fails when the corpus is not found.</summary>
    public static List<string> Folded()
    {
        var texts = Folders
            .Select(f => Path.Combine(PythonJieba.RepositoryRoot, f))
            .Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*.txt"))
            .Select(f => TextNormalizer.Fold(File.ReadAllText(f)))
            .ToList();
        Assert.True(texts.Count > 100, $"only {texts.Count} development pages found");
        return texts;
    }

    /// <summary>Every line of every development page text as saved (not folded): what page splitting cleans.</summary>
    public static List<string> Lines()
    {
        var lines = Folders
            .Select(f => Path.Combine(PythonJieba.RepositoryRoot, f))
            .Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*.txt"))
            .SelectMany(f => File.ReadAllText(f).Split('\n'))
            .ToList();
        Assert.True(lines.Count > 1000, $"only {lines.Count} development page lines found");
        return lines;
    }

    /// <summary>A match as every group's name, start and length, to compare two scans group by group.</summary>
    public static string Describe(Match m) =>
        string.Join(" ", m.Groups.Cast<Group>().Select(g => $"{g.Name}:{(g.Success ? $"{g.Index}+{g.Length}" : "-")}"));
}
