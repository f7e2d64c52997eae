using Newtonsoft.Json;

namespace Pipeline.Extract.Model;

/// <summary>
/// One article as written by <c>extract</c>: a projection of the annotated document
/// (see docs/record.md). Property names are the JSON names.
/// </summary>
public sealed class ArticleRecord
{
    [JsonProperty("id")] public string Id { get; set; } = "";
    [JsonProperty("source")] public string Source { get; set; } = "";
    [JsonProperty("url", NullValueHandling = NullValueHandling.Ignore)] public string? Url { get; set; }
    [JsonProperty("title")] public string Title { get; set; } = "";
    [JsonProperty("kicker")] public string? Kicker { get; set; }
    [JsonProperty("subtitle")] public string? Subtitle { get; set; }
    [JsonProperty("series")] public string? Series { get; set; }
    [JsonProperty("section")] public string? Section { get; set; }
    [JsonProperty("authors")] public List<Author> Authors { get; set; } = new();
    /// <summary>ISO date as precise as known: YYYY, YYYY-MM or YYYY-MM-DD.</summary>
    [JsonProperty("published")] public string? Published { get; set; }
    [JsonProperty("published_inferred")] public bool PublishedInferred { get; set; }
    [JsonProperty("page")] public string? Page { get; set; }
    [JsonProperty("page_number")] public int? PageNumber { get; set; }
    /// <summary>True when the text belongs to no headline on its page.</summary>
    [JsonProperty("fragment")] public bool Fragment { get; set; }
    [JsonProperty("body")] public string Body { get; set; } = "";
    [JsonProperty("captions")] public List<string> Captions { get; set; } = new();
    [JsonProperty("pull_quotes")] public List<string> PullQuotes { get; set; } = new();
    /// <summary>Masthead, issue line and table of contents printed above the page's articles, kept
    /// (not dropped) on the page's first record only; null elsewhere.</summary>
    [JsonProperty("page_header", NullValueHandling = NullValueHandling.Ignore)] public List<string>? PageHeader { get; set; }
    [JsonProperty("primary_zone")] public string? PrimaryZone { get; set; }
    [JsonProperty("zones")] public List<ZoneEntity> Zones { get; set; } = new();
    [JsonProperty("enterprises")] public List<EnterpriseEntity> Enterprises { get; set; } = new();
    [JsonProperty("figures")] public List<FigureEntity> Figures { get; set; } = new();
    [JsonProperty("dates")] public List<DateEntity> Dates { get; set; } = new();
}

public sealed class Author
{
    [JsonProperty("name")] public string Name { get; set; } = "";
    /// <summary>本报记者, 记者, 通讯员, 实习生, 供稿 …</summary>
    [JsonProperty("role")] public string Role { get; set; } = "";
}

/// <summary>A place where an entity is named in <see cref="ArticleRecord.Body"/>: [start, end) in UTF-16 chars.</summary>
public sealed class Mention
{
    [JsonProperty("text")] public string Text { get; set; } = "";
    [JsonProperty("start")] public int Start { get; set; }
    [JsonProperty("end")] public int End { get; set; }
}

public sealed class ZoneEntity
{
    /// <summary>Canonical name, e.g. 武汉东湖高新区.</summary>
    [JsonProperty("name")] public string Name { get; set; } = "";
    [JsonProperty("aliases")] public List<string> Aliases { get; set; } = new();
    /// <summary>hitech, etdz, demo, industrial_park, eco_city, new_area, other.</summary>
    [JsonProperty("kind")] public string? Kind { get; set; }
    [JsonProperty("level")] public string? Level { get; set; }
    [JsonProperty("province")] public string? Province { get; set; }
    [JsonProperty("city")] public string? City { get; set; }
    [JsonProperty("in_gazetteer")] public bool InGazetteer { get; set; }
    [JsonProperty("coordinated")] public bool Coordinated { get; set; }
    [JsonProperty("mentions")] public List<Mention> Mentions { get; set; } = new();
}

public sealed class EnterpriseEntity
{
    [JsonProperty("name")] public string Name { get; set; } = "";
    [JsonProperty("aliases")] public List<string> Aliases { get; set; } = new();
    /// <summary>registered, group or short.</summary>
    [JsonProperty("kind")] public string Kind { get; set; } = "registered";
    [JsonProperty("mentions")] public List<Mention> Mentions { get; set; } = new();
}

public sealed class FigureEntity
{
    [JsonProperty("text")] public string Text { get; set; } = "";
    [JsonProperty("value")] public decimal Value { get; set; }
    [JsonProperty("value_max")] public decimal? ValueMax { get; set; }
    [JsonProperty("unit")] public string Unit { get; set; } = "";
    /// <summary>money, percent, count, measure, duration, ratio, other.</summary>
    [JsonProperty("kind")] public string Kind { get; set; } = "other";
    [JsonProperty("approx")] public bool Approx { get; set; }
    /// <summary>True when written with Arabic digits.</summary>
    [JsonProperty("digit")] public bool Digit { get; set; }
    /// <summary>What is measured: 产值, 营业收入, 碳排放 …</summary>
    [JsonProperty("metric")] public string? Metric { get; set; }
    /// <summary>True for a change (增长11.7%), false for a level.</summary>
    [JsonProperty("change")] public bool Change { get; set; }
    [JsonProperty("zone")] public string? Zone { get; set; }
    [JsonProperty("enterprise")] public string? Enterprise { get; set; }
    [JsonProperty("sentence")] public string? Sentence { get; set; }
    /// <summary>Which text the offsets point into: "body", "title", "kicker", "subtitle", or a caption or pull quote such as "captions[0]".</summary>
    [JsonProperty("field")] public string Field { get; set; } = ArticleFields.Body;
    [JsonProperty("start")] public int Start { get; set; }
    [JsonProperty("end")] public int End { get; set; }
}

public sealed class DateEntity
{
    [JsonProperty("text")] public string Text { get; set; } = "";
    /// <summary>YYYY, YYYY-MM or YYYY-MM-DD.</summary>
    [JsonProperty("value")] public string Value { get; set; } = "";
    [JsonProperty("value_end")] public string? ValueEnd { get; set; }
    /// <summary>year, month or day.</summary>
    [JsonProperty("granularity")] public string Granularity { get; set; } = "day";
    [JsonProperty("year_inferred")] public bool YearInferred { get; set; }
    /// <summary>True when resolved against the publication date (今年, 去年, 3月底 …).</summary>
    [JsonProperty("relative")] public bool Relative { get; set; }
    /// <summary>Which text the offsets point into: "body", "title", "kicker", "subtitle", or a caption or pull quote such as "captions[0]".</summary>
    [JsonProperty("field")] public string Field { get; set; } = ArticleFields.Body;
    [JsonProperty("start")] public int Start { get; set; }
    [JsonProperty("end")] public int End { get; set; }
}

/// <summary>Names of the record's text fields that entity offsets can point into.</summary>
public static class ArticleFields
{
    public const string Body = "body";
    public const string Title = "title";
    public const string Kicker = "kicker";
    public const string Subtitle = "subtitle";
    public static string Caption(int index) => $"captions[{index}]";
    public static string PullQuote(int index) => $"pull_quotes[{index}]";
    public static string PageHeader(int index) => $"page_header[{index}]";
}
