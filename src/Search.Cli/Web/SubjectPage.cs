using System.Globalization;
using System.Text;
using Pipeline.Cli.Reports;
using Pipeline.Index;

namespace Pipeline.Cli.Web;

/// <summary>
/// A subject's page (/subject?name=…[&amp;indicator=…]): for every indicator the index holds of it, a chart of the
/// reported level over its periods (targets drawn hollow), then the tidy table with the articles as evidence.
/// Every value goes through <see cref="SearchPage.H"/>.
/// </summary>
internal static class SubjectPage
{
    private const int ChartWidth = 560, ChartHeight = 180, Margin = 36;

    public static string Render(string name, string? indicator, IReadOnlyList<FactRow> rows, string? error)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<title>").Append(H(name)).Append(" — figures</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n");
        html.Append("<header><h1><a href=\"/\">高新区 news search</a></h1></header>\n<main>\n");
        html.Append("<h2>").Append(H(name)).Append("</h2>\n");
        if (error != null)
        {
            html.Append("<p class=\"error\">").Append(H(error)).Append("</p>\n</main>\n</body>\n</html>\n");
            return html.ToString();
        }
        if (rows.Count == 0) html.Append("<p class=\"note\">No figure in the index is about this subject.</p>\n");
        foreach (var group in rows.GroupBy(r => r.Indicator ?? r.Metric ?? "").Where(g => g.Key.Length > 0).OrderByDescending(g => g.Count(r => r.Value != null)))
        {
            var charted = group.Where(r => r.Value != null && r.Period != null).ToList();
            if (charted.Count == 0) continue;
            // One unit per chart: the one most reports use.
            var unit = charted.GroupBy(r => r.Unit ?? "").OrderByDescending(g => g.Count()).First().Key;
            charted = charted.Where(r => (r.Unit ?? "") == unit).OrderBy(r => r.Period, StringComparer.Ordinal).ThenBy(r => r.Target).ToList();
            var link = $"/subject?name={Uri.EscapeDataString(name)}&indicator={Uri.EscapeDataString(group.Key)}";
            html.Append($"<section class=\"indicator\"><h3><a href=\"{H(link)}\">{H(group.Key)}</a> <span class=\"note\">{H(unit)}</span></h3>\n");
            html.Append(Chart(name, group.Key, unit, charted));
            html.Append("</section>\n");
        }
        if (rows.Count > 0)
        {
            html.Append("<table id=\"facts\">\n<thead><tr><th>indicator</th><th>period</th><th>target</th><th>value</th><th>unit</th><th>change</th><th>articles</th><th>conflict</th></tr></thead>\n<tbody>\n");
            foreach (var r in rows)
                html.Append($"<tr><th>{H(r.Indicator ?? r.Metric ?? "")}</th><th>{H(PeriodText(r.Period, r.PeriodEnd))}</th><th>{(r.Target ? "target" : "")}</th>" +
                            $"<td>{H(r.Value is { } v ? Plain(v) : "")}</td><th>{H(r.Unit ?? "")}</th>" +
                            $"<td>{H(r.Change is { } c ? Plain(c) + (r.ChangeUnit ?? "") : "")}</td><th>{H(r.Articles)}</th><th>{H(r.Conflict ? r.Values ?? "" : "")}</th></tr>\n");
            html.Append("</tbody>\n</table>\n");
        }
        html.Append(indicator != null ? $"<p><a href=\"/subject?name={H(Uri.EscapeDataString(name))}\">all indicators</a></p>\n" : "");
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>Bars of the level per period, labelled; a target is drawn hollow. Each bar has a title
    /// “subject indicator period: value unit”.</summary>
    private static string Chart(string subject, string indicator, string unit, IReadOnlyList<FactRow> rows)
    {
        var max = rows.Max(r => r.Value!.Value);
        if (max <= 0) max = 1;
        var slot = (ChartWidth - 2 * Margin) / (double)rows.Count;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"trend\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{ChartWidth}\" height=\"{ChartHeight + 40}\" role=\"img\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Margin}\" y1=\"{ChartHeight}\" x2=\"{ChartWidth - Margin}\" y2=\"{ChartHeight}\" stroke=\"#999\"/>\n");
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            var height = Math.Max(1, (double)(r.Value!.Value / max) * (ChartHeight - 24));
            var x = Margin + i * slot + slot * 0.15;
            var width = slot * 0.7;
            var label = PeriodText(r.Period, r.PeriodEnd) + (r.Target ? " (target)" : "");
            var fill = r.Target ? "fill=\"none\" stroke=\"#3b6fb6\" stroke-dasharray=\"4 2\"" : "fill=\"#3b6fb6\"";
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect x=\"{x:0.#}\" y=\"{ChartHeight - height:0.#}\" width=\"{width:0.#}\" height=\"{height:0.#}\" {fill}><title>{H($"{subject} {indicator} {label}: {Plain(r.Value.Value)} {unit}")}</title></rect>\n");
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{x + width / 2:0.#}\" y=\"{ChartHeight - height - 4:0.#}\" text-anchor=\"middle\" font-size=\"10\">{H(Short(r.Value.Value))}</text>\n");
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{x + width / 2:0.#}\" y=\"{ChartHeight + 14}\" text-anchor=\"middle\" font-size=\"10\">{H(label)}</text>\n");
        }
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    /// <summary>The subject as a link to its page, with its kind; empty when there is none.</summary>
    public static string SubjectLink(string? subject, string? kind) =>
        string.IsNullOrEmpty(subject) ? ""
            : $"<a href=\"/subject?name={H(Uri.EscapeDataString(subject))}\">{H(subject)}</a>" + (kind is { } k ? $" <span class=\"count\">{H(k)}</span>" : "");

    public static string PeriodText(string? period, string? end) => FactTable.PeriodText(period, end);

    /// <summary>change (kind) of X, share of Y, target: what the figure is beyond its level.</summary>
    public static string FactsText(FigureRow f)
    {
        var parts = new List<string>();
        if (f.Change) parts.Add("change" + (f.ChangeKind is { } k ? $" ({k})" : "") + (f.Of is { } of ? " of " + of : ""));
        if (f.ShareOf is { } whole) parts.Add("share of " + whole);
        if (f.Target) parts.Add("target");
        return string.Join("; ", parts);
    }

    private static string Plain(decimal value) => FactTable.Plain(value);

    /// <summary>2034.2亿 for 203420000000: the label a reader takes in at a glance.</summary>
    private static string Short(decimal value) => Math.Abs(value) switch
    {
        >= 100_000_000m => Plain(Math.Round(value / 100_000_000m, 2)) + "亿",
        >= 10_000m => Plain(Math.Round(value / 10_000m, 2)) + "万",
        _ => Plain(Math.Round(value, 2)),
    };

    private static string H(string text) => SearchPage.H(text);

    private const string Style = """
        body { font-family: system-ui, sans-serif; margin: 16px 24px; }
        header h1 a { color: inherit; text-decoration: none; }
        .note { color: #666; font-size: 12px; } .count { color: #777; font-size: 12px; }
        .error { background: #fdecea; border: 1px solid #f5c2bd; color: #8a1f11; padding: 10px 14px; border-radius: 4px; }
        table th { font-weight: normal; text-align: left; } td { white-space: nowrap; }
        section.indicator h3 { font-size: 15px; margin: 18px 0 4px; }

        """;
}
