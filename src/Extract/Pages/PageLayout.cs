using Pipeline.Extract.Model;

namespace Pipeline.Extract.Pages;

/// <summary>The articles found in one source, with what is known of its publication date.</summary>
public sealed class PageLayout
{
    public List<ArticleRecord> Articles { get; } = new();
    public string? Published { get; set; }
    public bool PublishedInferred { get; set; }
    /// <summary>The page shows itself a saved web page (furniture, a source line or a title bar near its top), which holds
    /// one article (tools/headline-model measures how often this holds on the development sets).</summary>
    internal bool WebPage { get; set; }
}
