namespace Pipeline.Extract.Model;

/// <summary>What an input yields before extraction: either a whole page text (several
/// articles, to be split) or one article whose fields are already known (HTML page, JSONL line).</summary>
public sealed class SourceDocument
{
    public required string Source { get; init; }
    public string? Url { get; init; }
    public DocumentKind Kind { get; init; }
    /// <summary>Page text (Kind = PageText) or the article body (Kind = Article).</summary>
    public string Text { get; init; } = "";
    public string? Title { get; init; }
    public string? Kicker { get; init; }
    public string? Subtitle { get; init; }
    public string? Page { get; init; }
    public int? PageNumber { get; init; }
    public List<Author> Authors { get; init; } = new();
    public List<string> Captions { get; init; } = new();
    /// <summary>This page's place (1, 2, …) in a page text of several pages (split at form feeds); null for a text
    /// of one page. The articles of such a text are numbered on from page to page, as one page's are.</summary>
    public int? PageOfText { get; init; }
    /// <summary>ISO date printed by the source (YYYY[-MM[-DD]]), when it has one.</summary>
    public string? Published { get; init; }
}

public enum DocumentKind
{
    PageText,
    Article,
}
