using System.Text;
using Pipeline.Cli.Reports;
using Pipeline.Extract.Model;
using static Pipeline.Cli.Web.SearchPage;

namespace Pipeline.Cli.Web;

/// <summary>One article, whole: kicker, title, subtitle, byline, date, page, the source link, the body with the
/// zones, enterprises, figures and dates the extractor found marked in it, and the figures as a table.</summary>
internal static class ArticlePage
{
    public static string Link(string id) => "/article?id=" + Uri.EscapeDataString(id);

    public static string Render(ArticleRecord r, int articleCount)
    {
        var title = ArticleView.DisplayTitle(r.Title, r.Body, r.Id);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(H(title)).Append(" — 高新区 news search</title>\n");
        html.Append("<style>\n").Append(CoverageChart.Style).Append(SearchPage.Style).Append(Style).Append("</style>\n</head>\n<body>\n");
        html.Append($"<header><h1><a href=\"/\">高新区 news search</a></h1><span class=\"note\">{articleCount:N0} articles indexed</span></header>\n");
        html.Append($"<article id=\"article\" data-id=\"{H(r.Id)}\">\n");
        if (!string.IsNullOrWhiteSpace(r.Kicker)) html.Append($"<p class=\"kicker\">{H(r.Kicker)}</p>\n");
        html.Append($"<h2 class=\"title\">{H(title)}</h2>\n");
        if (!string.IsNullOrWhiteSpace(r.Subtitle)) html.Append($"<p class=\"subtitle\">{H(r.Subtitle)}</p>\n");

        html.Append("<dl class=\"meta\">\n");
        void Field(string name, string? value, string? raw = null)
        {
            if (string.IsNullOrWhiteSpace(value) && raw == null) return;
            html.Append($"<dt>{H(name)}</dt><dd class=\"{H(name)}\">{raw ?? H(value!)}</dd>\n");
        }
        Field("authors", ArticleView.Authors(r));
        Field("published", r.Published == null ? "date unknown" : r.Published + (r.PublishedInferred ? " (inferred)" : ""));
        Field("page", ArticleView.Page(r));
        Field("section", r.Section);
        Field("zones", string.Join("、", r.Zones.Select(z => z.Name)));
        Field("enterprises", string.Join("、", r.Enterprises.Select(e => e.Name)));
        if (r.Url != null && Uri.TryCreate(r.Url, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
            Field("source", null, $"<a id=\"source\" href=\"{H(url.ToString())}\" rel=\"noreferrer\">{H(r.Url)}</a>");
        else Field("source", r.Url ?? r.Source);
        Field("id", r.Id);
        html.Append("</dl>\n");

        html.Append("<p class=\"legend\"><mark class=\"zone\">zone</mark> <mark class=\"enterprise\">enterprise</mark> <mark class=\"figure\">figure</mark> <mark class=\"date\">date</mark></p>\n");
        html.Append("<div id=\"body\">\n");
        Body(html, r.Body, ArticleView.Spans(r));
        html.Append("</div>\n");

        if (r.Figures.Count > 0)
        {
            html.Append($"<section id=\"article-figures\"><h3>Figures ({r.Figures.Count})</h3>\n<table>\n<thead><tr><th>figure</th><th>value</th><th>kind</th><th>metric</th><th>zone</th><th>enterprise</th><th>sentence</th></tr></thead>\n<tbody>\n");
            foreach (var f in r.Figures)
                html.Append($"<tr><th>{H(f.Text)}</th><td>{H(ArticleView.FigureValue(f))}</td><th>{H(f.Kind)}</th><th>{H(f.Metric ?? "")}</th><th>{H(f.Zone ?? "")}</th><th>{H(f.Enterprise ?? "")}</th><th class=\"sentence\">{H(f.Sentence ?? "")}</th></tr>\n");
            html.Append("</tbody>\n</table>\n</section>\n");
        }
        html.Append("</article>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>The body as paragraphs, each span in a &lt;mark&gt; of its kind with its resolved value as the tooltip.</summary>
    private static void Body(StringBuilder html, string body, IReadOnlyList<BodySpan> spans)
    {
        var at = 0;
        var text = new StringBuilder();
        foreach (var span in spans)
        {
            text.Append(H(body[at..span.Start]));
            text.Append($"<mark class=\"{span.Kind}\" title=\"{H(span.Kind + ": " + span.Label)}\">{H(body[span.Start..span.End])}</mark>");
            at = span.End;
        }
        text.Append(H(body[at..]));
        // Spans never cross a line break in practice; a paragraph per line keeps the marks balanced either way
        // because the break is only inserted in text outside marks.
        foreach (var paragraph in SplitOutsideMarks(text.ToString()))
            if (paragraph.Trim().Length > 0) html.Append("<p>").Append(paragraph.Trim()).Append("</p>\n");
    }

    private static IEnumerable<string> SplitOutsideMarks(string html)
    {
        var start = 0;
        var depth = 0;
        for (var i = 0; i < html.Length; i++)
        {
            if (string.CompareOrdinal(html, i, "<mark", 0, 5) == 0) depth++;
            else if (string.CompareOrdinal(html, i, "</mark>", 0, 7) == 0) depth--;
            else if (html[i] == '\n' && depth == 0)
            {
                yield return html[start..i];
                start = i + 1;
            }
        }
        yield return html[start..];
    }

    public static string NotFound(string id, int articleCount) =>
        $"<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>No such article — 高新区 news search</title>\n<style>\n{CoverageChart.Style}{SearchPage.Style}</style>\n</head>\n<body>\n" +
        $"<header><h1><a href=\"/\">高新区 news search</a></h1><span class=\"note\">{articleCount:N0} articles indexed</span></header>\n" +
        $"<p class=\"error\">No article has the id “{H(id)}”. <a href=\"/\">Back to the search</a></p>\n</body>\n</html>\n";

    private const string Style = """
        article { max-width: 860px; }
        .kicker, .subtitle { color: #555; margin: 4px 0; } article h2.title { font-size: 22px; margin: 6px 0; }
        dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; font-size: 13px; color: #444; }
        dl.meta dt { color: #888; } dl.meta dd { margin: 0; }
        #body p { font-size: 15px; line-height: 1.8; margin: 8px 0; }
        mark.zone { background: #d8ecff; } mark.enterprise { background: #e4f6dc; } mark.figure { background: #fff0a0; } mark.date { background: #f3e1f7; }
        .legend mark { font-size: 12px; padding: 1px 6px; }
        #article-figures td { font-variant-numeric: tabular-nums; } #article-figures .sentence { color: #555; font-size: 12px; }

        """;
}
