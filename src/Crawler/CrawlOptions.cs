namespace Pipeline.Crawler;

/// <summary>What to crawl and how politely. Defaults are the polite ones: 1 request/s and
/// 2 requests at a time per host, 4 retries with exponential backoff.</summary>
public sealed class CrawlOptions
{
    /// <summary>The edition's root: the Founder site root (…/ above html/YYYY-MM/DD/) or the JSON API base (…/api/).</summary>
    public required Uri Site { get; init; }
    public required DateOnly From { get; init; }
    public required DateOnly To { get; init; }
    /// <summary>Archive folder: raw/, responses.jsonl, crawl-state.jsonl, articles.jsonl.</summary>
    public required string OutputDirectory { get; init; }
    /// <summary>"auto" (an URL ending in /api/ is the JSON API, anything else Founder), "founder" or "stdaily-api".</summary>
    public string Profile { get; init; } = "auto";
    public double RequestsPerSecond { get; init; } = 1;
    public int Concurrency { get; init; } = 2;
    public int Retries { get; init; } = 4;
    /// <summary>False lifts the rate limit (benchmarks on loopback); robots.txt is obeyed either way.</summary>
    public bool Politeness { get; init; } = true;
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);
    public long MaxResponseBytes { get; init; } = 16 * 1024 * 1024;
    /// <summary>First retry waits about this long; each further retry doubles it (with jitter).</summary>
    public TimeSpan BackoffBase { get; init; } = TimeSpan.FromMilliseconds(500);
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(60);
    /// <summary>Re-ask the server about stored responses with If-None-Match / If-Modified-Since
    /// instead of reusing them as they are.</summary>
    public bool Revalidate { get; init; }
    public string UserAgent { get; init; } = "pipeline-crawler/1.0";

    internal void Validate()
    {
        if (!Site.IsAbsoluteUri || (Site.Scheme != Uri.UriSchemeHttp && Site.Scheme != Uri.UriSchemeHttps))
            throw new ArgumentException($"site must be an http(s) URL, got '{Site}'");
        if (To < From) throw new ArgumentException($"--to {To:yyyy-MM-dd} is before --from {From:yyyy-MM-dd}");
        if (RequestsPerSecond <= 0) throw new ArgumentException("the rate must be above 0 requests/s");
        if (Concurrency < 1) throw new ArgumentException("concurrency must be at least 1");
        if (Retries < 0) throw new ArgumentException("retries cannot be negative");
        if (MaxResponseBytes < 1024) throw new ArgumentException("the response size cap must be at least 1 KiB");
    }
}
