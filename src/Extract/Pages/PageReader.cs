using Pipeline.Extract.Model;
using Pipeline.Extract.Text;

namespace Pipeline.Extract.Pages;

/// <summary>From a source document to its articles: page texts are split (<see cref="PageSplitter"/>),
/// article pages (HTML, JSONL) keep their fields and get their body cleaned.</summary>
public static class PageReader
{
    public static PageLayout Read(SourceDocument source) =>
        source.Kind == DocumentKind.Article ? ReadArticle(source) : PageSplitter.Split(source);

    private static PageLayout ReadArticle(SourceDocument source)
    {
        var lines = source.Text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n')
            .Select(TextNormalizer.Clean).Where(l => l.Length > 0)
            .Select(l => new Paragraph(l, false, false));
        // An article page without a date gets one inferred from its text, as a page text would.
        var inferred = source.Published == null ? PageDates.Infer(new[] { TextNormalizer.Fold(source.Text) }) : null;
        var layout = new PageLayout { Published = source.Published ?? inferred, PublishedInferred = inferred != null };
        layout.Articles.Add(new ArticleRecord
        {
            Id = source.Source,
            Source = source.Source,
            Url = source.Url,
            Title = TextNormalizer.Clean(source.Title ?? ""),
            Kicker = CleanOrNull(source.Kicker),
            Subtitle = CleanOrNull(source.Subtitle),
            Authors = source.Authors,
            Page = source.Page,
            PageNumber = source.PageNumber,
            Captions = source.Captions.Select(TextNormalizer.Clean).Where(c => c.Length > 0).ToList(),
            Body = string.Join("\n", ArticleDraft.Rejoin(lines)),
        });
        return layout;
    }

    private static string? CleanOrNull(string? text) => text == null ? null : TextNormalizer.Clean(text) is { Length: > 0 } t ? t : null;
}
