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
    /// <summary>The key of the metric in the controlled vocabulary (docs/indicators.md): revenue, gdp, patents …</summary>
    [JsonProperty("indicator")] public string? Indicator { get; set; }
    /// <summary>True for a change (增长11.7%), false for a level.</summary>
    [JsonProperty("change")] public bool Change { get; set; }
    /// <summary>For a change: percent, percentage_points, absolute or multiple; null for a level.</summary>
    [JsonProperty("change_kind")] public string? ChangeKind { get; set; }
    /// <summary>For a change: the metric it changes (同比增长9.5% after 生产总值2034亿元 → 生产总值).</summary>
    [JsonProperty("of")] public string? Of { get; set; }
    /// <summary>For a share: the whole it is a share of (占全市比重27.4% → 全市).</summary>
    [JsonProperty("share_of")] public string? ShareOf { get; set; }
    /// <summary>True for a plan, goal or forecast (将, 预计, 力争, 到2025年).</summary>
    [JsonProperty("target")] public bool Target { get; set; }
    /// <summary>Who the figure is about: the authority; zone and enterprise are conveniences derived from it.</summary>
    [JsonProperty("subject")] public FigureSubject? Subject { get; set; }
    /// <summary>The time the figure covers, in the date format; null when nothing gives one.</summary>
    [JsonProperty("period")] public FigurePeriod? Period { get; set; }
    /// <summary>The subject's zone when the subject is a zone; for a company, the zone its sentence names.</summary>
    [JsonProperty("zone")] public string? Zone { get; set; }
    /// <summary>The subject's name when the subject is a company.</summary>
    [JsonProperty("enterprise")] public string? Enterprise { get; set; }
    [JsonProperty("sentence")] public string? Sentence { get; set; }
    /// <summary>Which text the offsets point into: "body", "title", "kicker", "subtitle", or a caption or pull quote such as "captions[0]".</summary>
    [JsonProperty("field")] public string Field { get; set; } = ArticleFields.Body;
    [JsonProperty("start")] public int Start { get; set; }
    [JsonProperty("end")] public int End { get; set; }
}

public sealed class FigureSubject
{
    [JsonProperty("name")] public string Name { get; set; } = "";
    /// <summary>zone, enterprise, place or other.</summary>
    [JsonProperty("kind")] public string Kind { get; set; } = SubjectKinds.Other;
}

public static class SubjectKinds
{
    public const string Zone = "zone";
    public const string Enterprise = "enterprise";
    public const string Place = "place";
    public const string Other = "other";
}

public sealed class FigurePeriod
{
    /// <summary>YYYY, YYYY-MM or YYYY-MM-DD.</summary>
    [JsonProperty("value")] public string Value { get; set; } = "";
    [JsonProperty("value_end")] public string? ValueEnd { get; set; }

    public override string ToString() => ValueEnd == null ? Value : $"{Value}..{ValueEnd}";
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
