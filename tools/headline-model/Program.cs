using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using Pipeline.Extract.Input;
using Pipeline.Extract.Model;
using Pipeline.Extract.Pages;
using Pipeline.Extract.Text;

// Trains the learned headline chooser on the development sets' gold titles and measures its transfer
// (docs/extraction.md, "Learned headline chooser"). Run from a worktree root:
//   dotnet run --project tools/headline-model -- train            writes src/Extract/Resources/headline-model.txt
//   dotnet run --project tools/headline-model -- loso             leave-one-set-out: rules, model and combinations per set
//   dotnet run --project tools/headline-model -- sample DIR TSV   a fresh sample judged beforehand (TSV: file, url, headline)
// Never-seen sets are not read: the development sets are the corpus folders with gold titles, never-seen ones skipped by name.

var command = args.FirstOrDefault() ?? "";
try
{
    switch (command)
    {
        case "train":
        {
            var output = args.Skip(1).FirstOrDefault(a => !a.StartsWith("--")) ?? "src/Extract/Resources/headline-model.txt";
            var examples = DevSet.All().SelectMany(s => s.Examples).ToList();
            var model = Trainer.Train(examples, args.Contains("--without-rules"));
            File.WriteAllText(output, model.Format(
                "# Weights of the learned headline chooser (src/Extract/Pages/HeadlineModel.cs), one 'feature weight' per line.\n" +
                $"# Written by: dotnet run --project tools/headline-model -- {string.Join(' ', args)}   ({examples.Count} pages of the development sets)\n"));
            Console.WriteLine($"trained on {examples.Count} pages ({examples.Count(e => e.Learnable)} with the gold headline among the candidates) -> {output}");
            break;
        }
        case "loso":
        {
            var withoutRules = args.Contains("--without-rules");
            var sets = DevSet.All();
            var totals = new Tally();
            var grid = new Dictionary<(int, double), int>();
            Console.WriteLine(Tally.Header("set"));
            foreach (var held in sets)
            {
                var model = Trainer.Train(sets.Where(s => s != held).SelectMany(s => s.Examples).ToList(), withoutRules);
                var tally = new Tally();
                foreach (var e in held.Examples)
                {
                    tally.Add(e, model);
                    if (args.Contains("--misses") && !Titles.Match(Choice.Combined(e, model), e.Gold[0]))
                        Console.WriteLine($"  miss {e.File}: gold {e.Gold[0]} | chosen {Choice.Combined(e, model)} | model {Choice.Model(e, model)} | rules {e.RulesTitle}");
                }
                totals.Merge(tally);
                Console.WriteLine(tally.Row(held.Name));
                foreach (var e in held.Examples)
                    foreach (var within in new[] { 2, 3, 4, 5 })
                        foreach (var margin in new[] { 0.5, 1, 1.5, 2, 2.5, 3, double.PositiveInfinity })
                            if (Titles.Match(Choice.Combined(e, model, within, margin), e.Gold[0])) grid[(within, margin)] = grid.GetValueOrDefault((within, margin)) + 1;
            }
            Console.WriteLine(totals.Row("all"));
            Console.WriteLine("rules kept when ranked within k and scored within m of the best: k m right");
            foreach (var ((within, margin), right) in grid.OrderBy(p => p.Key.Item1).ThenBy(p => p.Key.Item2))
                Console.WriteLine($"  {within} {margin.ToString(CultureInfo.InvariantCulture)} {right}");
            break;
        }
        case "sample":
        {
            if (args.Length < 3) throw new ArgumentException("sample DIR TSV");
            var model = Trainer.Train(DevSet.All().SelectMany(s => s.Examples).ToList(), args.Contains("--without-rules"));
            Console.Write(model.Format("# model trained on every development set\n"));
            var tally = new Tally();
            foreach (var row in File.ReadLines(args[2]).Skip(1).Select(l => l.Split('\t')))
            {
                var e = Example.Read(Path.Combine(args[1], row[0]), new[] { row[2] }, "sample");
                tally.Add(e, model);
                var (rules, chosen, combined) = (e.RulesTitle, Choice.Model(e, model), Choice.Combined(e, model));
                Console.WriteLine($"{row[0]}\t{Mark(e, rules)}{Mark(e, chosen)}{Mark(e, combined)}\t{row[2]}\t| rules: {rules}\t| model: {chosen}");
            }
            Console.WriteLine(Tally.Header("sample"));
            Console.WriteLine(tally.Row("sample"));
            break;
        }
        case "gate":
        {
            // How often the page's web-page gate tells a saved web article (one gold article) from a page of several.
            var counts = new Dictionary<string, int>();
            foreach (var name in DevSet.Names())
                foreach (var (page, gold) in DevSet.Pages(name))
                {
                    var text = TextDecoder.Decode(System.IO.File.ReadAllBytes(page)).Text;
                    var layout = PageSplitter.Split(new SourceDocument { Source = Path.GetFileName(page), Kind = DocumentKind.PageText, Text = text });
                    var key = $"{(gold > 1 ? "several" : "one")}/{(layout.WebPage ? "web" : "not-web")}/{(layout.Articles.Count > 1 ? "split" : "whole")}";
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                    if (args.Contains("--list") && (gold > 1) == layout.WebPage || args.Contains("--list") && gold <= 1 && layout.Articles.Count > 1)
                        Console.WriteLine($"  {key} {name}/{Path.GetFileName(page)} gold={gold} records={layout.Articles.Count}");
                }
            foreach (var (key, n) in counts.OrderBy(p => p.Key, StringComparer.Ordinal)) Console.WriteLine($"{key} {n}");
            break;
        }
        case "untitled":
        {
            // Pages whose rules find no headline: the shipped model's best line and score against the gold titles, to see
            // how low a best line may score and still be the page's headline (HeadlineModel.UntitledBelow).
            foreach (var name in DevSet.Names().Where(n => Directory.Exists(DevSet.Folders(n).Gold)))
                foreach (var (page, _) in DevSet.Pages(name))
                {
                    var gold = JObject.Parse(System.IO.File.ReadAllText(Path.Combine(DevSet.Folders(name).Gold, Path.GetFileNameWithoutExtension(page) + ".json")))["articles"]?
                        .Select(a => (string?)a["title"] ?? "").Where(t => t.Length > 0).ToArray() ?? [];
                    var e = Example.Read(page, gold, name);
                    if (e.RulesTitle.Length > 0 || e.Candidates.Count == 0) continue;
                    var (best, score) = HeadlineModel.Default.Rank(e.Candidates)[0];
                    var title = HeadlineCandidates.Title(best);
                    var right = gold.Any(g => Titles.Match(title, g));
                    Console.WriteLine($"{score.ToString("0.00", CultureInfo.InvariantCulture)}\t{(right ? "right" : gold.Length == 0 ? "none" : "wrong")}\t{name}/{Path.GetFileName(page)}\t{title}\t| gold: {string.Join(" / ", gold)}");
                }
            break;
        }
        case "rank":
        {
            // The shipped model's first candidates of each page text given, with the rules' title: to see why it chose.
            foreach (var file in args.Skip(1))
            {
                var e = Example.Read(file, [""], "rank");
                Console.WriteLine($"{Path.GetFileName(file)}\trules: {e.RulesTitle}\tchosen: {HeadlineModel.Default.Choose(e.Candidates, e.RulesTitle) ?? e.RulesTitle}");
                foreach (var (c, score) in HeadlineModel.Default.Rank(e.Candidates).Take(3))
                    Console.WriteLine($"  {score.ToString("0.00", CultureInfo.InvariantCulture)}\t{c.Text}");
            }
            break;
        }
        default:
            Console.Error.WriteLine("usage: headline-model train [OUT] [--without-rules] | loso [--without-rules] [--misses] | sample DIR TSV [--without-rules] | rank FILE...");
            return 2;
    }
}
catch (Exception ex) when (ex is IOException or InvalidDataException or ArgumentException)
{
    Console.Error.WriteLine($"headline-model: {ex.Message}");
    return 1;
}
return 0;

static string Mark(Example e, string title) => Titles.Match(title, e.Gold[0]) ? "+" : "-";

/// <summary>One page with one gold headline: its lines, the rules' title and the candidates the model chooses among.</summary>
sealed record Example(string Set, string File, string RulesTitle, string[] Gold, List<HeadlineCandidate> Candidates, bool[] Labels)
{
    public bool Learnable => Labels.Any(l => l);

    public static Example Read(string path, string[] gold, string set)
    {
        var text = TextDecoder.Decode(System.IO.File.ReadAllBytes(path)).Text;
        // The rules' title alone: the stage's own choice now includes this model's, which must not train or judge itself.
        var layout = PageSplitter.Split(new SourceDocument { Source = Path.GetFileName(path), Kind = DocumentKind.PageText, Text = text }, chooseHeadline: false);
        var rulesTitle = layout.Articles.FirstOrDefault()?.Title ?? "";
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n').Select(TextNormalizer.Clean).Where(l => l.Length > 0).ToList();
        var candidates = HeadlineCandidates.From(lines, rulesTitle);
        var labels = candidates.Select(c => gold.Any(g => Titles.Match(Choice.TitleOf(c, rulesTitle), g))).ToArray();
        return new Example(set, Path.GetFileName(path), rulesTitle, gold, candidates, labels);
    }
}

/// <summary>A development set: its pages with exactly one gold headline (web pages; printed pages of several articles
/// are left to the rules).</summary>
sealed record DevSet(string Name, List<Example> Examples)
{
    public static List<string> Names() => DevelopmentSets.Names();

    public static List<DevSet> All() => Names().Select(Load).Where(s => s.Examples.Count > 0).ToList();

    /// <summary>Every page of a development set that has a gold file, with its gold article count.</summary>
    public static IEnumerable<(string Page, int Gold)> Pages(string name) =>
        DevelopmentSets.PagesWithGold(name).Select(p => (p.Page, JObject.Parse(System.IO.File.ReadAllText(p.Gold))["articles"]?.Count() ?? 0));

    public static (string Pages, string Gold) Folders(string name) => DevelopmentSets.Folders(name);

    private static DevSet Load(string name)
    {
        var examples = new List<Example>();
        foreach (var (page, goldFile) in DevelopmentSets.PagesWithGold(name))
        {
            var titles = JObject.Parse(System.IO.File.ReadAllText(goldFile))["articles"]?.Select(a => (string?)a["title"] ?? "").ToArray() ?? [];
            if (titles.Length != 1 || titles[0].Length == 0) continue;
            examples.Add(Example.Read(page, titles, name));
        }
        return new DevSet(name, examples);
    }
}

/// <summary>How a title is chosen: the rules', the model's top candidate, or the rules' unless the model ranks their
/// title low (<see cref="HeadlineModel.Choose(List{HeadlineCandidate}, string, int)"/>).</summary>
static class Choice
{
    public static string TitleOf(HeadlineCandidate c, string rulesTitle) => HeadlineModel.TitleOf(c, rulesTitle);

    public static string Model(Example e, HeadlineModel model) =>
        e.Candidates.Count == 0 ? e.RulesTitle : TitleOf(model.Rank(e.Candidates)[0].Candidate, e.RulesTitle);

    public static string Combined(Example e, HeadlineModel model, int within = HeadlineModel.RulesKeptWithin,
        double margin = HeadlineModel.RulesKeptMargin) =>
        model.Choose(e.Candidates, e.RulesTitle, within, margin) ?? e.RulesTitle;
}

/// <summary>Right titles per way of choosing, with how many pages hold the gold headline among their candidates.</summary>
sealed class Tally
{
    private int _pages, _reachable, _rules, _model, _top1, _top2, _top3;

    public void Add(Example e, HeadlineModel model)
    {
        var gold = e.Gold[0];
        _pages++;
        if (e.Learnable) _reachable++;
        if (Titles.Match(e.RulesTitle, gold)) _rules++;
        if (Titles.Match(Choice.Model(e, model), gold)) _model++;
        if (Titles.Match(Choice.Combined(e, model, 1), gold)) _top1++;
        if (Titles.Match(Choice.Combined(e, model, 2), gold)) _top2++;
        if (Titles.Match(Choice.Combined(e, model, 3), gold)) _top3++;
    }

    public void Merge(Tally t)
    {
        _pages += t._pages; _reachable += t._reachable; _rules += t._rules; _model += t._model; _top1 += t._top1; _top2 += t._top2; _top3 += t._top3;
    }

    public static string Header(string first) => $"{first,-10} pages reachable rules model rules-if-top1 rules-if-top2 rules-if-top3";
    public string Row(string name) => $"{name,-10} {_pages,5} {_reachable,9} {_rules,5} {_model,5} {_top1,13} {_top2,13} {_top3,13}";
}

/// <summary>The scorer's title match (../shared/eval/score.py): NFKC, no spaces, edit distance at most a fifth of the
/// longer; a pinyin reading printed after a character (`集團(tuán)`) is not part of the title.</summary>
static partial class Titles
{
    [GeneratedRegex(@"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü ]{1,12}\)")]
    private static partial Regex Reading { get; }

    public static bool Match(string a, string b)
    {
        var (x, y) = (Norm(a), Norm(b));
        if (x.Length == 0 || y.Length == 0) return false;
        return EditDistance.Between(x, y) <= Math.Max(x.Length, y.Length) / 5.0;
    }

    private static string Norm(string s) =>
        new string(Reading.Replace(s ?? "", "").Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)).ToArray());
}

/// <summary>Conditional logit over each page's candidates (softmax of the linear scores; the loss is minus the log of the
/// probability given to the candidates that say the gold headline), full-batch gradient descent with an L2 penalty from
/// zero weights: the same data give the same weights.</summary>
static class Trainer
{
    private const int Epochs = 400;
    private const double Rate = 0.5;
    private const double L2 = 0.002;

    /// <summary>Trains on the examples; <paramref name="withoutRules"/> keeps the weights of the rules' own choice at zero
    /// (a model that chooses by the page alone, to be combined with the rules rather than to follow them).</summary>
    public static HeadlineModel Train(List<Example> examples, bool withoutRules = false)
    {
        var n = HeadlineCandidates.FeatureNames.Length;
        var w = new double[n];
        var frozen = withoutRules ? new[] { "rules", "rules_cleaned" }.Select(f => Array.IndexOf(HeadlineCandidates.FeatureNames, f)).ToArray() : [];
        var learnable = examples.Where(e => e.Learnable && e.Candidates.Count > 1).ToList();
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            var grad = new double[n];
            foreach (var e in learnable)
            {
                var scores = e.Candidates.Select(c => Dot(w, c.Features)).ToArray();
                var max = scores.Max();
                var exp = scores.Select(s => Math.Exp(s - max)).ToArray();
                var all = exp.Sum();
                var pos = exp.Where((_, i) => e.Labels[i]).Sum();
                for (var i = 0; i < e.Candidates.Count; i++)
                {
                    var coefficient = exp[i] / all - (e.Labels[i] ? exp[i] / pos : 0);
                    if (coefficient == 0) continue;
                    var x = e.Candidates[i].Features;
                    for (var k = 0; k < n; k++) grad[k] += coefficient * x[k];
                }
            }
            foreach (var k in frozen) grad[k] = 0;
            for (var k = 0; k < n; k++) w[k] -= Rate * (grad[k] / learnable.Count + L2 * w[k]);
        }
        return new HeadlineModel(w.Select(v => Math.Round(v, 6)).ToArray());
    }

    private static double Dot(double[] w, double[] x)
    {
        var s = 0.0;
        for (var i = 0; i < w.Length; i++) s += w[i] * x[i];
        return s;
    }
}
