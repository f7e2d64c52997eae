using Pipeline.Crawler.Http;
using Pipeline.Crawler.Storage;

namespace Pipeline.Crawler.Profiles;

/// <summary>One printed page of a date's edition. <see cref="Listing"/> carries the page's own
/// document when it was already fetched while listing the pages.</summary>
internal sealed record EditionPage(DateOnly Date, int Number, string? Name, Uri Url, string? EditionId = null, string? Listing = null);

/// <summary>An article found on a page: <see cref="Id"/> is its canonical address, the dedup key.</summary>
internal sealed record ArticleLink(string Id, Uri Url, EditionPage Page, string? ArticleId = null);

/// <summary>A fetch that did not give a usable answer; the date it belongs to stays unfinished.</summary>
internal sealed class CrawlStepException(string message, bool robotsDisallowed = false) : Exception(message)
{
    public bool RobotsDisallowed { get; } = robotsDisallowed;

    public static CrawlStepException From(FetchResult result, string what) =>
        new(result.Error != null ? $"{what}: {result.Error}" : $"{what}: HTTP {result.Status} for {result.Url}", result.RobotsDisallowed);
}

/// <summary>How one kind of digital edition is walked: a date's pages, a page's articles, an article.
/// A new site template is one new class.</summary>
internal interface ISiteProfile
{
    string Name { get; }

    /// <summary>The pages of a date, in order; null when there is no paper that date.</summary>
    Task<IReadOnlyList<EditionPage>?> PagesAsync(DateOnly date, Fetcher fetcher, CancellationToken cancel);

    Task<IReadOnlyList<ArticleLink>> ArticlesAsync(EditionPage page, Fetcher fetcher, CancellationToken cancel);

    Task<CrawledArticle> ReadAsync(ArticleLink link, Fetcher fetcher, CancellationToken cancel);
}

internal static class SiteProfiles
{
    public static readonly string[] Names = { "auto", FounderEpaperProfile.ProfileName, StdailyApiProfile.ProfileName };

    public static ISiteProfile Create(string name, Uri site) => name switch
    {
        "auto" => site.AbsolutePath.TrimEnd('/').EndsWith("/api", StringComparison.OrdinalIgnoreCase)
            ? new StdailyApiProfile(site) : new FounderEpaperProfile(site),
        FounderEpaperProfile.ProfileName => new FounderEpaperProfile(site),
        StdailyApiProfile.ProfileName => new StdailyApiProfile(site),
        _ => throw new ArgumentException($"unknown site profile '{name}' (known: {string.Join(", ", Names)})"),
    };

    /// <summary>An article's id: its URL without the port, so the same site served on another port (a local copy, a
    /// test server on a free port) is known as crawled already; real sites use their scheme's default port anyway.</summary>
    public static string ArticleId(Uri url) => new UriBuilder(url) { Port = -1 }.Uri.ToString();

    /// <summary>"本报记者 张三 李四 通讯员 王五" back from parsed authors.</summary>
    public static string? Byline(IReadOnlyList<Pipeline.Extract.Model.Author> authors)
    {
        if (authors.Count == 0) return null;
        var parts = new List<string>();
        string? role = null;
        foreach (var a in authors)
        {
            if (a.Role != role && a.Role.Length > 0) parts.Add(a.Role);
            role = a.Role;
            parts.Add(a.Name);
        }
        return string.Join(" ", parts);
    }
}
