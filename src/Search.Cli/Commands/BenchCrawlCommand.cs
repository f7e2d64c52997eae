using System.Diagnostics;
using System.Globalization;
using Pipeline.Crawler;
using Pipeline.Crawler.Testing;

namespace Pipeline.Cli.Commands;

/// <summary>Crawl rate on loopback with politeness off, beside a reference: plain sequential-free
/// HttpClient GETs of the same URLs with no parsing or archiving, measured in the same run.</summary>
public sealed class BenchCrawlCommand : ICommand
{
    public string Name => "bench crawl";
    public string Summary => "Measure the crawler on loopback (politeness off): documents/s, requests/s and memory, beside raw HttpClient GETs of the same URLs.";
    public string Usage => "bench crawl [--site DIR] [--copies N] [--concurrency N]";
    public IReadOnlyList<string> Examples => new[]
    {
        "pipeline bench crawl",
        "pipeline bench crawl --copies 40 --concurrency 8",
    };
    public IReadOnlyList<OptionSpec> Options => new[]
    {
        new OptionSpec("site", "a Founder-template sample site to replicate", Default: "corpus/site"),
        new OptionSpec("copies", "how many extra dates to make from each sample date", Default: "20"),
        new OptionSpec("concurrency", "requests in flight", Default: "4"),
    };

    public async Task<int> RunAsync(CommandContext context)
    {
        var args = context.Args;
        var site = args.Get("site") ?? FindBundledSite() ?? throw new UsageException("no corpus/site found here; give --site DIR");
        if (!Directory.Exists(Path.Combine(site, "html"))) throw new UsageException($"{site} has no html/ folder of dated pages");
        var copies = args.GetInt("copies", 20);
        var concurrency = args.GetInt("concurrency", 4);
        if (copies < 1 || concurrency < 1) throw new UsageException("--copies and --concurrency must be at least 1");

        var work = Path.Combine(Path.GetTempPath(), "pipeline-bench-crawl-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (from, to) = Replicate(site, Path.Combine(work, "site"), copies);
            await using var server = LocalSiteServer.Start(Path.Combine(work, "site"));
            server.ConditionalRequests = false;
            var options = new CrawlOptions
            {
                Site = server.BaseUri, From = from, To = to, OutputDirectory = Path.Combine(work, "out"),
                Politeness = false, Concurrency = concurrency, Retries = 1,
            };
            GC.Collect();
            var allocatedBefore = GC.GetTotalAllocatedBytes(true);
            var summary = await new EditionCrawler(options).RunAsync();
            var allocated = GC.GetTotalAllocatedBytes(true) - allocatedBefore;
            var peak = Process.GetCurrentProcess().PeakWorkingSet64;
            if (summary.Errors.Count > 0) throw new InvalidOperationException($"the benchmark crawl had errors: {summary.Errors[0]}");

            // Reference: the same documents fetched by a bare HttpClient, same concurrency, nothing else done.
            var urls = server.Requests.Where(r => r.Method == "GET" && r.Status == 200).Select(r => new Uri(server.BaseUri, r.PathAndQuery)).Distinct().ToList();
            using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false });
            var clock = Stopwatch.StartNew();
            await Parallel.ForEachAsync(urls, new ParallelOptions { MaxDegreeOfParallelism = concurrency },
                async (u, token) => await client.GetByteArrayAsync(u, token));
            var referenceRate = urls.Count / clock.Elapsed.TotalSeconds;

            var documents = summary.Pages + summary.ArticlesWritten + summary.DuplicatesSkipped;
            var w = context.Out;
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"crawl (politeness off, concurrency {concurrency}): {summary.Dates} dates, {summary.Pages} pages, {summary.ArticlesWritten} articles, {summary.Requests} requests in {summary.Elapsed.TotalSeconds:0.00}s"));
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {documents / summary.Elapsed.TotalSeconds:0.0} documents/s, {summary.Requests / summary.Elapsed.TotalSeconds:0.0} requests/s (each response fsynced to the archive)"));
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  memory: peak working set {peak / 1048576.0:0} MiB, {allocated / 1048576.0:0} MiB allocated during the crawl"));
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"reference (bare HttpClient GETs of the same {urls.Count} URLs, no parsing or storage): {referenceRate:0.0} requests/s"));
            return 0;
        }
        finally
        {
            try
            {
                Directory.Delete(work, true);
            }
            catch (IOException)
            {
                // A temp folder left behind is harmless.
            }
        }
    }

    /// <summary>Copies the sample's dated folders under later dates, so the crawl has enough to do.</summary>
    private static (DateOnly From, DateOnly To) Replicate(string site, string target, int copies)
    {
        var dates = Directory.GetDirectories(Path.Combine(site, "html")).SelectMany(Directory.GetDirectories)
            .Select(d => (Dir: d, Date: DateOnly.ParseExact($"{Path.GetFileName(Path.GetDirectoryName(d))}-{Path.GetFileName(d)}", "yyyy-MM-dd", CultureInfo.InvariantCulture)))
            .OrderBy(d => d.Date).ToList();
        if (dates.Count == 0) throw new UsageException($"{site}/html has no YYYY-MM/DD folders");
        Directory.CreateDirectory(target);
        if (File.Exists(Path.Combine(site, "robots.txt"))) File.Copy(Path.Combine(site, "robots.txt"), Path.Combine(target, "robots.txt"));
        var from = dates[0].Date;
        var day = from;
        for (var c = 0; c <= copies; c++)
            foreach (var (dir, _) in dates)
            {
                var to = Path.Combine(target, "html", day.ToString("yyyy-MM", CultureInfo.InvariantCulture), day.ToString("dd", CultureInfo.InvariantCulture));
                Directory.CreateDirectory(to);
                foreach (var file in Directory.GetFiles(dir)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
                day = day.AddDays(1);
            }
        return (from, day.AddDays(-1));
    }

    internal static string? FindBundledSite()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Pipeline.sln")) && Directory.Exists(Path.Combine(dir.FullName, "corpus", "site")))
                return Path.Combine(dir.FullName, "corpus", "site");
        return null;
    }
}
