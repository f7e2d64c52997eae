using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using Pipeline.Extract.Model;
using Pipeline.Extract.Pages;
using Pipeline.Extract.Text;
using Pipeline.Extract.Tests.Segmentation;

namespace Pipeline.Extract.Tests.Pages;

/// <summary>The page texts in corpus/pages (with their gold) and, when present beside the repository,
/// the shared seed pages: headlines as the gold has them, and no text lost on the way.</summary>
public class CorpusPagesTests
{
    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "Pipeline.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Pipeline.sln not found above " + AppContext.BaseDirectory);
    }

    public static IEnumerable<object[]> CorpusPages() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "corpus", "pages"), "*.txt").OrderBy(f => f).Select(f => new object[] { Path.GetFileName(f) });

    private static PageLayout Read(string path) => PageReader.Read(new SourceDocument
    {
        Source = Path.GetFileName(path),
        Kind = DocumentKind.PageText,
        Text = File.ReadAllText(path),
    });

    [Theory]
    [MemberData(nameof(CorpusPages))]
    public void FindsTheGoldHeadlinesAndDate(string file)
    {
        var root = RepositoryRoot();
        var gold = JObject.Parse(File.ReadAllText(Path.Combine(root, "corpus", "gold", Path.ChangeExtension(file, ".json"))));
        var layout = Read(Path.Combine(root, "corpus", "pages", file));
        var expected = gold["articles"]!.Select(a => (string)a["title"]!).ToList();
        Assert.Equal(expected, layout.Articles.Where(a => !a.Fragment).Select(a => a.Title));
        Assert.Equal((string?)gold["published"], layout.Published);
        Assert.Equal((bool)gold["published_inferred"]!, layout.PublishedInferred);
    }

    [Theory]
    [MemberData(nameof(CorpusPages))]
    public void LosesNoTextOfTheCorpusPages(string file) => AssertNothingLost(Path.Combine(RepositoryRoot(), "corpus", "pages", file));

    [SkippableFact(DisplayName = "Page splitting loses no text of the seed pages (skipped without ../shared's seed pages)")]
    public void LosesNoTextOfTheSeedPages()
    {
        SegmentationTexts.SkipUnlessSeeds();
        var seeds = SegmentationTexts.SeedDirectory;
        foreach (var file in Directory.EnumerateFiles(seeds, "*.txt")) AssertNothingLost(file);
    }

    /// <summary>Every stretch of ten characters of every line shows up somewhere in the records:
    /// title, kicker, section, series, authors, body, captions or pull quotes (contents and
    /// masthead lines aside, the issue line is the published date; datelines and credits are read into authors).</summary>
    private static void AssertNothingLost(string path)
    {
        var layout = Read(path);
        var blob = Squeeze(string.Join("|", layout.Articles.SelectMany(a => new[] { a.Title, a.Kicker, a.Subtitle, a.Section, a.Series, a.Body }
            .Concat(a.Captions).Concat(a.PullQuotes).Concat(a.Authors.Select(x => x.Name)))));
        foreach (var raw in File.ReadLines(path))
        {
            var line = Squeeze(TextNormalizer.Clean(raw));
            if (line.Length < 24) continue; // short lines: headings, bylines, contents entries
            if (LineRules.IsIssueLine(TextNormalizer.Fold(line))) continue; // read into the record's published date
            if (line.StartsWith('【')) continue; // a contents entry: the headline it lists is checked by the gold
            line = Regex.Replace(line, @"^\S{2,8}讯\([^)]*\)", "");
            line = Regex.Replace(line, @"\((供稿|来源):[^)]*\)$", "");
            var probe = line.Substring(line.Length / 2 - 5, 10);
            Assert.True(blob.Contains(probe, StringComparison.Ordinal), $"{Path.GetFileName(path)}: lost \"{probe}\" of \"{raw.Trim()}\"");
        }
    }

    private static string Squeeze(string? s) => new(TextNormalizer.Fold(s ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray());
}
