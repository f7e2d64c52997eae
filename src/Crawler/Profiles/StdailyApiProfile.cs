using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Pipeline.Crawler.Http;
using Pipeline.Crawler.Storage;
using Pipeline.Extract.Html;

namespace Pipeline.Crawler.Profiles;

/// <summary>
/// 科技日报's current edition, a JSON API answered to POSTs with a JSON body, every answer wrapped as
/// {"code":200,"msg":…,"data":…}: period/date (the dates with a paper), period/periodTime
/// {"periodTime":"YYYY-MM-DD"} (data.editionList: id, editionName, editionCode), article/editionId
/// {"editionId":…} (the page's articles: articleId/id, title), article/articleId {"articleId":…}
/// (title, subtitle, introTitle, content HTML, author, editionName, editionCode, periodTime,
/// picList: url, picText).
/// </summary>
internal sealed class StdailyApiProfile(Uri site) : ISiteProfile
{
    public const string ProfileName = "stdaily-api";
    private readonly Uri _api = site.AbsoluteUri.EndsWith('/') ? site : new Uri(site.AbsoluteUri + "/");
    private HashSet<string>? _dates;

    public string Name => ProfileName;

    public async Task<IReadOnlyList<EditionPage>?> PagesAsync(DateOnly date, Fetcher fetcher, CancellationToken cancel)
    {
        var iso = date.ToString("yyyy-MM-dd");
        _dates ??= (await CallAsync("period/date", new JObject(), fetcher, "the list of dates", cancel))
            .Children().Select(d => d.Type == JTokenType.Object ? (string?)d["periodTime"] : (string?)d)
            .Select(d => ArticlePageHeader.FindDate(d)).OfType<string>().ToHashSet();
        if (!_dates.Contains(iso)) return null;
        var data = await CallAsync("period/periodTime", new JObject { ["periodTime"] = iso }, fetcher, $"the pages of {iso}", cancel);
        var editions = data.Type == JTokenType.Object ? data["editionList"] : data;
        var pages = new List<EditionPage>();
        foreach (var e in editions?.Children() ?? Enumerable.Empty<JToken>())
        {
            var id = (string?)e["id"];
            if (id == null) continue;
            var code = (string?)e["editionCode"];
            var number = int.TryParse(code, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : pages.Count + 1;
            pages.Add(new EditionPage(date, number, (string?)e["editionName"], Endpoint("article/editionId", "editionId", id), EditionId: id));
        }
        return pages.OrderBy(p => p.Number).ToList();
    }

    public async Task<IReadOnlyList<ArticleLink>> ArticlesAsync(EditionPage page, Fetcher fetcher, CancellationToken cancel)
    {
        var data = await CallAsync("article/editionId", new JObject { ["editionId"] = page.EditionId }, fetcher,
            $"the articles of page {page.Number} of {page.Date:yyyy-MM-dd}", cancel);
        var list = data.Type == JTokenType.Object ? data["articleList"] ?? data["list"] : data;
        var links = new List<ArticleLink>();
        foreach (var a in list?.Children() ?? Enumerable.Empty<JToken>())
        {
            var id = (string?)a["articleId"] ?? (string?)a["id"];
            if (id == null) continue;
            var url = Endpoint("article/articleId", "articleId", id);
            var articleId = SiteProfiles.ArticleId(url);
            if (links.All(l => l.Id != articleId)) links.Add(new ArticleLink(articleId, url, page, id));
        }
        return links;
    }

    public async Task<CrawledArticle> ReadAsync(ArticleLink link, Fetcher fetcher, CancellationToken cancel)
    {
        var a = await CallAsync("article/articleId", new JObject { ["articleId"] = link.ArticleId }, fetcher, $"article {link.ArticleId}", cancel);
        var date = link.Page.Date.ToString("yyyy-MM-dd");
        var body = string.Join("\n", HtmlArticleParser.Paragraphs((string?)a["content"] ?? ""));
        var authors = BylineParser.Parse((string?)a["author"]);
        var images = (a["picList"]?.Children() ?? Enumerable.Empty<JToken>())
            .Select(p => new CrawledImage { Url = Absolute((string?)p["url"]), Caption = Blank((string?)p["picText"]) })
            .Where(i => i.Url.Length > 0).ToList();
        var editionCode = (string?)a["editionCode"];
        return new CrawledArticle
        {
            Id = link.Id,
            Url = link.Url.ToString(),
            Date = date,
            Page = Blank((string?)a["editionName"]) ?? link.Page.Name,
            PageNumber = int.TryParse(editionCode, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : link.Page.Number,
            Kicker = Blank((string?)a["introTitle"] ?? (string?)a["introtitle"]),
            Title = Blank((string?)a["title"]) ?? "",
            Subtitle = Blank((string?)a["subtitle"] ?? (string?)a["subTitle"]),
            Author = SiteProfiles.Byline(authors) ?? Blank((string?)a["author"]),
            Authors = authors,
            Body = body,
            Text = body,
            Captions = images.Select(i => i.Caption).OfType<string>().ToList(),
            Images = images,
            Published = ArticlePageHeader.FindDate((string?)a["periodTime"]) ?? date,
        };
    }

    /// <summary>A GET-style address naming a POST call, used as the article's id and url.</summary>
    private Uri Endpoint(string path, string parameter, string value) =>
        UrlCanonicalizer.Canonicalize(new Uri(_api, $"{path}?{parameter}={Uri.EscapeDataString(value)}"));

    private string Absolute(string? url) =>
        string.IsNullOrWhiteSpace(url) ? "" : Uri.TryCreate(_api, url.Trim(), out var u) ? u.ToString() : url.Trim();

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private async Task<JToken> CallAsync(string path, JObject request, Fetcher fetcher, string what, CancellationToken cancel)
    {
        var result = await fetcher.FetchAsync(HttpMethod.Post, new Uri(_api, path), request.ToString(Formatting.None), cancel);
        if (!result.Ok) throw CrawlStepException.From(result, what);
        JObject envelope;
        try
        {
            envelope = JObject.Parse(result.Text);
        }
        catch (JsonException e)
        {
            throw new CrawlStepException($"{what}: not JSON ({e.Message}): {result.Url}");
        }
        var code = (int?)envelope["code"];
        if (code is not (null or 0 or 200))
            throw new CrawlStepException($"{what}: API answered code {code} ({(string?)envelope["msg"]}): {result.Url}");
        return envelope["data"] ?? throw new CrawlStepException($"{what}: answer has no data: {result.Url}");
    }
}
