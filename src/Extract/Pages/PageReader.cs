using Pipeline.Extract.Model;

namespace Pipeline.Extract.Pages;

/// <summary>From a source document to its articles: page texts are split, article pages cleaned.</summary>
public static class PageReader
{
    public static PageLayout Read(SourceDocument source)
    {
        var layout = new PageLayout { Published = source.Published, PublishedInferred = false };
        var paragraphs = source.Text.Replace("\r\n", "\n").Split('\n')
            .Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var title = source.Title;
        if (source.Kind == DocumentKind.PageText && title == null && paragraphs.Count > 0)
        {
            title = paragraphs[0];
            paragraphs.RemoveAt(0);
        }
        layout.Articles.Add(new ArticleRecord
        {
            Id = source.Kind == DocumentKind.Article ? source.Source : source.Source + "#1",
            Source = source.Source,
            Url = source.Url,
            Title = title ?? "",
            Kicker = source.Kicker,
            Subtitle = source.Subtitle,
            Authors = source.Authors,
            Page = source.Page,
            PageNumber = source.PageNumber,
            Captions = source.Captions,
            Body = string.Join("\n", paragraphs),
        });
        return layout;
    }
}
