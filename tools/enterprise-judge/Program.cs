using System.Globalization;
using System.Text;
using Newtonsoft.Json.Linq;
using Pipeline.Extract.Enterprises;
using Pipeline.Extract.Input;
using Pipeline.Extract.Lexicon;
using Pipeline.Extract.Model;
using Pipeline.Extract.Pipeline;
using Pipeline.Extract.Zones;

// Trains the learned judge of enterprise names on the development sets' gold companies and measures its transfer
// (docs/extraction.md, "Learned judge of enterprise names"). Run from a worktree root:
//   dotnet run -c Release --project tools/enterprise-judge -- loso [--wrong] [--dropped] [--signals]
// leave-one-set-out: precision and recall per set, the rules alone and with names dropped below each probability; --wrong
// lists the wrong names with their probability and features, --signals each feature's right and wrong names (its precision).
// The names judged are those the enterprise stage settles on; never-seen sets are not read (tools/shared).

var command = args.FirstOrDefault() ?? "";
try
{
    switch (command)
    {
        case "loso":
        {
            var sets = Corpus.Load();
            var thresholds = new[] { 0.1, 0.3, 0.5, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95 };
            var totals = thresholds.ToDictionary(t => t, _ => new Tally());
            var rules = new Tally();
            Console.WriteLine($"{"set",-10} {"rules P/R",-14} " + string.Join(" ", thresholds.Select(t => $"judged<{t.ToString(CultureInfo.InvariantCulture)} P/R".PadRight(18))));
            foreach (var held in sets)
            {
                var weights = Trainer.Train(sets.Where(s => s != held).SelectMany(s => s.Pages).SelectMany(p => p.Names).ToList());
                var judge = new EnterpriseJudge(weights);
                var row = new StringBuilder($"{held.Name,-10} ");
                var kept = Tally.Of(held, _ => true);
                rules.Merge(kept);
                row.Append(kept.Cell().PadRight(15));
                foreach (var t in thresholds)
                {
                    var tally = Tally.Of(held, n => judge.Probability(n.Features) >= t);
                    totals[t].Merge(tally);
                    row.Append(tally.Cell().PadRight(19));
                }
                Console.WriteLine(row);
                if (args.Contains("--wrong"))
                    foreach (var page in held.Pages)
                        foreach (var n in page.Names.Where(n => !n.Right))
                            Console.WriteLine($"  wrong {judge.Probability(n.Features):0.000} {n.Name}\t{page.File}\t{string.Join(",", EnterpriseJudge.FeatureNames.Where((_, i) => n.Features[i] > 0))}");
                if (args.Contains("--dropped"))
                    foreach (var page in held.Pages)
                        foreach (var n in page.Names.Where(n => judge.Probability(n.Features) < 0.9))
                            Console.WriteLine($"  dropped {(n.Right ? "RIGHT" : "wrong")} {judge.Probability(n.Features):0.000} {n.Name}\t{page.File}");
            }
            Console.WriteLine($"{"all",-10} {rules.Cell().PadRight(15)}" + string.Concat(thresholds.Select(t => totals[t].Cell().PadRight(19))));
            if (args.Contains("--signals"))
            {
                var all = sets.SelectMany(s => s.Pages).SelectMany(p => p.Names).ToList();
                for (var k = 0; k < EnterpriseJudge.FeatureNames.Length; k++)
                    Console.WriteLine($"  signal {EnterpriseJudge.FeatureNames[k],-18} right {all.Count(n => n.Right && n.Features[k] > 0),5} wrong {all.Count(n => !n.Right && n.Features[k] > 0),4}");
            }
            Console.WriteLine("dropped right/wrong per threshold: " + string.Join("  ", thresholds.Select(t => $"{t.ToString(CultureInfo.InvariantCulture)}: {rules.Right - totals[t].Right}/{rules.Wrong - totals[t].Wrong}")));
            break;
        }
        default:
            Console.Error.WriteLine("usage: enterprise-judge loso [--wrong] [--dropped] [--signals]");
            return 2;
    }
}
catch (Exception ex) when (ex is IOException or InvalidDataException or ArgumentException)
{
    Console.Error.WriteLine($"enterprise-judge: {ex.Message}");
    return 1;
}
return 0;

/// <summary>One name the stage settled on (no judge), its features and whether a gold company of its page is it.</summary>
sealed record JudgedName(string Name, double[] Features, bool Right, int[] GoldMatched);

sealed record JudgedPage(string File, List<JudgedName> Names, int Gold);

sealed record JudgedSet(string Name, List<JudgedPage> Pages);

static class Corpus
{
    public static List<JudgedSet> Load()
    {
        var pipeline = new ExtractionPipeline(new IStage[] { new SegmentationStage(), new ZoneStage(), new EnterpriseStage() });
        var sets = new List<JudgedSet>();
        foreach (var name in DevelopmentSets.Names())
        {
            var pages = new List<JudgedPage>();
            foreach (var (page, goldFile) in DevelopmentSets.PagesWithGold(name))
            {
                var goldPage = JObject.Parse(File.ReadAllText(goldFile));
                // A set annotated for titles only (scope: titles) has no gold companies to judge by.
                if (goldPage["scope"] is { } scope && !((string?)scope ?? "").Contains("enterprises")) continue;
                var gold = (goldPage["enterprises"] as JArray ?? []).Select(g => Names(g["name"], g["variants"])).ToList();
                // Read as `pipeline extract` reads a page text (a text of several pages is split at its page breaks).
                var records = new InputLoader().Load([page]).SelectMany(d => pipeline.Process(d)).ToList();
                var judged = new List<JudgedName>();
                foreach (var record in records)
                    for (var i = 0; i < record.Enterprises.Count; i++)
                    {
                        var entity = record.Enterprises[i];
                        var own = new[] { entity.Name }.Concat(entity.Aliases).Select(Norm).ToHashSet();
                        var matched = gold.Select((g, at) => (g, at)).Where(p => p.g.Overlaps(own)).Select(p => p.at).ToArray();
                        judged.Add(new JudgedName(entity.Name,
                            EnterpriseJudge.Features(record.Body, record.Enterprises, i, ListedCompanyLexicon.Default, ShortNameList.Default),
                            matched.Length > 0, matched));
                    }
                pages.Add(new JudgedPage(Path.GetFileName(page), judged, gold.Count));
            }
            if (pages.Count > 0) sets.Add(new JudgedSet(name, pages));
            Console.Error.WriteLine($"{name}: {pages.Count} pages, {pages.Sum(p => p.Names.Count)} names");
        }
        return sets;
    }

    private static HashSet<string> Names(JToken? name, JToken? variants) =>
        new[] { (string?)name ?? "" }.Concat(variants?.Select(v => (string?)v ?? "") ?? []).Where(n => n.Length > 0).Select(Norm).ToHashSet();

    /// <summary>The scorer's name key (../shared/eval/score.py): NFKC without white space.</summary>
    private static string Norm(string s) => new(s.Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)).ToArray());
}

/// <summary>Names kept, right among them, and gold companies found by a kept name, to give precision and recall.</summary>
sealed class Tally
{
    public int Right, Wrong, Found, Gold;

    public static Tally Of(JudgedSet set, Func<JudgedName, bool> keep)
    {
        var t = new Tally();
        foreach (var page in set.Pages)
        {
            var kept = page.Names.Where(keep).ToList();
            t.Right += kept.Count(n => n.Right);
            t.Wrong += kept.Count(n => !n.Right);
            t.Found += kept.SelectMany(n => n.GoldMatched).Distinct().Count();
            t.Gold += page.Gold;
        }
        return t;
    }

    public void Merge(Tally t) { Right += t.Right; Wrong += t.Wrong; Found += t.Found; Gold += t.Gold; }

    public string Cell() =>
        $"{(Right + Wrong == 0 ? 1 : Right / (double)(Right + Wrong)):0.000}/{(Gold == 0 ? 1 : Found / (double)Gold):0.000}";
}

/// <summary>Logistic regression by full-batch gradient descent with an L2 penalty from zero weights: the same data give
/// the same weights.</summary>
static class Trainer
{
    private const int Epochs = 600;
    private const double Rate = 0.5;
    private const double L2 = 0.001;

    public static double[] Train(List<JudgedName> examples)
    {
        var n = EnterpriseJudge.FeatureNames.Length;
        var w = new double[n];
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            var grad = new double[n];
            foreach (var e in examples)
            {
                var p = EnterpriseJudge.Logistic(EnterpriseJudge.Dot(w, e.Features));
                var coefficient = p - (e.Right ? 1 : 0);
                for (var k = 0; k < n; k++) grad[k] += coefficient * e.Features[k];
            }
            for (var k = 0; k < n; k++) w[k] -= Rate * (grad[k] / examples.Count + (k == 0 ? 0 : L2 * w[k]));
        }
        return w.Select(v => Math.Round(v, 6)).ToArray();
    }
}
