using System.Diagnostics;
using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;
using Pipeline.Cli.Reports;
using Pipeline.Extract.Input;
using Pipeline.Extract.Model;
using Pipeline.Extract.Output;
using Pipeline.Extract.Pipeline;
using Pipeline.Extract.Zones;
using Pipeline.Index;
using Pipeline.Index.Benchmark;

namespace Pipeline.Cli.Commands;

public sealed class BenchIndexCommand : ICommand
{
    public string Name => "bench index";
    public string Summary => "Index a generated archive (recombined corpus records) and measure indexing rate, index size, " +
                             "query latency and peak memory, against Lucene's StandardAnalyzer in the same run.";
    public string Usage => "bench index [--articles N] [--records FILE.jsonl] [--queries N] [--buffer-mb N] [--source-zones] [--dir DIR] [--no-reference] [--no-smartcn] [--keep]";
    public IReadOnlyList<string> Examples => new[]
    {
        "pipeline bench index",
        "pipeline bench index --articles 20000 --records out/records.jsonl --queries 50",
    };
    public IReadOnlyList<OptionSpec> Options => new[]
    {
        new OptionSpec("articles", "articles in the generated archive", Default: "100000"),
        new OptionSpec("records", "source records (JSONL from 'pipeline extract'); default: extract corpus/site and corpus/pages of the repository"),
        new OptionSpec("queries", "queries of each kind (term, phrase, filtered, faceted)", Default: "100"),
        new OptionSpec("buffer-mb", "the indexing buffer (IndexWriter's RAM buffer) in MB", Default: "ArticleIndex's default"),
        new OptionSpec("dir", "where to build the indexes", Default: "a temporary folder"),
        new OptionSpec("source-zones", "keep the source records' own zones instead of drawing each article's zones from the gazetteer", TakesValue: false),
        new OptionSpec("no-reference", "skip the StandardAnalyzer reference run", TakesValue: false),
        new OptionSpec("no-smartcn", "skip the SmartCn run", TakesValue: false),
        new OptionSpec("keep", "keep the indexes afterwards", TakesValue: false),
        ProgressReporter.Option,
    };

    public Task<int> RunAsync(CommandContext context)
    {
        var args = context.Args;
        var articles = args.GetInt("articles", 100_000);
        var perKind = args.GetInt("queries", 100);
        if (articles < 1) throw new UsageException("--articles must be at least 1");
        if (perKind < 1) throw new UsageException("--queries must be at least 1");
        var bufferMb = args.GetInt("buffer-mb", ArticleIndex.DefaultRamBufferMb);
        if (bufferMb < 16) throw new UsageException("--buffer-mb must be at least 16");
        var (sources, origin) = LoadSources(args.Get("records"), context);
        var generator = new ArchiveGenerator(sources, zonePool: args.Has("source-zones") ? null : KnownZones.All);
        var mix = QueryMix.CreateFull(generator.Sources, perKind, zones: generator.ZoneNames);
        // As many warm-up queries (of another seed) as measured ones: the JIT's tiered compilation settles on its
        // optimised code only after a method has run a few dozen times, and latency is measured in steady state.
        var warmup = QueryMix.CreateFull(generator.Sources, perKind, seed: 99, zones: generator.ZoneNames);
        var root = args.Get("dir") ?? Path.Combine(Path.GetTempPath(), "pipeline-bench-index-" + Environment.ProcessId);
        var output = context.Out;
        output.WriteLine($"bench index: {articles} articles recombined from {generator.Sources.Count} records ({origin}), " +
                         $"zones drawn from {generator.ZoneNames.Count}; " +
                         $"{mix.Count} queries; {Environment.ProcessorCount} cores");
        try
        {
            var project = Run("project analyzer", Path.Combine(root, "project"), null, bufferMb, generator, articles, mix, warmup, context);
            var peakAfterProject = Process.GetCurrentProcess().PeakWorkingSet64;
            Measurement? smartCn = null;
            if (!args.Has("no-smartcn"))
                smartCn = Run("SmartCn", Path.Combine(root, "smartcn"), new SmartChineseAnalyzer(LuceneVersion.LUCENE_48), bufferMb,
                    generator, articles, mix, warmup, context);
            Measurement? reference = null;
            if (!args.Has("no-reference"))
                reference = Run("StandardAnalyzer", Path.Combine(root, "reference"), new StandardAnalyzer(LuceneVersion.LUCENE_48), bufferMb,
                    generator, articles, mix, warmup, context);
            Report(output, project, smartCn, reference, peakAfterProject);
        }
        finally
        {
            if (!args.Has("keep") && Directory.Exists(root)) Directory.Delete(root, recursive: true);
            else if (args.Has("keep")) output.WriteLine($"indexes kept in {root}");
        }
        return Task.FromResult(0);
    }

    /// <summary><paramref name="CpuSeconds"/> and <paramref name="QueryCpuMs"/> are process CPU time: on a machine
    /// shared with other work they say what the code costs when wall-clock figures are inflated by waiting.</summary>
    private sealed record Measurement(string Name, int Articles, double Seconds, double CpuSeconds, long Bytes,
        Dictionary<string, List<double>> Latencies, double QueryCpuMs)
    {
        public double Rate => Articles / Seconds;
        public double CpuRate => Articles / CpuSeconds;
        public IEnumerable<double> All => Latencies.Values.SelectMany(v => v);
    }

    private static Measurement Run(string name, string path, Analyzer? analyzer, double bufferMb, ArchiveGenerator generator, int articles,
        IReadOnlyList<BenchQuery> mix, IReadOnlyList<BenchQuery> warmup, CommandContext context)
    {
        if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        context.Error.WriteLine($"bench index: indexing with the {name}…");
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var generated = 0L;
        using (ProgressReporter.Start(context, $"bench index ({name})", "articles", () => new ProgressState(0, generated, 0, articles)))
        using (var index = ArticleIndex.Open(path, analyzer, bufferMb))
        {
            index.CommitEvery = int.MaxValue;
            index.Update(generator.Generate(articles).Select(a =>
            {
                generated++;
                return a;
            }));
        }
        var seconds = clock.Elapsed.TotalSeconds;
        process.Refresh();
        var cpuSeconds = (process.TotalProcessorTime - cpu).TotalSeconds;
        var bytes = new DirectoryInfo(path).EnumerateFiles().Sum(f => f.Length);

        context.Error.WriteLine($"bench index: querying the {name} index…");
        var latencies = new Dictionary<string, List<double>>();
        using (var searcher = ArticleSearcher.Open(path, analyzer))
        {
            foreach (var query in warmup) query.Run(searcher);
            process.Refresh();
            cpu = process.TotalProcessorTime;
            foreach (var query in mix)
            {
                var kind = query.Kind;
                var start = Stopwatch.GetTimestamp();
                query.Run(searcher);
                var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                if (!latencies.TryGetValue(kind, out var list)) latencies[kind] = list = new List<double>();
                list.Add(ms);
            }
        }
        process.Refresh();
        var queryCpuMs = (process.TotalProcessorTime - cpu).TotalMilliseconds / mix.Count;
        var measurement = new Measurement(name, articles, seconds, cpuSeconds, bytes, latencies, queryCpuMs);
        // Each run's figures as soon as it ends: on a busy machine a long run may be stopped before the table.
        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"bench index: {name}: {measurement.Rate:F0} articles/s ({measurement.CpuRate:F0} per CPU-second), {bytes / 1048576.0:F1} MB, query p50 {Percentile(measurement.All, 50):F2} ms, p99 {Percentile(measurement.All, 99):F2} ms, peak {process.PeakWorkingSet64 / 1048576.0:F0} MB"));
        return measurement;
    }

    private static void Report(TextWriter output, Measurement project, Measurement? smartCn, Measurement? reference, long peak)
    {
        output.WriteLine();
        var others = new[] { smartCn, reference }.OfType<Measurement>().ToList();
        output.WriteLine($"{"",-22}{project.Name,20}" + string.Concat(others.Select(o => $"{o.Name,20}{"ratio",8}")));
        void Line(string label, Func<Measurement, double> value, string format)
        {
            var line = $"{label,-22}{value(project).ToString(format, CultureInfo.InvariantCulture),20}";
            foreach (var o in others)
            {
                var r = value(o);
                line += $"{r.ToString(format, CultureInfo.InvariantCulture),20}{(r > 0 ? (value(project) / r).ToString("F2", CultureInfo.InvariantCulture) : "-"),8}";
            }
            output.WriteLine(line);
        }
        Line("indexing (articles/s)", m => m.Rate, "F0");
        Line("  per CPU-second", m => m.CpuRate, "F0");
        Line("index size (MB)", m => m.Bytes / 1048576.0, "F1");
        Line("query p50 (ms)", m => Percentile(m.All, 50), "F2");
        Line("query p99 (ms)", m => Percentile(m.All, 99), "F2");
        foreach (var kind in project.Latencies.Keys)
        {
            Line($"  {kind} p50 (ms)", m => Percentile(m.Latencies[kind], 50), "F2");
            Line($"  {kind} p99 (ms)", m => Percentile(m.Latencies[kind], 99), "F2");
        }
        Line("query CPU mean (ms)", m => m.QueryCpuMs, "F2");
        output.WriteLine($"{"peak memory (MB)",-22}{peak / 1048576.0,20:F0}   (process peak working set after the project run)");
        output.WriteLine($"load average: {LoadAverage()}");
        output.WriteLine();
        var p99 = Percentile(project.All, 99);
        output.WriteLine($"goals (issue 14, for 1,000,000 articles): ≥ 2000 articles/s {Verdict(project.Rate >= 2000)}; p99 < 100 ms {Verdict(p99 < 100)}; " +
                         $"peak < 1.5 GB {Verdict(peak < 1536L << 20)}");
    }

    private static string LoadAverage()
    {
        try
        {
            return string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) + $" on {Environment.ProcessorCount} cores";
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static string Verdict(bool met) => met ? "met" : "MISSED";

    private static double Percentile(IEnumerable<double> values, int percentile)
    {
        var sorted = values.OrderBy(v => v).ToArray();
        if (sorted.Length == 0) return 0;
        var rank = (int)Math.Ceiling(percentile / 100.0 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }

    internal static (IReadOnlyList<ArticleRecord> Records, string Origin) LoadSources(string? recordsFile, CommandContext context)
    {
        if (recordsFile != null)
        {
            if (!File.Exists(recordsFile)) throw new UsageException($"no such records file: {recordsFile}");
            return (RecordJson.ReadAll(recordsFile).ToList(), recordsFile);
        }
        var root = ProjectPaths.FindRoot();
        var corpus = root != null && Directory.Exists(Path.Combine(root, "corpus")) ? Path.Combine(root, "corpus")
            : throw new UsageException("cannot find the project's corpus/ (run from the repository), or give --records FILE.jsonl");
        // The sample the demo runs on (the edition site and the page texts). The held-out sets beside them are
        // evaluation pages picked to be dense in figures and dates, not a picture of an archive; pass them with
        // --records to include them.
        var sample = new[] { "site", "pages" }.Select(d => Path.Combine(corpus, d)).Where(Directory.Exists).ToList();
        if (sample.Count == 0) sample.Add(corpus);
        var records = new RecordExtraction(context.Error).Run(sample).ToList();
        if (records.Count == 0) throw new UsageException($"no articles extracted from {corpus}; give --records FILE.jsonl");
        return (records, string.Join(", ", sample.Select(d => Path.GetRelativePath(root!, d))));
    }
}
