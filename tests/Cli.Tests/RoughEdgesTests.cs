using System.Net;
using System.Net.Sockets;
using Pipeline.Cli.Tests.Reports;
using Pipeline.Cli.Web;

namespace Pipeline.Cli.Tests;

/// <summary>A new user's rough edges, the third pass: an empty result says which condition leaves nothing, a date
/// range that holds no date, a stray word, a --format without --out, a JSON line of other fields, a busy port and a
/// coverage of zones no article names each get a plain answer instead of silence.</summary>
public sealed class RoughEdgesTests : IDisposable
{
    private readonly TestArchive _archive = new();

    public void Dispose() => _archive.Dispose();

    private static Task<(int Code, string Out, string Err)> Run(params string[] args) => CliRunner.Run(null, args);

    // Empty results with a reason.

    [Fact]
    public async Task AnEmptySearchSaysWhatEachConditionFindsWithoutTheOthers()
    {
        var (code, output, _) = await Run("search", "人工智能", "--index", _archive.IndexPath, "--zone", "苏州工业园区");
        Assert.Equal(0, code);
        Assert.Contains("0 articles match '人工智能'", output);
        Assert.Contains("without the query '人工智能', 2 articles", output);   // a2 and a3 are about 苏州工业园区
        Assert.Contains("without zone 苏州工业园区, 1 article", output);        // a4 mentions 人工智能

        // A query alone: how it is read.
        (_, output, _) = await Run("search", "人工智能芯片", "--index", _archive.IndexPath);
        Assert.Contains("found only as written", output);
        (_, output, _) = await Run("search", "人工智能 生物医药", "--index", _archive.IndexPath);
        Assert.Contains("Every word of a query must appear", output);
        Assert.Contains("'A OR B'", output);

        // With --json the standard output stays JSON; the reason goes to standard error.
        string error;
        (_, output, error) = await Run("search", "人工智能", "--index", _archive.IndexPath, "--zone", "苏州工业园区", "--json");
        Assert.Equal(0, (int)Newtonsoft.Json.Linq.JObject.Parse(output)["total"]!);
        Assert.Contains("without zone 苏州工业园区, 1 article", error);

        // A search that finds something says nothing more.
        (_, output, _) = await Run("search", "人工智能", "--index", _archive.IndexPath);
        Assert.DoesNotContain("Leaving one out", output);
        Assert.DoesNotContain("found only as written", output);
    }

    [Fact]
    public async Task AnEmptyFigureFilterSaysWhichOptionLeavesNothingInEveryFigureCommand()
    {
        // 营业收入 figures are in 元 and %, and the 家 figures are of other metrics: together, nothing.
        string[] filter = ["--index", _archive.IndexPath, "--metric", "营业收入", "--unit", "家"];
        var (code, output, _) = await Run(["figures", .. filter]);
        Assert.Equal(0, code);
        Assert.Contains("0 figures", output);
        Assert.Contains("without --metric 营业收入, 2 figures", output);
        Assert.Contains("without --unit 家, 2 figures", output);

        (_, output, _) = await Run(["figures", .. filter, "--table"]);
        Assert.Contains("0 rows", output);
        Assert.Contains("without --unit 家, 2 figures", output);

        string error;
        (code, _, error) = await Run(["export", "figures", .. filter, "--out", _archive.File("empty.csv")]);
        Assert.Equal(0, code);
        Assert.Contains("0 figures →", error);
        Assert.Contains("without --metric 营业收入, 2 figures", error);

        (_, output, _) = await Run("figures", "--index", _archive.IndexPath, "--unit", "家");
        Assert.DoesNotContain("Leaving one out", output);
    }

    [Fact]
    public async Task ABlankQueryIsNoQuery()
    {
        var (code, output, _) = await Run("search", "  ", "--index", _archive.IndexPath, "--limit", "0");
        Assert.Equal(0, code);
        Assert.StartsWith("5 articles", output);
        Assert.DoesNotContain("match", output.Split('\n')[0]);
    }

    // Date ranges that hold no date.

    [Theory]
    [InlineData("search")]
    [InlineData("figures")]
    [InlineData("coverage")]
    [InlineData("export figures")]
    [InlineData("export articles")]
    public async Task AFromAfterToIsAUsageErrorNotAnEmptyAnswer(string command)
    {
        var args = command.Split(' ').Concat(new[] { "--index", _archive.IndexPath, "--from", "2023", "--to", "2022-06" }).ToList();
        if (command.StartsWith("export", StringComparison.Ordinal)) args.AddRange(new[] { "--out", _archive.File("x.csv") });
        var (code, _, error) = await Run(args.ToArray());
        Assert.Equal(2, code);
        Assert.Contains("--from 2023 is after --to 2022-06", error);
        Assert.False(File.Exists(_archive.File("x.csv")));

        // The same month on both sides is a range, and so is a day inside a month.
        args = command.Split(' ').Concat(new[] { "--index", _archive.IndexPath, "--from", "2022-03-15", "--to", "2022-03" }).ToList();
        if (command.StartsWith("export", StringComparison.Ordinal)) args.AddRange(new[] { "--out", _archive.File("y.csv") });
        (code, _, error) = await Run(args.ToArray());
        Assert.True(code == 0, error);
    }

    // Stray words.

    [Fact]
    public async Task ACommandOfOptionsOnlyRefusesAStrayWordAndSuggestsTheOption()
    {
        var (code, output, error) = await Run("coverage", "东湖高新区", "--index", _archive.IndexPath);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("pipeline coverage: it takes options only, got '东湖高新区' (did you mean --zone 东湖高新区?)", error);
        Assert.Contains("usage: pipeline coverage --index DIR", error);

        (code, _, error) = await Run("serve", "out/index");
        Assert.Equal(2, code);
        Assert.Contains("takes options only, got 'out/index'", error);
        Assert.DoesNotContain("did you mean", error);

        (code, _, error) = await Run("segment", "雄川氢能");
        Assert.Equal(2, code);
        Assert.Contains("< LINES", error);   // the usage says where the lines come from

        // Commands whose usage names arguments keep them.
        (code, _, error) = await Run("search", "光谷", "--index", _archive.IndexPath);
        Assert.True(code == 0, error);
        (code, _, error) = await Run("export", "figures", "光谷", "--index", _archive.IndexPath, "--out", _archive.File("f.csv"));
        Assert.True(code == 0, error);
    }

    // Formats.

    [Fact]
    public async Task FiguresTableWithFormatAndNoOutWritesThatFormatToStandardOutput()
    {
        var article = TestArchive.Article("r1", "东湖高新区营收", "2022-02-01", "武汉东湖高新区去年营业收入1.2万亿元。", TestArchive.DonghuZone());
        article.Figures.Add(new Pipeline.Extract.Model.FigureEntity
        {
            Text = "1.2万亿元", Value = 1_200_000_000_000m, Unit = "元", Kind = "money", Metric = "营业收入", Indicator = "revenue",
            Subject = new Pipeline.Extract.Model.FigureSubject { Name = TestArchive.Donghu, Kind = "zone" },
            Period = new Pipeline.Extract.Model.FigurePeriod { Value = "2021" },
        });
        using (var index = Pipeline.Index.ArticleIndex.Open(_archive.IndexPath)) index.Update(new[] { article });
        var (code, output, error) = await Run("figures", "--index", _archive.IndexPath, "--table", "--format", "csv");
        Assert.True(code == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("subject,subject_kind,indicator,metric,period", lines[0]);
        Assert.Contains(lines, l => l.StartsWith(TestArchive.Donghu + ",zone,revenue,营业收入,2021,", StringComparison.Ordinal));
        Assert.Contains("table rows → standard output (csv)", error);

        (code, output, _) = await Run("figures", "--index", _archive.IndexPath, "--table", "--format", "jsonl");
        Assert.Equal(0, code);
        Assert.All(output.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => Newtonsoft.Json.Linq.JObject.Parse(l));
    }

    // Coverage of zones the archive never names.

    [Fact]
    public async Task CoverageOfAZoneNoArticleNamesSaysSoInsteadOfZeroZones()
    {
        var (code, output, error) = await Run("coverage", "--index", _archive.IndexPath, "--by", "year", "--zone", "雄安", "--zone", "光谷");
        Assert.True(code == 0, error);
        Assert.Contains("warning: no indexed article names the zone '雄安'", error);
        Assert.Contains("1 of the 2 zones asked for", output);
        Assert.Contains("name none of them", output);
        Assert.Contains("No counted article names 雄安.", output);

        (_, output, _) = await Run("coverage", "--index", _archive.IndexPath, "--by", "year", "--zone", "雄安");
        Assert.Contains("0 of the 1 zones asked for; 5 do not name it", output);
        Assert.Contains("none of the zones asked for is in the gazetteer", output);
        Assert.DoesNotContain("0 of 0 known zones", output);
    }

    // Inputs.

    [Fact]
    public async Task AJsonLineOfOtherFieldsIsRefusedByNameNotTurnedIntoAnEmptyRecord()
    {
        var input = _archive.File("mine.jsonl");
        Directory.CreateDirectory(_archive.Root);
        File.WriteAllText(input,
            "{\"headline\":\"园区新闻\",\"content\":\"合肥高新区新增企业30家。\"}\n" +
            "{\"title\":\"潍坊高新区新增专精特新企业\",\"text\":\"近日，潍坊高新区新增省级专精特新中小企业42家。\"}\n" +
            "{}\n");
        var (code, output, error) = await Run("extract", input, "--out", "-");
        Assert.Equal(1, code);
        Assert.Contains($"{input}:1: not an article line: no article text", error);
        Assert.Contains("this one has \"headline\", \"content\"", error);
        Assert.Contains($"{input}:3: not an article line: no article text", error);
        Assert.Contains("this one has no fields", error);
        var records = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(records);
        Assert.Contains("潍坊高新区", records[0]);
    }

    [Fact]
    public async Task IndexGivenAFolderSaysToExtractItFirst()
    {
        var pages = Directory.CreateDirectory(_archive.File("pages")).FullName;
        var target = _archive.File("new-index");
        var (code, _, error) = await Run("index", pages, "--index", target);
        Assert.Equal(2, code);
        Assert.Contains($"{pages} is a folder", error);
        Assert.Contains($"pipeline extract {pages} --out - | pipeline index - --index {target}", error);
        Assert.DoesNotContain("no such", error);
        Assert.False(Directory.Exists(target));
    }

    // Serving.

    [Fact]
    public async Task ServeOnABusyPortSaysWhatToDo()
    {
        using var busy = new TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        var port = ((IPEndPoint)busy.LocalEndpoint).Port;
        var (code, _, error) = await Run("serve", "--index", _archive.IndexPath, "--urls", $"http://127.0.0.1:{port}");
        Assert.Equal(1, code);
        Assert.Contains($"cannot listen at http://127.0.0.1:{port}: the address is already in use", error);
        Assert.Contains("port 0 for any free one", error);
        Assert.DoesNotContain("PIPELINE_DEBUG", error);
    }

    [Fact]
    public async Task ThePageSaysWhichConditionLeavesNothingAndRefusesAnEmptyDateRange()
    {
        await using var server = await SearchServer.StartAsync(_archive.IndexPath, "http://127.0.0.1:0");
        using var http = new HttpClient { BaseAddress = new Uri(server.Addresses.Single()) };
        var html = await http.GetStringAsync("/?q=" + Uri.EscapeDataString("人工智能") + "&zone=" + Uri.EscapeDataString("苏州工业园区"));
        Assert.Contains("id=\"empty-hint\"", html);
        Assert.Contains("without zone 苏州工业园区, 1 article", html);

        html = await http.GetStringAsync("/?q=" + Uri.EscapeDataString("人工智能"));
        Assert.DoesNotContain("id=\"empty-hint\"", html);

        var response = await http.GetAsync("/?q=a&from=2023&to=2022");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("is after “to” (2022)", await response.Content.ReadAsStringAsync());
    }

    // Help and the first run.

    [Fact]
    public async Task TheCommandListPutsTheWorkFirstAndTheBenchmarksLastAndSaysWhereToStart()
    {
        var (code, output, _) = await Run("--help");
        Assert.Equal(0, code);
        Assert.Contains("'pipeline demo'", output);
        var lines = output.Split('\n');
        var lastWork = Array.FindLastIndex(lines, l => l.StartsWith("  show ", StringComparison.Ordinal));
        var firstBench = Array.FindIndex(lines, l => l.StartsWith("  bench ", StringComparison.Ordinal));
        Assert.True(lastWork > 0 && firstBench > lastWork, output);
        Assert.Contains("benchmarks", lines[firstBench - 1]);
    }

    [Fact]
    public async Task CrawlWithoutToSaysHowToCrawlOneDay()
    {
        var (code, _, error) = await Run("crawl", "http://127.0.0.1:9/", "--from", "2023-03-15", "--out", _archive.File("crawl"));
        Assert.Equal(2, code);
        Assert.Contains("for one day give --to 2023-03-15 too", error);
        Assert.False(Directory.Exists(_archive.File("crawl")));
    }
}
