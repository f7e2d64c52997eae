using System.Globalization;
using System.Text.Json.Serialization;
using Pipeline.Index;

namespace Pipeline.Cli.Reports;

/// <summary>
/// The tidy table of figures as facts: one row per subject × indicator × period (and target or not), with the
/// level reported, the change reported, the articles that report them, and a flag where two articles report
/// different levels for the same cell. A figure without an indicator key is kept under its metric; one without
/// a subject or a metric says nothing a table can hold and is left out.
/// </summary>
internal static class FactTable
{
    /// <summary>Two values are the same report when within this relative difference (rounding: 2034.2亿 vs 2034亿).</summary>
    private const decimal SameValueTolerance = 0.005m;

    public static List<FactRow> Build(IEnumerable<FigureRow> figures)
    {
        var cells = new Dictionary<(string, string, string, string, bool), Cell>();
        var order = new List<Cell>();
        foreach (var f in figures)
        {
            var what = f.Indicator ?? f.Metric;
            if (string.IsNullOrEmpty(f.Subject) || string.IsNullOrEmpty(what)) continue;
            var key = (f.Subject, f.Indicator != null ? "i:" + f.Indicator : "m:" + f.Metric, f.Period ?? "", f.PeriodEnd ?? "", f.Target);
            if (!cells.TryGetValue(key, out var cell))
            {
                cells[key] = cell = new Cell(f);
                order.Add(cell);
            }
            cell.Add(f);
        }
        return order.Select(c => c.ToRow())
            .OrderBy(r => r.Subject, StringComparer.Ordinal)
            .ThenBy(r => r.Indicator ?? "~" + r.Metric, StringComparer.Ordinal)
            .ThenBy(r => r.Period ?? "", StringComparer.Ordinal)
            .ThenBy(r => r.Target)
            .ToList();
    }

    /// <summary>The table for the terminal.</summary>
    public static string ToText(IReadOnlyList<FactRow> rows)
    {
        var table = new TextTable("subject", "indicator", "period", "target", "value", "unit", "change", "articles", "conflict");
        foreach (var r in rows)
            table.Add(r.Subject, r.Indicator ?? r.Metric ?? "", PeriodText(r.Period, r.PeriodEnd), r.Target ? "target" : "",
                r.Value is { } v ? Plain(v) + (r.ValueMax is { } m ? "–" + Plain(m) : "") : "", r.Unit ?? "",
                r.Change is { } c ? Plain(c) + (r.ChangeUnit ?? "") + (r.ChangeKind is { } k ? $" ({k})" : "") : "",
                r.Articles, r.Conflict ? "conflict: " + r.Values : "");
        return table.ToString();
    }

    internal static string PeriodText(string? period, string? end) => period == null ? "" : end == null ? period : $"{period}..{end}";

    /// <summary>500000000000, not 500000000000.0.</summary>
    internal static string Plain(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    private static bool Same(decimal a, decimal b) =>
        a == b || Math.Abs(a - b) <= SameValueTolerance * Math.Max(Math.Abs(a), Math.Abs(b));

    private sealed class Cell(FigureRow first)
    {
        private FigureRow? _level;
        private FigureRow? _change;
        private readonly List<string> _articles = new();
        private readonly List<(decimal Value, string Unit, string Article)> _levels = new();
        private int _figures;

        public void Add(FigureRow f)
        {
            _figures++;
            if (!_articles.Contains(f.ArticleId)) _articles.Add(f.ArticleId);
            if (f.Change)
            {
                _change ??= f;
                return;
            }
            _level ??= f;
            _levels.Add((f.Value, f.Unit, f.ArticleId));
        }

        public FactRow ToRow()
        {
            // Two articles disagree when their levels differ (or are in different units); one article repeating a
            // figure (headline and body) is no conflict.
            var conflict = _levels.Any(a => _levels.Any(b => a.Article != b.Article && (a.Unit != b.Unit || !Same(a.Value, b.Value))));
            return new FactRow
            {
                Subject = first.Subject!,
                SubjectKind = first.SubjectKind,
                Indicator = first.Indicator,
                Metric = (_level ?? _change ?? first).Metric,
                Period = first.Period,
                PeriodEnd = first.PeriodEnd,
                Target = first.Target,
                Value = _level is { } l ? ExportNumbers.Normalize(l.Value) : null,
                ValueMax = _level?.ValueMax is { } m ? ExportNumbers.Normalize(m) : null,
                Unit = _level?.Unit,
                Change = _change is { } c ? ExportNumbers.Normalize(c.Value) : null,
                ChangeUnit = _change?.Unit,
                ChangeKind = _change?.ChangeKind,
                Figures = _figures,
                Articles = string.Join(ArticleExportRow.ListSeparator, _articles.Order(StringComparer.Ordinal)),
                Conflict = conflict,
                Values = conflict
                    ? string.Join(ArticleExportRow.ListSeparator, _levels.Select(x => $"{Plain(ExportNumbers.Normalize(x.Value))}{x.Unit} ({x.Article})").Distinct())
                    : null,
            };
        }
    }
}

/// <summary>One cell of the tidy table. The JSON names are the column names in every format.</summary>
internal sealed class FactRow
{
    [JsonPropertyName("subject")] public string Subject { get; init; } = "";
    [JsonPropertyName("subject_kind")] public string? SubjectKind { get; init; }
    [JsonPropertyName("indicator")] public string? Indicator { get; init; }
    [JsonPropertyName("metric")] public string? Metric { get; init; }
    [JsonPropertyName("period")] public string? Period { get; init; }
    [JsonPropertyName("period_end")] public string? PeriodEnd { get; init; }
    [JsonPropertyName("target")] public bool Target { get; init; }
    /// <summary>The level reported (the newest article's when they disagree).</summary>
    [JsonPropertyName("value")] public decimal? Value { get; init; }
    [JsonPropertyName("value_max")] public decimal? ValueMax { get; init; }
    [JsonPropertyName("unit")] public string? Unit { get; init; }
    /// <summary>The change reported for the cell (增长11.7% → 11.7 with change_unit %).</summary>
    [JsonPropertyName("change")] public decimal? Change { get; init; }
    [JsonPropertyName("change_unit")] public string? ChangeUnit { get; init; }
    [JsonPropertyName("change_kind")] public string? ChangeKind { get; init; }
    [JsonPropertyName("figures")] public int Figures { get; init; }
    /// <summary>The articles that report the cell, "; "-separated: the evidence.</summary>
    [JsonPropertyName("articles")] public string Articles { get; init; } = "";
    /// <summary>True when two articles report different levels for the cell; <see cref="Values"/> lists them.</summary>
    [JsonPropertyName("conflict")] public bool Conflict { get; init; }
    [JsonPropertyName("values")] public string? Values { get; init; }
}
