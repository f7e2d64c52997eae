using System.Globalization;
using System.Net;
using System.Security;
using System.Text;

namespace Pipeline.Cli.Reports;

/// <summary>Self-contained charts of a <see cref="CoverageReport"/>: an SVG of stacked bars per period (one colour
/// per zone, legend, axes, title), and an HTML page embedding it with the tables.</summary>
internal static class CoverageChart
{
    /// <summary>Tableau 10: distinct, colour-blind-aware hues; "others" is grey.</summary>
    private static readonly string[] Palette =
        { "#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#17becf", "#8c564b", "#bcbd22" };
    private const string OthersColour = "#bab0ac";
    private const string Font = "'Noto Sans CJK SC','Source Han Sans SC','Microsoft YaHei','PingFang SC','WenQuanYi Micro Hei',sans-serif";

    public static string Colour(IReadOnlyList<string> series, int index) =>
        series[index] == CoverageReport.Others ? OthersColour : Palette[index % Palette.Length];

    public static string Svg(CoverageReport report, int top, string title)
    {
        var series = report.Series(top);
        var periods = report.Periods;
        const int left = 64, right = 24, titleHeight = 48, plotHeight = 320, axisHeight = 64;
        var slot = Math.Clamp(840.0 / Math.Max(1, periods.Count), 6, 48);
        var plotWidth = Math.Max(480, slot * periods.Count);
        var width = (int)Math.Ceiling(left + plotWidth + right);
        slot = plotWidth / Math.Max(1, periods.Count);

        // Legend: as many items per row as fit, each sized by its label.
        var legend = new List<(int Index, double X, int Row)>();
        double x = left;
        var row = 0;
        for (var i = 0; i < series.Count; i++)
        {
            var itemWidth = 22 + TextTable.Width(series[i]) * 7 + 18;
            if (x + itemWidth > width - right && x > left)
            {
                row++;
                x = left;
            }
            legend.Add((i, x, row));
            x += itemWidth;
        }
        var legendTop = titleHeight + plotHeight + axisHeight;
        var height = legendTop + (row + 1) * 22 + 12;

        var totals = periods.Select(p => series.Sum(s => report.SeriesCount(s, p, top))).ToList();
        var (max, step) = NiceScale(totals.DefaultIfEmpty(0).Max());
        double Y(double v) => titleHeight + plotHeight - v / max * plotHeight;

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"{Font}\" font-size=\"12\" role=\"img\" aria-label=\"{X(title)}\">\n");
        svg.Append($"<title>{X(title)}</title>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"{width}\" height=\"{height}\" fill=\"#ffffff\"/>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{width / 2}\" y=\"28\" text-anchor=\"middle\" font-size=\"17\" font-weight=\"bold\" fill=\"#222\">{X(title)}</text>\n");

        // Grid and y axis.
        for (var v = 0; v <= max; v += step)
        {
            var y = F(Y(v));
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" x2=\"{F(left + plotWidth)}\" y1=\"{y}\" y2=\"{y}\" stroke=\"{(v == 0 ? "#555" : "#e4e4e4")}\"/>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{left - 8}\" y=\"{y}\" dy=\"4\" text-anchor=\"end\" fill=\"#444\">{v}</text>\n");
        }
        var midY = F(titleHeight + plotHeight / 2.0);
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"16\" y=\"{midY}\" transform=\"rotate(-90 16 {midY})\" text-anchor=\"middle\" fill=\"#333\">articles per zone</text>\n");

        // Bars: one stack per period, first series at the bottom.
        var barWidth = Math.Max(2, slot * 0.72);
        for (var i = 0; i < periods.Count; i++)
        {
            var bx = left + i * slot + (slot - barWidth) / 2;
            double stacked = 0;
            for (var s = 0; s < series.Count; s++)
            {
                var n = report.SeriesCount(series[s], periods[i], top);
                if (n == 0) continue;
                var y0 = Y(stacked + n);
                svg.Append(CultureInfo.InvariantCulture,
                    $"<rect x=\"{F(bx)}\" y=\"{F(y0)}\" width=\"{F(barWidth)}\" height=\"{F(Y(stacked) - y0)}\" fill=\"{Colour(series, s)}\"><title>{X(series[s])} {periods[i].Label}: {n}</title></rect>\n");
                stacked += n;
            }
        }

        // X axis labels, thinned so they never overlap.
        var labelWidth = periods.Count > 0 ? periods[0].Label.Length * 7 + 10 : 1;
        var every = (int)Math.Ceiling(labelWidth / slot);
        var axisY = titleHeight + plotHeight;
        for (var i = 0; i < periods.Count; i += Math.Max(1, every))
        {
            var cx = F(left + i * slot + slot / 2);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{cx}\" x2=\"{cx}\" y1=\"{axisY}\" y2=\"{axisY + 4}\" stroke=\"#555\"/>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{cx}\" y=\"{axisY + 18}\" text-anchor=\"middle\" fill=\"#444\">{X(periods[i].Label)}</text>\n");
        }
        svg.Append(CultureInfo.InvariantCulture,
            $"<text x=\"{F(left + plotWidth / 2)}\" y=\"{axisY + 44}\" text-anchor=\"middle\" fill=\"#333\">{CoverageText.Unit(report.Granularity, 1)} of publication</text>\n");

        foreach (var (index, lx, lrow) in legend)
        {
            var ly = legendTop + lrow * 22;
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{F(lx)}\" y=\"{ly}\" width=\"14\" height=\"14\" fill=\"{Colour(series, index)}\"/>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(lx + 20)}\" y=\"{ly + 12}\" fill=\"#222\">{X(series[index])}</text>\n");
        }
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    /// <summary>A page with the chart, the period × zone table and the zones uncovered the longest; no external resources.</summary>
    public static string Html(CoverageReport report, int top, string title, bool primaryOnly, NeverCovered? neverCovered = null)
    {
        var series = report.Series(top);
        var unit = CoverageText.Unit(report.Granularity, 1);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append($"<title>{H(title)}</title>\n");
        html.Append("<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n");
        html.Append($"<h1>{H(title)}</h1>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{report.ArticlesCounted:N0} articles, {report.Zones.Count:N0} zones; ")
            .Append(primaryOnly ? "each article counts for its primary zone only" : "an article counts for every zone it names")
            .Append(CultureInfo.InvariantCulture, $". {report.ArticlesWithoutZone:N0} name no zone, {report.ArticlesUndated:N0} are undated at this granularity.</p>\n");
        html.Append("<figure>\n").Append(Svg(report, top, title)).Append("</figure>\n");

        html.Append($"<h2>Articles per zone per {unit}</h2>\n<table>\n<thead><tr><th>{unit}</th>");
        foreach (var s in series) html.Append($"<th>{H(s)}</th>");
        html.Append("<th>articles</th></tr></thead>\n<tbody>\n");
        foreach (var period in report.Periods)
        {
            html.Append($"<tr><th>{H(period.Label)}</th>");
            foreach (var s in series) html.Append(CultureInfo.InvariantCulture, $"<td>{report.SeriesCount(s, period, top)}</td>");
            html.Append(CultureInfo.InvariantCulture, $"<td>{report.ArticlesPerPeriod.GetValueOrDefault(period)}</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n");

        html.Append($"<h2>Zones uncovered the longest (up to {H(report.LastPublished ?? "")})</h2>\n");
        html.Append("<table>\n<thead><tr><th>zone</th><th>articles</th><th>longest gap</th><th>since last</th><th>last article</th></tr></thead>\n<tbody>\n");
        foreach (var gap in report.Gaps.Take(Math.Max(1, top)))
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><th>{H(gap.Zone)}</th><td>{gap.Articles}</td><td>{H(CoverageText.GapText(report.Granularity, gap))}</td><td>{gap.PeriodsSinceLast} {CoverageText.Unit(report.Granularity, gap.PeriodsSinceLast)}</td><td>{H(gap.LastPublished)} ({gap.DaysSinceLast} days)</td></tr>\n");
        html.Append("</tbody>\n</table>\n");
        if (neverCovered != null)
        {
            html.Append($"<h2>Never named in this range</h2>\n<p class=\"note\">{H(neverCovered.Summary())}</p>\n");
            foreach (var (kind, provinces) in neverCovered.ByKind())
            {
                html.Append($"<details><summary>{H(kind)}</summary>\n<ul>\n");
                foreach (var (province, names) in provinces) html.Append($"<li><b>{H(province)}</b>: {H(string.Join("、", names))}</li>\n");
                html.Append("</ul>\n</details>\n");
            }
        }
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    internal const string Style = """
        body { font-family: 'Noto Sans CJK SC','Source Han Sans SC','Microsoft YaHei','PingFang SC','WenQuanYi Micro Hei',sans-serif; margin: 24px; color: #222; }
        h1 { font-size: 22px; } h2 { font-size: 17px; margin-top: 28px; }
        .note { color: #555; }
        figure { margin: 0; overflow-x: auto; }
        table { border-collapse: collapse; font-size: 13px; }
        th, td { border: 1px solid #ddd; padding: 3px 8px; }
        td { text-align: right; font-variant-numeric: tabular-nums; }
        thead th { background: #f3f3f3; }
        tbody th { text-align: left; font-weight: normal; }

        """;

    /// <summary>The axis maximum and tick step: 1, 2 or 5 × 10^k, about five ticks.</summary>
    internal static (int Max, int Step) NiceScale(int highest)
    {
        if (highest <= 0) return (1, 1);
        var rough = highest / 5.0;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = (int)Math.Max(1, new[] { 1, 2, 5, 10 }.Select(m => m * magnitude).First(s => s >= rough));
        return ((highest + step - 1) / step * step, step);
    }

    private static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>XML-escaped text for SVG, valid both standalone and inside HTML. Characters XML forbids (controls other than tab and newlines) are dropped.</summary>
    internal static string X(string text) =>
        SecurityElement.Escape(new string(text.Where(c => c >= ' ' || c is '\t' or '\n' or '\r').ToArray())) ?? "";

    private static string H(string text) => WebUtility.HtmlEncode(text);
}
