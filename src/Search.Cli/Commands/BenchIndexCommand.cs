using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
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
                             "query latency and peak memory, against SmartCn and Lucene's StandardAnalyzer in the same run.";
    public string Usage => "bench index [--articles N] [--records FILE.jsonl] [--queries N] [--buffer-mb N] [--source-zones] [--dir DIR] " +
                           "[--analyzers project,smartcn,standard] [--no-reference] [--no-smartcn] [--json FILE] [--keep] [--query-only] " +
                           "[--search-threads N] [--result-cache] [--no-warm] [--kinds term,phrase,…] [--terms A,B,…] [--slowest N] [--alternate bounds|broad-bounds|string-count|kept-matches]";
    public IReadOnlyList<string> Examples => new[]
    {
        "pipeline bench index",
        "pipeline bench index --articles 20000 --records out/records.jsonl --queries 50",
        "pipeline bench index --articles 1000000 --analyzers project --json bench-1000000.json",
    };
    public IReadOnlyList<OptionSpec> Options => new[]
    {
        new OptionSpec("articles", "articles in the generated archive", Default: "100000"),
        new OptionSpec("records", "source records (JSONL from 'pipeline extract'); default: extract corpus/site and corpus/pages of the repository"),
        new OptionSpec("queries", "queries of each kind (term, phrase, filtered, faceted)", Default: "100"),
        new OptionSpec("buffer-mb", "the indexing buffer (IndexWriter's RAM buffer) in MB", Default: "ArticleIndex's default"),
        new OptionSpec("dir", "where to build the indexes", Default: "a temporary folder"),
        new OptionSpec("source-zones", "keep the source records' own zones instead of drawing each article's zones from the gazetteer", TakesValue: false),
        new OptionSpec("analyzers", "which analyzers index the archive, in this order: project, smartcn, standard (the references " +
                                    "cost as much again each; at large sizes run the project's alone)", Default: "project,smartcn,standard"),
        new OptionSpec("query-only", "query the indexes an earlier run left in --dir (with --keep) instead of indexing again: " +
                                     "the query figures of new search code on a large archive, without its hour of indexing", TakesValue: false),
        new OptionSpec("search-threads", "segments a search runs at once (ArticleSearcher.SearchThreads)", Default: "ArticleSearcher's default"),
        new OptionSpec("terms", "instead of the mix, these strings (comma-separated), each searched as a term and as a term with every facet, " +
                                "--queries times each after as many warm-up searches: the cost of given strings (the near-universal ones that make the p99)"),
        new OptionSpec("kinds", "only these query kinds: term, phrase, filtered, faceted, figures, coverage (to profile one class)", Default: "all"),
        new OptionSpec("result-cache", "answer repeated broad searches from the searcher's kept results, as serve does (ArticleSearcher.CacheBroadResults); without it every query is decided on the index, the cost of a search asked the first time", TakesValue: false),
        new OptionSpec("no-warm", "open the searcher without warming it (ArticleSearcher.Warm, as serve does on open): each segment's sets and ordinals " +
                                  "are then read by the first searches that touch it, inside the warm-up's or the measured queries' times", TakesValue: false),
        new OptionSpec("slowest", "print the N slowest queries of each kind (CPU ms, wall ms, matches, the query): which queries make the p99", Default: "0"),
        new OptionSpec("alternate", "run each measured search twice in one process, with a ranking switch on and off " +
                                    "(bounds: ArticleSearcher.RankWithBounds; broad-bounds: ArticleSearcher.BoundBroadTerms; string-count: " +
                                    "ArticleSearcher.RankStringsByCount, a term of several words ranked by the string's count or by its words; kept-matches: " +
                                    "ArticleSearcher.KeepBroadMatches, broad strings' matches kept per segment), the order " +
                                    "swapped every other search, and print both CPU times per kind and their ratio: a change measured " +
                                    "against the same load; the report's figures are the switch on"),
        new OptionSpec("json", "also write the measurements to FILE as JSON (for tools/growth-chart.py)"),
        new OptionSpec("no-reference", "skip the StandardAnalyzer reference run", TakesValue: false),
        new OptionSpec("no-smartcn", "skip the SmartCn run", TakesValue: false),
        new OptionSpec("keep", "keep the indexes afterwards", TakesValue: false),
        ProgressReporter.Option,
    };

    /// <summary>The articles of the archive the query mix draws its terms and phrases from.</summary>
    private const int QuerySourceArticles = 5000;

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
        var kinds = args.Has("kinds") ? args.GetList("kinds").ToHashSet(StringComparer.Ordinal) : null;
        // Queries are drawn from the archive's own first articles: their titles are the archive's, not the sources'.
        var drawnFrom = generator.Generate(Math.Min(articles, QuerySourceArticles)).ToList();
        var strings = args.Has("terms") ? args.GetList("terms").ToList() : null;
        var mix = strings != null ? OfStrings(strings, perKind) : OfKinds(QueryMix.CreateFull(drawnFrom, perKind, zones: generator.ZoneNames), kinds);
        // As many warm-up queries (of another seed) as measured ones: the JIT's tiered compilation settles on its
        // optimised code only after a method has run a few dozen times, and latency is measured in steady state.
        var warmup = strings != null ? mix : OfKinds(QueryMix.CreateFull(drawnFrom, perKind, seed: 99, zones: generator.ZoneNames), kinds);
        var searchThreads = args.Has("search-threads") ? args.GetInt("search-threads", 1) : (int?)null;
        if (searchThreads < 1) throw new UsageException("--search-threads must be at least 1");
        if (args.Get("json") is { } jsonPath && Path.GetDirectoryName(Path.GetFullPath(jsonPath)) is { } jsonDir && !Directory.Exists(jsonDir))
            throw new UsageException($"--json: no such folder: {jsonDir}");
        var slowest = args.GetInt("slowest", 0);
        if (slowest < 0) throw new UsageException("--slowest must not be negative");
        var alternate = args.Get("alternate");
        if (alternate != null && !AlternateSwitches.ContainsKey(alternate))
            throw new UsageException($"--alternate: '{alternate}' is not a switch (known: {string.Join(", ", AlternateSwitches.Keys)})");
        var queryOnly = args.Has("query-only");
        if (queryOnly && args.Get("dir") == null) throw new UsageException("--query-only needs --dir: the folder an earlier run kept its indexes in");
        var root = args.Get("dir") ?? Path.Combine(Path.GetTempPath(), "pipeline-bench-index-" + Environment.ProcessId);
        var output = context.Out;
        output.WriteLine($"bench index: {articles} articles recombined from {generator.Sources.Count} records ({origin}), " +
                         $"zones drawn from {generator.ZoneNames.Count}; " +
                         $"{mix.Count} queries; {Environment.ProcessorCount} cores");
        var chosen = ChosenAnalyzers(args);
        var runs = new List<Measurement>();
        try
        {
            foreach (var (key, name, create) in chosen)
                runs.Add(Run(name, Path.Combine(root, key), create(), bufferMb, generator, articles, mix, warmup, context, queryOnly, searchThreads, slowest,
                    args.Has("result-cache"), alternate, warm: !args.Has("no-warm")));
            Report(output, runs);
            if (args.Get("json") is { } json) WriteJson(json, articles, generator.Sources.Count, origin, bufferMb, runs);
        }
        finally
        {
            if (!args.Has("keep") && !queryOnly && Directory.Exists(root)) Directory.Delete(root, recursive: true);
            else if (args.Has("keep")) output.WriteLine($"indexes kept in {root}");
        }
        return Task.FromResult(0);
    }

    /// <summary><paramref name="CpuSeconds"/> and <paramref name="QueryCpuMs"/> are process CPU time: on a machine
    /// shared with other work they say what the code costs when wall-clock figures are inflated by waiting.</summary>
    private sealed record Measurement(string Name, int Articles, double Seconds, double CpuSeconds, long Bytes,
        Dictionary<string, List<double>> Latencies, double QueryCpuMs, long PeakBytes, string LoadAverage)
    {
        /// <summary>Peak of the process's private (anonymous) resident memory while indexing and while querying: the
        /// working-set peak also counts the index files the searcher maps, which are page cache, not the process's own.</summary>
        public long IndexingAnonymousPeak { get; init; }
        /// <summary>Per kind, each query's CPU time on the searching thread (empty where the platform cannot say).</summary>
        public Dictionary<string, List<double>> CpuLatencies { get; init; } = new();
        public IEnumerable<double> AllCpu => CpuLatencies.Values.SelectMany(v => v);
        public long QueryAnonymousPeak { get; init; }
        /// <summary>Per kind, the searches whose top hits were found among their candidates alone (ArticleSearcher.CandidateSearches).</summary>
        public Dictionary<string, int> CandidateRanked { get; init; } = new();
        /// <summary>Per kind, the searches that scored only the matches whose bound could reach their top hits (ArticleSearcher.BoundedSearches).</summary>
        public Dictionary<string, int> BoundRanked { get; init; } = new();
        /// <summary>Segments a search ran at once.</summary>
        public int SearchThreads { get; init; } = 1;
        /// <summary>Opening the searcher, warming included when <see cref="Warmed"/>: wall and CPU milliseconds, reported apart
        /// from the queries'.</summary>
        public double OpenMs { get; init; }
        public double OpenCpuMs { get; init; }
        public bool Warmed { get; init; }
        /// <summary>The warm-up queries' CPU milliseconds, all and the slowest (what a cold searcher's first searches pay).</summary>
        public double WarmupCpuMs { get; init; }
        public double WarmupSlowestCpuMs { get; init; }
        /// <summary>Garbage collections during the measured queries (generation 2 of them) and their pause time.</summary>
        public int Collections { get; init; }
        public int FullCollections { get; init; }
        public double GcPauseMs { get; init; }

        public double Rate => Articles / Seconds;
        public double CpuRate => Articles / CpuSeconds;
        public IEnumerable<double> All => Latencies.Values.SelectMany(v => v);
    }

    private static Measurement Run(string name, string path, Analyzer? analyzer, double bufferMb, ArchiveGenerator generator, int articles,
        IReadOnlyList<BenchQuery> mix, IReadOnlyList<BenchQuery> warmup, CommandContext context, bool queryOnly, int? searchThreads, int slowest,
        bool resultCache, string? alternate = null, bool warm = true)
    {
        var process = Process.GetCurrentProcess();
        using var memory = new AnonymousMemoryPeak();
        var (seconds, cpuSeconds) = queryOnly ? CheckKept(path, name, articles, analyzer) : Index(path, name, analyzer, bufferMb, generator, articles, context);
        var bytes = new DirectoryInfo(path).EnumerateFiles().Sum(f => f.Length);
        var indexingPeak = queryOnly ? 0 : memory.Peak;
        memory.Restart();

        context.Error.WriteLine($"bench index: querying the {name} index…");
        var latencies = new Dictionary<string, List<double>>();
        var cpu = TimeSpan.Zero;
        // Each query's CPU time as well: on a shared machine the wall time includes waiting for a core. The process's CPU
        // time, not the calling thread's: a search runs its segments on every core.
        var cpuLatencies = new Dictionary<string, List<double>>();
        var usedThreads = 1;
        var candidateRanked = new Dictionary<string, int>();
        var boundRanked = new Dictionary<string, int>();
        var timed = new List<(BenchQuery Query, double CpuMs, double WallMs, int Matches, GcDuring Gc)>();
        var switchedOff = new Dictionary<string, List<double>>();
        var setSwitch = alternate != null ? AlternateSwitches[alternate] : null;
        (long Counted, long Scored) boundedMatches;
        double openMs, openCpuMs, warmupCpuMs = 0, warmupSlowest = 0;
        GcDuring measuredGc;
        var openCpu = ProcessCpu.Milliseconds();
        var openStart = Stopwatch.GetTimestamp();
        using (var searcher = ArticleSearcher.Open(path, analyzer))
        {
            var warmed = warm ? searcher.Warm() : null;
            openMs = Stopwatch.GetElapsedTime(openStart).TotalMilliseconds;
            openCpuMs = ProcessCpu.Milliseconds() - openCpu;
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bench index: {name}: open {openMs:F0} ms (CPU {openCpuMs:F0} ms), ") +
                (warmed != null ? $"warmed: {warmed.Segments} segments, {warmed.MatchSetStrings} match-set strings read" : "not warmed"));
            if (searchThreads is { } threads) searcher.SearchThreads = threads;
            // Latency is the cost of deciding a search unless asked: the warm-up's terms recur in the mix.
            searcher.CacheBroadResults = resultCache;
            usedThreads = searcher.SearchThreads;
            foreach (var query in warmup)
            {
                var before = ProcessCpu.Milliseconds();
                query.Run(searcher);
                var spent = ProcessCpu.Milliseconds() - before;
                warmupCpuMs += spent;
                warmupSlowest = Math.Max(warmupSlowest, spent);
            }
            var gcBefore = GcDuring.Now();
            process.Refresh();
            cpu = process.TotalProcessorTime;
            var boundedBefore = searcher.BoundedMatches;
            var position = 0;
            foreach (var query in mix)
            {
                var kind = query.Kind;
                // The switch off before or after it on, in turn: neither side always runs on the other's warm caches.
                var offFirst = setSwitch != null && position++ % 2 == 1;
                if (offFirst) ListOf(switchedOff, kind).Add(RunSwitchedOff(searcher, query, setSwitch!));
                var gc = GcDuring.Now();
                var processCpu = ProcessCpu.Milliseconds();
                var candidateSearches = searcher.CandidateSearches;
                var boundedSearches = searcher.BoundedSearches;
                var start = Stopwatch.GetTimestamp();
                var matches = query.Run(searcher);
                var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                if (!latencies.TryGetValue(kind, out var list)) latencies[kind] = list = new List<double>();
                list.Add(ms);
                if (!cpuLatencies.TryGetValue(kind, out var cpuList)) cpuLatencies[kind] = cpuList = new List<double>();
                var cpuMs = ProcessCpu.Milliseconds() - processCpu;
                cpuList.Add(cpuMs);
                timed.Add((query, cpuMs, ms, matches, GcDuring.Now() - gc));
                candidateRanked[kind] = candidateRanked.GetValueOrDefault(kind) + searcher.CandidateSearches - candidateSearches;
                boundRanked[kind] = boundRanked.GetValueOrDefault(kind) + searcher.BoundedSearches - boundedSearches;
                if (setSwitch != null && !offFirst) ListOf(switchedOff, kind).Add(RunSwitchedOff(searcher, query, setSwitch));
            }
            measuredGc = GcDuring.Now() - gcBefore;
            boundedMatches = (searcher.BoundedMatches.Counted - boundedBefore.Counted, searcher.BoundedMatches.Scored - boundedBefore.Scored);
            if (alternate != null) ReportAlternated(context.Error, alternate, cpuLatencies, switchedOff);
            if (resultCache) context.Error.WriteLine($"bench index: searches answered from kept results (warm-up included): {searcher.CachedSearches}");
        }
        process.Refresh();
        var queryCpuMs = (process.TotalProcessorTime - cpu).TotalMilliseconds / mix.Count;
        process.Refresh();
        // The process's peak so far: for the first run its own, for later runs at least the earlier runs' peak.
        var measurement = new Measurement(name, articles, seconds, cpuSeconds, bytes, latencies, queryCpuMs, process.PeakWorkingSet64, LoadAverage())
        {
            CpuLatencies = cpuLatencies,
            CandidateRanked = candidateRanked,
            BoundRanked = boundRanked,
            SearchThreads = usedThreads,
            IndexingAnonymousPeak = indexingPeak,
            QueryAnonymousPeak = memory.Peak,
            OpenMs = openMs,
            OpenCpuMs = openCpuMs,
            Warmed = warm,
            WarmupCpuMs = warmupCpuMs,
            WarmupSlowestCpuMs = warmupSlowest,
            Collections = measuredGc.Collections,
            FullCollections = measuredGc.Full,
            GcPauseMs = measuredGc.PauseMs,
        };
        // Each run's figures as soon as it ends: on a busy machine a long run may be stopped before the table.
        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"bench index: {name}: {measurement.Rate:F0} articles/s ({measurement.CpuRate:F0} per CPU-second), {bytes / 1048576.0:F1} MB, query p50 {Percentile(measurement.All, 50):F2} ms, p99 {Percentile(measurement.All, 99):F2} ms, peak {process.PeakWorkingSet64 / 1048576.0:F0} MB (private: indexing {indexingPeak / 1048576.0:F0} MB, querying {measurement.QueryAnonymousPeak / 1048576.0:F0} MB)"));
        context.Error.WriteLine("bench index: searches ranked from their candidates alone: " +
            string.Join(", ", latencies.Keys.Select(k => $"{k} {candidateRanked.GetValueOrDefault(k)}/{latencies[k].Count}")));
        context.Error.WriteLine("bench index: searches that scored only the matches whose bound could reach the top hits: " +
            string.Join(", ", latencies.Keys.Select(k => $"{k} {boundRanked.GetValueOrDefault(k)}/{latencies[k].Count}")) +
            $"; they scored {boundedMatches.Scored} of their {boundedMatches.Counted} matches");
        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"bench index: warm-up queries: CPU {warmupCpuMs:F0} ms, the slowest {warmupSlowest:F1} ms; measured queries: {measuredGc.Collections} collections " +
            $"({measuredGc.Full} of generation 2), {measuredGc.PauseMs:F1} ms paused"));
        foreach (var kind in timed.GroupBy(t => t.Query.Kind))
            foreach (var (query, cpuMs, wallMs, matches, gc) in kind.OrderByDescending(t => t.CpuMs).Take(slowest))
                context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"bench index: slowest {kind.Key}: CPU {cpuMs:F1} ms, wall {wallMs:F1} ms, {matches} matches{gc.During()}: {query}"));
        return measurement;
    }

    private static (double Seconds, double CpuSeconds) Index(string path, string name, Analyzer? analyzer, double bufferMb,
        ArchiveGenerator generator, int articles, CommandContext context)
    {
        if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        context.Error.WriteLine($"bench index: indexing with the {name}…");
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var generated = 0L;
        ArticleIndex index;
        using (ProgressReporter.Start(context, $"bench index ({name})", "articles", () => new ProgressState(0, generated, 0, articles)))
        using (index = ArticleIndex.Open(path, analyzer, bufferMb))
        {
            index.CommitEvery = int.MaxValue;
            // Generated one by one as the writer takes them: the archive is never held in memory.
            index.Update(generator.Generate(articles).Select(a =>
            {
                generated++;
                return a;
            }));
        }
        process.Refresh();
        var (seconds, cpuSeconds) = (clock.Elapsed.TotalSeconds, (process.TotalProcessorTime - cpu).TotalSeconds);
        var (setSeconds, setCpuSeconds) = index.MatchSetsTime;
        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"bench index: {name}: the match sets took {setSeconds:F1} s, {setCpuSeconds:F1} CPU-s of the indexing's {cpuSeconds:F1}"));
        return (seconds, cpuSeconds);
    }

    /// <summary>Each of <paramref name="strings"/> as a term ("term") and as a term with every facet ("faceted"), in turn,
    /// <paramref name="times"/> times over.</summary>
    private static IReadOnlyList<BenchQuery> OfStrings(IReadOnlyList<string> strings, int times) =>
        Enumerable.Range(0, times).SelectMany(_ => strings).SelectMany(s => new[]
        {
            new BenchQuery("term", new SearchRequest { Query = s }, null),
            new BenchQuery("faceted", new SearchRequest { Query = s, Facets = ArticleSearcher.FacetFields }, null),
        }).ToList();

    /// <summary>The ranking switches --alternate turns off and on again (the matches are the same either way; string-count
    /// ranks a term of several words by another score, so its order may differ).</summary>
    private static readonly Dictionary<string, Action<ArticleSearcher, bool>> AlternateSwitches = new(StringComparer.Ordinal)
    {
        ["bounds"] = (searcher, on) => searcher.RankWithBounds = on,
        ["broad-bounds"] = (searcher, on) => searcher.BoundBroadTerms = on,
        ["string-count"] = (searcher, on) => searcher.RankStringsByCount = on,
        ["kept-matches"] = (searcher, on) => searcher.KeepBroadMatches = on,
    };

    private static List<double> ListOf(Dictionary<string, List<double>> lists, string kind) =>
        lists.TryGetValue(kind, out var list) ? list : lists[kind] = new List<double>();

    /// <summary>The CPU milliseconds of <paramref name="query"/> with the switch off (and on again after).</summary>
    private static double RunSwitchedOff(ArticleSearcher searcher, BenchQuery query, Action<ArticleSearcher, bool> setSwitch)
    {
        setSwitch(searcher, false);
        try
        {
            var start = ProcessCpu.Milliseconds();
            query.Run(searcher);
            return ProcessCpu.Milliseconds() - start;
        }
        finally
        {
            setSwitch(searcher, true);
        }
    }

    private static void ReportAlternated(TextWriter output, string name, Dictionary<string, List<double>> on, Dictionary<string, List<double>> off)
    {
        output.WriteLine($"bench index: alternated {name} (CPU ms, mean · p50 · p90 · p99):");
        foreach (var (kind, onMs) in on)
        {
            var offMs = off[kind];
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"bench index:   {kind}: on {onMs.Average():F2} · {Percentile(onMs, 50):F2} · {Percentile(onMs, 90):F2} · {Percentile(onMs, 99):F2}; " +
                $"off {offMs.Average():F2} · {Percentile(offMs, 50):F2} · {Percentile(offMs, 90):F2} · {Percentile(offMs, 99):F2}; " +
                $"on/off mean {onMs.Average() / offMs.Average():F2}, p99 {Percentile(onMs, 99) / Percentile(offMs, 99):F2}"));
        }
    }

    /// <summary>The queries of the kinds asked for (all when <paramref name="kinds"/> is null).</summary>
    private static IReadOnlyList<BenchQuery> OfKinds(IReadOnlyList<BenchQuery> mix, ISet<string>? kinds)
    {
        if (kinds == null) return mix;
        var chosen = mix.Where(q => kinds.Contains(q.Kind)).ToList();
        if (chosen.Count == 0)
            throw new UsageException($"--kinds: none of '{string.Join(",", kinds)}' is a query kind (known: {string.Join(", ", mix.Select(q => q.Kind).Distinct())})");
        return chosen;
    }

    /// <summary>--query-only: the kept index must hold the archive this run would have written.</summary>
    private static (double Seconds, double CpuSeconds) CheckKept(string path, string name, int articles, Analyzer? analyzer)
    {
        if (!ArticleIndex.Exists(path)) throw new UsageException($"--query-only: no kept {name} index at {path}");
        using var searcher = ArticleSearcher.Open(path, analyzer);
        if (searcher.ArticleCount != articles)
            throw new UsageException($"--query-only: the index at {path} holds {searcher.ArticleCount} articles, not {articles}");
        return (double.NaN, double.NaN);
    }

    /// <summary>The analyzers to run, in the order given: --analyzers, less those --no-smartcn and --no-reference drop.</summary>
    private static List<(string Key, string Name, Func<Analyzer?> Create)> ChosenAnalyzers(ParsedArgs args)
    {
        var known = new Dictionary<string, (string Name, Func<Analyzer?> Create)>(StringComparer.OrdinalIgnoreCase)
        {
            ["project"] = ("project analyzer", () => null),
            ["smartcn"] = ("SmartCn", () => new SmartChineseAnalyzer(LuceneVersion.LUCENE_48)),
            ["standard"] = ("StandardAnalyzer", () => new StandardAnalyzer(LuceneVersion.LUCENE_48)),
        };
        var keys = args.Has("analyzers") ? args.GetList("analyzers") : new[] { "project", "smartcn", "standard" };
        var chosen = new List<(string, string, Func<Analyzer?>)>();
        foreach (var key in keys.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (!known.TryGetValue(key, out var analyzer))
                throw new UsageException($"--analyzers: unknown analyzer '{key}' (known: {string.Join(", ", known.Keys)})");
            if (key.Equals("smartcn", StringComparison.OrdinalIgnoreCase) && args.Has("no-smartcn")) continue;
            if (key.Equals("standard", StringComparison.OrdinalIgnoreCase) && args.Has("no-reference")) continue;
            chosen.Add((key.ToLowerInvariant(), analyzer.Name, analyzer.Create));
        }
        if (chosen.Count == 0) throw new UsageException("no analyzer left to run");
        return chosen;
    }

    private static void Report(TextWriter output, IReadOnlyList<Measurement> runs)
    {
        output.WriteLine();
        var project = runs[0];
        var others = runs.Skip(1).ToList();
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
        Line(project.Warmed ? "open, warmed (ms)" : "open, not warmed (ms)", m => m.OpenMs, "F0");
        Line("  open CPU (ms)", m => m.OpenCpuMs, "F0");
        Line("query p50 (ms)", m => Percentile(m.All, 50), "F2");
        Line("query p99 (ms)", m => Percentile(m.All, 99), "F2");
        foreach (var kind in project.Latencies.Keys)
        {
            Line($"  {kind} p50 (ms)", m => Percentile(m.Latencies[kind], 50), "F2");
            Line($"  {kind} p99 (ms)", m => Percentile(m.Latencies[kind], 99), "F2");
        }
        Line("query CPU mean (ms)", m => m.QueryCpuMs, "F2");
        Line("query CPU p50 (ms)", m => Percentile(m.AllCpu, 50), "F2");
        Line("query CPU p99 (ms)", m => Percentile(m.AllCpu, 99), "F2");
        foreach (var kind in project.CpuLatencies.Keys)
            Line($"  {kind} CPU p99 (ms)", m => m.CpuLatencies.TryGetValue(kind, out var v) ? Percentile(v, 99) : 0, "F2");
        output.WriteLine($"{"peak memory (MB)",-22}{project.PeakBytes / 1048576.0,20:F0}   (process peak working set after the {project.Name} run, mapped index files included)");
        output.WriteLine($"{"  private, indexing",-22}{project.IndexingAnonymousPeak / 1048576.0,20:F0}");
        output.WriteLine($"{"  private, querying",-22}{project.QueryAnonymousPeak / 1048576.0,20:F0}");
        output.WriteLine($"load average: {LoadAverage()}");
        output.WriteLine();
        var p99 = Percentile(project.All, 99);
        output.WriteLine($"goals (issue 14, for 1,000,000 articles): ≥ 2000 articles/s {(double.IsFinite(project.Rate) ? Verdict(project.Rate >= 2000) : "not indexed in this run")}; p99 < 100 ms {Verdict(p99 < 100)}; " +
                         $"peak < 1.5 GB {Verdict(project.PeakBytes < 1536L << 20)}   ({project.Name})");
    }

    /// <summary>The measurements as JSON: one file per size is what tools/growth-chart.py reads to draw the growth curve.</summary>
    private static void WriteJson(string path, int articles, int records, string origin, int bufferMb, IReadOnlyList<Measurement> runs)
    {
        var document = new
        {
            articles,
            records,
            origin,
            bufferMb,
            cores = Environment.ProcessorCount,
            finished = DateTime.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            runs = runs.Select(m => new
            {
                analyzer = m.Name,
                // null when --query-only reused a kept index
                indexSeconds = Finite(m.Seconds, 2),
                indexCpuSeconds = Finite(m.CpuSeconds, 2),
                articlesPerSecond = Finite(m.Rate, 1),
                articlesPerCpuSecond = Finite(m.CpuRate, 1),
                indexBytes = m.Bytes,
                peakWorkingSetBytes = m.PeakBytes,
                indexingPrivatePeakBytes = m.IndexingAnonymousPeak,
                queryPrivatePeakBytes = m.QueryAnonymousPeak,
                searchThreads = m.SearchThreads,
                // Opening the searcher (warming included when warmed), apart from the queries.
                openMs = Math.Round(m.OpenMs, 3),
                openCpuMs = Math.Round(m.OpenCpuMs, 3),
                warmed = m.Warmed,
                warmupCpuMs = Math.Round(m.WarmupCpuMs, 3),
                warmupSlowestCpuMs = Math.Round(m.WarmupSlowestCpuMs, 3),
                gcCollections = m.Collections,
                gcFullCollections = m.FullCollections,
                gcPauseMs = Math.Round(m.GcPauseMs, 3),
                queryCpuMeanMs = Math.Round(m.QueryCpuMs, 3),
                p50Ms = Math.Round(Percentile(m.All, 50), 3),
                p99Ms = Math.Round(Percentile(m.All, 99), 3),
                cpuP50Ms = Math.Round(Percentile(m.AllCpu, 50), 3),
                cpuP99Ms = Math.Round(Percentile(m.AllCpu, 99), 3),
                kinds = m.Latencies.ToDictionary(k => k.Key, k => new
                {
                    queries = k.Value.Count,
                    p50Ms = Math.Round(Percentile(k.Value, 50), 3),
                    p99Ms = Math.Round(Percentile(k.Value, 99), 3),
                    maxMs = Math.Round(k.Value.Max(), 3),
                    cpuP50Ms = m.CpuLatencies.TryGetValue(k.Key, out var cpu) ? Math.Round(Percentile(cpu, 50), 3) : 0,
                    cpuP99Ms = m.CpuLatencies.TryGetValue(k.Key, out var cpu99) ? Math.Round(Percentile(cpu99, 99), 3) : 0,
                    rankedFromCandidates = m.CandidateRanked.GetValueOrDefault(k.Key),
                    rankedWithBounds = m.BoundRanked.GetValueOrDefault(k.Key),
                }),
                loadAverage = m.LoadAverage,
            }),
        };
        File.WriteAllText(path, Newtonsoft.Json.JsonConvert.SerializeObject(document, Newtonsoft.Json.Formatting.Indented) + "\n");
    }

    /// <summary>Samples the process's anonymous resident memory (RssAnon in /proc/self/status; elsewhere the private
    /// bytes) five times a second and keeps the largest.</summary>
    private sealed class AnonymousMemoryPeak : IDisposable
    {
        private readonly Timer _timer;
        private long _peak;

        public AnonymousMemoryPeak() => _timer = new Timer(_ => Sample(), null, 0, 200);

        public long Peak
        {
            get
            {
                Sample();
                return Interlocked.Read(ref _peak);
            }
        }

        public void Restart() => Interlocked.Exchange(ref _peak, 0);

        private void Sample()
        {
            var now = Current();
            long seen;
            while (now > (seen = Interlocked.Read(ref _peak)) && Interlocked.CompareExchange(ref _peak, now, seen) != seen) { }
        }

        private static long Current()
        {
            try
            {
                foreach (var line in File.ReadLines("/proc/self/status"))
                    if (line.StartsWith("RssAnon:", StringComparison.Ordinal))
                        return long.Parse(line["RssAnon:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
            using var process = Process.GetCurrentProcess();
            return process.PrivateMemorySize64;
        }

        public void Dispose() => _timer.Dispose();
    }

    /// <summary>The process's garbage collections so far (generation 2 of them) and their pause time; the difference of two
    /// is what happened between them: a slow query whose CPU went to a collection is not slow search code.</summary>
    private readonly record struct GcDuring(int Collections, int Full, double PauseMs)
    {
        public static GcDuring Now() => new(GC.CollectionCount(0), GC.CollectionCount(2), GC.GetTotalPauseDuration().TotalMilliseconds);

        public static GcDuring operator -(GcDuring after, GcDuring before) =>
            new(after.Collections - before.Collections, after.Full - before.Full, after.PauseMs - before.PauseMs);

        /// <summary>", 2 collections (1 of generation 2) 35.1 ms paused" when any ran; empty otherwise.</summary>
        public string During() => Collections == 0 ? "" : string.Create(CultureInfo.InvariantCulture,
            $", {Collections} collections ({Full} of generation 2) {PauseMs:F1} ms paused");
    }

    private static double? Finite(double value, int digits) => double.IsFinite(value) ? Math.Round(value, digits) : null;

    /// <summary>The process's CPU time, all threads (CLOCK_PROCESS_CPUTIME_ID on Linux, precise to the nanosecond where
    /// Process.TotalProcessorTime has clock ticks; 0 elsewhere, where the figures are left out). Measured around one
    /// query at a time, it is that query's CPU on every core, plus whatever the runtime's own threads did meanwhile.</summary>
    private static class ProcessCpu
    {
        [StructLayout(LayoutKind.Sequential)]
        private struct TimeSpec
        {
            public long Seconds;
            public long Nanoseconds;
        }

        [DllImport("libc", EntryPoint = "clock_gettime")]
        private static extern int ClockGetTime(int clock, out TimeSpec time);

        private const int ProcessCpuClock = 2;
        private static bool s_unavailable = !OperatingSystem.IsLinux();

        public static double Milliseconds()
        {
            if (s_unavailable) return 0;
            try
            {
                return ClockGetTime(ProcessCpuClock, out var t) == 0 ? t.Seconds * 1e3 + t.Nanoseconds / 1e6 : 0;
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                s_unavailable = true;
                return 0;
            }
        }
    }

    internal static string LoadAverage()
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

    /// <summary>The development sets beside the sample (pages picked dense in figures and dates). Named one by one: the
    /// measuring sets next to them (heldout6, heldout7) are never read.</summary>
    private static readonly string[] DevelopmentSets =
        { "heldout/pages", "heldout2/pages", "heldout3/pages", "heldout4/pages", "heldout5/pages" };

    /// <param name="withDevelopmentSets">Also extract the development sets: more companies and zones to draw queries from.</param>
    internal static (IReadOnlyList<ArticleRecord> Records, string Origin) LoadSources(string? recordsFile, CommandContext context,
        bool withDevelopmentSets = false)
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
        var sample = new[] { "site", "pages" }.Concat(withDevelopmentSets ? DevelopmentSets : Array.Empty<string>())
            .Select(d => Path.Combine(corpus, d)).Where(Directory.Exists).ToList();
        if (sample.Count == 0) sample.Add(corpus);
        var records = new RecordExtraction(context.Error).Run(sample).ToList();
        if (records.Count == 0) throw new UsageException($"no articles extracted from {corpus}; give --records FILE.jsonl");
        return (records, string.Join(", ", sample.Select(d => Path.GetRelativePath(root!, d))));
    }
}
