using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Pipeline.Extract.Model;

namespace Pipeline.Extract.Html;

/// <summary>
/// Main-content extraction for pages of unknown layout. Boilerplate (nav, header, footer, aside,
/// scripts, and elements whose class/id say menu, share, comment …) is removed; every paragraph-like
/// element then scores its parent (fully) and grandparent (half) by its length and punctuation, the
/// way a reader's eye finds the column of running text; link-heavy containers are discounted.
/// The best-scoring container's lines are the body.
/// </summary>
internal static class GenericPage
{
    private static readonly Regex Negative = new(
        @"comment|footer|foot|nav|menu|sidebar|side-bar|share|breadcrumb|crumb|copyright|advert|\bad\b|banner|related|recommend|login|toolbar|social|pager|pagination|hot|rank|links",
        RegexOptions.IgnoreCase | RegexOptions.Compiled);
    private static readonly Regex Positive = new(@"article|content|main|body|text|detail|post|entry|story|zoom|news", RegexOptions.IgnoreCase | RegexOptions.Compiled);
    private static readonly Regex Sentence = new(@"[，。、；！？,.;]", RegexOptions.Compiled);
    private static readonly Regex TitleSeparators = new(@"\s*(?:[_|｜–—]|\s-\s)\s*", RegexOptions.Compiled);
    private static readonly Regex Boilerplate = new(@"^(责任编辑|编辑|来源|分享到|打印|关闭窗口|【|上一篇|下一篇|相关(新闻|阅读)|版权所有|Copyright)", RegexOptions.IgnoreCase | RegexOptions.Compiled);
    private static readonly Regex BylineStart = new(@"^[◎○●■\s]*(本报|新华社|记者|通讯员|实习生|特约记者|文/图|文·图)", RegexOptions.Compiled);

    private static readonly string[] Removed = { "script", "style", "noscript", "nav", "footer", "header", "aside", "form", "iframe", "template", "svg", "select", "button" };

    public static ParsedHtmlArticle Read(IDocument document, string source, string? url)
    {
        // Title, date and page label first: they often live in the header we are about to remove.
        var title = FindTitle(document);
        var published = FindDate(document) ?? HtmlArticleParser.DateFromUrl(url);
        var label = document.Body?.QuerySelectorAll("*").Where(e => e.Children.Length == 0)
            .Select(e => ArticlePageHeader.ParsePageLabel(e.TextContent)).FirstOrDefault(l => l != null);

        foreach (var e in document.QuerySelectorAll(string.Join(",", Removed)).ToList()) e.Remove();
        foreach (var e in document.QuerySelectorAll("[class], [id]").ToList())
        {
            if (e.LocalName is "body" or "html" or "article" or "main") continue;
            var hint = (e.ClassName ?? "") + " " + e.Id;
            if (Negative.IsMatch(hint) && !Positive.IsMatch(hint)) e.Remove();
        }

        var best = BestContainer(document);
        var lines = best != null ? HtmlText.Lines(best, IsLinkCluster) : new List<string>();
        lines = lines.Where(l => !Boilerplate.IsMatch(l) && l != title).ToList();

        // A byline at the top of the text ("本报记者 张三") is the authors, not the body.
        var authors = new List<Author>();
        var bylineElement = document.QuerySelector("[class*=author], [class*=byline], [id*=author]");
        if (bylineElement != null) authors = BylineParser.Parse(bylineElement.TextContent);
        for (var i = 0; i < Math.Min(3, lines.Count); i++)
        {
            if (lines[i].Length > 40 || !BylineStart.IsMatch(lines[i])) continue;
            var found = BylineParser.Parse(lines[i]);
            if (found.Count == 0) continue;
            if (authors.Count == 0) authors = found;
            lines.RemoveAt(i);
            break;
        }

        var pictures = best?.QuerySelectorAll("figure, .picture, [class*=caption]").ToList() ?? new List<IElement>();
        var captions = best?.QuerySelectorAll("figcaption, .picture, [class*=caption]")
            .Select(e => HtmlText.Clean(e.TextContent)).Where(c => c.Length > 0).Distinct().ToList() ?? new List<string>();
        lines = lines.Where(l => !captions.Contains(l)).ToList();

        var doc = new SourceDocument
        {
            Source = source,
            Url = url,
            Kind = DocumentKind.Article,
            Title = title,
            Authors = authors,
            Page = label?.Name,
            PageNumber = label?.Number,
            Published = published,
            Captions = captions,
            Text = string.Join("\n", lines),
        };
        return new ParsedHtmlArticle(doc, HtmlArticleParser.ImagesOf(best, pictures, url), HtmlArticleParser.GenericTemplate);
    }

    private static IElement? BestContainer(IDocument document)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var e in document.QuerySelectorAll("p, td, pre, div, section, article, li"))
        {
            // Paragraph-like: a <p>, or a leaf-ish block holding its own text.
            if (e.LocalName != "p" && e.QuerySelector("p, div, td, table, section, article, ul") != null) continue;
            var text = HtmlText.Clean(e.TextContent);
            if (text.Length < 20) continue;
            var score = 1 + Sentence.Matches(text).Count + Math.Min(text.Length / 80.0, 4);
            if (e.ParentElement is { } parent)
            {
                scores[parent] = scores.GetValueOrDefault(parent) + score;
                if (parent.ParentElement is { } grand) scores[grand] = scores.GetValueOrDefault(grand) + score / 2;
            }
            if (e.LocalName != "p") scores[e] = scores.GetValueOrDefault(e) + score;
        }
        IElement? best = null;
        var bestScore = 0.0;
        foreach (var (element, raw) in scores)
        {
            var hint = (element.ClassName ?? "") + " " + element.Id;
            var score = raw * (1 - LinkDensity(element));
            if (Positive.IsMatch(hint)) score *= 1.25;
            if (Negative.IsMatch(hint)) score *= 0.5;
            if (score > bestScore)
            {
                best = element;
                bestScore = score;
            }
        }
        return best ?? document.Body;
    }

    private static double LinkDensity(IElement e)
    {
        var total = HtmlText.Clean(e.TextContent).Length;
        if (total == 0) return 1;
        var linked = e.QuerySelectorAll("a").Sum(a => HtmlText.Clean(a.TextContent).Length);
        return Math.Min(1, (double)linked / total);
    }

    private static bool IsLinkCluster(IElement e) =>
        e.LocalName is "ul" or "ol" or "div" or "table" or "p" && HtmlText.Clean(e.TextContent).Length < 300 && e.QuerySelector("a") != null && LinkDensity(e) > 0.5;

    private static string? FindTitle(IDocument document)
    {
        var h1s = document.QuerySelectorAll("h1").Select(h => HtmlText.CleanHeadline(h.TextContent)).Where(t => t.Length >= 4).ToList();
        var og = document.QuerySelector("meta[property='og:title']")?.GetAttribute("content");
        var pageTitle = HtmlText.Clean(document.Title);
        if (h1s.Count == 1) return h1s[0];
        // With several h1s (site logo, column name …), the one the <title> repeats is the headline.
        var inTitle = h1s.FirstOrDefault(h => pageTitle.Contains(h, StringComparison.Ordinal));
        if (inTitle != null) return inTitle;
        if (!string.IsNullOrWhiteSpace(og)) return HtmlText.CleanHeadline(og);
        var h2 = document.QuerySelector("h2");
        if (pageTitle.Length == 0) return h2 != null ? HtmlText.CleanHeadline(h2.TextContent) : null;
        // "标题 - 栏目 - 网站": the longest segment is the headline.
        return TitleSeparators.Split(pageTitle).OrderByDescending(s => s.Length).First();
    }

    private static string? FindDate(IDocument document)
    {
        string[] metas =
        {
            "meta[property='article:published_time']", "meta[name='publishdate']", "meta[name='PubDate']", "meta[name='pubdate']",
            "meta[name='publish_date']", "meta[itemprop='datePublished']", "meta[name='date']", "meta[name='dc.date']",
        };
        foreach (var selector in metas)
            if (ArticlePageHeader.FindDate(document.QuerySelector(selector)?.GetAttribute("content")) is { } d) return d;
        if (ArticlePageHeader.FindDate(document.QuerySelector("time[datetime]")?.GetAttribute("datetime")) is { } t) return t;
        foreach (var e in document.QuerySelectorAll("[class*=date], [class*=time], [id*=date], [class*=info], [class*=source]"))
            if (ArticlePageHeader.FindDate(e.TextContent) is { } d) return d;
        return null;
    }
}
