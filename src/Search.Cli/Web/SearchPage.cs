using System.Globalization;
using System.Net;
using System.Text;
using Pipeline.Cli.Reports;
using Pipeline.Index;

namespace Pipeline.Cli.Web;

/// <summary>Renders the analysts' page. Every value from the index or the request goes through <see cref="H"/>;
/// snippets come pre-escaped from <see cref="Snippet.ToHtml"/> with only &lt;mark&gt; added.</summary>
internal static class SearchPage
{
    public static readonly string[] FacetFields = { "zone", "enterprise", "year", "month" };
    private static readonly Dictionary<string, string> FacetTitles = new()
    {
        ["zone"] = "Zones", ["enterprise"] = "Enterprises", ["year"] = "Years", ["month"] = "Months",
    };

    /// <param name="Warnings">Zones or enterprises typed that no article names, with the nearest names.</param>
    /// <param name="EmptyHint">For a search that finds nothing: which condition leaves nothing (<see cref="EmptyResult"/>).</param>
    public sealed record Model(PageQuery Query, int ArticleCount, SearchResult? Result, string? Error, CoverageReport? Coverage,
        IReadOnlyList<FigureRow> Figures, int FigureTotal, IReadOnlyList<string>? Warnings = null, string? EmptyHint = null);

    public static string Render(Model m)
    {
        var q = m.Query;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(H(q.Q is { } title ? (title.Length > 60 ? title[..60] + "…" : title) + " — " : "")).Append("高新区 news search</title>\n");
        html.Append("<style>\n").Append(CoverageChart.Style).Append(Style).Append("</style>\n</head>\n<body>\n");
        html.Append(CultureInfo.InvariantCulture, $"<header><h1><a href=\"/\">高新区 news search</a></h1><span class=\"note\">{m.ArticleCount:N0} articles indexed</span></header>\n");

        // Search box and filters.
        html.Append("<form id=\"search\" method=\"get\" action=\"/\">\n");
        html.Append($"<input id=\"q\" name=\"q\" type=\"search\" placeholder=\"query, e.g. 人工智能 OR 集成电路\" value=\"{H(q.Q ?? "")}\" autofocus>\n");
        html.Append($"<input name=\"zone\" placeholder=\"zone\" value=\"{H(q.Zones.FirstOrDefault() ?? "")}\">\n");
        html.Append($"<input name=\"enterprise\" placeholder=\"enterprise\" value=\"{H(q.Enterprises.FirstOrDefault() ?? "")}\">\n");
        html.Append($"<input name=\"from\" placeholder=\"from YYYY-MM-DD\" size=\"12\" value=\"{H(q.From ?? "")}\">\n");
        html.Append($"<input name=\"to\" placeholder=\"to YYYY-MM-DD\" size=\"12\" value=\"{H(q.To ?? "")}\">\n");
        // Drill-down state the visible fields do not show travels along with a new query.
        foreach (var z in q.Zones.Skip(1)) html.Append($"<input type=\"hidden\" name=\"zone\" value=\"{H(z)}\">\n");
        foreach (var e in q.Enterprises.Skip(1)) html.Append($"<input type=\"hidden\" name=\"enterprise\" value=\"{H(e)}\">\n");
        if (q.Year != null) html.Append($"<input type=\"hidden\" name=\"year\" value=\"{H(q.Year)}\">\n");
        if (q.Month != null) html.Append($"<input type=\"hidden\" name=\"month\" value=\"{H(q.Month)}\">\n");
        if (q.By != "month") html.Append($"<input type=\"hidden\" name=\"by\" value=\"{H(q.By)}\">\n");
        html.Append("<button type=\"submit\">Search</button>\n</form>\n");

        if (m.Error != null)
        {
            html.Append($"<p class=\"error\" role=\"alert\">{H(m.Error)}</p>\n</body>\n</html>\n");
            return html.ToString();
        }
        var result = m.Result!;
        ActiveFilters(html, q);
        foreach (var warning in m.Warnings ?? Array.Empty<string>())
            html.Append($"<p class=\"warning\" role=\"status\">{H(char.ToUpperInvariant(warning[0]) + warning[1..])}</p>\n");

        html.Append("<div class=\"columns\">\n<aside id=\"facets\">\n");
        foreach (var field in FacetFields)
        {
            if (!result.Facets.TryGetValue(field, out var values) || values.Count == 0) continue;
            html.Append($"<section class=\"facet\" data-field=\"{H(field)}\"><h3>{H(FacetTitles[field])}</h3>\n<ul>\n");
            foreach (var value in values)
            {
                var link = DrillDown(q, field, value.Value);
                var label = $"{H(value.Value)} <span class=\"count\">{value.Count:N0}</span>";
                html.Append(link == null
                    ? $"<li class=\"selected\">{label}</li>\n"
                    : $"<li><a class=\"facet-link\" href=\"{H(link)}\">{label}</a></li>\n");
            }
            html.Append("</ul></section>\n");
        }
        html.Append("</aside>\n<main>\n");

        html.Append(CultureInfo.InvariantCulture, $"<p id=\"total\" class=\"note\"><strong>{result.Total:N0}</strong> articles</p>\n<ol id=\"hits\" start=\"{(q.Page - 1) * PageQuery.PageSize + 1}\">\n");
        foreach (var hit in result.Hits)
        {
            html.Append($"<li class=\"hit\" data-id=\"{H(hit.Id)}\"><h2 class=\"title\"><a href=\"{H(ArticlePage.Link(hit.Id))}\">{H(ArticleView.DisplayTitle(hit.Title, hit.Body, hit.Id))}</a></h2>\n<p class=\"meta\">");
            html.Append(H(hit.Published ?? "date unknown"));
            foreach (var zone in hit.Zones) html.Append($" · <a href=\"{H(q.Link("/", ("zone", new[] { zone }), ("p", null)))}\">{H(zone)}</a>");
            if (hit.Enterprises.Count > 0) html.Append(" · ").Append(H(string.Join("、", hit.Enterprises.Take(4))));
            html.Append("</p>\n");
            foreach (var snippet in hit.Snippets) html.Append("<p class=\"snippet\">").Append(snippet.ToHtml()).Append("</p>\n");
            html.Append("</li>\n");
        }
        html.Append("</ol>\n");
        if (m.EmptyHint != null) html.Append($"<p id=\"empty-hint\" class=\"warning\" role=\"status\">{H(m.EmptyHint)}</p>\n");
        PastTheLastPage(html, q, result);
        Pager(html, q, result.Total);

        html.Append("<section id=\"coverage\"><h2>Coverage</h2>\n<p class=\"note\">By ");
        foreach (var by in new[] { "month", "quarter", "year" })
            html.Append(by == q.By ? $"<strong>{by}</strong> " : $"<a href=\"{H(q.Link("/", ("by", new[] { by })))}\">{by}</a> ");
        html.Append("</p>\n");
        if (m.Coverage is { Periods.Count: > 0 } coverage)
            html.Append("<figure>").Append(CoverageChart.Svg(coverage, 8, Pipeline.Cli.Commands.CoverageCommand.DefaultTitle(coverage, false))).Append("</figure>\n");
        else html.Append("<p class=\"note\">No dated article to chart.</p>\n");
        html.Append("</section>\n");

        html.Append(CultureInfo.InvariantCulture, $"<section id=\"figures\"><h2>Figures</h2>\n<p class=\"note\">{m.FigureTotal:N0} figures");
        if (m.FigureTotal > m.Figures.Count) html.Append(CultureInfo.InvariantCulture, $", the newest {m.Figures.Count:N0} shown");
        html.Append($" · <a id=\"download\" href=\"{H(q.Link("/figures.csv"))}\" download>Download CSV</a></p>\n");
        if (m.Figures.Count > 0)
        {
            html.Append("<table>\n<thead><tr><th>date</th><th>subject</th><th>metric</th><th>indicator</th><th>period</th><th>figure</th><th>value</th><th>unit</th><th>facts</th><th>article</th></tr></thead>\n<tbody>\n");
            foreach (var f in m.Figures)
                html.Append($"<tr><th>{H(f.Published ?? "")}</th><th>{SubjectPage.SubjectLink(f.Subject, f.SubjectKind)}</th><th>{H(f.Metric ?? "")}</th><th>{H(f.Indicator ?? "")}</th><th>{H(SubjectPage.PeriodText(f.Period, f.PeriodEnd))}</th><th title=\"{H(f.Sentence ?? "")}\">{H(f.Text)}</th><td>{H(ExportNumbers.Normalize(f.Value).ToString(CultureInfo.InvariantCulture))}{(f.ValueMax is { } max ? "–" + H(ExportNumbers.Normalize(max).ToString(CultureInfo.InvariantCulture)) : "")}</td><th>{H(f.Unit)}</th><th>{H(SubjectPage.FactsText(f))}</th><th>{H(f.Title)}</th></tr>\n");
            html.Append("</tbody>\n</table>\n");
        }
        html.Append("</section>\n</main>\n</div>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>The link that adds <paramref name="value"/> as a filter on <paramref name="field"/>, or null when it is
    /// already applied or the field takes no more values.</summary>
    internal static string? DrillDown(PageQuery q, string field, string value)
    {
        switch (field)
        {
            case "zone" when !q.Zones.Contains(value) && q.Zones.Count < PageQuery.MaxValuesPerField:
                return q.Link("/", ("zone", q.Zones.Append(value).ToList()), ("p", null));
            case "enterprise" when !q.Enterprises.Contains(value) && q.Enterprises.Count < PageQuery.MaxValuesPerField:
                return q.Link("/", ("enterprise", q.Enterprises.Append(value).ToList()), ("p", null));
            case "year" when q.Year != value:
                return q.Link("/", ("year", new[] { value }), ("p", null));
            case "month" when q.Month != value:
                return q.Link("/", ("month", new[] { value }), ("p", null));
            default:
                return null;
        }
    }

    private static void ActiveFilters(StringBuilder html, PageQuery q)
    {
        if (!q.HasFilters) return;
        html.Append("<p id=\"active\">Filters: ");
        void Chip(string label, string link) => html.Append($"<a class=\"chip\" href=\"{H(link)}\" title=\"remove\">{H(label)} ✕</a> ");
        foreach (var z in q.Zones) Chip("zone: " + z, q.Link("/", ("zone", q.Zones.Where(v => v != z).ToList()), ("p", null)));
        foreach (var e in q.Enterprises) Chip("enterprise: " + e, q.Link("/", ("enterprise", q.Enterprises.Where(v => v != e).ToList()), ("p", null)));
        if (q.From != null) Chip("from " + q.From, q.Link("/", ("from", null), ("p", null)));
        if (q.To != null) Chip("to " + q.To, q.Link("/", ("to", null), ("p", null)));
        if (q.Year != null) Chip("year " + q.Year, q.Link("/", ("year", null), ("p", null)));
        if (q.Month != null) Chip("month " + q.Month, q.Link("/", ("month", null), ("p", null)));
        html.Append("</p>\n");
    }

    /// <summary>A page number beyond the results (an old link, a typed p=) says so and links back to the last page.</summary>
    private static void PastTheLastPage(StringBuilder html, PageQuery q, SearchResult result)
    {
        if (result.Hits.Count > 0 || result.Total == 0 || q.Page == 1) return;
        var last = Math.Max(1, (result.Total + PageQuery.PageSize - 1) / PageQuery.PageSize);
        html.Append(CultureInfo.InvariantCulture, $"<p id=\"past-last\" class=\"error\">Page {q.Page:N0} is past the last page of these {result.Total:N0} articles. ");
        html.Append($"<a rel=\"prev\" href=\"{H(q.Link("/", ("p", last == 1 ? null : new[] { last.ToString(CultureInfo.InvariantCulture) })))}\">Go to page {last:N0}</a></p>\n");
    }

    private static void Pager(StringBuilder html, PageQuery q, int total)
    {
        var pages = (total + PageQuery.PageSize - 1) / PageQuery.PageSize;
        if (pages <= 1) return;
        html.Append("<nav class=\"pager\">");
        if (q.Page > 1) html.Append($"<a rel=\"prev\" href=\"{H(q.Link("/", ("p", new[] { (q.Page - 1).ToString(CultureInfo.InvariantCulture) })))}\">← newer/better</a> ");
        html.Append(CultureInfo.InvariantCulture, $"page {q.Page} of {pages:N0}");
        if (q.Page < pages) html.Append($" <a rel=\"next\" href=\"{H(q.Link("/", ("p", new[] { (q.Page + 1).ToString(CultureInfo.InvariantCulture) })))}\">more →</a>");
        html.Append("</nav>\n");
    }

    internal const string Style = """
        header { display: flex; align-items: baseline; gap: 16px; } header h1 a { color: inherit; text-decoration: none; }
        form#search { display: flex; flex-wrap: wrap; gap: 6px; margin-bottom: 12px; }
        form#search input { padding: 6px 8px; font-size: 14px; border: 1px solid #bbb; border-radius: 4px; }
        form#search input#q { flex: 1 1 320px; }
        button { padding: 6px 14px; font-size: 14px; }
        .columns { display: flex; gap: 28px; align-items: flex-start; }
        aside { flex: 0 0 220px; font-size: 13px; } aside h3 { font-size: 14px; margin: 14px 0 4px; }
        aside ul { list-style: none; padding: 0; margin: 0; } aside li { padding: 2px 0; }
        aside li.selected { font-weight: bold; }
        .count { color: #777; font-size: 12px; margin-left: 4px; }
        main { flex: 1 1 auto; min-width: 0; }
        ol#hits { padding-left: 22px; } .hit h2 { font-size: 16px; margin: 14px 0 2px; }
        .meta { color: #666; font-size: 12px; margin: 0 0 4px; }
        .snippet { margin: 2px 0; font-size: 14px; line-height: 1.5; }
        mark { background: #fff0a0; padding: 0 1px; }
        .hit h2 a { color: #1a3d7c; text-decoration: none; } .hit h2 a:hover { text-decoration: underline; }
        .chip { display: inline-block; background: #eef3fb; border: 1px solid #c9d7ee; border-radius: 12px; padding: 1px 10px; margin-right: 4px; text-decoration: none; color: #234; }
        .warning { background: #fff8e1; border: 1px solid #f0d890; color: #6b5000; padding: 8px 14px; border-radius: 4px; }
        .error { background: #fdecea; border: 1px solid #f5c2bd; color: #8a1f11; padding: 10px 14px; border-radius: 4px; }
        table th { font-weight: normal; text-align: left; } td { white-space: nowrap; }
        #figures tbody th:not(:last-child) { white-space: nowrap; }

        """;

    internal static string H(string text) => WebUtility.HtmlEncode(text);
}
