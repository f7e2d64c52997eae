using Newtonsoft.Json;

namespace Pipeline.Index;

public enum SearchSort
{
    /// <summary>Best match first; with no query text, newest first.</summary>
    Relevance,
    /// <summary>Newest first; unknown dates last.</summary>
    Date,
}

/// <summary>What <see cref="ArticleSearcher.Search"/> answers. Filters on different fields are
/// combined with AND, several values of one field with OR.</summary>
public sealed class SearchRequest
{
    /// <summary>Lucene classic query syntax over title (boosted) and body; null or blank matches every article.</summary>
    public string? Query { get; init; }
    /// <summary>Zone names or aliases.</summary>
    public IReadOnlyList<string> Zones { get; init; } = Array.Empty<string>();
    /// <summary>Enterprise names or aliases.</summary>
    public IReadOnlyList<string> Enterprises { get; init; } = Array.Empty<string>();
    /// <summary>Drill-down: facet field (zone, enterprise, year, month, author, page) → accepted values.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
    /// <summary>Earliest publication date: YYYY, YYYY-MM or YYYY-MM-DD.</summary>
    public string? From { get; init; }
    /// <summary>Latest publication date: YYYY, YYYY-MM or YYYY-MM-DD (a year or month covers all its days).</summary>
    public string? To { get; init; }
    public SearchSort Sort { get; init; } = SearchSort.Relevance;
    /// <summary>Facet fields to count on the filtered result set.</summary>
    public IReadOnlyList<string> Facets { get; init; } = Array.Empty<string>();
    /// <summary>Values listed per facet, most frequent first (counts are exact whatever this is).</summary>
    public int FacetLimit { get; init; } = 10;
    public int Limit { get; init; } = 10;
    public int Offset { get; init; }
    /// <summary>Highlighted passages per hit, at most.</summary>
    public int MaxSnippets { get; init; } = 3;
}

public sealed class SearchResult
{
    public int Total { get; init; }
    public IReadOnlyList<SearchHit> Hits { get; init; } = Array.Empty<SearchHit>();
    /// <summary>Facet field → values with their exact counts among all <see cref="Total"/> matches.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets { get; init; } = new Dictionary<string, IReadOnlyList<FacetValue>>();
}

public sealed class SearchHit
{
    public string Id { get; init; } = "";
    public string Title { get; init; } = "";
    /// <summary>The article's source URL (crawled articles), read with the snippets; null without snippets.</summary>
    public string? Url { get; init; }
    /// <summary>The article's body, read with the snippets; null without snippets.</summary>
    public string? Body { get; init; }
    public string? Published { get; init; }
    public IReadOnlyList<string> Zones { get; init; } = Array.Empty<string>();
    public IReadOnlyList<string> Enterprises { get; init; } = Array.Empty<string>();
    public float Score { get; init; }
    public IReadOnlyList<Snippet> Snippets { get; init; } = Array.Empty<Snippet>();
}

public sealed record FacetValue(string Value, int Count);

/// <summary>A passage of the body split into plain and marked (query term) parts.</summary>
public sealed class Snippet
{
    public Snippet(IReadOnlyList<SnippetPart> parts) => Parts = parts;

    public IReadOnlyList<SnippetPart> Parts { get; }

    /// <summary>Terms in 【】, for a terminal.</summary>
    public string ToTerminal() => string.Concat(Parts.Select(p => p.Marked ? "【" + p.Text + "】" : p.Text));

    /// <summary>HTML-escaped text with terms in &lt;mark&gt;.</summary>
    public string ToHtml() => string.Concat(Parts.Select(p =>
        p.Marked ? "<mark>" + System.Net.WebUtility.HtmlEncode(p.Text) + "</mark>" : System.Net.WebUtility.HtmlEncode(p.Text)));

    public string PlainText => string.Concat(Parts.Select(p => p.Text));

    public override string ToString() => ToTerminal();
}

public sealed record SnippetPart(string Text, bool Marked);

/// <summary>Figures as data. All set conditions must hold.</summary>
public sealed class FigureQuery
{
    /// <summary>The figure's zone (or, when it names none, its article's primary zone): names or aliases.</summary>
    public IReadOnlyList<string> Zones { get; init; } = Array.Empty<string>();
    public IReadOnlyList<string> Enterprises { get; init; } = Array.Empty<string>();
    /// <summary>Matches figures whose metric contains this text (产值 matches 工业总产值).</summary>
    public string? Metric { get; init; }
    /// <summary>Exact unit: 元, %, 家, 吨 …</summary>
    public string? Unit { get; init; }
    /// <summary>money, percent, count, measure, duration, ratio, other.</summary>
    public string? Kind { get; init; }
    /// <summary>Figures whose value (or range) reaches at least this.</summary>
    public decimal? Min { get; init; }
    /// <summary>Figures whose value is at most this.</summary>
    public decimal? Max { get; init; }
    public string? From { get; init; }
    public string? To { get; init; }
    /// <summary>The figure's subject (zone, company or place): names or aliases, any of them.</summary>
    public IReadOnlyList<string> Subjects { get; init; } = Array.Empty<string>();
    /// <summary>Indicator keys (docs/indicators.md), any of them.</summary>
    public IReadOnlyList<string> Indicators { get; init; } = Array.Empty<string>();
    /// <summary>Figures whose period overlaps this one (YYYY, YYYY-MM or YYYY-MM-DD); figures without a period never match.</summary>
    public string? Period { get; init; }
    /// <summary>true: only plans, goals and forecasts; false: only what was reached; null: both.</summary>
    public bool? Target { get; init; }
    public FigureSort Sort { get; init; } = FigureSort.Date;
    public int Limit { get; init; } = 50;
    public int Offset { get; init; }
}

public enum FigureSort
{
    /// <summary>Newest article first.</summary>
    Date,
    /// <summary>Largest value first.</summary>
    Value,
}

public sealed class FigureResult
{
    public int Total { get; init; }
    public IReadOnlyList<FigureRow> Rows { get; init; } = Array.Empty<FigureRow>();
}

/// <summary>One figure with its article. Property names are the JSON names.</summary>
public sealed class FigureRow
{
    [JsonProperty("article_id")] public string ArticleId { get; init; } = "";
    [JsonProperty("title")] public string Title { get; init; } = "";
    [JsonProperty("published")] public string? Published { get; init; }
    [JsonProperty("zone")] public string? Zone { get; init; }
    [JsonProperty("enterprise")] public string? Enterprise { get; init; }
    [JsonProperty("metric")] public string? Metric { get; init; }
    [JsonProperty("text")] public string Text { get; init; } = "";
    [JsonProperty("value")] public decimal Value { get; init; }
    [JsonProperty("value_max")] public decimal? ValueMax { get; init; }
    [JsonProperty("unit")] public string Unit { get; init; } = "";
    [JsonProperty("kind")] public string Kind { get; init; } = "";
    [JsonProperty("approx")] public bool Approx { get; init; }
    [JsonProperty("change")] public bool Change { get; init; }
    [JsonProperty("sentence")] public string? Sentence { get; init; }
    /// <summary>Who the figure is about (see docs/record.md, FigureEntity.subject).</summary>
    [JsonProperty("subject")] public string? Subject { get; init; }
    /// <summary>zone, enterprise, place or other.</summary>
    [JsonProperty("subject_kind")] public string? SubjectKind { get; init; }
    [JsonProperty("indicator")] public string? Indicator { get; init; }
    [JsonProperty("period")] public string? Period { get; init; }
    [JsonProperty("period_end")] public string? PeriodEnd { get; init; }
    [JsonProperty("change_kind")] public string? ChangeKind { get; init; }
    [JsonProperty("of")] public string? Of { get; init; }
    [JsonProperty("share_of")] public string? ShareOf { get; init; }
    [JsonProperty("target")] public bool Target { get; init; }
}

/// <summary>What coverage reports need of an article: its publication date as precise as known (YYYY, YYYY-MM or
/// YYYY-MM-DD; null when unknown), its primary zone and every zone it names.</summary>
public sealed record ArticleZones(string? Published, string? PrimaryZone, IReadOnlyList<string> Zones);

/// <summary>The query text is not valid Lucene classic syntax. <see cref="Reason"/> says what is wrong in the
/// user's terms and how to write it instead (never the parser's grammar); <see cref="Exception.Message"/> quotes
/// the query, shortened when long.</summary>
public sealed class QuerySyntaxException(string query, string reason, Exception inner)
    : Exception($"cannot understand the query {QueryProblems.Quote(query)}: {reason}", inner)
{
    public string Query { get; } = query;
    public string Reason { get; } = reason;
}

/// <summary>What <see cref="ArticleSearcher.Warm"/> read: the segments, and the strings of the match sets written with them.</summary>
public sealed record WarmedSearcher(int Segments, int MatchSetStrings);
