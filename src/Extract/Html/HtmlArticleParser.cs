using AngleSharp.Html.Parser;
using Pipeline.Extract.Model;

namespace Pipeline.Extract.Html;

/// <summary>An HTML article page → its article fields.</summary>
public static class HtmlArticleParser
{
    public static SourceDocument Parse(string html, string source, string? url = null)
    {
        var document = new HtmlParser().ParseDocument(html);
        var title = document.QuerySelector("h1")?.TextContent.Trim() ?? document.Title?.Trim();
        var paragraphs = document.QuerySelectorAll("p").Select(p => p.TextContent.Trim()).Where(t => t.Length > 0);
        return new SourceDocument
        {
            Source = source,
            Url = url,
            Kind = DocumentKind.Article,
            Title = title,
            Text = string.Join("\n", paragraphs),
        };
    }
}
