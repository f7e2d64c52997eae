using Pipeline.Extract.Model;

namespace Pipeline.Extract.Pages;

/// <summary>The articles found in one source, with what is known of its publication date.</summary>
public sealed class PageLayout
{
    public List<ArticleRecord> Articles { get; } = new();
    public string? Published { get; set; }
    public bool PublishedInferred { get; set; }
}
