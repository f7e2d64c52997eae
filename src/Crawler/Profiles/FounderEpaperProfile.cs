using AngleSharp.Html.Parser;
using Pipeline.Crawler.Http;
using Pipeline.Crawler.Storage;
using Pipeline.Extract.Html;

namespace Pipeline.Crawler.Profiles;

/// <summary>
/// The Founder (方正) e-paper template: html/YYYY-MM/DD/node_2.htm is page 1 of a date, a#pageLink
/// anchors ("第N版：版名") lead to the other node_N.htm pages, and content_NNN.htm links (also as
/// ?div=-1 variants of the same article) lead to articles. A date with no paper answers 404, or
/// with a page titled as a 404.
/// </summary>
internal sealed class FounderEpaperProfile(Uri site) : ISiteProfile
{
    public const string ProfileName = "founder";
    private readonly Uri _site = site.AbsoluteUri.EndsWith('/') ? site : new Uri(site.AbsoluteUri + "/");

    public string Name => ProfileName;

    /// <summary>?div=-1 and friends only choose a view of the same document.</summary>
    internal static Uri Canonical(Uri url) =>
        UrlCanonicalizer.Canonicalize(url, p => p.Equals("div", StringComparison.OrdinalIgnoreCase));

    public async Task<IReadOnlyList<EditionPage>?> PagesAsync(DateOnly date, Fetcher fetcher, CancellationToken cancel)
    {
        var first = Canonical(new Uri(_site, $"html/{date:yyyy-MM}/{date:dd}/node_2.htm"));
        var result = await fetcher.GetAsync(first, cancel);
        if (result.Status is 404 or 410) return null;
        if (!result.Ok) throw CrawlStepException.From(result, $"page 1 of {date:yyyy-MM-dd}");
        var html = result.Text;
        var document = new HtmlParser().ParseDocument(html);
        var title = document.Title ?? "";
        if (title.Contains("404") || title.Contains("页面不存在") || title.Contains("Not Found", StringComparison.OrdinalIgnoreCase) || title.Contains("找不到"))
            return null;
        var pages = new List<EditionPage>();
        foreach (var link in document.QuerySelectorAll("a[id=pageLink], a#pageLink"))
        {
            if (link.GetAttribute("href") is not { } href || !Uri.TryCreate(result.Url, href, out var target)) continue;
            target = Canonical(target);
            if (pages.Any(p => p.Url == target)) continue;
            var label = ArticlePageHeader.ParsePageLabel(link.TextContent);
            pages.Add(new EditionPage(date, label?.Number ?? pages.Count + 1, label?.Name, target,
                Listing: target == Canonical(result.Url) ? html : null));
        }
        if (pages.All(p => p.Url != Canonical(result.Url))) pages.Insert(0, new EditionPage(date, 1, null, Canonical(result.Url), Listing: html));
        return pages.OrderBy(p => p.Number).ToList();
    }

    public async Task<IReadOnlyList<ArticleLink>> ArticlesAsync(EditionPage page, Fetcher fetcher, CancellationToken cancel)
    {
        var html = page.Listing;
        var baseUrl = page.Url;
        if (html == null)
        {
            var result = await fetcher.GetAsync(page.Url, cancel);
            if (!result.Ok) throw CrawlStepException.From(result, $"page {page.Number} of {page.Date:yyyy-MM-dd}");
            html = result.Text;
            baseUrl = result.Url;
        }
        var document = new HtmlParser().ParseDocument(html);
        var links = new List<ArticleLink>();
        foreach (var a in document.QuerySelectorAll("a[href], area[href]"))
        {
            var href = a.GetAttribute("href")!;
            if (!href.Contains("content_", StringComparison.OrdinalIgnoreCase) || !Uri.TryCreate(baseUrl, href, out var target)) continue;
            if (!UrlCanonicalizer.SameSite(target, _site)) continue;
            target = Canonical(target);
            var id = SiteProfiles.ArticleId(target);
            if (links.All(l => l.Id != id)) links.Add(new ArticleLink(id, target, page));
        }
        return links;
    }

    public async Task<CrawledArticle> ReadAsync(ArticleLink link, Fetcher fetcher, CancellationToken cancel)
    {
        var result = await fetcher.GetAsync(link.Url, cancel);
        if (!result.Ok) throw CrawlStepException.From(result, "article");
        var parsed = HtmlArticleParser.ParseArticle(result.Text, link.Id, link.Url.ToString());
        var d = parsed.Document;
        var date = link.Page.Date.ToString("yyyy-MM-dd");
        return new CrawledArticle
        {
            Id = link.Id,
            Url = link.Url.ToString(),
            Date = date,
            Page = d.Page ?? link.Page.Name,
            PageNumber = d.PageNumber ?? link.Page.Number,
            Kicker = d.Kicker,
            Title = PrintedHeadline(result.Text, d.Title) ?? "",
            Subtitle = d.Subtitle,
            Author = SiteProfiles.Byline(d.Authors),
            Authors = d.Authors,
            Body = d.Text,
            Text = d.Text,
            Captions = d.Captions,
            Images = parsed.Images.Select(i => new CrawledImage { Url = i.Url, Caption = i.Caption }).ToList(),
            Published = d.Published ?? date,
        };
    }

    /// <summary>The template's headline cell as printed: one space between its two phrases (…超500亿元 增长9.8%) is
    /// part of the headline, though the shared HTML parser closes every space between Chinese characters (in page
    /// texts those are layout). Letter-spaced headlines (科 技 日 报) have several spaces and stay closed up.</summary>
    internal static string? PrintedHeadline(string html, string? parsed)
    {
        if (parsed == null) return null;
        var cell = new HtmlParser().ParseDocument(html).QuerySelector(".biaoti");
        if (cell == null) return parsed;
        var text = System.Text.RegularExpressions.Regex.Replace(cell.TextContent.Replace('\u3000', ' ').Replace('\u00a0', ' '), @"\s+", " ").Trim();
        return text.Count(c => c == ' ') == 1 && text.Replace(" ", "") == parsed.Replace(" ", "") ? text : parsed;
    }
}
