using Newtonsoft.Json.Linq;
using Pipeline.Cli;

namespace Pipeline.Cli.Tests;

/// <summary>The commands as a user runs them, through <see cref="CommandHost"/>.</summary>
public class EndToEndTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("pipeline-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static Task<(int Code, string Out, string Err)> Run(params string[] args) => CliRunner.Run(null, args);

    [Fact]
    public async Task ExtractWritesOneJsonLinePerArticleAndGoesOnPastAnUnreadableInput()
    {
        var page = Path.Combine(_dir, "page.txt");
        await File.WriteAllTextAsync(page, "合肥高新区新添两家独角兽企业\n\n◎本报记者 王明\n\n今年3月，合肥高新区集聚企业超过5000家，实现营业收入1.2万亿元，同比增长11.7%。\n");
        var empty = Path.Combine(_dir, "empty.txt");
        await File.WriteAllTextAsync(empty, "");
        var output = Path.Combine(_dir, "out", "records.jsonl");
        var (code, _, err) = await Run("extract", page, empty, "--out", output, "--published", "2023-05-04");
        Assert.Equal(1, code); // something was skipped: the run says so in its status too
        Assert.Contains("empty.txt: empty file", err);
        Assert.Contains("1 files refused", err);
        var lines = File.ReadAllLines(output);
        Assert.NotEmpty(lines);
        var record = JObject.Parse(lines[0]);
        Assert.Equal("page.txt", (string?)record["source"]);
        Assert.Equal("2023-05-04", (string?)record["published"]);
        Assert.Contains("1.2万亿元", (string?)record["body"]);
        // Chinese is written as is, not as \u escapes.
        Assert.Contains("合肥高新区", lines[0]);
    }

    [Fact]
    public async Task ABrokenJsonlLineIsReportedAndTheFilesOtherLinesAreKept()
    {
        var input = Path.Combine(_dir, "articles.jsonl");
        await File.WriteAllTextAsync(input,
            "{\"id\":\"a1\",\"title\":\"南京高新区企业超过3000家\",\"text\":\"南京高新区企业超过3000家。\"}\n" +
            "{\"id\":\"a2\",\"text\":\"unterminated\n" +
            "{\"id\":\"a3\",\"title\":\"标题\",\"text\":\"合肥高新区营收增长12%。\",\"page_number\":\"not a number\"}\n" +
            "{\"id\":\"a4\",\"title\":\"苏州工业园区\",\"text\":\"苏州工业园区新增企业200家。\"}\n");
        var output = Path.Combine(_dir, "records.jsonl");
        var (code, _, err) = await Run("extract", input, "--out", output);
        Assert.Equal(1, code);
        Assert.Contains("articles.jsonl:2:", err);
        Assert.Contains("articles.jsonl:3:", err);
        Assert.Contains("2 JSONL lines refused", err);
        var ids = File.ReadAllLines(output).Select(l => (string?)JObject.Parse(l)["id"]).ToList();
        Assert.Equal(new[] { "a1", "a4" }, ids);
    }

    [Fact]
    public async Task BinaryAndEmptyFilesAreRefusedByNameAndAGb18030FileIsRead()
    {
        var binary = Path.Combine(_dir, "image.txt");
        await File.WriteAllBytesAsync(binary, new byte[] { 0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D, 1, 2, 3, 0, 0xFF });
        var empty = Path.Combine(_dir, "empty.txt");
        await File.WriteAllTextAsync(empty, "");
        var gbk = Path.Combine(_dir, "gbk.txt");
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        await File.WriteAllBytesAsync(gbk, System.Text.Encoding.GetEncoding("GB18030").GetBytes("深圳高新区今年产值增长10%。\n"));
        var output = Path.Combine(_dir, "records.jsonl");
        var (code, _, err) = await Run("extract", binary, empty, gbk, "--out", output);
        Assert.Equal(1, code);
        Assert.Contains("image.txt", err);
        Assert.Contains("empty.txt", err);
        Assert.Contains("2 files refused", err);
        Assert.Contains("深圳高新区", File.ReadAllText(output));
    }

    [Fact]
    public async Task ExtractWithoutInputsIsAUsageError()
    {
        var (code, _, err) = await Run("extract", "--out", Path.Combine(_dir, "x.jsonl"));
        Assert.Equal(2, code);
        Assert.Contains("INPUT", err);
    }

    [Fact]
    public async Task DemoCrawlsExtractsIndexesAndFindsHits()
    {
        var (code, output, err) = await Run("demo", "--work", Path.Combine(_dir, "demo"), "--rate", "200");
        Assert.True(code == 0, err);
        Assert.Contains("[crawl]", output);
        Assert.Contains("[index]", output);
        var hits = output.Split('\n').Where(l => l.StartsWith("[search]")).Select(l => int.Parse(l.Split(": ")[^1].Split(' ')[0])).ToList();
        Assert.Equal(2, hits.Count);
        Assert.True(hits[0] > 0, output);
        Assert.True(File.Exists(Path.Combine(_dir, "demo", "records.jsonl")));

        // The folder kept, the demo says what to run next, and that search works on it.
        var index = Path.Combine(_dir, "demo", "index");
        Assert.Contains($"next: pipeline search 产业园 --index {index} · pipeline serve --index {index}", output);
        (code, output, err) = await Run("search", "产业园", "--index", index);
        Assert.True(code == 0, err);
        Assert.Matches(@"^[1-9]\d* articles match '产业园'", output);
    }
}
