using System.Text;
using System.Text.Json;
using Pipeline.Extract.Enterprises;
using Pipeline.Extract.Input;
using Pipeline.Extract.Lexicon;
using Pipeline.Extract.Model;
using Pipeline.Extract.Pipeline;
using Pipeline.Extract.Tests.Segmentation;
using Pipeline.Extract.Text;
using Pipeline.Extract.Zones;

namespace Pipeline.Extract.Tests.Enterprises;

/// <summary>One article read for the tagger: its folded body, features and gold tags, and what the extractor found in it.</summary>
internal sealed record TaggerArticle(string Body, string Folded, ulong[][] Features, byte[] Gold,
    List<(int Start, int End)> ExtractorSpans, List<TaggerWord> Words, List<(int Start, int End)> Zones);

/// <summary>A page of a set: its articles, its gold companies (each the normalised names it goes by) and the extractor's.</summary>
internal sealed record TaggerPage(string Set, string File, List<TaggerArticle> Articles, List<HashSet<string>> Gold, List<HashSet<string>> Extracted);

/// <summary>
/// The development sets as the company tagger learns from them: each page split and extracted as `pipeline extract` does,
/// each article's body segmented and its zones found (the features), and the page's gold companies projected onto it —
/// every occurrence of a gold name or variant, longest first, none overlapping. A gold name the body never writes
/// verbatim gives no tag (the body does not hold it); a shorter gold name inside a longer one is the longer one's.
/// </summary>
internal static class CompanyTaggerCorpus
{
    /// <summary>The development sets with enterprise gold, in the repository (the seeds are in ../shared and only tested on).</summary>
    public static readonly string[] TrainingSets =
        ["pages", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout7", "heldout10", "heldout12", "heldout14", "heldout16", "heldout20", "heldout23", "heldout25"];

    public static (string Pages, string Gold) Folders(string set)
    {
        var root = PythonJieba.RepositoryRoot;
        return set switch
        {
            "seeds" => (SegmentationTexts.SeedDirectory, Path.GetFullPath(Path.Combine(root, "..", "shared", "gold"))),
            "pages" => (Path.Combine(root, "corpus", "pages"), Path.Combine(root, "corpus", "gold")),
            _ => (Path.Combine(root, "corpus", set, "pages"), Path.Combine(root, "corpus", set, "gold")),
        };
    }

    /// <summary>What score.py compares: NFKC, without white space.</summary>
    public static string Norm(string name) => new(name.Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)).ToArray());

    /// <summary>Reads one folder of pages; <paramref name="goldFolder"/> null for unlabelled pages.</summary>
    public static List<TaggerPage> Read(string set, string pagesFolder, string? goldFolder, ExtractionPipeline extractor, CompanyTaggerFeatures features)
    {
        var segmentation = new SegmentationStage();
        var zones = new ZoneStage();
        var pages = new List<TaggerPage>();
        foreach (var source in new InputLoader().Load([pagesFolder]))
        {
            var file = Path.GetFileName(source.Source);
            var gold = new List<HashSet<string>>();
            if (goldFolder != null)
            {
                var goldPath = Path.Combine(goldFolder, Path.ChangeExtension(file, ".json"));
                if (!File.Exists(goldPath)) continue;
                using var json = JsonDocument.Parse(File.ReadAllText(goldPath));
                foreach (var entry in json.RootElement.GetProperty("enterprises").EnumerateArray())
                {
                    var names = new HashSet<string> { Norm(entry.GetProperty("name").GetString() ?? "") };
                    if (entry.TryGetProperty("variants", out var variants))
                        foreach (var v in variants.EnumerateArray()) names.Add(Norm(v.GetString() ?? ""));
                    names.Remove("");
                    gold.Add(names);
                }
            }
            var read = extractor.Read(source);
            var done = extractor.Read(source);
            var extracted = new List<HashSet<string>>();
            var articles = new List<TaggerArticle>();
            for (var a = 0; a < read.Articles.Count; a++)
            {
                var record = extractor.Complete(done.Articles[a], done.Anchor);
                foreach (var e in record.Enterprises) AddDeduplicated(extracted, e.Aliases.Append(e.Name).Select(Norm));
                var document = new ArticleDocument(read.Articles[a], read.Anchor);
                segmentation.Annotate(document);
                zones.Annotate(document);
                var (words, zoneSpans) = CompanyTaggerFeatures.Inputs(document);
                var body = document.Body;
                var folded = TextNormalizer.Fold(body);
                var goldNames = gold.SelectMany(g => g).Select(TextNormalizer.Fold);
                articles.Add(new TaggerArticle(body, folded, features.Extract(folded, words, zoneSpans),
                    CompanyTaggerTrainer.GoldTags(folded, goldNames),
                    record.Enterprises.SelectMany(e => e.Mentions).Select(m => (m.Start, m.End)).ToList(), words, zoneSpans));
            }
            pages.Add(new TaggerPage(set, file, articles, gold, extracted));
        }
        return pages;
    }

    /// <summary>score.py's dedupe: entities sharing a name are one.</summary>
    private static void AddDeduplicated(List<HashSet<string>> entities, IEnumerable<string> names)
    {
        var keys = names.Where(n => n.Length > 0).ToHashSet();
        if (entities.FirstOrDefault(e => e.Overlaps(keys)) is { } same) same.UnionWith(keys);
        else entities.Add(keys);
    }

    public static CompanyTaggerModel Train(IEnumerable<TaggerPage> pages) =>
        CompanyTaggerTrainer.Train(pages.SelectMany(p => p.Articles).Select(a => (a.Features, a.Gold)).ToList());

    /// <summary>A name the tagger adds to a page: the extractor has no company by that name, and its span overlaps none of the
    /// extractor's mentions.</summary>
    internal sealed record AddedName(string Name, float Confidence, string Context);

    /// <summary>Every tagged name of a page (best confidence per name), and the ones it would add to the extractor's.</summary>
    public static (List<(string Name, float Confidence)> All, List<AddedName> Added) Tag(CompanyTagger tagger, TaggerPage page)
    {
        var all = new Dictionary<string, float>();
        var added = new Dictionary<string, AddedName>();
        var known = page.Extracted.SelectMany(e => e).ToHashSet();
        foreach (var article in page.Articles)
            foreach (var name in tagger.Find(article.Folded, article.Words, article.Zones))
            {
                var text = Norm(article.Body[name.Start..name.End]);
                if (text.Length == 0) continue;
                if (!all.TryGetValue(text, out var best) || name.Confidence > best) all[text] = name.Confidence;
                if (known.Contains(text) || article.ExtractorSpans.Any(s => s.Start < name.End && name.Start < s.End)) continue;
                if (added.TryGetValue(text, out var seen) && seen.Confidence >= name.Confidence) continue;
                var context = article.Body[Math.Max(0, name.Start - 12)..name.Start] + "【" + article.Body[name.Start..name.End] + "】" +
                              article.Body[name.End..Math.Min(article.Body.Length, name.End + 12)];
                added[text] = new AddedName(text, name.Confidence, context.Replace('\n', ' '));
            }
        return (all.Select(p => (p.Key, p.Value)).ToList(), added.Values.ToList());
    }

    /// <summary>Counts at one threshold on a labelled page: the tagger alone (names right / names; gold found / gold) and as an
    /// addition (added names matching a gold company the extractor missed / added names that do not).</summary>
    public static (int AloneRight, int AloneNames, int GoldFound, int AddedRight, int AddedWrong) Score(TaggerPage page,
        List<(string Name, float Confidence)> all, List<AddedName> added, float threshold)
    {
        var names = all.Where(n => n.Confidence >= threshold).Select(n => n.Name).ToList();
        var aloneRight = names.Count(n => page.Gold.Any(g => g.Contains(n)));
        var goldFound = page.Gold.Count(g => names.Any(g.Contains));
        // The gold the extractor matched, greedily one to one as score.py does; an added name counts once, for a gold left.
        var used = new bool[page.Gold.Count];
        foreach (var e in page.Extracted)
            for (var i = 0; i < used.Length; i++)
                if (!used[i] && page.Gold[i].Overlaps(e)) { used[i] = true; break; }
        var (right, wrong) = (0, 0);
        foreach (var name in added.Where(n => n.Confidence >= threshold).OrderByDescending(n => n.Confidence))
        {
            var hit = -1;
            for (var k = 0; k < used.Length; k++) if (!used[k] && page.Gold[k].Contains(name.Name)) { hit = k; break; }
            if (hit >= 0) { used[hit] = true; right++; }
            else wrong++;
        }
        return (aloneRight, names.Count, goldFound, right, wrong);
    }
}
