using System.Diagnostics;
using System.Text;
using Pipeline.Crawler.Testing;

namespace Pipeline.Crawler.Tests;

/// <summary>The sample site behind a server that misbehaves in every way the crawler must survive.</summary>
public class FaultyServerTests
{
    private const string Day = "/html/2023-03/15/";

    [Fact]
    public async Task SurvivesErrorsThrottlingSlownessTruncationRedirectsAndRobots()
    {
        await using var server = LocalSiteServer.Start(Repo.Site);
        server.AddFault(new Fault { Path = Day + "content_1501.htm", Kind = FaultKind.ServerError, Times = 2 });
        server.AddFault(new Fault { Path = Day + "content_1502.htm", Kind = FaultKind.TooManyRequests, RetryAfterSeconds = 1 });
        server.AddFault(new Fault { Path = Day + "content_1503.htm", Kind = FaultKind.Slow, Delay = TimeSpan.FromSeconds(3) });
        server.AddFault(new Fault { Path = Day + "content_1504.htm", Kind = FaultKind.Truncate });
        server.AddFault(new Fault { Path = Day + "node_3.htm", Kind = FaultKind.ServerError, Times = 1 });
        // A loop: 1505 → 1505b → 1505, for ever.
        server.AddFault(new Fault { Path = Day + "content_1505.htm", Kind = FaultKind.Redirect, Location = Day + "content_1505b.htm", Times = int.MaxValue });
        server.AddFault(new Fault { Path = Day + "content_1505b.htm", Kind = FaultKind.Redirect, Location = Day + "content_1505.htm", Times = int.MaxValue });
        // Off the site: refused.
        server.AddFault(new Fault { Path = Day + "content_1508.htm", Kind = FaultKind.Redirect, Location = $"http://localhost:{server.BaseUri.Port}{Day}content_1508.htm", Times = int.MaxValue });
        // Within the site: followed (to a view variant that is the same document).
        server.AddFault(new Fault { Path = Day + "content_1507.htm", Kind = FaultKind.Redirect, Location = Day + "content_1507.htm?div=-1" });
        server.Override("/robots.txt", "User-agent: *\nDisallow: /html/2023-03/15/content_1506.htm\n");

        using var dir = new TempDir();
        var options = Crawl.Fast(server.BaseUri, "2023-03-15", "2023-03-15", dir.Path);
        var fast = new CrawlOptions
        {
            Site = options.Site, From = options.From, To = options.To, OutputDirectory = options.OutputDirectory,
            Politeness = false, BackoffBase = TimeSpan.FromMilliseconds(10), Timeout = TimeSpan.FromSeconds(1.5), Retries = 3,
        };
        var log = new List<string>();
        var summary = await new EditionCrawler(fast, line => { lock (log) log.Add(line); }).RunAsync();

        var trace = string.Join("\n", log);
        Assert.Equal(Crawl.Contents(1501, 1502, 1503, 1504, 1507), Crawl.ArticleNames(dir.Path));
        Assert.False(summary.Complete);
        Assert.True(summary.Errors.Count == 2, trace);
        Assert.Contains(summary.Errors, e => e.Contains("redirect loop", StringComparison.Ordinal));
        Assert.Contains(summary.Errors, e => e.Contains("off the site", StringComparison.Ordinal));
        Assert.Equal(1, summary.RobotsDisallowed);
        Assert.DoesNotContain(server.Requests, r => r.PathAndQuery.Contains("content_1506", StringComparison.Ordinal));
        // 2 × 500 on 1501, 429 on 1502, timeout on 1503, truncation of 1504, 500 on node_3 (and, on a
        // loaded machine, perhaps a timeout more).
        Assert.True(summary.Retries >= 6, trace);
        foreach (var retried in new[] { "content_1501", "content_1502", "content_1503", "content_1504", "node_3" })
            Assert.Contains(log, l => l.StartsWith("retry", StringComparison.Ordinal) && l.Contains(retried, StringComparison.Ordinal));
        // The 429 asked for a second's pause: the next attempt at 1502 came no sooner.
        var attempts = server.Requests.Where(r => r.PathAndQuery == Day + "content_1502.htm").Select(r => r.ReceivedUtc).Order().ToList();
        Assert.True(attempts[1] - attempts[0] >= TimeSpan.FromSeconds(0.95), $"retried after {(attempts[1] - attempts[0]).TotalSeconds:0.00}s");

        // Once the server behaves, a re-run adds exactly the missing articles and refetches nothing stored.
        var rerunStart = DateTime.UtcNow;
        server.ClearFaults();
        var rerun = await new EditionCrawler(new CrawlOptions
        {
            Site = server.BaseUri, From = options.From, To = options.To, OutputDirectory = dir.Path, Politeness = false,
        }).RunAsync();
        Assert.True(rerun.Complete, string.Join("; ", rerun.Errors));
        Assert.Equal(2, rerun.ArticlesWritten);
        Assert.Equal(Crawl.Contents(1501, 1502, 1503, 1504, 1505, 1507, 1508), Crawl.ArticleNames(dir.Path));
        Assert.Equal(new[] { "/html/2023-03/15/content_1505.htm", "/html/2023-03/15/content_1508.htm", "/robots.txt" },
            server.Requests.Where(r => r.ReceivedUtc >= rerunStart).Select(r => r.PathAndQuery).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ADatePageTitledAs404MeansNoPaper()
    {
        await using var server = LocalSiteServer.Start(Repo.Site);
        server.Override("/html/2023-03/18/node_2.htm", "<html><head><title>404 Not Found</title></head><body>not here</body></html>", "text/html");
        using var dir = new TempDir();
        var summary = await new EditionCrawler(Crawl.Fast(server.BaseUri, "2023-03-18", "2023-03-18", dir.Path)).RunAsync();
        Assert.True(summary.Complete);
        Assert.Equal(1, summary.DatesWithoutPaper);
        Assert.Empty(Crawl.Articles(dir.Path));
    }

    [Fact]
    public async Task GbkPageWithoutAnyCharsetLabelIsSniffed()
    {
        await using var server = LocalSiteServer.Start(Repo.Site);
        var path = Repo.Site + "/html/2023-03/16/content_1604.htm";
        var utf8 = File.ReadAllText(path, Encoding.UTF8).Replace("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">", "");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        server.Override("/html/2023-03/16/content_1604.htm", Encoding.GetEncoding("GBK").GetBytes(utf8), "text/html");
        using var dir = new TempDir();
        await new EditionCrawler(Crawl.Fast(server.BaseUri, "2023-03-16", "2023-03-16", dir.Path)).RunAsync();
        var article = Crawl.Articles(dir.Path).Single(a => ((string)a["id"]!).EndsWith("content_1604.htm", StringComparison.Ordinal));
        Assert.Equal("郑州高新区超算中心算力规模提升一倍", (string?)article["title"]);
    }

    [Fact]
    public async Task OversizedResponsesAreRefused()
    {
        await using var server = LocalSiteServer.Start(Repo.Site);
        server.Override("/html/2023-03/17/content_1707.htm", new string('x', 64 * 1024), "text/html");
        using var dir = new TempDir();
        var o = Crawl.Fast(server.BaseUri, "2023-03-17", "2023-03-17", dir.Path);
        var summary = await new EditionCrawler(new CrawlOptions
        {
            Site = o.Site, From = o.From, To = o.To, OutputDirectory = dir.Path, Politeness = false, MaxResponseBytes = 32 * 1024,
        }).RunAsync();
        Assert.Contains(summary.Errors, e => e.Contains("cap", StringComparison.Ordinal) && e.Contains("content_1707", StringComparison.Ordinal));
        Assert.Equal(6, Crawl.Articles(dir.Path).Count);
    }

    /// <summary>The one test that runs polite: request starts must be spaced by 1/rate.</summary>
}

/// <summary>Timing tests run alone: other tests' crawls on the same cores make the server log
/// queued requests in bursts, which reads as requests sent too close together.</summary>
[CollectionDefinition(nameof(TimingTests), DisableParallelization = true)]
public class TimingTestsCollection;

[Collection(nameof(TimingTests))]
public class TimingTests
{
    [Fact]
    public async Task RateLimitSpacesRequestsToAHost()
    {
        await using var server = LocalSiteServer.Start(Repo.Site);
        using var dir = new TempDir();
        const double rate = 10;
        var clock = Stopwatch.StartNew();
        var summary = await new EditionCrawler(new CrawlOptions
        {
            Site = server.BaseUri, From = new DateOnly(2023, 3, 17), To = new DateOnly(2023, 3, 17), OutputDirectory = dir.Path,
            RequestsPerSecond = rate, Concurrency = 2,
        }).RunAsync();
        clock.Stop();

        Assert.True(summary.Complete);
        var times = server.Requests.Select(r => r.ReceivedUtc).Order().ToList();
        Assert.True(times.Count == 11, string.Join(", ", server.Requests.Select(r => r.PathAndQuery))); // robots.txt + 3 pages + 7 articles
        // Arrival times jitter on a busy machine, so look at spans: any 5 consecutive requests started
        // 4 intervals (0.4s) apart, and arrive no less than 0.3s apart. Unthrottled, they come within milliseconds.
        var spans = Enumerable.Range(0, times.Count - 4).Select(i => (times[i + 4] - times[i]).TotalSeconds).ToList();
        Assert.True(spans.Min() >= 0.3, $"5 requests within {spans.Min():0.000}s: " +
            string.Join(", ", server.Requests.OrderBy(r => r.ReceivedUtc).Select(r => $"{r.PathAndQuery}@{r.ReceivedUtc:ss.fff}")));
        Assert.True(clock.Elapsed.TotalSeconds >= (times.Count - 1) / rate * 0.9);
    }
}
