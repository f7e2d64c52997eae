using System.Diagnostics;
using System.Globalization;
using Pipeline.Extract.Model;
using Pipeline.Extract.Zones;
using Pipeline.Index;
using Pipeline.Index.Benchmark;
using Pipeline.Index.Evaluation;

namespace Pipeline.Cli.Commands;

public sealed class BenchExactCommand : ICommand
{
    public string Name => "bench exact";
    public string Summary => "Check that each of a few hundred query terms (gazetteer zones, companies, indicators, frequent words, " +
                             "arbitrary runs of text) finds exactly the articles containing it: precision and recall, beside the word-only search.";
    public string Usage => "bench exact [INPUT...] [--records FILE.jsonl] [--articles N] [--terms N] [--show N] [--dir DIR]";
    public IReadOnlyList<string> Examples => new[]
    {
        "pipeline bench exact ../shared/corpus/seeds",
        "pipeline bench exact --articles 100000",
    };
    public IReadOnlyList<OptionSpec> Options => new[]
    {
        new OptionSpec("records", "source records (JSONL from 'pipeline extract') instead of INPUT"),
        new OptionSpec("articles", "index an archive of N articles recombined from the records (as 'bench index' does) instead of the records themselves"),
        new OptionSpec("terms", "query terms to draw", Default: "320"),
        new OptionSpec("show", "terms not matched exactly to list", Default: "20"),
        new OptionSpec("dir", "where to build the index", Default: "a temporary folder"),
    };

    public Task<int> RunAsync(CommandContext context)
    {
        var args = context.Args;
        var termCount = args.GetInt("terms", 320);
        if (termCount < 5) throw new UsageException("--terms must be at least 5");
        var articles = args.GetInt("articles", 0);
        var (sources, origin) = args.Positionals.Count > 0
            ? (new RecordExtraction(context.Error).Run(args.Positionals).GroupBy(r => r.Id).Select(g => g.Last()).ToList(), string.Join(", ", args.Positionals))
            : BenchIndexCommand.LoadSources(args.Get("records"), context);
        if (sources.Count == 0) throw new UsageException("no article records in the input");
        ArchiveGenerator? generator = articles > 0 ? new ArchiveGenerator(sources, zonePool: KnownZones.All) : null;
        IEnumerable<ArticleRecord> Archive() => generator != null ? generator.Generate(articles) : sources;
        var count = generator != null ? articles : sources.Count;

        var terms = ExactMatchEvaluation.DrawTerms(generator?.Sources ?? sources, termCount);
        var output = context.Out;
        output.WriteLine($"bench exact: {terms.Count} terms over {count:N0} articles ({(generator != null ? "recombined from " : "")}{sources.Count} records of {origin})");
        var root = args.Get("dir") ?? Path.Combine(Path.GetTempPath(), "pipeline-bench-exact-" + Environment.ProcessId);
        try
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
            context.Error.WriteLine("bench exact: indexing…");
            using (var index = ArticleIndex.Open(root))
            {
                index.CommitEvery = int.MaxValue;
                index.Update(Archive());
            }
            context.Error.WriteLine("bench exact: reading which articles contain each term…");
            var truth = ExactMatchEvaluation.Truth(Archive(), terms);
            using var searcher = ArticleSearcher.Open(root);
            context.Error.WriteLine("bench exact: searching…");
            var clock = Stopwatch.StartNew();
            var exact = ExactMatchEvaluation.Compare(searcher, truth, terms);
            var exactMs = clock.Elapsed.TotalMilliseconds / terms.Count;
            var words = ExactMatchEvaluation.Compare(searcher, truth, terms, wordsOnly: true);
            Report(output, exact, words, exactMs, args.GetInt("show", 20));
        }
        finally
        {
            if (args.Get("dir") == null && Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
        return Task.FromResult(0);
    }

    private static void Report(TextWriter output, IReadOnlyList<ExactMatchOutcome> exact, IReadOnlyList<ExactMatchOutcome> words, double msPerTerm, int show)
    {
        output.WriteLine();
        output.WriteLine($"{"origin",-14}{"terms",6}{"present",8}  {"exact: P",9}{"R",8}{"exact",7}   {"words only: P",14}{"R",8}{"exact",7}");
        var origins = exact.Select(o => o.Term.Origin).Distinct().Append("all").ToList();
        foreach (var origin in origins)
        {
            var e = exact.Where(o => origin == "all" || o.Term.Origin == origin).ToList();
            var w = words.Where(o => origin == "all" || o.Term.Origin == origin).ToList();
            var (ep, er) = ExactMatchEvaluation.Totals(e);
            var (wp, wr) = ExactMatchEvaluation.Totals(w);
            output.WriteLine($"{origin,-14}{e.Count,6}{e.Count(o => o.Expected > 0),8}  {F(ep),9}{F(er),8}{e.Count(o => o.Exact),7}   {F(wp),14}{F(wr),8}{w.Count(o => o.Exact),7}");
        }
        output.WriteLine();
        output.WriteLine("P and R are micro-averaged over terms (each found and each expected article counts once per term); " +
                         "'exact' counts the terms whose hit set equals the set of articles containing them.");
        output.WriteLine($"exact-match search: {msPerTerm.ToString("F2", CultureInfo.InvariantCulture)} ms per term for the whole hit set");
        var wrong = exact.Where(o => !o.Exact).ToList();
        output.WriteLine(wrong.Count == 0 ? "every term matched exactly" : $"{wrong.Count} terms not matched exactly:");
        foreach (var o in wrong.Take(show))
            output.WriteLine($"  {o.Term.Text} ({o.Term.Origin}): contained in {o.Expected}, found {o.Found}, of them right {o.Correct}");
        var examples = words.Where(o => !o.Exact).OrderByDescending(o => o.Found - o.Correct + o.Expected - o.Correct).Take(Math.Min(show, 8)).ToList();
        if (examples.Count > 0) output.WriteLine("words only, the largest differences:");
        foreach (var o in examples)
            output.WriteLine($"  {o.Term.Text} ({o.Term.Origin}): contained in {o.Expected}, found {o.Found}, of them right {o.Correct}");
    }

    private static string F(double value) => ExactMatchEvaluation.Format(value);
}
