using System.Globalization;
using System.Text.Json.Serialization;
using Pipeline.Extract.Model;
using Pipeline.Index;

namespace Pipeline.Cli.Reports;

/// <summary>One figure with its article, as exported. The JSON names are the column names in every format.</summary>
internal sealed class FigureExportRow
{
    [JsonPropertyName("article_id")] public string ArticleId { get; init; } = "";
    [JsonPropertyName("title")] public string Title { get; init; } = "";
    /// <summary>As precise as known: YYYY, YYYY-MM or YYYY-MM-DD.</summary>
    [JsonPropertyName("published")] public string? Published { get; init; }
    /// <summary>The same as a date, only when the day is known (typed in Parquet).</summary>
    [JsonPropertyName("published_date")] public DateOnly? PublishedDate { get; init; }
    [JsonPropertyName("subject")] public string? Subject { get; init; }
    [JsonPropertyName("subject_kind")] public string? SubjectKind { get; init; }
    [JsonPropertyName("zone")] public string? Zone { get; init; }
    [JsonPropertyName("enterprise")] public string? Enterprise { get; init; }
    [JsonPropertyName("indicator")] public string? Indicator { get; init; }
    [JsonPropertyName("metric")] public string? Metric { get; init; }
    /// <summary>The period the figure covers (YYYY, YYYY-MM or YYYY-MM-DD) and its end for a span.</summary>
    [JsonPropertyName("period")] public string? Period { get; init; }
    [JsonPropertyName("period_end")] public string? PeriodEnd { get; init; }
    [JsonPropertyName("value")] public decimal Value { get; init; }
    [JsonPropertyName("value_max")] public decimal? ValueMax { get; init; }
    [JsonPropertyName("unit")] public string Unit { get; init; } = "";
    [JsonPropertyName("approx")] public bool Approx { get; init; }
    [JsonPropertyName("change")] public bool Change { get; init; }
    [JsonPropertyName("change_kind")] public string? ChangeKind { get; init; }
    [JsonPropertyName("of")] public string? Of { get; init; }
    [JsonPropertyName("share_of")] public string? ShareOf { get; init; }
    [JsonPropertyName("target")] public bool Target { get; init; }
    [JsonPropertyName("kind")] public string Kind { get; init; } = "";
    [JsonPropertyName("text")] public string Text { get; init; } = "";
    [JsonPropertyName("sentence")] public string? Sentence { get; init; }

    public static FigureExportRow From(FigureRow row) => new()
    {
        ArticleId = row.ArticleId,
        Title = row.Title,
        Published = row.Published,
        PublishedDate = ExportDates.DayOrNull(row.Published),
        Subject = row.Subject,
        SubjectKind = row.SubjectKind,
        Zone = row.Zone,
        Enterprise = row.Enterprise,
        Indicator = row.Indicator,
        Metric = row.Metric,
        Period = row.Period,
        PeriodEnd = row.PeriodEnd,
        Value = ExportNumbers.Normalize(row.Value),
        ValueMax = row.ValueMax is { } max ? ExportNumbers.Normalize(max) : null,
        Unit = row.Unit,
        Approx = row.Approx,
        Change = row.Change,
        ChangeKind = row.ChangeKind,
        Of = row.Of,
        ShareOf = row.ShareOf,
        Target = row.Target,
        Kind = row.Kind,
        Text = row.Text,
        Sentence = row.Sentence,
    };
}

/// <summary>One article flattened to columns; lists are joined with "; ". JSON Lines exports the full record instead.</summary>
internal sealed class ArticleExportRow
{
    [JsonPropertyName("id")] public string Id { get; init; } = "";
    [JsonPropertyName("title")] public string Title { get; init; } = "";
    [JsonPropertyName("published")] public string? Published { get; init; }
    [JsonPropertyName("published_date")] public DateOnly? PublishedDate { get; init; }
    [JsonPropertyName("source")] public string Source { get; init; } = "";
    [JsonPropertyName("url")] public string? Url { get; init; }
    [JsonPropertyName("page")] public string? Page { get; init; }
    [JsonPropertyName("section")] public string? Section { get; init; }
    [JsonPropertyName("authors")] public string Authors { get; init; } = "";
    [JsonPropertyName("primary_zone")] public string? PrimaryZone { get; init; }
    [JsonPropertyName("zones")] public string Zones { get; init; } = "";
    [JsonPropertyName("enterprises")] public string Enterprises { get; init; } = "";
    [JsonPropertyName("figure_count")] public int FigureCount { get; init; }
    [JsonPropertyName("fragment")] public bool Fragment { get; init; }
    [JsonPropertyName("body")] public string Body { get; init; } = "";

    public const string ListSeparator = "; ";

    public static ArticleExportRow From(ArticleRecord record) => new()
    {
        Id = record.Id,
        Title = record.Title,
        Published = record.Published,
        PublishedDate = ExportDates.DayOrNull(record.Published),
        Source = record.Source,
        Url = record.Url,
        Page = record.Page,
        Section = record.Section,
        Authors = string.Join(ListSeparator, record.Authors.Select(a => string.IsNullOrEmpty(a.Role) ? a.Name : $"{a.Name}（{a.Role}）")),
        PrimaryZone = record.PrimaryZone,
        Zones = string.Join(ListSeparator, record.Zones.Select(z => z.Name).Distinct(StringComparer.Ordinal)),
        Enterprises = string.Join(ListSeparator, record.Enterprises.Select(e => e.Name).Distinct(StringComparer.Ordinal)),
        FigureCount = record.Figures.Count,
        Fragment = record.Fragment,
        Body = record.Body,
    };
}

internal static class ExportDates
{
    public static DateOnly? DayOrNull(string? published) =>
        published != null && DateOnly.TryParseExact(published.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : null;
}

internal static class ExportNumbers
{
    /// <summary>Drops trailing zeros the JSON round trip leaves (1200000000000.0 → 1200000000000).</summary>
    public static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;
}
