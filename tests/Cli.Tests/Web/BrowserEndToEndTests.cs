using System.Text;
using CsvHelper;
using Pipeline.Cli.Tests.Reports;
using Pipeline.Cli.Web;

namespace Pipeline.Cli.Tests.Web;

/// <summary>The search page in a real browser: type a query and submit, click a facet, open an article, download the
/// figures, check the Chinese text is drawn with real glyphs, and keep a screenshot (bin/…/artifacts/search-page.png).
/// Without Debian's chromium the tests are reported as skipped, with the reason; .ci/run installs it and a CJK font.</summary>
public class BrowserEndToEndTests
{
    public static string ArtifactsFolder => Path.Combine(AppContext.BaseDirectory, "artifacts");

    private static void SkipWithoutBrowser() =>
        Skip.IfNot(File.Exists(HeadlessChromium.Executable),
            $"not run: {HeadlessChromium.Executable} is missing (apt-get install -y chromium fonts-wqy-microhei; .ci/run installs both)");

    /// <summary>Whether the page's own font draws Chinese with glyphs of their own: without a CJK font every Han
    /// character is the same empty box ("tofu"), drawn exactly like a private-use code point no font has.</summary>
    internal const string ChineseGlyphsRender = """
        (() => {
          const style = getComputedStyle(document.querySelector('.hit .title'));
          const canvas = document.createElement('canvas');
          canvas.width = canvas.height = 64;
          const g = canvas.getContext('2d');
          const draw = ch => {
            g.clearRect(0, 0, 64, 64);
            g.font = `${style.fontWeight} 40px ${style.fontFamily}`;
            g.fillStyle = '#000';
            g.textBaseline = 'top';
            g.fillText(ch, 4, 4);
            return g.getImageData(0, 0, 64, 64).data.join(',');
          };
          const missing = draw('\uE000'), blank = draw(' ');
          const han = ['高', '新', '区'].map(draw);
          return new Set(han).size === han.length && han.every(h => h !== missing && h !== blank);
        })()
        """;

    // The name says what a skip means, since 'dotnet test' shows skip reasons only at normal verbosity.
    [SkippableFact(DisplayName = "Search page in headless Chromium (skipped without /usr/bin/chromium: apt-get install -y chromium fonts-wqy-microhei, as .ci/run does)")]
    public async Task SearchDrillDownAndDownloadInHeadlessChromium()
    {
        SkipWithoutBrowser();
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

        Assert.True(await browser.EvaluateAsync<bool>(ChineseGlyphsRender),
            "Chinese text renders as empty boxes (tofu): no CJK font is installed (apt-get install -y fonts-wqy-microhei or fonts-noto-cjk)");

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

        // A hit's title opens the article: its text with zones and figures marked, and its figures as a table.
        await browser.NavigateByAsync("document.querySelector('.hit[data-id=a1] .title a').click()");
        Assert.Equal("a1", await browser.EvaluateAsync<string>("document.querySelector('#article').dataset.id"));
        Assert.Contains("<script>alert(1)</script>", await browser.EvaluateAsync<string>("document.querySelector('#article .title').textContent"));
        Assert.Equal(0, await browser.EvaluateAsync<int>("document.querySelectorAll('script').length"));
        Assert.True(await browser.EvaluateAsync<int>("document.querySelectorAll('#body mark.zone').length") > 0, "zones are marked in the text");
        Assert.True(await browser.EvaluateAsync<int>("document.querySelectorAll('#body mark.figure').length") > 0, "figures are marked in the text");
        Assert.Equal(3, await browser.EvaluateAsync<int>("document.querySelectorAll('#article-figures tbody tr').length"));
        await browser.ScreenshotAsync(Path.Combine(ArtifactsFolder, "article-page.png"));
    }

    private static async Task<string[]> Hits(HeadlessChromium browser) =>
        (await browser.EvaluateAsync<string[]>("[...document.querySelectorAll('.hit')].map(h => h.dataset.id)"))!.Order(StringComparer.Ordinal).ToArray();
}
