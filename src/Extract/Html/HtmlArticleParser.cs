using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Pipeline.Extract.Model;

namespace Pipeline.Extract.Html;

/// <summary>An image printed with an article: absolute URL when the page URL is known, and its caption.</summary>
public sealed record ArticleImage(string Url, string? Caption);

/// <summary>What an article page yields: the article fields, its images, and which reading was used.</summary>
public sealed record ParsedHtmlArticle(SourceDocument Document, IReadOnlyList<ArticleImage> Images, string Template);

/// <summary>
/// An HTML article page → its article fields. Pages in the Founder e-paper template (used by 科技日报's
/// archive and many other papers) are read field by field; any other page goes through a general
/// main-content extraction (paragraph-cluster scoring with link-density and class/id hints).
/// </summary>
public static partial class HtmlArticleParser
{
    public const string FounderTemplate = "founder";
    public const string GenericTemplate = "generic";

    public static SourceDocument Parse(string html, string source, string? url = null) =>
        ParseArticle(html, source, url).Document;

    public static ParsedHtmlArticle ParseArticle(string html, string source, string? url = null)
    {
        var document = new HtmlParser().ParseDocument(html);
        url ??= SavedPageUrl(html, document);
        return FounderPage.Matches(html, document)
            ? FounderPage.Read(html, document, source, url)
            : GenericPage.Read(document, source, url);
    }

    /// <summary>True when the body holds running text: a line of at least 20 characters with
    /// sentence punctuation. An edition's page list, a site index or an error page has none.</summary>
    public static bool HasRunningText(SourceDocument document) =>
        document.Text.Split('\n').Any(line => line.Trim().Length >= 20 && line.IndexOfAny(SentencePunctuation) >= 0);

    private static readonly char[] SentencePunctuation = { '。', '，', '；', '！', '？', ',', ';', '!', '?' };

    /// <summary>The paragraphs of an HTML fragment (an article body as an API delivers it), one per line.</summary>
    public static IReadOnlyList<string> Paragraphs(string htmlFragment)
    {
        var body = new HtmlParser().ParseDocument("<html><body>" + htmlFragment + "</body></html>").Body;
        return body == null ? Array.Empty<string>() : HtmlText.Lines(body, e => e.ClassList.Contains("picture"));
    }

    [GeneratedRegex(@"<!--\s*saved from url=\(\d+\)(?<url>https?://[^\s>]+?)\s*-->", RegexOptions.IgnoreCase)]
    private static partial Regex SavedFrom { get; }

    /// <summary>Where a page saved to disk came from: the browser's "saved from url" note, its canonical
    /// link or og:url. It dates the page when nothing else does and resolves its image links.</summary>
    private static string? SavedPageUrl(string html, IDocument document)
    {
        var saved = SavedFrom.Match(html);
        var candidates = new[]
        {
            saved.Success ? saved.Groups["url"].Value : null,
            document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"),
            document.QuerySelector("meta[property='og:url']")?.GetAttribute("content"),
        };
        return candidates.FirstOrDefault(c => c != null && Uri.TryCreate(c.Trim(), UriKind.Absolute, out var u) && u.Scheme is "http" or "https")?.Trim();
    }

    internal static string? ResolveUrl(string? src, string? pageUrl)
    {
        if (string.IsNullOrWhiteSpace(src)) return null;
        src = src.Trim();
        if (pageUrl != null && Uri.TryCreate(pageUrl, UriKind.Absolute, out var baseUri) && Uri.TryCreate(baseUri, src, out var absolute))
            return absolute.ToString();
        return src;
    }

    /// <summary>Date printed in a URL path: .../2023-03/15/..., .../2023-03-15/..., .../20230315/..., .../2023/0315/....</summary>
    /// A path with only its month (/202110/) gives no day: a date the page prints under its headline says more.
    internal static string? DateFromUrl(string? url) => Pages.PageDates.FromUrl(url) is { Length: 10 } day ? day : null;

    internal static List<string> CaptionsOf(IEnumerable<IElement> pictures) =>
        pictures.SelectMany(p => HtmlText.Lines(p)).Select(HtmlText.Clean).Where(c => c.Length > 0).Distinct().ToList();

    internal static List<ArticleImage> ImagesOf(IElement? root, IEnumerable<IElement> pictures, string? url)
    {
        var images = new List<ArticleImage>();
        foreach (var picture in pictures)
        {
            var caption = string.Join(" ", HtmlText.Lines(picture));
            foreach (var img in picture.QuerySelectorAll("img"))
                Add(img, caption.Length > 0 ? caption : null);
        }
        if (root != null)
            foreach (var img in root.QuerySelectorAll("img"))
                Add(img, img.GetAttribute("alt") is { Length: > 0 } alt ? HtmlText.Clean(alt) : null);
        return images;

        void Add(IElement img, string? caption)
        {
            var src = ResolveUrl(img.GetAttribute("src") ?? img.GetAttribute("data-src"), url);
            if (src != null && images.All(i => i.Url != src)) images.Add(new ArticleImage(src, caption));
        }
    }

    /// <summary>The Founder (方正) e-paper article page.</summary>
    private static partial class FounderPage
    {
        [GeneratedRegex(@"<!--\s*enpcontent\s*-->(.*?)<!--\s*/enpcontent\s*-->", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
        private static partial Regex Content { get; }
        [GeneratedRegex(@"<!--\s*enpproperty(.*?)/enpproperty\s*-->", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
        private static partial Regex Property { get; }
        [GeneratedRegex(@"<(\w+)>(.*?)</\1>", RegexOptions.Singleline)]
        private static partial Regex PropertyField { get; }

        /// <summary>The template's comments or its #ozoom text box. A class named biaoti (拼音 for 标题) alone
        /// is no sign of it: government and portal templates use it for their own headlines.</summary>
        public static bool Matches(string html, IDocument document) =>
            Content.IsMatch(html) || Property.IsMatch(html) || document.QuerySelector("#ozoom") != null;

        public static ParsedHtmlArticle Read(string html, IDocument document, string source, string? url)
        {
            var meta = Properties(html);
            string? Field(string name) => meta.TryGetValue(name, out var v) && v.Length > 0 ? v : null;
            // Headline spaces between phrases are the title's (…超500亿元 增长9.8%); lines broken by <br> join without one.
            string? Element(string selector) =>
                document.QuerySelector(selector) is { } e && HtmlText.WebHeadline(e) is { Length: > 0 } t ? t : null;
            // The metadata writes a two-line headline's break as a space (某某高新区 打造创新高地); the printed element
            // shows which spaces are breaks (<br>) and which are the headline's own, so it wins when the words agree.
            string? Headline(string name, string selector)
            {
                if (Field(name) is not { } field) return null;
                var fromField = HtmlText.Headline(field);
                return Element(selector) is { } printed && printed.Replace(" ", "") == fromField.Replace(" ", "") ? printed : fromField;
            }

            var pictures = document.QuerySelectorAll("table.picture, .picture").Where(p => p.ParentElement?.Closest(".picture") == null).ToList();
            var zoom = document.QuerySelector("#ozoom");
            List<string> body;
            var content = Content.Match(html);
            IElement? contentRoot;
            if (content.Success)
            {
                contentRoot = new HtmlParser().ParseDocument("<html><body>" + content.Groups[1].Value + "</body></html>").Body;
                body = HtmlText.Lines(contentRoot!, IsPicture);
            }
            else
            {
                contentRoot = zoom;
                body = zoom != null ? HtmlText.Lines(zoom, IsPicture) : new List<string>();
            }
            if (contentRoot != null) pictures.AddRange(contentRoot.QuerySelectorAll("table.picture, .picture"));

            var label = document.QuerySelectorAll("td, span, div, a, p")
                .Where(e => e.Children.Length == 0)
                .Select(e => ArticlePageHeader.ParsePageLabel(e.TextContent))
                .FirstOrDefault(l => l != null);
            var pageNumber = int.TryParse(Field("pagenum") ?? Field("page") ?? "", out var n) && n > 0 ? n : label?.Number;
            string? Byline(string selector) =>
                document.QuerySelector(selector) is { } e && HtmlText.CleanHeadline(string.Join(" ", HtmlText.Lines(e))) is { Length: > 0 } t ? t : null;
            var byline = Byline(".author") ?? Byline(".zuozhe");
            var authors = BylineParser.Parse(byline);
            if (authors.Count == 0) authors = BylineParser.Parse(Field("author"));

            var doc = new SourceDocument
            {
                Source = source,
                Url = url,
                Kind = DocumentKind.Article,
                Title = Headline("title", ".biaoti") ?? Element(".biaoti") ?? Element("h1") ?? Pages.PageFurniture.Default.WithoutSiteName(HtmlText.Clean(document.Title)),
                Kicker = Headline("introtitle", ".yinti") ?? Element(".yinti"),
                Subtitle = Headline("subtitle", ".futi") ?? Element(".futi"),
                Authors = authors,
                Page = Field("pagename") ?? Field("nodename") ?? label?.Name,
                PageNumber = pageNumber,
                Published = ArticlePageHeader.FindDate(Field("date")) ?? DateFromUrl(url),
                Captions = CaptionsOf(pictures),
                Text = string.Join("\n", body),
            };
            return new ParsedHtmlArticle(doc, ImagesOf(contentRoot, pictures, url), FounderTemplate);
        }

        private static bool IsPicture(IElement e) => e.ClassList.Contains("picture");

        private static Dictionary<string, string> Properties(string html)
        {
            var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var m = Property.Match(html);
            if (!m.Success) return fields;
            foreach (Match f in PropertyField.Matches(m.Groups[1].Value))
            {
                var name = f.Groups[1].Value;
                // The first occurrence wins: later <nodename>s name the enclosing column, not the page.
                if (!fields.ContainsKey(name)) fields[name] = HtmlText.Clean(WebUtility.HtmlDecode(f.Groups[2].Value));
            }
            return fields;
        }
    }
}
