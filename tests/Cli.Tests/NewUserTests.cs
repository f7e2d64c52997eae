using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using Pipeline.Cli.Output;
using Pipeline.Cli.Reports;
using Pipeline.Cli.Tests.Reports;
using Pipeline.Cli.Web;

namespace Pipeline.Cli.Tests;

/// <summary>Issue #15, a new user's first hour: nothing destroyed, every article openable, every error plain.</summary>
public sealed class NewUserTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("pipeline-newuser-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static Task<(int Code, string Out, string Err)> RunWithInput(string? stdin, params string[] args) => CliRunner.Run(stdin, args);

    private static Task<(int Code, string Out, string Err)> Run(params string[] args) => RunWithInput(null, args);

    private const string PageText =
        "合肥高新区新添两家独角兽企业\n\n◎本报记者 王明\n\n今年3月，合肥高新区集聚企业超过5000家，实现营业收入1.2万亿元，同比增长11.7%。\n";

    private string Page(string name = "page.txt", string text = PageText)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", path) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    // 1. --out destroys nothing; - is standard output.

    [Fact]
    public async Task AnOutputSymlinkKeepsBeingALinkAndItsTargetGetsTheRecords()
    {
        var target = Path.Combine(_dir, "real.jsonl");
        File.WriteAllText(target, "old\n");
        var link = Path.Combine(_dir, "link.jsonl");
        File.CreateSymbolicLink(link, "real.jsonl");
        var (code, _, err) = await Run("extract", Page(), "--out", link);
        Assert.True(code == 0, err);
        Assert.Equal("real.jsonl", new FileInfo(link).LinkTarget);
        Assert.Contains("合肥高新区", File.ReadAllText(target));
        Assert.Empty(Directory.GetFiles(_dir, "*.tmp"));
    }

    [Fact]
    public async Task AFifoAndALinkToItAreWrittenIntoNotReplaced()
    {
        var fifo = Path.Combine(_dir, "pipe");
        MakeFifo(fifo);
        var link = Path.Combine(_dir, "stdout-like");
        File.CreateSymbolicLink(link, fifo);
        foreach (var (output, format) in new[] { (fifo, "jsonl"), (link, "csv") })
        {
            var reader = Task.Run(() => File.ReadAllText(fifo));
            using var archive = new TestArchive();
            var (code, _, err) = await Run("export", "figures", "--index", archive.IndexPath, "--out", output, "--format", format);
            Assert.True(code == 0, err);
            var text = await reader.WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Contains("1.2万亿元", text);
            Assert.Equal(FileType.Fifo, FileTypes.Of(fifo));
        }
        Assert.Equal("pipe", Path.GetFileName(new FileInfo(link).LinkTarget));
        Assert.Equal(FileType.CharacterDevice, FileTypes.Of("/dev/null"));
    }

    [Fact]
    public async Task DashIsStandardOutputSoExtractAndIndexComposeInAPipe()
    {
        var (code, records, err) = await Run("extract", Page(), "--out", "-");
        Assert.True(code == 0, err);
        Assert.False(File.Exists(Path.Combine(Environment.CurrentDirectory, "-")));
        var lines = records.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        Assert.All(lines, l => JObject.Parse(l));
        var index = Path.Combine(_dir, "index");
        (code, _, err) = await RunWithInput(records, "index", "-", "--index", index);
        Assert.True(code == 0, err);
        Assert.Contains($"holds {lines.Length} articles", err);

        using var archive = new TestArchive();
        (code, var csv, err) = await Run("export", "figures", "--index", archive.IndexPath, "--out", "-");
        Assert.True(code == 0, err);
        Assert.StartsWith("article_id,", csv); // CSV by default, and no byte-order mark in a pipe
        (code, var svg, err) = await Run("coverage", "--index", archive.IndexPath, "--chart", "-");
        Assert.True(code == 0, err);
        Assert.StartsWith("<?xml", svg);
        Assert.Contains("articles", err); // the text report moved to standard error
    }

    [Fact]
    public async Task AFolderAsOutputIsAPlainUsageError()
    {
        var (code, _, err) = await Run("extract", Page(), "--out", _dir);
        Assert.Equal(2, code);
        Assert.Contains("is a folder", err);
    }

    // 3. Every printed id opens its article.

    [Fact]
    public async Task EveryIdSearchPrintsOpensWithShowAndAnIdQuery()
    {
        var records = Path.Combine(_dir, "records.jsonl");
        var index = Path.Combine(_dir, "index");
        Assert.Equal(0, (await Run("extract", Page("a.txt"), Page("b.txt", PageText.Replace("合肥", "无锡")), "--out", records)).Code);
        Assert.Equal(0, (await Run("index", records, "--index", index)).Code);
        var (_, listing, _) = await Run("search", "--index", index, "--limit", "50");
        var ids = Regex.Matches(listing, @"· (\S+\.txt#\d+)$", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
        Assert.True(ids.Count >= 2, listing);
        foreach (var id in ids)
        {
            var (code, shown, err) = await Run("show", id, "--index", index);
            Assert.True(code == 0, err);
            Assert.Contains("id           " + id, shown);
            Assert.Contains("营业收入1.2万亿元", shown);
            Assert.Contains("figures (", shown);
            var (_, json, _) = await Run("search", $"id:\"{id}\"", "--index", index, "--json");
            Assert.Equal(1, (int)JObject.Parse(json)["total"]!);
        }
        var (_, record, _) = await Run("show", ids[0], "--index", index, "--json");
        Assert.Equal(ids[0], (string?)JObject.Parse(record)["id"]);
        Assert.Contains("1.2万亿元", (string?)JObject.Parse(record)["body"]);

        var (missing, _, why) = await Run("show", "b.txt", "--index", index);
        Assert.Equal(1, missing);
        Assert.Contains("b.txt#1", why);
    }

    [Fact]
    public async Task TheWebPageLinksEachHitToAnArticleViewWithMarksAndFigures()
    {
        using var archive = new TestArchive();
        await using var server = await SearchServer.StartAsync(archive.IndexPath, "http://127.0.0.1:0");
        using var http = new HttpClient { BaseAddress = new Uri(server.Addresses.Single()) };
        var page = await http.GetStringAsync("/?q=" + Uri.EscapeDataString("高新区"));
        Assert.Contains("href=\"/article?id=a1\"", page);
        var article = await http.GetStringAsync("/article?id=a1");
        Assert.Contains("<mark class=\"zone\" title=\"zone: 武汉东湖高新区\">武汉东湖高新区</mark>", article);
        Assert.Contains("<mark class=\"figure\"", article);
        Assert.Equal(3, Regex.Matches(article, "<tr><th>").Count - Regex.Matches(article, "<thead><tr><th>").Count);
        Assert.DoesNotContain("<script>", article);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/article?id=nope")).StatusCode);
        var json = JObject.Parse(await http.GetStringAsync("/api/article?id=a1"));
        Assert.Contains("1.2万亿元", (string?)json["body"]);
    }

    // 4. Long work shows progress when asked, and stays quiet otherwise.

    [Fact]
    public async Task ExtractAndIndexReportFilesArticlesAndMegabytesWhenAskedAndStayQuietOtherwise()
    {
        ProgressReporter.Interval = TimeSpan.FromMilliseconds(20);
        var big = Page("big.txt", string.Concat(Enumerable.Range(0, 60).Select(i => PageText.Replace("两家", $"{i}家") + "\n\n")));
        var records = Path.Combine(_dir, "records.jsonl");
        var (code, _, err) = await Run("extract", big, "--out", records, "--progress");
        Assert.True(code == 0, err);
        var progress = new Regex(@"^extract: 1 files, [\d,]+ articles, [\d.]+ MB in \d+ s \([\d,]+ articles/s, [\d.]+ MB/s\)", RegexOptions.Multiline);
        Assert.Matches(progress, err);
        (code, _, err) = await Run("extract", big, "--out", records);
        Assert.DoesNotMatch(progress, err);

        (code, _, err) = await Run("index", records, "--index", Path.Combine(_dir, "index"), "--progress");
        Assert.True(code == 0, err);
        Assert.Matches(new Regex(@"^index: 1 files, [\d,]+ records, [\d.]+ MB in \d+ s", RegexOptions.Multiline), err);
    }

    // 5. Errors that say what happened, and one behaviour for bad records and unknown names.

    [Fact]
    public async Task IndexSkipsAMalformedRecordReportsItsLineKeepsTheRestAndExitsNonZero()
    {
        var records = Path.Combine(_dir, "records.jsonl");
        var (_, good, _) = await Run("extract", Page(), "--out", "-");
        var lines = good.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        File.WriteAllLines(records, new[] { lines[0], "{\"id\": \"broken", "[1,2]" }.Concat(lines.Skip(1)));
        var index = Path.Combine(_dir, "index");
        var (code, _, err) = await Run("index", records, "--index", index);
        Assert.Equal(1, code);
        Assert.Contains("records.jsonl:2:", err);
        Assert.Contains("records.jsonl:3:", err);
        Assert.Contains($"holds {lines.Length} articles", err);
        Assert.DoesNotContain("Exception", err);
    }

    [Fact]
    public async Task FailuresNeverShowExceptionTypeNames()
    {
        var file = Page("plain.txt");
        var (code, _, err) = await Run("extract", Page(), "--out", Path.Combine(file, "under-a-file.jsonl"));
        Assert.NotEqual(0, code);
        Assert.DoesNotContain("Exception", err);
        Assert.Contains("under-a-file.jsonl", err);
        Assert.Equal("x (an unexpected error: run again with PIPELINE_DEBUG=1 to see where it happened)", ErrorText.Describe(new NullReferenceException("x")));
        // An index out of range is the program's slip even though .NET files it under ArgumentException.
        Assert.EndsWith("(an unexpected error: run again with PIPELINE_DEBUG=1 to see where it happened)",
            ErrorText.Describe(new ArgumentOutOfRangeException("startIndex")));
        Assert.Equal("bad --top", ErrorText.Describe(new ArgumentException("bad --top")));
        Assert.Contains("at ", ErrorText.Describe(Thrown(), debug: true));
    }

    [Fact]
    public async Task MalformedAndOverlongQueriesAreExplainedBrieflyInTheUsersTerms()
    {
        using var archive = new TestArchive();
        var (code, _, err) = await Run("search", "产值 AND", "--index", archive.IndexPath);
        Assert.Equal(2, code);
        Assert.Contains("ends with AND", err);
        Assert.DoesNotContain("<EOF>", err);
        Assert.DoesNotContain("Was expecting", err);
        var longQuery = string.Concat(Enumerable.Repeat("产值 ", 4000)) + "(";
        (code, _, err) = await Run("search", longQuery, "--index", archive.IndexPath);
        Assert.Equal(2, code);
        Assert.True(err.Length < 600, err);
    }

    [Fact]
    public async Task AZoneNoArticleNamesIsTheSameWarningEverywhereWithTheNearestNames()
    {
        using var archive = new TestArchive();
        foreach (var args in new[]
        {
            new[] { "search", "--zone", "东湖高新" },
            new[] { "figures", "--zone", "东湖高新" },
            new[] { "coverage", "--zone", "东湖高新" },
            new[] { "export", "figures", "--zone", "东湖高新", "--out", Path.Combine(_dir, "f.csv") },
        })
        {
            var (code, _, err) = await Run(args.Concat(new[] { "--index", archive.IndexPath }).ToArray());
            Assert.True(code == 0, string.Join(' ', args) + ": " + err);
            Assert.Contains("warning: no indexed article names the zone '东湖高新'; did you mean '武汉东湖高新区'", err);
        }
        await using var server = await SearchServer.StartAsync(archive.IndexPath, "http://127.0.0.1:0");
        using var http = new HttpClient { BaseAddress = new Uri(server.Addresses.Single()) };
        var page = await http.GetStringAsync("/?zone=" + Uri.EscapeDataString("东湖高新"));
        Assert.Contains("class=\"warning\"", page);
        Assert.Contains("did you mean &#39;武汉东湖高新区&#39;", page);
    }

    // 6. A few bad bytes do not refuse a file.

    [Fact]
    public async Task AUtf8FileCutInItsLastCharacterIsReadAndTheRepairReported()
    {
        var bytes = Encoding.UTF8.GetBytes(PageText + "园区企业稳步发展。");
        var cut = Path.Combine(_dir, "cut.txt");
        File.WriteAllBytes(cut, bytes[..^2]); // the last 。 loses two of its three bytes
        var (code, records, err) = await Run("extract", cut, "--out", "-");
        Assert.True(code == 0, err);
        Assert.Contains("repaired: ", err);
        Assert.Contains("1 invalid UTF-8 byte replaced by U+FFFD at line 6", err);
        Assert.Contains("1.2万亿元", records);
    }

    // 7. Smaller things.

    [Fact]
    public async Task APagePastTheLastSaysSoAndLinksBack()
    {
        using var archive = new TestArchive();
        await using var server = await SearchServer.StartAsync(archive.IndexPath, "http://127.0.0.1:0");
        using var http = new HttpClient { BaseAddress = new Uri(server.Addresses.Single()) };
        var page = await http.GetStringAsync("/?p=9");
        Assert.Contains("id=\"past-last\"", page);
        Assert.Contains("Go to page 1", page);
        var (_, text, _) = await Run("search", "--index", archive.IndexPath, "--offset", "20", "--limit", "2");
        Assert.Contains("the last page is --offset 4", text);
    }

    [Fact]
    public async Task TheWebApiAndSearchJsonHaveOneShapeWithUrlAndBody()
    {
        using var archive = new TestArchive();
        await using var server = await SearchServer.StartAsync(archive.IndexPath, "http://127.0.0.1:0");
        using var http = new HttpClient { BaseAddress = new Uri(server.Addresses.Single()) };
        var api = JObject.Parse(await http.GetStringAsync("/api/search?q=" + Uri.EscapeDataString("光谷")));
        var (_, json, _) = await Run("search", "光谷", "--index", archive.IndexPath, "--json");
        var cli = JObject.Parse(json);
        var apiHit = (JObject)api["hits"]![0]!;
        var cliHit = (JObject)cli["hits"]![0]!;
        Assert.Equal(cliHit.Properties().Select(p => p.Name), apiHit.Properties().Select(p => p.Name));
        Assert.Equal(JTokenType.Object, apiHit["snippets"]![0]!.Type);
        Assert.Equal(JTokenType.Object, cliHit["snippets"]![0]!.Type);
        Assert.False(string.IsNullOrEmpty((string?)cliHit["body"]));
        Assert.Equal((string?)cliHit["body"], (string?)apiHit["body"]);
    }

    [Fact]
    public async Task ABadElasticsearchIndexNameIsAUsageErrorAndWritesNothing()
    {
        using var archive = new TestArchive();
        var bulk = Path.Combine(archive.IndexPath, "..", "bad-name.ndjson");
        var (code, _, err) = await Run("export", "articles", "--index", archive.IndexPath, "--format", "es-bulk", "--es-index", "Bad Name", "--out", bulk);
        Assert.Equal(2, code);
        Assert.Contains("--es-index: 'Bad Name' is not a valid index name", err);
        Assert.False(File.Exists(bulk));
    }

    [Fact]
    public async Task AnUntitledArticleIsNeverABlankHit()
    {
        var untitled = TestArchive.Article("u1", "", "2022-05-01", "南京江北新区生物医药企业达到560家，同比增长12%。");
        using var archive = new TestArchive(new[] { untitled });
        var (_, text, _) = await Run("search", "--index", archive.IndexPath);
        Assert.Contains("1. (untitled) 南京江北新区生物医药企业达到560家", text);
    }

    [Fact]
    public async Task TheDemoLeavesNoFolderInTheTemporaryDirectory()
    {
        var (code, output, err) = await Run("demo", "--rate", "200");
        Assert.True(code == 0, err);
        // The folder the demo says it used (other runs may be using the temporary directory at the same time).
        var removed = System.Text.RegularExpressions.Regex.Match(output, @"removed the work folder (\S+)");
        Assert.True(removed.Success, output);
        var folder = removed.Groups[1].Value;
        Assert.StartsWith(Path.Combine(Path.GetTempPath(), "pipeline-demo-"), folder);
        Assert.False(Directory.Exists(folder), $"{folder} is left behind");
    }

    private static Exception Thrown()
    {
        try { throw new InvalidOperationException("where"); }
        catch (Exception e) { return e; }
    }
}
