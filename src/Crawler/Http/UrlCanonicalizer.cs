namespace Pipeline.Crawler.Http;

/// <summary>One spelling per resource: scheme and host lower-cased, default port and fragment dropped,
/// dot segments resolved, view-only query parameters (a profile's choice) removed, the rest sorted.</summary>
internal static class UrlCanonicalizer
{
    public static Uri Canonicalize(Uri uri, Func<string, bool>? isViewParameter = null)
    {
        var builder = new UriBuilder(uri)
        {
            Scheme = uri.Scheme.ToLowerInvariant(),
            Host = uri.Host.ToLowerInvariant(),
            Fragment = "",
        };
        if (uri.IsDefaultPort) builder.Port = -1;
        var query = uri.Query.TrimStart('?');
        var parameters = query.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => isViewParameter == null || !isViewParameter(Uri.UnescapeDataString(p.Split('=')[0])))
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();
        builder.Query = parameters.Count > 0 ? string.Join("&", parameters) : "";
        if (builder.Path.Length == 0) builder.Path = "/";
        return builder.Uri;
    }

    public static bool SameSite(Uri a, Uri b) =>
        string.Equals(a.Host, b.Host, StringComparison.OrdinalIgnoreCase) && a.Port == b.Port && a.Scheme == b.Scheme;
}
