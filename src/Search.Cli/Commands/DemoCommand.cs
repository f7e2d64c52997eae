using System.Diagnostics;
using Pipeline.Crawler;
using Pipeline.Crawler.Testing;
using Pipeline.Extract.Model;
using Pipeline.Extract.Output;
using Pipeline.Index;

namespace Pipeline.Cli.Commands;

/// <summary>The whole job on the bundled sample: crawl the sample edition from a local server,
/// extract records from the crawl and the sample page texts, index them, and search.</summary>
public sealed class DemoCommand : ICommand
{
    public string Name => "demo";
    public string Summary => "Run crawl → extract → index → search on the bundled corpus/ (a local server on 127.0.0.1 serves the sample edition).";
    public string Usage => "demo [--corpus DIR] [--work DIR] [--rate N]";
    public IReadOnlyList<string> Examples => new[]
    {
        "pipeline demo",
        "pipeline demo --work out/demo",
    };
    public IReadOnlyList<OptionSpec> Options => new[]
    {
        new OptionSpec("corpus", "the sample data", Default: "corpus/ of this repository"),
        new OptionSpec("work", "where the crawl archive, records and index go, kept afterwards", Default: "a temporary folder, removed at the end"),
        new OptionSpec("rate", "requests per second to the local server", Default: "20"),
    };

    public async Task<int> RunAsync(CommandContext context)
    {
        var args = context.Args;
        var corpus = ProjectPaths.Corpus(args.Get("corpus"));
        var keep = args.Get("work") != null;
        var work = args.Get("work") ?? Path.Combine(Path.GetTempPath(), "pipeline-demo-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(work);
        try
        {
            return await RunInAsync(context, corpus, work);
        }
        finally
        {
            // A folder of our own making goes when the demo ends; one the user named is theirs to keep.
            if (!keep)
            {
                try
                {
                    Directory.Delete(work, recursive: true);
                    context.Out.WriteLine($"demo: removed the work folder {work} (give --work DIR to keep the crawl, records and index)");
                }
                catch (IOException e)
                {
                    context.Error.WriteLine($"demo: could not remove {work}: {e.Message}");
                }
            }
        }
    }

    private static async Task<int> RunInAsync(CommandContext context, string corpus, string work)
    {
        var args = context.Args;
        var output = context.Out;
        var clock = Stopwatch.StartNew();
        output.WriteLine($"demo: corpus {corpus}, work folder {work}");

        var crawlDir = Path.Combine(work, "crawl");
        var articlesPath = await CrawlAsync(Path.Combine(corpus, "site"), crawlDir, args.GetDouble("rate", 20), output);

        var records = Extract(new[] { articlesPath, Path.Combine(corpus, "pages") }, output, context.Error);
        var recordsPath = Path.Combine(work, "records.jsonl");
        RecordJson.WriteAll(recordsPath, records);
        output.WriteLine($"  records → {recordsPath}");

        var indexDir = Path.Combine(work, "index");
        using (var index = ArticleIndex.Open(indexDir))
        {
            index.Update(records);
        }
        output.WriteLine($"[index] {records.Count} articles indexed → {indexDir}");

        using var searcher = ArticleSearcher.Open(indexDir);
        // A phrase search with facets, then a drill-down into its most frequent zone.
        var first = Search(searcher, new SearchRequest { Query = "\"产业园\"", Limit = 3, Facets = new[] { "zone", "enterprise" } }, output);
        var topZone = first.Facets.TryGetValue("zone", out var zones) && zones.Count > 0 ? zones[0].Value : null;
        Search(searcher, new SearchRequest { Query = "\"产业园\"", Zones = topZone != null ? new[] { topZone } : Array.Empty<string>(), Sort = SearchSort.Date, Limit = 3, Facets = new[] { "year", "month" } }, output);
        var money = searcher.Figures(new FigureQuery { Unit = "元", Sort = FigureSort.Value, Limit = 5 });
        output.WriteLine($"[figures] --unit 元 --sort value: {money.Total} figures");
        foreach (var row in money.Rows)
            output.WriteLine($"  {row.Text,-14} {row.Metric ?? "-",-10} {row.Zone ?? row.Enterprise ?? "-",-12} {row.Title}");
        output.WriteLine($"demo: done in {clock.Elapsed.TotalSeconds:0.0}s");
        // What a user does next is search the index the demo built: say how, with the folder that stays.
        if (args.Get("work") != null)
            output.WriteLine($"next: pipeline search 产业园 --index {indexDir} · pipeline serve --index {indexDir} · " +
                             $"pipeline coverage --index {indexDir} · pipeline figures --index {indexDir} --table");
        return 0;
    }

    private static async Task<string> CrawlAsync(string site, string crawlDir, double rate, TextWriter output)
    {
        await using var server = LocalSiteServer.Start(site);
        var dates = EditionDates(site);
        var options = new CrawlOptions
        {
            Site = server.BaseUri,
            From = dates.First(),
            To = dates.Last(),
            OutputDirectory = crawlDir,
            RequestsPerSecond = rate,
        };
        output.WriteLine($"[crawl] {server.BaseUri} from {options.From:yyyy-MM-dd} to {options.To:yyyy-MM-dd} at {rate} requests/s");
        var crawler = new EditionCrawler(options, line => output.WriteLine("  " + line));
        var summary = await crawler.RunAsync();
        output.WriteLine($"[crawl] {summary}");
        if (!summary.Complete) throw new InvalidOperationException($"the crawl of the sample edition did not complete: {string.Join("; ", summary.Errors.Take(3))}");
        return crawler.ArticlesPath;
    }

    /// <summary>The dates the sample edition has, from its html/YYYY-MM/DD folders.</summary>
    private static List<DateOnly> EditionDates(string site)
    {
        var dates = new List<DateOnly>();
        var html = Path.Combine(site, "html");
        if (Directory.Exists(html))
            foreach (var month in Directory.EnumerateDirectories(html))
            foreach (var day in Directory.EnumerateDirectories(month))
                if (DateOnly.TryParseExact($"{Path.GetFileName(month)}-{Path.GetFileName(day)}", "yyyy-MM-dd", out var d)) dates.Add(d);
        if (dates.Count == 0) throw new UsageException($"no edition dates under {html}");
        dates.Sort();
        return dates;
    }

    private static List<ArticleRecord> Extract(IEnumerable<string> inputs, TextWriter output, TextWriter error)
    {
        var extraction = new RecordExtraction(error);
        var records = extraction.Run(inputs.Where(p => File.Exists(p) || Directory.Exists(p))).ToList();
        output.WriteLine($"[extract] {extraction.Summary.FilesRead} files → {records.Count} articles: " +
                         $"{records.Sum(r => r.Zones.Count)} zones, {records.Sum(r => r.Enterprises.Count)} enterprises, " +
                         $"{records.Sum(r => r.Figures.Count)} figures, {records.Sum(r => r.Dates.Count)} dates");
        return records;
    }

    private static SearchResult Search(ArticleSearcher searcher, SearchRequest request, TextWriter output)
    {
        var result = searcher.Search(request);
        var filter = request.Zones.Count > 0 ? $" --zone {string.Join(",", request.Zones)}" : "";
        output.WriteLine($"[search] {request.Query}{filter}: {result.Total} hits");
        foreach (var hit in result.Hits)
        {
            output.WriteLine($"  {hit.Published} {hit.Title}");
            foreach (var snippet in hit.Snippets.Take(1)) output.WriteLine($"    …{snippet.ToTerminal()}…");
        }
        foreach (var (field, values) in result.Facets)
            output.WriteLine($"  facet {field}: {string.Join("  ", values.Take(5).Select(v => $"{v.Value} ({v.Count})"))}");
        return result;
    }
}
