using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;
using Pipeline.Extract.Zones;
using Pipeline.Index;
using Pipeline.Index.Benchmark;
using Pipeline.Index.Evaluation;

namespace Pipeline.Cli.Commands;

public sealed class BenchQualityCommand : ICommand
{
    public string Name => "bench quality";
    public string Summary => "Rank known items without hand judgments — each article's title phrase, zone and company — and report recall@10 " +
                             "and MRR for the project's analyzer, SmartCn and StandardAnalyzer in the same run.";
    public string Usage => "bench quality [--articles N] [--queries N] [--records FILE.jsonl] [--dir DIR]";
    public IReadOnlyList<string> Examples => new[] { "pipeline bench quality", "pipeline bench quality --articles 5000 --queries 1000" };
    public IReadOnlyList<OptionSpec> Options => new[]
    {
        new OptionSpec("articles", "articles in the generated archive (recombined as 'bench index' does)", Default: "3000"),
        new OptionSpec("queries", "queries of each kind (title, zone, company)", Default: "500"),
        new OptionSpec("records", "source records (JSONL from 'pipeline extract'); default: extract corpus/site, corpus/pages and the " +
                                  "development sets heldout…heldout5 (about 200 records naming some 370 companies)"),
        new OptionSpec("dir", "where to build the indexes", Default: "a temporary folder"),
    };

    /// <summary>The analyzers compared, the project's first; each indexes the same archive through the same schema.</summary>
    internal static IReadOnlyList<(string Name, Func<Analyzer?> Create)> Analyzers => new (string, Func<Analyzer?>)[]
    {
        ("project (jieba)", () => null),
        ("SmartCn", () => new SmartChineseAnalyzer(LuceneVersion.LUCENE_48)),
        ("StandardAnalyzer", () => new StandardAnalyzer(LuceneVersion.LUCENE_48)),
    };

    public Task<int> RunAsync(CommandContext context)
    {
        var args = context.Args;
        var articles = args.GetInt("articles", 3000);
        var perKind = args.GetInt("queries", 500);
        if (articles < 10) throw new UsageException("--articles must be at least 10");
        if (perKind < 1) throw new UsageException("--queries must be at least 1");
        var (sources, origin) = BenchIndexCommand.LoadSources(args.Get("records"), context, withDevelopmentSets: true);
        var archive = new ArchiveGenerator(sources, zonePool: KnownZones.All).Generate(articles).ToList();
        var queries = SearchQualityEvaluation.BuildQueries(archive, perKind);
        var output = context.Out;
        output.WriteLine($"bench quality: {articles:N0} articles recombined from {sources.Count} records ({origin}); " +
                         string.Join(", ", queries.GroupBy(q => q.Kind).Select(g => $"{g.Count()} {g.Key} queries")));
        var root = args.Get("dir") ?? Path.Combine(Path.GetTempPath(), "pipeline-bench-quality-" + Environment.ProcessId);
        var results = new List<(string Name, IReadOnlyList<QualityScore> Scores)>();
        var wordsOnly = new List<(string Name, IReadOnlyList<QualityScore> Scores)>();
        try
        {
            foreach (var (name, create) in Analyzers)
            {
                context.Error.WriteLine($"bench quality: {name}…");
                var path = Path.Combine(root, new string(name.Where(char.IsLetterOrDigit).ToArray()));
                if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
                using (var index = ArticleIndex.Open(path, create())) index.Update(archive);
                using var searcher = ArticleSearcher.Open(path, create());
                wordsOnly.Add((name, SearchQualityEvaluation.Score(searcher, queries, entityRanking: false)));
                results.Add((name, SearchQualityEvaluation.Score(searcher, queries)));
            }
        }
        finally
        {
            if (args.Get("dir") == null && Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
        Table(output, "ranked by words alone (terms naming a zone or company as any other term)", wordsOnly);
        Table(output, "as searched: articles carrying the zone or company a term names first", results);
        output.WriteLine();
        output.WriteLine("Every analyzer's index has the same exact-match field, so each query finds the same articles; the scores differ by ranking alone.");
        return Task.FromResult(0);
    }

    private static void Table(TextWriter output, string title, List<(string Name, IReadOnlyList<QualityScore> Scores)> results)
    {
        output.WriteLine();
        output.WriteLine(title);
        output.WriteLine($"{"",-10}" + string.Concat(results.Select(r => $"{r.Name + " R@10",24}{"MRR",8}")));
        foreach (var kind in results[0].Scores.Select(s => s.Kind))
        {
            var line = $"{kind,-10}";
            foreach (var (_, scores) in results)
            {
                var s = scores.First(x => x.Kind == kind);
                line += $"{F(s.RecallAt10),24}{F(s.Mrr),8}";
            }
            output.WriteLine(line);
        }
    }

    private static string F(double value) => value.ToString("F3", CultureInfo.InvariantCulture);
}
