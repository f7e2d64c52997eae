using System.Net;
using System.Text;
using CsvHelper;
using Newtonsoft.Json.Linq;
using Pipeline.Cli.Tests.Reports;
using Pipeline.Cli.Web;

namespace Pipeline.Cli.Tests.Web;

/// <summary>The web page and API over a small index, through HTTP on 127.0.0.1.</summary>
public sealed class SearchServerTests() : ServedArchiveTests(new TestArchive())
{
    [Fact]
    public async Task PageEscapesArticleValuesAndEchoedQueries()
    {
        var response = await Http.GetAsync("/?q=" + Q("高新区") + "&enterprise=" + Q("<b onmouseover=x>") + "&from=2020");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<b onmouseover", html);
        Assert.Contains("&lt;b onmouseover=x&gt;", html);

        html = await Http.GetStringAsync("/?q=" + Q("产值"));
        Assert.Contains("东湖高新区&quot;光谷&quot;产值, 再创新高 &lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.DoesNotContain("<script", html);
        Assert.Contains("<mark>", html);

        // Escaped both when the query runs and when it is refused as malformed (the stray quote).
        foreach (var attack in new[] { "<img src=x onerror=alert(1)>", "\"><img src=x onerror=alert(1)>" })
        {
            html = await (await Http.GetAsync("/?q=" + Q(attack))).Content.ReadAsStringAsync();
            Assert.DoesNotContain("<img", html);
            Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html);
        }
    }

    [Fact]
    public async Task ArticlesIndexedWhileTheServerRunsAreFoundWithoutARestart()
    {
        async Task<int> Total() => (int)JObject.Parse(await Http.GetStringAsync("/api/search?q=" + Q("量子通信")))["total"]!;
        Assert.Equal(0, await Total());
        using (var index = Pipeline.Index.ArticleIndex.Open(Archive.IndexPath))
            index.Update(new[] { TestArchive.Article("late", "合肥高新区量子通信产业提速", "2022-12-01", "量子通信企业集聚。") });
        // The server looks for a new commit at most every two seconds.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (await Total() == 0 && DateTime.UtcNow < deadline) await Task.Delay(200);
        Assert.Equal(1, await Total());
    }

    [Fact]
    public async Task MalformedQueryIsAFriendlyMessageOnThePageAnd400FromTheApi()
    {
        var page = await Http.GetAsync("/?q=" + Q("AND (产值"));
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("class=\"error\"", html);
        Assert.Contains("cannot be understood", html);
        Assert.Contains("value=\"AND (产值\"", html);     // the box keeps what was typed

        var api = await Http.GetAsync("/api/search?q=" + Q("AND (产值"));
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.StartsWith("application/json", api.Content.Headers.ContentType?.ToString());
        Assert.Contains("cannot understand the query", (string?)JObject.Parse(await api.Content.ReadAsStringAsync())["error"]);

        api = await Http.GetAsync("/api/search?from=2022-13");
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Http.GetAsync("/figures.csv?q=" + Q("AND ("))).StatusCode);
    }

    [Fact]
    public async Task FacetLinksDrillDownToArticlesNamingBothZones()
    {
        var html = await Http.GetStringAsync("/?zone=" + Q("苏州工业园区"));
        // From the 苏州 results, the 张江 facet link keeps 苏州 and adds 张江.
        var expected = "/?zone=" + Q("苏州工业园区") + "&amp;zone=" + Q("上海张江高新区");
        Assert.Contains($"href=\"{expected}\"", html);
        var narrowed = await Http.GetStringAsync("/api/search?zone=" + Q("苏州工业园区") + "&zone=" + Q("上海张江高新区"));
        var json = JObject.Parse(narrowed);
        Assert.Equal(1, (int)json["total"]!);
        Assert.Equal("a3", (string?)json["hits"]![0]!["id"]);
        var zoneFacet = json["facets"]!["zone"]!.Select(v => ((string?)v["value"], (int)v["count"]!)).ToList();
        Assert.Contains(("上海张江高新区", 1), zoneFacet);
    }

    [Fact]
    public async Task ApiReturnsHitsWithMarkedSnippetsAndFacets()
    {
        var json = JObject.Parse(await Http.GetStringAsync("/api/search?q=" + Q("高新区") + "&limit=2"));
        Assert.Equal(4, (int)json["total"]!);
        Assert.Equal(2, json["hits"]!.Count());
        Assert.Contains("<mark>", (string?)json["hits"]![0]!["snippets"]![0]!["html"]);
        Assert.Contains(json["facets"]!["year"]!, v => (string?)v["value"] == "2022");
    }

    [Fact]
    public async Task FiguresDownloadIsTheFilteredCsv()
    {
        var response = await Http.GetAsync("/figures.csv?zone=" + Q("光谷"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        using var reader = CsvReader.FromText(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        var rows = new List<Dictionary<string, string>>();
        foreach (var row in reader) rows.Add(row.ToDictionary().ToDictionary(kv => kv.Key, kv => kv.Value?.ToString() ?? ""));
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal("a1", r["article_id"]));
        Assert.Contains(rows, r => r["sentence"] == "他说：\"增长, 很快\"\r\n第二行");

        var page = await Http.GetStringAsync("/?zone=" + Q("光谷"));
        Assert.Contains("3 figures", page);
        Assert.Contains("id=\"download\" href=\"/figures.csv?zone=" + Q("光谷") + "\"", page);
    }

    [Fact]
    public async Task CoverageChartFollowsTheFilters()
    {
        var svg = await Http.GetStringAsync("/coverage.svg?zone=" + Q("张江") + "&by=year");
        var doc = System.Xml.Linq.XDocument.Parse(svg);
        var titles = doc.Descendants().Where(e => e.Name.LocalName == "title").Select(e => e.Value).ToList();
        Assert.Contains("上海张江高新区 2021: 1", titles);
        Assert.Contains("上海张江高新区 2022: 1", titles);
        Assert.Contains("苏州工业园区 2022: 1", titles);   // a3 names both zones
    }

    [Fact]
    public async Task ServeRefusesNonLoopbackAddressesWithoutPublic()
    {
        var stderr = new StringWriter();
        var code = await CommandHost.RunAsync(new[] { "serve", "--index", Archive.IndexPath, "--urls", "http://0.0.0.0:5999" }, new StringWriter(), stderr);
        Assert.Equal(2, code);
        Assert.Contains("not a loopback address", stderr.ToString());
        Assert.True(Pipeline.Cli.Commands.ServeCommand.IsLoopback("[::1]"));
        Assert.True(Pipeline.Cli.Commands.ServeCommand.IsLoopback("localhost"));
        Assert.False(Pipeline.Cli.Commands.ServeCommand.IsLoopback("192.168.1.2"));
    }
}
