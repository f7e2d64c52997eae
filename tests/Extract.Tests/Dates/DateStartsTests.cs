using Pipeline.Extract.Dates;
using Pipeline.Extract.Tests.Segmentation;
using Pipeline.Extract.Text;

namespace Pipeline.Extract.Tests.Dates;

/// <summary>The date stage runs its readers only at characters a date can start with. A reader that learns a new
/// first character without adding it there would lose its dates silently; this holds the list in step with the
/// readers by running every reader at every position of real page texts and of the date tests' own sentences.</summary>
public class DateStartsTests
{
    private static IEnumerable<string> Texts()
    {
        var corpus = Path.Combine(PythonJieba.RepositoryRoot, "corpus");
        // the development sets only: the never-seen ones stay unread here too
        foreach (var dir in new[] { "pages", "heldout/pages", "heldout2/pages", "heldout3/pages", "heldout4/pages", "heldout5/pages" })
            foreach (var file in Directory.GetFiles(Path.Combine(corpus, dir), "*.txt"))
                yield return TextNormalizer.Fold(File.ReadAllText(file));
        foreach (var file in Directory.GetFiles(Path.Combine(PythonJieba.RepositoryRoot, "tests", "Extract.Tests", "Dates"), "*.cs"))
            yield return TextNormalizer.Fold(File.ReadAllText(file));
    }

    [Fact]
    public void EveryPositionAReaderStartsADateAtPassesThePrefilter()
    {
        var missed = new List<string>();
        var found = 0;
        foreach (var text in Texts())
            for (var i = 0; i < text.Length; i++)
            {
                if (DateExtractor.TryAt(text, i) is not { } span) continue;
                found++;
                if (!DateExtractor.CanStart(text[i])) missed.Add(text[span.Start..span.End]);
            }
        Assert.True(found > 500, $"only {found} dates read: the texts were not found");
        Assert.True(missed.Count == 0, "dates starting with a character the prefilter skips: " + string.Join(" | ", missed.Distinct().Take(20)));
    }
}
