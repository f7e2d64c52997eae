using System.Net;
using System.Net.Sockets;
using Pipeline.Crawler.Profiles;
using Pipeline.Crawler.Testing;

namespace Pipeline.Crawler.Tests;

/// <summary>Issue #15: what a first crawl shows a new user.</summary>
public class NewUserTests
{
    [Fact]
    public async Task AHostWhereNothingListensIsReportedUnreachableNotDisallowed()
    {
        // A loopback port that was free a moment ago: nothing listens there.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var dir = new TempDir();
        var log = new List<string>();
        var options = Crawl.Fast(new Uri($"http://127.0.0.1:{port}/"), "2023-03-15", "2023-03-15", dir.Path);
        var summary = await new EditionCrawler(options, line => { lock (log) log.Add(line); }).RunAsync();
        Assert.False(summary.Complete);
        Assert.Equal(0, summary.RobotsDisallowed);
        Assert.Contains(summary.Errors, e => e.Contains("unreachable", StringComparison.Ordinal));
        Assert.DoesNotContain(summary.Errors, e => e.Contains("robots.txt", StringComparison.Ordinal) && e.Contains("disallowed", StringComparison.Ordinal));
        Assert.Contains(log, l => l.Contains("unreachable") && l.Contains("run the same command again"));
    }

    [Fact]
    public async Task TheSameSiteOnAnotherPortIsNotFetchedAgain()
    {
        using var dir = new TempDir();
        await using (var first = LocalSiteServer.Start(Repo.Site))
        {
            var summary = await new EditionCrawler(Crawl.Fast(first.BaseUri, "2023-03-15", "2023-03-15", dir.Path)).RunAsync();
            Assert.True(summary.ArticlesWritten > 0);
        }
        var ids = Crawl.Articles(dir.Path).Select(a => (string)a["id"]!).ToList();
        Assert.All(ids, id => Assert.StartsWith("http://127.0.0.1/html/", id));
        Assert.All(Crawl.Articles(dir.Path), a => Assert.Matches(@"^http://127\.0\.0\.1:\d+/html/", (string)a["url"]!));
        await using var second = LocalSiteServer.Start(Repo.Site);
        var again = await new EditionCrawler(Crawl.Fast(second.BaseUri, "2023-03-15", "2023-03-15", dir.Path)).RunAsync();
        Assert.Equal(0, again.ArticlesWritten);
        Assert.Equal(ids.Count, again.ArticlesAlreadyStored);
    }

    [Theory]
    [InlineData("<td class=\"biaoti\">东湖高新区光电子产业产值超500亿元 增长9.8%</td>", "东湖高新区光电子产业产值超500亿元增长9.8%", "东湖高新区光电子产业产值超500亿元 增长9.8%")]
    [InlineData("<td class=\"biaoti\">科 技 日 报</td>", "科技日报", "科技日报")]
    [InlineData("<td class=\"biaoti\">两行<br>标题</td>", "两行标题", "两行标题")]
    public void ACrawledHeadlineKeepsTheSpaceBetweenItsTwoPhrases(string cell, string parsed, string expected)
    {
        Assert.Equal(expected, FounderEpaperProfile.PrintedHeadline($"<html><body><table><tr>{cell}</tr></table></body></html>", parsed));
    }

    [Fact]
    public void AnArticleIdIsItsUrlWithoutThePort()
    {
        Assert.Equal("http://127.0.0.1/html/2023-03/15/content_1501.htm", SiteProfiles.ArticleId(new Uri("http://127.0.0.1:43121/html/2023-03/15/content_1501.htm")));
        Assert.Equal("https://digitalpaper.stdaily.com/a?b=1", SiteProfiles.ArticleId(new Uri("https://digitalpaper.stdaily.com/a?b=1")));
    }
}
