using Pipeline.Index;

namespace Pipeline.Cli.Reports;

/// <summary>What to say when a search or a figure filter finds nothing, so that an empty result is an answer and not
/// a mystery: which condition leaves nothing (how many it finds with each one left out), or, for a query alone, how
/// query words combine. Counted only when the result is empty, one count per condition.</summary>
internal static class EmptyResult
{
    /// <summary>A condition of the request, and the request without it.</summary>
    public sealed record Condition<T>(string Label, T Without);

    /// <summary>Why no article matches <paramref name="request"/>, in one or two sentences, or null when some do.</summary>
    public static string? ForArticles(ArticleSearcher searcher, SearchRequest request)
    {
        if (searcher.ArticleCount == 0) return "The index holds no articles yet: build it with 'pipeline index RECORDS.jsonl --index DIR'.";
        var conditions = new List<Condition<SearchRequest>>();
        if (!string.IsNullOrWhiteSpace(request.Query)) conditions.Add(new($"the query {QueryProblems.Quote(request.Query)}", Copy(request, query: null)));
        if (request.Zones.Count > 0) conditions.Add(new($"zone {string.Join(", ", request.Zones)}", Copy(request, zones: [])));
        if (request.Enterprises.Count > 0) conditions.Add(new($"enterprise {string.Join(", ", request.Enterprises)}", Copy(request, enterprises: [])));
        if (request.From != null || request.To != null)
            conditions.Add(new($"dates {request.From ?? "…"} to {request.To ?? "…"}", Copy(request, dropDates: true)));
        foreach (var (field, values) in request.Filters.Where(f => f.Value.Count > 0))
            conditions.Add(new($"{field}={string.Join(", ", values)}",
                Copy(request, filters: request.Filters.Where(f => f.Key != field).ToDictionary(f => f.Key, f => f.Value))));
        return Explain(conditions, c => searcher.Search(c).Total, "article", request.Query);
    }

    /// <summary>Why no figure passes <paramref name="filter"/>, or null when some do.</summary>
    public static string? ForFigures(ArticleSearcher searcher, ExportFilter filter)
    {
        var f = filter;
        var conditions = new List<Condition<ExportFilter>>();
        void Add(bool present, string label, ExportFilter without)
        {
            if (present) conditions.Add(new(label, without));
        }
        Add(!string.IsNullOrWhiteSpace(f.Query), $"the query {QueryProblems.Quote(f.Query ?? "")}", f with { Query = null });
        Add(f.Zones.Count > 0, $"--zone {string.Join(",", f.Zones)}", f with { Zones = [] });
        Add(f.Enterprises.Count > 0, $"--enterprise {string.Join(",", f.Enterprises)}", f with { Enterprises = [] });
        Add(f.From != null || f.To != null, $"--from/--to {f.From ?? "…"} to {f.To ?? "…"}", f with { From = null, To = null });
        Add(f.Subjects.Count > 0, $"--subject {string.Join(",", f.Subjects)}", f with { Subjects = [] });
        Add(f.Indicators.Count > 0, $"--indicator {string.Join(",", f.Indicators)}", f with { Indicators = [] });
        Add(f.Period != null, $"--period {f.Period}", f with { Period = null });
        Add(f.Target != null, f.Target == true ? "--target" : "--no-target", f with { Target = null });
        Add(f.Metric != null, $"--metric {f.Metric}", f with { Metric = null });
        Add(f.Unit != null, $"--unit {f.Unit}", f with { Unit = null });
        Add(f.Kind != null, $"--kind {f.Kind}", f with { Kind = null });
        Add(f.Min != null || f.Max != null, $"--min/--max {f.Min?.ToString() ?? "…"} to {f.Max?.ToString() ?? "…"}", f with { Min = null, Max = null });
        return Explain(conditions, c => FigureSource.Total(searcher, c), "figure", null);
    }

    private static string? Explain<T>(IReadOnlyList<Condition<T>> conditions, Func<T, int> count, string noun, string? query)
    {
        if (conditions.Count == 0) return $"The index holds no {noun}s.";
        if (conditions.Count == 1)
            return query != null && conditions[0].Label.StartsWith("the query", StringComparison.Ordinal) ? QueryHint(query) : null;
        var relaxed = conditions.Select(c => (c.Label, Count: count(c.Without))).Where(c => c.Count > 0).ToList();
        if (relaxed.Count == 0) return $"No single condition is to blame: leaving out any one of them still finds no {noun}.";
        return $"Each condition finds {noun}s, but not all of them together. Leaving one out: " +
               string.Join("; ", relaxed.Select(c => $"without {c.Label}, {c.Count:N0} {noun}{(c.Count == 1 ? "" : "s")}")) + ".";
    }

    /// <summary>How a query that finds nothing on its own is read: every word must appear, each as written.</summary>
    private static string QueryHint(string query)
    {
        var words = query.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var operators = words.Any(w => w is "AND" or "OR" or "NOT") || query.Contains('"');
        if (words.Length > 1 && !operators)
            return "Every word of a query must appear in the article; write 'A OR B' to find articles with either.";
        return "A term is found only as written (exact match); to find its words anywhere in an article, separate them " +
               "with spaces, or use fewer characters.";
    }

    private static SearchRequest Copy(SearchRequest r, string? query = "", IReadOnlyList<string>? zones = null, IReadOnlyList<string>? enterprises = null,
        bool dropDates = false, IReadOnlyDictionary<string, IReadOnlyList<string>>? filters = null) => new()
    {
        Query = query == "" ? r.Query : query,
        Zones = zones ?? r.Zones,
        Enterprises = enterprises ?? r.Enterprises,
        From = dropDates ? null : r.From,
        To = dropDates ? null : r.To,
        Filters = filters ?? r.Filters,
        Limit = 0,
    };
}
