using System.Text;
using Microsoft.AspNetCore.Http;
using Pipeline.Cli.Reports;
using Pipeline.Index;

namespace Pipeline.Cli.Web;

/// <summary>The search page's state, all in the query string: q, zone, enterprise, from, to, year, month, by, p.
/// Several zone (or enterprise) values narrow the results: an article must name all of them.</summary>
internal sealed class PageQuery
{
    /// <summary>SearchRequest takes one any-of list per field plus one drill-down list, so two values AND together at most.</summary>
    public const int MaxValuesPerField = 2;
    public const int PageSize = 10;

    public string? Q { get; private init; }
    public IReadOnlyList<string> Zones { get; private init; } = Array.Empty<string>();
    public IReadOnlyList<string> Enterprises { get; private init; } = Array.Empty<string>();
    public string? From { get; private init; }
    public string? To { get; private init; }
    public string? Year { get; private init; }
    public string? Month { get; private init; }
    public string By { get; private init; } = "month";
    public int Page { get; private init; } = 1;

    public static PageQuery Parse(IQueryCollection query)
    {
        static string? One(IQueryCollection q, string key) =>
            q.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v.ToString()) ? v[^1]!.Trim() : null;
        static IReadOnlyList<string> Many(IQueryCollection q, string key) => q.TryGetValue(key, out var v)
            ? v.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim()).Distinct(StringComparer.Ordinal).ToList()
            : Array.Empty<string>();
        var by = One(query, "by");
        return new PageQuery
        {
            Q = One(query, "q"),
            Zones = Many(query, "zone"),
            Enterprises = Many(query, "enterprise"),
            From = One(query, "from"),
            To = One(query, "to"),
            Year = One(query, "year"),
            Month = One(query, "month"),
            By = by is "quarter" or "year" ? by : "month",
            Page = int.TryParse(One(query, "p"), out var p) && p > 0 ? p : 1,
        };
    }

    /// <summary>Why the request cannot be answered as asked, or null.</summary>
    public string? Problem()
    {
        if (From != null && !PublishedDate.TryParseLowerBound(From, out _)) return $"The date “from” must be YYYY, YYYY-MM or YYYY-MM-DD, not “{From}”.";
        if (To != null && !PublishedDate.TryParseUpperBound(To, out _)) return $"The date “to” must be YYYY, YYYY-MM or YYYY-MM-DD, not “{To}”.";
        if (PublishedDate.IsEmptyRange(From, To)) return $"The date “from” ({From}) is after “to” ({To}): no article can lie between them.";
        if (Zones.Count > MaxValuesPerField) return $"At most {MaxValuesPerField} zones can be combined; remove one.";
        if (Enterprises.Count > MaxValuesPerField) return $"At most {MaxValuesPerField} enterprises can be combined; remove one.";
        return null;
    }

    public bool HasFilters => Zones.Count > 0 || Enterprises.Count > 0 || From != null || To != null || Year != null || Month != null;

    public SearchRequest ToSearchRequest(int limit, int offset, int maxSnippets, IReadOnlyList<string> facets)
    {
        var drill = new Dictionary<string, IReadOnlyList<string>>();
        // The second zone/enterprise goes to the drill-down list, which is ANDed with the first.
        if (Zones.Count > 1) drill["zone"] = Zones.Skip(1).ToList();
        if (Enterprises.Count > 1) drill["enterprise"] = Enterprises.Skip(1).ToList();
        if (Year != null) drill["year"] = new[] { Year };
        if (Month != null) drill["month"] = new[] { Month };
        return new SearchRequest
        {
            Query = Q,
            Zones = Zones.Take(1).ToList(),
            Enterprises = Enterprises.Take(1).ToList(),
            Filters = drill,
            From = From,
            To = To,
            Facets = facets,
            FacetLimit = 12,
            Limit = limit,
            Offset = offset,
            MaxSnippets = maxSnippets,
            Sort = SearchSort.Relevance,
        };
    }

    /// <summary>The figure filter the table and the CSV download share: figures attributed to the chosen zones or
    /// enterprises, in the date range, from articles matching the query.</summary>
    public ExportFilter ToFigureFilter()
    {
        var from = From;
        var to = To;
        // The year/month drill-down narrows the date range for figures.
        if (Month != null) (from, to) = (Later(from, Month), Earlier(to, Month));
        else if (Year != null) (from, to) = (Later(from, Year), Earlier(to, Year));
        return new ExportFilter { Query = Q, Zones = Zones, Enterprises = Enterprises, From = from, To = to };
    }

    private static string Later(string? a, string b) =>
        a != null && PublishedDate.TryParseLowerBound(a, out var x) && PublishedDate.TryParseLowerBound(b, out var y) && x > y ? a : b;

    private static string Earlier(string? a, string b) =>
        a != null && PublishedDate.TryParseUpperBound(a, out var x) && PublishedDate.TryParseUpperBound(b, out var y) && x < y ? a : b;

    /// <summary>The query string of this state changed by <paramref name="change"/> (key → values; null removes).</summary>
    public string Link(string path, params (string Key, IReadOnlyList<string>? Values)[] change)
    {
        var pairs = new List<(string, IReadOnlyList<string>)>
        {
            ("q", Q == null ? [] : [Q]), ("zone", Zones), ("enterprise", Enterprises), ("from", From == null ? [] : [From]),
            ("to", To == null ? [] : [To]), ("year", Year == null ? [] : [Year]), ("month", Month == null ? [] : [Month]),
            ("by", By == "month" ? [] : [By]),
        };
        foreach (var (key, values) in change)
        {
            pairs.RemoveAll(p => p.Item1 == key);
            if (values != null) pairs.Add((key, values));
        }
        var text = new StringBuilder(path);
        var first = true;
        foreach (var (key, values) in pairs)
            foreach (var value in values)
            {
                text.Append(first ? '?' : '&').Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(value));
                first = false;
            }
        return text.ToString();
    }
}
