using Pipeline.Extract.Model;
using Pipeline.Extract.Text;

namespace Pipeline.Extract.Pages;

/// <summary>From a source document to its articles: page texts are split (<see cref="PageSplitter"/>),
/// article pages (HTML, JSONL) keep their fields and get their body cleaned.</summary>
public static class PageReader
{
    public static PageLayout Read(SourceDocument source) =>
        source.Kind == DocumentKind.Article ? ReadArticle(source) : PageSplitter.Split(source);

    private static string? InferredDate(string foldedText) => PageDates.FromEditorCode(foldedText) ?? PageDates.Infer(new[] { foldedText });

    private static PageLayout ReadArticle(SourceDocument source)
    {
        var texts = source.Text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n')
            .Select(TextNormalizer.Clean).Where(l => l.Length > 0).ToList();
        var authors = new List<Author>(source.Authors);
        // A lead that opens with its date (本报讯(2021-08-31)) dates an article page that has no date of its own.
        var lead = source.Published == null ? texts.Take(1).Select(t => PageDates.LeadDate(TextNormalizer.Fold(t))).FirstOrDefault() : null;
        TakeBylines(texts, authors);
        var lines = texts.Select(l => new Paragraph(l, false, false));
        // A saved or crawled page's own address dates it when it holds a date (…/2021/1126/21604.html), as it does an HTML page:
        // the page was filed then, which a year guessed from the text is not.
        var addressed = source.Published == null && lead == null ? PageDates.FromUrl(source.Url) : null;
        // An article page without a date gets one inferred from its text, as a page text would.
        var inferred = source.Published == null && lead == null && addressed == null ? InferredDate(TextNormalizer.Fold(source.Text)) : null;
        if (inferred is { Length: 4 } && PageDates.DatelineDay(texts.Take(1).Select(t => (t, TextNormalizer.Fold(t)))) is { } day)
            inferred = PageDates.WithDay(inferred, day.Month, day.Day);
        var layout = new PageLayout { Published = source.Published ?? lead ?? addressed ?? inferred, PublishedInferred = inferred != null };
        layout.Articles.Add(new ArticleRecord
        {
            Id = source.Source,
            Source = source.Source,
            Url = source.Url,
            Title = TextNormalizer.Clean(source.Title ?? ""),
            Kicker = CleanOrNull(source.Kicker),
            Subtitle = CleanOrNull(source.Subtitle),
            Authors = authors,
            Page = source.Page,
            PageNumber = source.PageNumber,
            Captions = source.Captions.Select(TextNormalizer.Clean).Where(c => c.Length > 0).ToList(),
            Body = string.Join("\n", ArticleDraft.Rejoin(lines)),
        });
        return layout;
    }

    /// <summary>An article page's body may open with a dateline (人民网南京10月20日电（记者王丽）) and end
    /// with a credit (（责编：李四）): their people are authors, as on a page text; the credit leaves the body.</summary>
    private static void TakeBylines(List<string> lines, List<Author> authors)
    {
        if (lines.Count == 0) return;
        var first = lines[0];
        var folded = TextNormalizer.Fold(first);
        if (Bylines.TryParseDateline(first, folded, out var found, out var length))
        {
            if (authors.Count == 0) authors.AddRange(found);
            lines[0] = first[Bylines.BodyStart(folded, length)..].Trim();
            if (lines[0].Length == 0) lines.RemoveAt(0);
        }
        if (lines.Count == 0) return;
        var last = lines[^1];
        if (Bylines.TryParseTrailingCredit(last, TextNormalizer.Fold(last), out var credit, out var bodyLength))
        {
            authors.AddRange(credit.Where(c => authors.All(a => a.Name != c.Name)));
            lines[^1] = last[..bodyLength].Trim();
            if (lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
        }
    }

    private static string? CleanOrNull(string? text) => text == null ? null : TextNormalizer.Clean(text) is { Length: > 0 } t ? t : null;
}
