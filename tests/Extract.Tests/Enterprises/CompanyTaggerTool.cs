using System.Globalization;
using System.Text;
using Pipeline.Extract.Enterprises;
using Pipeline.Extract.Pipeline;
using Xunit;

namespace Pipeline.Extract.Tests.Enterprises;

/// <summary>
/// The company tagger's training and measurement, run by hand (skipped otherwise; each writes its report to
/// $COMPANY_TAGGER_OUT, default /tmp/company-tagger-&lt;mode&gt;.txt):
///
///     COMPANY_TAGGER=loso dotnet test tests/Extract.Tests --filter FullyQualifiedName~CompanyTaggerTool
///         leave one set out: for each development set, train on the others and tag it; the tagger alone (P/R) and as an
///         addition to the extractor (names right / wrong it adds), at each confidence threshold, and the totals
///     COMPANY_TAGGER=train …   train on every development set and write the weights (gzip) to $COMPANY_TAGGER_WEIGHTS,
///         default /tmp/company-tagger.weights.gz
///     COMPANY_TAGGER=check COMPANY_TAGGER_PAGES=DIR …   train on every development set, tag the unlabelled page texts of
///         DIR and list each name the tagger would add, with its context, to be judged by hand
/// COMPANY_TAGGER_FEATURES=context runs any of them without the characters and words themselves (the ablation).
/// </summary>
public class CompanyTaggerTool
{
    private static readonly float[] Thresholds = [float.NegativeInfinity, 0, 50, 100, 200, 300, 400, 500, 600, 800];

    private static string? Mode => Environment.GetEnvironmentVariable("COMPANY_TAGGER");

    private static CompanyTaggerFeatures Features =>
        Environment.GetEnvironmentVariable("COMPANY_TAGGER_FEATURES") == "context" ? CompanyTaggerFeatures.ContextOnly : CompanyTaggerFeatures.Default;

    private static string Report(string mode) => Environment.GetEnvironmentVariable("COMPANY_TAGGER_OUT") ?? $"/tmp/company-tagger-{mode}.txt";

    private static Dictionary<string, List<TaggerPage>> ReadSets(IEnumerable<string> sets, ExtractionPipeline extractor) =>
        sets.ToDictionary(s => s, s =>
        {
            var (pages, gold) = CompanyTaggerCorpus.Folders(s);
            return Directory.Exists(pages) ? CompanyTaggerCorpus.Read(s, pages, gold, extractor, Features) : new List<TaggerPage>();
        });

    [SkippableFact(DisplayName = "Company tagger: leave-one-set-out transfer (run by hand: COMPANY_TAGGER=loso)")]
    public void LeaveOneSetOut()
    {
        Skip.If(Mode != "loso", "not run: COMPANY_TAGGER=loso measures the tagger's transfer (minutes)");
        var extractor = ExtractionPipeline.CreateDefault();
        var sets = ReadSets(CompanyTaggerCorpus.TrainingSets.Append("seeds"), extractor);
        var report = new StringBuilder();
        var totals = new Dictionary<float, int[]>();
        foreach (var t in Thresholds) totals[t] = new int[6];
        foreach (var (held, pages) in sets)
        {
            if (pages.Count == 0) continue;
            var model = CompanyTaggerCorpus.Train(sets.Where(s => s.Key != held && s.Key != "seeds").SelectMany(s => s.Value));
            var tagger = new CompanyTagger(model, Features);
            var tagged = pages.Select(p => (Page: p, Result: CompanyTaggerCorpus.Tag(tagger, p))).ToList();
            var gold = pages.Sum(p => p.Gold.Count);
            var missed = pages.Sum(p => p.Gold.Count - Matched(p));
            report.AppendLine($"{held}: {pages.Count} pages, {gold} gold companies, extractor misses {missed}; model {model.FeatureCount} features");
            foreach (var t in Thresholds)
            {
                var counts = new int[6];
                foreach (var (page, (all, added)) in tagged)
                {
                    var s = CompanyTaggerCorpus.Score(page, all, added, t);
                    counts[0] += s.AloneRight; counts[1] += s.AloneNames; counts[2] += s.GoldFound;
                    counts[4] += s.AddedRight; counts[5] += s.AddedWrong;
                }
                counts[3] = gold;
                for (var k = 0; k < 6; k++) totals[t][k] += counts[k];
                report.AppendLine($"  threshold {T(t)}: alone P {Ratio(counts[0], counts[1])} R {Ratio(counts[2], gold)} ({counts[1]} names); added right {counts[4]} wrong {counts[5]}");
            }
            foreach (var (page, (_, added)) in tagged)
                foreach (var name in added.OrderByDescending(n => n.Confidence))
                    report.AppendLine($"    {page.File}\t{name.Confidence.ToString("0.0", CultureInfo.InvariantCulture)}\t{(page.Gold.Any(g => g.Contains(name.Name)) ? "gold" : "-")}\t{name.Name}\t{name.Context}");
        }
        report.AppendLine("all sets:");
        foreach (var t in Thresholds)
        {
            var c = totals[t];
            report.AppendLine($"  threshold {T(t)}: alone P {Ratio(c[0], c[1])} R {Ratio(c[2], c[3])}; added right {c[4]} wrong {c[5]}");
        }
        File.WriteAllText(Report("loso"), report.ToString());
    }

    [SkippableFact(DisplayName = "Company tagger: train on every development set and save the weights (run by hand: COMPANY_TAGGER=train)")]
    public void TrainWeights()
    {
        Skip.If(Mode != "train", "not run: COMPANY_TAGGER=train trains the tagger on every development set and saves its weights");
        var sets = ReadSets(CompanyTaggerCorpus.TrainingSets, ExtractionPipeline.CreateDefault());
        var model = CompanyTaggerCorpus.Train(sets.Values.SelectMany(p => p));
        var path = Environment.GetEnvironmentVariable("COMPANY_TAGGER_WEIGHTS") ?? "/tmp/company-tagger.weights.gz";
        using var file = File.Create(path);
        model.Save(file);
        File.WriteAllText(Report("train"), $"{model.FeatureCount} features from {sets.Values.Sum(p => p.Count)} pages of {sets.Count} sets → {path}\n");
    }

    [SkippableFact(DisplayName = "Company tagger: names it adds on unlabelled pages (run by hand: COMPANY_TAGGER=check COMPANY_TAGGER_PAGES=DIR)")]
    public void CheckUnlabelledPages()
    {
        var folder = Environment.GetEnvironmentVariable("COMPANY_TAGGER_PAGES");
        Skip.If(Mode != "check" || folder == null, "not run: COMPANY_TAGGER=check COMPANY_TAGGER_PAGES=DIR lists what the tagger adds on DIR's pages");
        var extractor = ExtractionPipeline.CreateDefault();
        var model = CompanyTaggerCorpus.Train(ReadSets(CompanyTaggerCorpus.TrainingSets, extractor).Values.SelectMany(p => p));
        var tagger = new CompanyTagger(model, Features);
        var report = new StringBuilder();
        foreach (var page in CompanyTaggerCorpus.Read("unlabelled", folder, null, extractor, Features))
            foreach (var name in CompanyTaggerCorpus.Tag(tagger, page).Added.OrderByDescending(n => n.Confidence))
                report.AppendLine($"{page.File}\t{name.Confidence.ToString("0.0", CultureInfo.InvariantCulture)}\t{name.Name}\t{name.Context}");
        File.WriteAllText(Report("check"), report.ToString());
    }

    private static int Matched(TaggerPage page) => page.Gold.Count(g => page.Extracted.Any(g.Overlaps));

    private static string T(float t) => float.IsNegativeInfinity(t) ? "none" : t.ToString("0", CultureInfo.InvariantCulture);

    private static string Ratio(int a, int b) => b == 0 ? "-" : ((double)a / b).ToString("0.000", CultureInfo.InvariantCulture);
}
