using System.Text;
using Pipeline.Cli.Commands;
using Pipeline.Cli.Tests.Reports;
using Pipeline.Cli.Web;

namespace Pipeline.Cli.Tests;

/// <summary>A new user's first hour, the second pass (after issue #15): a typo, an empty folder, the wrong file or a
/// Ctrl+C never costs work already done, and each says what happened and what to do.</summary>
public sealed class FirstHourTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("pipeline-firsthour-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static Task<(int Code, string Out, string Err)> Run(params string[] args) => CliRunner.Run(null, args);

    /// <summary>Two short articles of a page text, written for these tests.</summary>
    private const string PageText =
        "芜湖高新区机器人产业集群营收突破百亿\n\n◎本报记者 李青\n\n今年上半年，芜湖高新区机器人企业达到86家，实现营业收入126亿元，同比增长18.2%。\n\n" +
        "【园区快讯】\n\n潍坊高新区新增专精特新企业\n\n近日，潍坊高新区新增省级专精特新中小企业42家，累计达到315家。\n";

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private async Task<string[]> RecordLines()
    {
        var (code, records, err) = await Run("extract", Write("page.txt", PageText), "--out", "-");
        Assert.True(code == 0, err);
        var lines = records.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length >= 2, records);
        return lines;
    }

    private void AssertNoTemporaryFiles() => Assert.Empty(Directory.GetFiles(_dir, "*.tmp", SearchOption.AllDirectories));

    // extract: what is already there survives a typo, an empty folder and an interruption.

    [Fact]
    public async Task AMistypedInputIsAUsageErrorAndTheExistingRecordsStay()
    {
        var records = Write("records.jsonl", "{\"id\":\"kept\"}\n");
        var (code, _, err) = await Run("extract", Path.Combine(_dir, "pagse"), "--out", records);
        Assert.Equal(2, code);
        Assert.Contains("no such file or folder: " + Path.Combine(_dir, "pagse"), err);
        Assert.Equal("{\"id\":\"kept\"}\n", File.ReadAllText(records));
        AssertNoTemporaryFiles();
    }

    [Fact]
    public async Task AFolderWithoutPagesIsRefusedByNameAndReplacesNothing()
    {
        var records = Write("records.jsonl", "{\"id\":\"kept\"}\n");
        var empty = Directory.CreateDirectory(Path.Combine(_dir, "downloads")).FullName;
        Write("downloads/notes.md", "not a page");
        var (code, _, err) = await Run("extract", empty, "--out", records);
        Assert.Equal(1, code);
        Assert.Contains($"refused: {empty}: the folder holds no page files (.txt, .html, .htm, .jsonl", err);
        Assert.Contains("no articles found in the inputs", err);
        Assert.Contains("was left as it was", err);
        Assert.Equal("{\"id\":\"kept\"}\n", File.ReadAllText(records));

        var fresh = Path.Combine(_dir, "fresh.jsonl");
        (code, _, err) = await Run("extract", Write("blank.txt", "   \n"), "--out", fresh);
        Assert.Equal(1, code);
        Assert.Contains("was not created", err);
        Assert.False(File.Exists(fresh));
        AssertNoTemporaryFiles();
    }

    [Fact]
    public async Task AnInterruptedExtractLeavesTheOutputAsItWasAndSaysHowToGoOn()
    {
        var records = Write("records.jsonl", "{\"id\":\"kept\"}\n");
        using var interrupt = new CancellationTokenSource();
        interrupt.Cancel();
        var (code, _, err) = await CliRunner.Run(null, interrupt.Token, "extract", Write("page.txt", PageText), "--out", records);
        Assert.Equal(130, code);
        Assert.Contains("extract: interrupted after", err);
        Assert.Contains($"{records} is as it was; the same command extracts everything again", err);
        Assert.Equal("{\"id\":\"kept\"}\n", File.ReadAllText(records));
        AssertNoTemporaryFiles();
    }

    // index: an interruption keeps what was read; a second writer is refused; files that are no records are refused whole.

    /// <summary>Standard input that presses Ctrl+C once it has handed out <paramref name="lines"/> lines.</summary>
    private sealed class InterruptingReader(string[] all, int lines, CancellationTokenSource interrupt) : TextReader
    {
        private int _next;

        public override string? ReadLine()
        {
            if (_next >= all.Length) return null;
            if (_next + 1 == lines) interrupt.Cancel();
            return all[_next++];
        }
    }

    [Fact]
    public async Task AnInterruptedIndexCommitsWhatItReadAndTheSameCommandCompletesIt()
    {
        var lines = await RecordLines();
        var index = Path.Combine(_dir, "index");
        using var interrupt = new CancellationTokenSource();
        var (code, _, err) = await CliRunner.Run(new InterruptingReader(lines, 1, interrupt), interrupt.Token, "index", "-", "--index", index);
        Assert.Equal(130, code);
        Assert.Contains("holds 1 articles", err);
        Assert.Contains("index: interrupted in standard input after 1 records; those are committed. The same command indexes the rest", err);

        (code, _, err) = await CliRunner.Run(string.Join('\n', lines), "index", "-", "--index", index);
        Assert.True(code == 0, err);
        Assert.Contains($"holds {lines.Length} articles", err);
    }

    [Fact]
    public async Task ASecondWriterOfTheSameIndexIsRefusedAndChangesNothing()
    {
        var lines = await RecordLines();
        var records = Write("records.jsonl", string.Join('\n', lines) + "\n");
        var index = Path.Combine(_dir, "index");
        Assert.Equal(0, (await Run("index", records, "--index", index)).Code);
        var more = Write("more.jsonl", lines[0].Replace("page.txt#1", "other.txt#1") + "\n");
        using (IndexCommand.WriterLock.Acquire(index))
        {
            var (code, _, err) = await Run("index", more, "--index", index);
            Assert.Equal(1, code);
            Assert.Contains($"the index at {index} is being written by another 'pipeline index'", err);
            Assert.Contains("wait for it to finish, then run this again", err);
        }
        var (_, listing, _) = await Run("search", "--index", index, "--json", "--limit", "0");
        Assert.Contains($"\"total\": {lines.Length}", listing);
        Assert.Equal(0, (await Run("index", more, "--index", index)).Code); // released when the first writer is done
    }

    [Fact]
    public async Task FilesThatAreNoRecordsAreRefusedWholeWithWhatToRunInstead()
    {
        var lines = await RecordLines();
        var good = Write("records.jsonl", string.Join('\n', lines) + "\n");
        var page = Write("page.txt", PageText);
        var binary = Path.Combine(_dir, "photo.jpg");
        File.WriteAllBytes(binary, new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x0A, 0x00, 0x01 });
        var crawled = Write("articles.jsonl",
            "{\"id\":\"http://127.0.0.1/html/2024-05/06/content_1.htm\",\"title\":\"芜湖高新区机器人产业集群营收突破百亿\",\"date\":\"2024-05-06\",\"text\":\"芜湖高新区机器人企业达到86家。\"}\n");
        var empty = Write("empty.jsonl", "");
        var index = Path.Combine(_dir, "index");

        var (code, _, err) = await Run("index", page, binary, crawled, empty, good, "--index", index);
        Assert.Equal(1, code);
        Assert.Contains($"refused: {page}: not JSON Lines records (line 1 is not a JSON object); page texts, HTML pages and the crawler's articles.jsonl go through 'pipeline extract FILE --out records.jsonl' first", err);
        Assert.Contains($"refused: {binary}: a binary file, not JSON Lines records", err);
        Assert.Contains($"refused: {crawled}: these are articles not yet extracted", err);
        Assert.Contains($"refused: {empty}: empty, no records in it", err);
        Assert.Contains("index: 4 files refused (listed above); the exit status is 1", err);
        Assert.Contains($"holds {lines.Length} articles", err);
        Assert.DoesNotContain("skipped:", err);
    }

    [Fact]
    public async Task ManyBrokenLinesAreListedTenAtATimeAndCounted()
    {
        var lines = await RecordLines();
        var broken = Enumerable.Range(0, 30).Select(i => "{\"id\": \"cut-" + i);
        var records = Write("records.jsonl", string.Join('\n', lines.Take(1).Concat(broken).Concat(lines.Skip(1))) + "\n");
        var (code, _, err) = await Run("index", records, "--index", Path.Combine(_dir, "index"));
        Assert.Equal(1, code);
        Assert.Equal(10, err.Split('\n').Count(l => l.StartsWith("skipped: " + records + ":", StringComparison.Ordinal) && l.Contains("not an article record")));
        Assert.Contains($"skipped: {records}: 20 more malformed lines not listed", err);
        Assert.Contains("30 malformed lines skipped", err);
        Assert.Contains($"holds {lines.Length} articles", err);
    }

    // search: field names in queries.

    [Fact]
    public async Task FacetFieldsWorkInQueriesAndAnUnknownFieldIsExplained()
    {
        using var archive = new TestArchive();
        foreach (var (query, total) in new[]
        {
            ("zone:东湖高新区", 2), ("zone:\"武汉东湖高新区\" AND 人工智能", 1), ("month:2022-03", 1), ("enterprise:长飞", 1), ("year:2021", 2),
        })
        {
            var (code, json, err) = await Run("search", query, "--index", archive.IndexPath, "--json");
            Assert.True(code == 0, query + ": " + err);
            Assert.Contains($"\"total\": {total},", json);
        }
        foreach (var (query, field) in new[] { ("foo:bar", "foo"), ("http://example.invalid/a", "http"), ("光谷:企业", "光谷") })
        {
            var (code, _, err) = await Run("search", query, "--index", archive.IndexPath);
            Assert.Equal(2, code);
            Assert.Contains($"it has no field '{field}' (fields: text:, title:, id:, zone:", err);
            Assert.Contains("to search for text with a colon, put it in double quotes", err);
        }
        var (quoted, _, quotedErr) = await Run("search", "\"http://example.invalid/a\"", "--index", archive.IndexPath);
        Assert.True(quoted == 0, quotedErr);
        var (export, _, exportErr) = await Run("export", "articles", "foo:bar", "--index", archive.IndexPath, "--out", Path.Combine(_dir, "a.csv"));
        Assert.Equal(2, export);
        Assert.Contains("it has no field 'foo'", exportErr);
        Assert.False(File.Exists(Path.Combine(_dir, "a.csv")));

        await using var server = await SearchServer.StartAsync(archive.IndexPath, "http://127.0.0.1:0");
        using var http = new HttpClient { BaseAddress = new Uri(server.Addresses.Single()) };
        var api = await http.GetAsync("/api/search?q=" + Uri.EscapeDataString("foo:bar"));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Contains("it has no field 'foo'", await api.Content.ReadAsStringAsync());
        var page = await http.GetStringAsync("/?q=" + Uri.EscapeDataString("zone:东湖高新区"));
        Assert.Contains("href=\"/article?id=a4\"", page);
    }

    // Help that matches behaviour.

    [Fact]
    public async Task ThePrintedTidyTableIsPagedWhenAskedAndAFileGetsEveryRow()
    {
        var records = Write("records.jsonl", string.Join('\n', await RecordLines()) + "\n");
        var index = Path.Combine(_dir, "index");
        Assert.Equal(0, (await Run("index", records, "--index", index)).Code);
        var archive = new { IndexPath = index };
        var (_, all, _) = await Run("figures", "--index", archive.IndexPath, "--table");
        var total = int.Parse(all.Split(' ')[0]);
        Assert.True(total >= 2, all);
        var (code, page, err) = await Run("figures", "--index", archive.IndexPath, "--table", "--limit", "1", "--offset", "1");
        Assert.True(code == 0, err);
        Assert.StartsWith($"{total} rows (0 with conflicting reports, showing 1 from row 2)", page);
        static string Cells(string line) => string.Join(' ', line.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(Cells(all.Split('\n')[3]), Cells(page.Split('\n')[2])); // the second data row, alone
        Assert.Equal(3, page.TrimEnd().Split('\n').Length);
        var file = Path.Combine(_dir, "table.jsonl");
        (code, _, err) = await Run("figures", "--index", archive.IndexPath, "--table", "--limit", "1", "--out", file);
        Assert.True(code == 0, err);
        Assert.Equal(total, File.ReadAllLines(file).Length);
        var (_, help, _) = await Run("figures", "--help");
        Assert.Contains("with --table: every row unless given; --out always writes every row", help);
    }

    [Fact]
    public async Task HelpForACommandFamilyListsItsSubCommandsAndUsageLinesNameEveryFilter()
    {
        var (code, text, _) = await Run("help", "export");
        Assert.Equal(0, code);
        Assert.Contains("export figures ", text);
        Assert.DoesNotContain("bench segment", text);
        (code, _, var err) = await Run("help", "exprot");
        Assert.Equal(2, code);
        Assert.Contains("unknown command 'exprot'", err);
        foreach (var command in CommandHost.Commands)
        {
            var usage = command.Help().Split('\n')[0];
            foreach (var option in command.Options.Where(o => o.Name is "subject" or "indicator" or "period" or "target" or "no-target" or "offset"))
                Assert.True(usage.Contains("--" + option.Name), $"'{command.Name}' usage line lacks --{option.Name}: {usage}");
        }
    }

    [Fact]
    public async Task AnUnknownIndicatorKeyIsAUsageErrorAndASubjectNoFigureIsAboutIsAWarning()
    {
        var records = Write("records.jsonl", string.Join('\n', await RecordLines()) + "\n");
        var index = Path.Combine(_dir, "index");
        Assert.Equal(0, (await Run("index", records, "--index", index)).Code);
        var csv = Path.Combine(_dir, "f.csv");
        foreach (var command in new[] { new[] { "figures" }, new[] { "export", "figures", "--out", csv } })
        {
            var (code, _, err) = await Run(command.Concat(new[] { "--index", index, "--indicator", "revnue" }).ToArray());
            Assert.Equal(2, code);
            Assert.Contains("--indicator 'revnue' is not an indicator key; did you mean 'revenue'?", err);
            Assert.Contains("(docs/indicators.md)", err);
            Assert.False(File.Exists(csv));

            (code, _, err) = await Run(command.Concat(new[] { "--index", index, "--subject", "芜湖高新" }).ToArray());
            Assert.True(code == 0, err);
            Assert.Contains("warning: no indexed figure is about the subject '芜湖高新'; did you mean '芜湖高新区'?", err);

            (code, _, err) = await Run(command.Concat(new[] { "--index", index, "--subject", "芜湖高新区", "--indicator", "revenue" }).ToArray());
            Assert.True(code == 0, err);
            Assert.DoesNotContain("warning", err);
        }
    }

    [Fact]
    public async Task ALargeJsonLinesFileCutByBadBytesKeepsItsGoodLinesAndEndsNonZero()
    {
        // Above 8 MB a UTF-8 JSONL file is read a line at a time; bytes that are not UTF-8 end it there.
        var path = Path.Combine(_dir, "articles.jsonl");
        using (var file = File.Create(path))
        {
            file.Write(Encoding.UTF8.GetBytes("{\"id\":\"a1\",\"title\":\"芜湖高新区机器人产业集群营收突破百亿\",\"text\":\"芜湖高新区机器人企业达到86家。\"}\n"));
            file.Write(new byte[9 * 1024 * 1024].Select(_ => (byte)'\n').ToArray());
            file.Write(new byte[] { (byte)'{', 0xC3, 0x28, (byte)'}', (byte)'\n' });
        }
        var (code, records, err) = await CliRunner.Run(null, "extract", path, "--out", "-");
        Assert.Equal(1, code);
        Assert.Contains("cannot read on", err);
        Assert.Contains("芜湖高新区", records);
    }
}
