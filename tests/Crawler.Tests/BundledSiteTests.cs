using Pipeline.Crawler.Testing;

namespace Pipeline.Crawler.Tests;

/// <summary>The bundled sample edition (corpus/site), crawled in both profiles.</summary>
public class BundledSiteTests
{
    [Fact]
    public async Task FounderProfileFindsEveryArticleOfTheRangeOnce()
    {
        await using var server = LocalSiteServer.Start(Repo.Site);
        using var dir = new TempDir();
        var summary = await new EditionCrawler(Crawl.Fast(server.BaseUri, "2023-03-15", "2023-03-18", dir.Path)).RunAsync();

        Assert.True(summary.Complete, string.Join("; ", summary.Errors));
        Assert.Equal(Crawl.Contents(1501, 1502, 1503, 1504, 1505, 1506, 1507, 1508, 1601, 1602, 1603, 1604, 1605, 1606, 1701, 1702, 1703, 1704, 1705, 1706, 1707),
            Crawl.ArticleNames(dir.Path));
        Assert.Equal(1, summary.DatesWithoutPaper); // 2023-03-18 answers 404
        Assert.Equal(8, summary.Pages);
        // ?div=-1 variants are the same articles: never requested.
        Assert.DoesNotContain(server.Requests, r => r.PathAndQuery.Contains("div=", StringComparison.Ordinal));
        Assert.Equal(server.Requests.Count, server.Requests.Select(r => r.PathAndQuery).Distinct().Count());
    }

    [Fact]
    public async Task FounderArticleFieldsComeFromTheTemplate()
    {
        await using var server = LocalSiteServer.Start(Repo.Site);
        using var dir = new TempDir();
        await new EditionCrawler(Crawl.Fast(server.BaseUri, "2023-03-15", "2023-03-16", dir.Path)).RunAsync();
        var articles = Crawl.Articles(dir.Path).ToDictionary(a => Path.GetFileNameWithoutExtension(new Uri((string)a["id"]!).AbsolutePath));

        var green = articles["content_1504"];
        Assert.Equal("苏州工业园区：让每一度电都“算得清”", (string?)green["title"]);
        Assert.Equal("高新区绿色发展", (string?)green["kicker"]);
        Assert.Equal("园区能源数字化平台接入企业超1200家", (string?)green["subtitle"]);
        Assert.Equal("高新区", (string?)green["page"]);
        Assert.Equal(5, (int?)green["page_number"]);
        Assert.Equal("2023-03-15", (string?)green["published"]);
        Assert.Equal("2023-03-15", (string?)green["date"]);
        Assert.Equal("本报记者 张晔 通讯员 顾思远", (string?)green["author"]);
        Assert.Equal(new[] { "张晔:本报记者", "顾思远:通讯员" }, green["authors"]!.Select(a => $"{a["name"]}:{a["role"]}"));
        Assert.Equal(3, ((string)green["text"]!).Split('\n').Length);
        Assert.StartsWith("走进苏州工业园区能源运行中心", (string)green["body"]!);
        Assert.Equal(green["body"], green["text"]);
        Assert.Equal("苏州工业园区能源运行中心实时监测企业用电负荷。 本报记者 张晔摄", (string?)green["captions"]![0]);
        Assert.EndsWith("/images/2023-03/15/1504.png", (string)green["images"]![0]!["url"]!);

        // Page 5 of 2023-03-16 and its first article are GB2312-encoded pages.
        var gbk = articles["content_1603"];
        Assert.Equal("杭州高新区：园区屋顶变身“光伏电站”", (string?)gbk["title"]);
        Assert.Contains("每年可发电约8500万千瓦时", (string)gbk["text"]!);
    }

    [Fact]
    public async Task JsonApiProfileYieldsTheSameArticlesAsTheHtmlEdition()
    {
        await using var server = LocalSiteServer.Start(Repo.Site);
        using var api = new TempDir();
        using var html = new TempDir();
        var summary = await new EditionCrawler(Crawl.Fast(new Uri(server.BaseUri, "api/"), "2023-03-15", "2023-03-17", api.Path)).RunAsync();
        await new EditionCrawler(Crawl.Fast(server.BaseUri, "2023-03-16", "2023-03-17", html.Path)).RunAsync();

        Assert.True(summary.Complete, string.Join("; ", summary.Errors));
        Assert.Equal(1, summary.DatesWithoutPaper); // 2023-03-15 is not in period/date
        var fromApi = Crawl.Articles(api.Path);
        var fromHtml = Crawl.Articles(html.Path);
        Assert.Equal(13, fromApi.Count);
        Assert.Equal(fromHtml.Select(a => (string)a["title"]!).Order(), fromApi.Select(a => (string)a["title"]!).Order());
        var a1603 = fromApi.Single(a => ((string)a["id"]!).EndsWith("articleId=1603", StringComparison.Ordinal));
        var h1603 = fromHtml.Single(a => ((string)a["id"]!).EndsWith("content_1603.htm", StringComparison.Ordinal));
        foreach (var field in new[] { "kicker", "subtitle", "author", "text", "page", "page_number", "published", "captions" })
            Assert.Equal(h1603[field]!.ToString(), a1603[field]!.ToString());
    }

    [Fact]
    public async Task RecrawlWithRevalidationAsksWithETagsAndGetsNotModified()
    {
        await using var server = LocalSiteServer.Start(Repo.Site);
        using var dir = new TempDir();
        await new EditionCrawler(Crawl.Fast(server.BaseUri, "2023-03-17", "2023-03-17", dir.Path)).RunAsync();
        // Forget the finished dates and the articles, keep the archive: a re-crawl of a changed-or-not site.
        File.Delete(Path.Combine(dir.Path, EditionCrawler.StateFile));
        File.Delete(Path.Combine(dir.Path, EditionCrawler.ArticlesFile));
        var options = Crawl.Fast(server.BaseUri, "2023-03-17", "2023-03-17", dir.Path);
        var summary = await new EditionCrawler(new CrawlOptions
        {
            Site = options.Site, From = options.From, To = options.To, OutputDirectory = options.OutputDirectory,
            Politeness = false, Revalidate = true,
        }).RunAsync();

        Assert.True(summary.Complete);
        Assert.Equal(7, summary.ArticlesWritten);
        Assert.Equal(10, summary.NotModified); // 3 pages + 7 articles, all answered 304
        Assert.Equal(10, server.Requests.Count(r => r.Status == 304));
    }
}
