using System.Text;
using CsvHelper;
using Newtonsoft.Json.Linq;
using Parquet;
using Parquet.Serialization;
using Pipeline.Cli.Reports;
using Pipeline.Extract.Output;

namespace Pipeline.Cli.Tests.Reports;

public class ExportTests : IDisposable
{
    private readonly TestArchive _archive = new();

    public void Dispose() => _archive.Dispose();

    private async Task<(int Code, string Err)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CommandHost.RunAsync(args, stdout, stderr);
        return (code, stderr.ToString());
    }

    private static List<Dictionary<string, string>> ReadCsv(string path)
    {
        var rows = new List<Dictionary<string, string>>();
        using var reader = CsvReader.FromFile(path);
        foreach (var row in reader) rows.Add(row.ToDictionary().ToDictionary(kv => kv.Key, kv => kv.Value?.ToString() ?? ""));
        return rows;
    }

    [Fact]
    public async Task FiguresCsvHasBomHeaderAndRoundTripsCommasQuotesAndNewlines()
    {
        var path = _archive.File("figures.csv");
        var (code, err) = await Run("export", "figures", "--index", _archive.IndexPath, "--out", path);
        Assert.True(code == 0, err);
        Assert.Contains("4 figures", err);

        var bytes = await File.ReadAllBytesAsync(path);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.StartsWith("article_id,title,published,published_date,subject,subject_kind,zone,enterprise,indicator,metric,period,period_end," +
                         "value,value_max,unit,approx,change,change_kind,of,share_of,target,kind,text,sentence\r\n", text);
        // RFC 4180: the field with a comma and quotes is quoted and its quotes doubled.
        Assert.Contains("\"东湖高新区\"\"光谷\"\"产值, 再创新高 <script>alert(1)</script>\"", text);

        var rows = ReadCsv(path);
        Assert.Equal(4, rows.Count);
        var change = rows.Single(r => r["text"] == "12.5%");
        Assert.Equal("他说：\"增长, 很快\"\r\n第二行", change["sentence"]);
        Assert.Equal("东湖高新区\"光谷\"产值, 再创新高 <script>alert(1)</script>", change["title"]);
        Assert.Equal("2022-03-15", change["published_date"]);
        Assert.Equal("12.5", change["value"]);
        Assert.Equal("True", change["change"]);
        var money = rows.Single(r => r["text"] == "1.2万亿元");
        Assert.Equal("1200000000000", money["value"]);
        Assert.Equal("", money["value_max"]);
        var range = rows.Single(r => r["article_id"] == "a2");
        Assert.Equal(("2000", "2500"), (range["value"], range["value_max"]));
        // A sentence that a spreadsheet would run as a formula is escaped as text.
        var formula = rows.Single(r => r["text"] == "1万家");
        Assert.Equal("'=HYPERLINK(\"http://example.invalid\")", formula["sentence"]);
        Assert.Equal("True", formula["approx"]);
        Assert.Equal("长飞光纤光缆股份有限公司", formula["enterprise"]);
    }

    [Fact]
    public async Task FiguresParquetHasTypedColumnsAndTheSameValues()
    {
        var path = _archive.File("figures.parquet");
        var (code, err) = await Run("export", "figures", "--index", _archive.IndexPath, "--out", path);
        Assert.True(code == 0, err);

        await using (var stream = File.OpenRead(path))
        {
            await using var reader = await ParquetReader.CreateAsync(stream);
            var fields = reader.Schema.GetDataFields().ToDictionary(f => f.Name, f => f.ClrType);
            Assert.Equal(typeof(decimal), fields["value"]);
            Assert.Equal(typeof(decimal), fields["value_max"]);
            Assert.Equal(typeof(bool), fields["approx"]);
            // Parquet.Net 6 reads text columns as ReadOnlyMemory<char>.
            Assert.Contains(fields["published"], new[] { typeof(string), typeof(ReadOnlyMemory<char>) });
            Assert.True(fields["published_date"] == typeof(DateOnly) || fields["published_date"] == typeof(DateTime),
                $"published_date is {fields["published_date"]}");
            Assert.Equal(4, reader.RowGroups.Sum(g => (int)g.RowCount));
        }
        var rows = (await ParquetSerializer.DeserializeAsync<FigureExportRow>(path)).Data;
        var change = rows.Single(r => r.Text == "12.5%");
        Assert.Equal(12.5m, change.Value);
        Assert.Equal("他说：\"增长, 很快\"\r\n第二行", change.Sentence);
        Assert.Equal(new DateOnly(2022, 3, 15), change.PublishedDate);
        var range = rows.Single(r => r.ArticleId == "a2");
        Assert.Equal((2000m, 2500m), (range.Value, range.ValueMax!.Value));
        Assert.Equal(1_200_000_000_000m, rows.Single(r => r.Text == "1.2万亿元").Value);
    }

    [Fact]
    public async Task FiguresFollowTheFiltersAndTheQuery()
    {
        var path = _archive.File("filtered.jsonl");
        var (code, err) = await Run("export", "figures", "--index", _archive.IndexPath, "--zone", "光谷", "--unit", "%", "--out", path);
        Assert.True(code == 0, err);
        var lines = await File.ReadAllLinesAsync(path);
        var only = Assert.Single(lines);
        var json = JObject.Parse(only);
        Assert.Equal("12.5%", (string?)json["text"]);
        Assert.Equal(12.5m, (decimal)json["value"]!);
        Assert.True((bool)json["change"]!);

        (code, err) = await Run("export", "figures", "生物医药", "--index", _archive.IndexPath, "--min", "2100", "--out", path);
        Assert.True(code == 0, err);
        var range = JObject.Parse(Assert.Single(await File.ReadAllLinesAsync(path)));
        Assert.Equal("a2", (string?)range["article_id"]);
        Assert.Equal(2500m, (decimal)range["value_max"]!);

        (code, err) = await Run("export", "figures", "--index", _archive.IndexPath, "--from", "2023", "--out", path);
        Assert.True(code == 0, err);
        Assert.Empty(await File.ReadAllLinesAsync(path));
    }

    [Fact]
    public async Task ArticlesCsvFlattensAndJsonlKeepsTheFullRecords()
    {
        var csv = _archive.File("articles.csv");
        var (code, err) = await Run("export", "articles", "--index", _archive.IndexPath, "--zone", "苏州工业园区", "--out", csv);
        Assert.True(code == 0, err);
        var rows = ReadCsv(csv);
        Assert.Equal(new[] { "a3", "a2" }, rows.Select(r => r["id"]));
        Assert.Equal("苏州工业园区; 上海张江高新区", rows[0]["zones"]);
        Assert.Equal("1", rows[1]["figure_count"]);

        var jsonl = _archive.File("articles.jsonl");
        (code, err) = await Run("export", "articles", "--index", _archive.IndexPath, "--out", jsonl);
        Assert.True(code == 0, err);
        var records = RecordJson.ReadAll(jsonl).ToList();
        Assert.Equal(new[] { "a1", "a2", "a3", "a4", "a5" }, records.Select(r => r.Id));
        Assert.Equal(3, records[0].Figures.Count);
        Assert.Contains("\n光谷企业", records[0].Body);

        var parquet = _archive.File("articles.parquet");
        (code, err) = await Run("export", "articles", "--index", _archive.IndexPath, "--from", "2022", "--out", parquet);
        Assert.True(code == 0, err);
        var typed = (await ParquetSerializer.DeserializeAsync<ArticleExportRow>(parquet)).Data;
        Assert.Equal(new[] { "a4", "a1", "a3" }, typed.Select(r => r.Id));
        Assert.Equal(3, typed[1].FigureCount);
    }

    [Fact]
    public async Task ManyRowsSpanSeveralParquetRowGroupsAndCsvPages()
    {
        var records = Enumerable.Range(0, 30).Select(i =>
        {
            var r = TestArchive.Article($"m{i:D2}", $"文章{i}", $"2022-01-{i % 28 + 1:D2}", "正文", TestArchive.DonghuZone());
            for (var k = 0; k < 2000; k++) r.Figures.Add(new() { Text = $"{k}家", Value = k, Unit = "家", Kind = "count" });
            return r;
        }).ToList();
        using var big = new TestArchive(records);
        var parquet = big.File("big.parquet");
        var (code, err) = await Run("export", "figures", "--index", big.IndexPath, "--out", parquet);
        Assert.True(code == 0, err);
        await using (var stream = File.OpenRead(parquet))
        {
            await using var reader = await ParquetReader.CreateAsync(stream);
            Assert.True(reader.RowGroupCount >= 2, $"{reader.RowGroupCount} row groups");
            Assert.Equal(60_000, reader.RowGroups.Sum(g => (int)g.RowCount));
        }
        var rows = (await ParquetSerializer.DeserializeAsync<FigureExportRow>(parquet)).Data;
        Assert.Equal(60_000, rows.Select(r => (r.ArticleId, r.Value)).Distinct().Count());
        Assert.Contains("export figures:", err);
    }

    [Theory]
    [InlineData("--format", "xlsx")]
    [InlineData("--from", "2022-13")]
    public async Task BadOptionsAreUsageErrors(string option, string value)
    {
        var (code, err) = await Run("export", "figures", "--index", _archive.IndexPath, "--out", _archive.File("x.csv"), option, value);
        Assert.Equal(2, code);
        Assert.Contains(option, err);
    }

    [Fact]
    public async Task BadQueryAndMissingIndexAreOneLineErrors()
    {
        var (code, err) = await Run("export", "articles", "AND (", "--index", _archive.IndexPath, "--out", _archive.File("x.csv"));
        Assert.True(code == 2, err);
        Assert.Contains("cannot understand the query", err);
        Assert.False(File.Exists(_archive.File("x.csv")));
        (code, err) = await Run("export", "articles", "--index", _archive.File("nothing"), "--out", _archive.File("x.csv"));
        Assert.Equal(2, code);
        Assert.Contains("no index at", err);
    }

    [Fact]
    public void HelpHasExamples()
    {
        foreach (var name in new[] { "export figures", "export articles" })
        {
            var help = CommandHost.Commands.Single(c => c.Name == name).Help();
            Assert.Contains("examples:", help);
            Assert.Contains("pipeline " + name, help);
        }
    }
}
