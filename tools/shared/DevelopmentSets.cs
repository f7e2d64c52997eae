// The development sets the trainers under tools/ learn from (tools/headline-model, tools/enterprise-judge), compiled into each.
using System.IO;
using System.Linq;

static class DevelopmentSets
{
    /// <summary>The measuring sets nobody studies, as <c>corpus/never-seen.txt</c> lists them: skipped by name, their
    /// folders never opened. A missing list is an error, not an empty one: training on a never-seen set would spoil it.</summary>
    private static readonly HashSet<string> NeverSeen = File.Exists(Path.Combine("corpus", "never-seen.txt"))
        ? File.ReadLines(Path.Combine("corpus", "never-seen.txt")).Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet(StringComparer.Ordinal)
        : throw new IOException("corpus/never-seen.txt is missing (run from a worktree root)");

    /// <summary>Every development set with gold: the shared seeds, the bundled pages, and each corpus folder
    /// <c>heldoutN</c> holding <c>gold</c> and <c>pages</c> that is not a never-seen set — so a newly annotated set trains the
    /// models without anyone listing it.</summary>
    public static List<string> Names()
    {
        var held = Directory.Exists("corpus")
            ? Directory.GetDirectories("corpus", "heldout*").Select(Path.GetFileName).OfType<string>()
                .Where(n => !NeverSeen.Contains(n) && Directory.Exists(Path.Combine("corpus", n, "gold")) && Directory.Exists(Path.Combine("corpus", n, "pages")))
                .OrderBy(n => n.Length).ThenBy(n => n, StringComparer.Ordinal)
            : throw new IOException("corpus/ is missing (run from a worktree root)");
        return new[] { "seeds", "pages" }.Concat(held).ToList();
    }

    public static (string Pages, string Gold) Folders(string name) => name switch
    {
        "seeds" => ("../shared/corpus/seeds", "../shared/gold"),
        "pages" => ("corpus/pages", "corpus/gold"),
        _ => ($"corpus/{name}/pages", $"corpus/{name}/gold"),
    };

    /// <summary>Every page of a set that has a gold file: the page text's path and the gold file's.</summary>
    public static IEnumerable<(string Page, string Gold)> PagesWithGold(string name)
    {
        var (pages, gold) = Folders(name);
        if (!Directory.Exists(pages) || !Directory.Exists(gold)) throw new IOException($"{name}: {pages} or {gold} is missing (run from a worktree root)");
        foreach (var goldFile in Directory.GetFiles(gold, "*.json").OrderBy(f => f, StringComparer.Ordinal))
        {
            var page = Path.Combine(pages, Path.GetFileNameWithoutExtension(goldFile) + ".txt");
            if (File.Exists(page)) yield return (page, goldFile);
        }
    }
}
