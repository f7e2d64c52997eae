using System.Text;
using CsvHelper;
using Pipeline.Cli.Tests.Reports;
using Pipeline.Cli.Web;

namespace Pipeline.Cli.Tests.Web;

/// <summary>The search page in a real browser: type a query and submit, click a facet, download the figures,
/// and keep a screenshot (bin/…/artifacts/search-page.png).</summary>
public class BrowserEndToEndTests
{
    public static string ArtifactsFolder => Path.Combine(AppContext.BaseDirectory, "artifacts");

    [Fact]
    public async Task SearchDrillDownAndDownloadInHeadlessChromium()
    {
        if (!File.Exists(HeadlessChromium.Executable))
        {
            if (Environment.GetEnvironmentVariable("PIPELINE_SKIP_BROWSER") == "1") return;
            Assert.Fail($"{HeadlessChromium.Executable} is missing: install Debian's chromium (apt-get install -y chromium; .ci/run does) or set PIPELINE_SKIP_BROWSER=1 to skip this test.");
        }
        using var archive = new TestArchive();
        var downloads = archive.File("downloads");
        Directory.CreateDirectory(downloads);
        await using var server = await SearchServer.StartAsync(archive.IndexPath, "http://127.0.0.1:0");
        var site = server.Addresses.Single();
        await using var browser = await HeadlessChromium.LaunchAsync(downloads);

        // A search typed into the box.
        await browser.NavigateAsync(site + "/");
        Assert.Equal("5 articles", await browser.EvaluateAsync<string>("document.querySelector('#total').textContent"));
        await browser.NavigateByAsync("document.querySelector('#q').value = '高新区'; document.querySelector('#search').submit()");
        Assert.Equal(new[] { "a1", "a3", "a4", "a5" }, await Hits(browser));
        Assert.True(await browser.EvaluateAsync<int>("document.querySelectorAll('.snippet mark').length") > 0, "snippets have marked terms");
        // The title with markup is shown as text, and no script element came from the data.
        Assert.Equal(0, await browser.EvaluateAsync<int>("document.querySelectorAll('script').length"));
        Assert.Contains("<script>alert(1)</script>", await browser.EvaluateAsync<string>("document.querySelector('.hit[data-id=a1] .title').textContent"));

        // A facet click narrows to the zone.
        var facet = "[...document.querySelectorAll('.facet[data-field=zone] a.facet-link')].find(a => a.textContent.startsWith('武汉东湖高新区'))";
        Assert.StartsWith("武汉东湖高新区", await browser.EvaluateAsync<string>(facet + ".textContent"));
        await browser.NavigateByAsync(facet + ".click()");
        Assert.Equal(new[] { "a1", "a4" }, await Hits(browser));
        Assert.Contains("zone: 武汉东湖高新区", await browser.EvaluateAsync<string>("document.querySelector('#active').textContent"));
        Assert.Equal("高新区", await browser.EvaluateAsync<string>("document.querySelector('#q').value"));
        Assert.True(await browser.EvaluateAsync<bool>("document.querySelector('#coverage svg') !== null"), "coverage chart is on the page");

        await browser.ScreenshotAsync(Path.Combine(ArtifactsFolder, "search-page.png"));
        var png = await File.ReadAllBytesAsync(Path.Combine(ArtifactsFolder, "search-page.png"));
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);

        // The download link gives this selection's figures as CSV.
        await browser.EvaluateAsync<object>("document.querySelector('#download').click()");
        var file = Path.Combine(downloads, "figures.csv");
        for (var waited = 0; !File.Exists(file) && waited < 300; waited++) await Task.Delay(100);
        Assert.True(File.Exists(file), "figures.csv was downloaded; folder has: " + string.Join(", ", Directory.GetFiles(downloads)));
        var text = Encoding.UTF8.GetString(await File.ReadAllBytesAsync(file)).TrimStart('\uFEFF');
        using var csv = CsvReader.FromText(text);
        var ids = new List<string>();
        var sentences = new List<string>();
        foreach (var row in csv)
        {
            ids.Add(row["article_id"].ToString());
            sentences.Add(row["sentence"].ToString());
        }
        Assert.Equal(new[] { "a1", "a1", "a1" }, ids);
        Assert.Contains("他说：\"增长, 很快\"\r\n第二行", sentences);
    }

    private static async Task<string[]> Hits(HeadlessChromium browser) =>
        (await browser.EvaluateAsync<string[]>("[...document.querySelectorAll('.hit')].map(h => h.dataset.id)"))!.Order(StringComparer.Ordinal).ToArray();
}
