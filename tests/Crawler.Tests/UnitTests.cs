using System.Text;
using Pipeline.Crawler.Http;
using Pipeline.Crawler.Storage;

namespace Pipeline.Crawler.Tests;

public class RobotsRulesTests
{
    private const string Robots = "User-agent: otherbot\nDisallow: /\n\nUser-agent: *\nDisallow: /html/\nAllow: /html/2023-03/\nDisallow: /*.pdf$\nCrawl-delay: 2\n";

    [Theory]
    [InlineData("/html/2022-01/01/node_2.htm", false)]
    [InlineData("/html/2023-03/15/node_2.htm", true)]
    [InlineData("/files/a.pdf", false)]
    [InlineData("/files/a.pdf?x=1", true)]
    [InlineData("/index.htm", true)]
    public void LongestMatchWins(string path, bool allowed) =>
        Assert.Equal(allowed, RobotsRules.Parse(Robots, "pipeline-crawler/1.0").Allows(new Uri("http://127.0.0.1" + path)));

    [Fact]
    public void ReadsCrawlDelayAndNamedGroups()
    {
        Assert.Equal(TimeSpan.FromSeconds(2), RobotsRules.Parse(Robots, "pipeline-crawler/1.0").CrawlDelay);
        Assert.False(RobotsRules.Parse(Robots, "otherbot/2").Allows(new Uri("http://127.0.0.1/index.htm")));
    }
}

public class UrlAndCharsetTests
{
    [Fact]
    public void CanonicalUrlsDropFragmentsDefaultPortsAndViewParameters()
    {
        var a = UrlCanonicalizer.Canonicalize(new Uri("HTTP://Example.COM:80/html/2023-03/15/content_1.htm?div=-1&b=2&a=1#top"), p => p == "div");
        Assert.Equal("http://example.com/html/2023-03/15/content_1.htm?a=1&b=2", a.ToString());
        Assert.Equal("http://example.com/x/c.htm", UrlCanonicalizer.Canonicalize(new Uri("http://example.com/x/./y/../c.htm")).ToString());
    }

    [Fact]
    public void CharsetFromHeaderMetaOrSniffing()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gbk = Encoding.GetEncoding("GBK");
        const string text = "高新区产值超2300亿元";
        Assert.Equal(text, CharsetDecoder.Decode(gbk.GetBytes(text), "text/html; charset=GB2312").Text);
        Assert.Equal(text, CharsetDecoder.Decode(gbk.GetBytes("<meta charset=\"gbk\">" + text), "text/html").Text[^text.Length..]);
        Assert.Equal(text, CharsetDecoder.Decode(gbk.GetBytes(text), null).Text);
        Assert.Equal(text, CharsetDecoder.Decode(Encoding.UTF8.GetBytes(text), null).Text);
    }
}

public class AppendOnlyLogTests
{
    [Fact]
    public void OpeningCutsOffATornLastLineAndKeepsTheRest()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "log.jsonl");
        File.WriteAllText(path, "{\"a\":1}\n{\"b\":2}\n{\"c\":", new UTF8Encoding(false));
        using (var log = new AppendOnlyLog(path))
        {
            Assert.Equal(5, log.TornBytesRemoved);
            log.Append("{\"d\":4}");
        }
        Assert.Equal(new[] { "{\"a\":1}", "{\"b\":2}", "{\"d\":4}" }, AppendOnlyLog.ReadLines(path));
    }
}
