using CsvHelper;
using Pipeline.Extract.Model;

namespace Pipeline.Cli.Tests.Reports;

/// <summary>figures and export figures over figures the attribution stage described: the fact filters and the
/// tidy table (--table) with its evidence and conflict flag.</summary>
public class FactTableTests : IDisposable
{
    private readonly TestArchive _archive = new(Records());

    public void Dispose() => _archive.Dispose();

    private const string Chengdu = "成都高新区";

    private static FigureEntity Fact(string text, decimal value, string unit, string kind, string subject, string? indicator, string metric,
        string? period, string? periodEnd = null, bool change = false, bool target = false) => new()
    {
        Text = text, Value = value, Unit = unit, Kind = kind, Metric = metric, Indicator = indicator, Change = change,
        ChangeKind = change ? (unit == "%" ? "percent" : "absolute") : null, Of = change ? metric : null, Target = target,
        Subject = new FigureSubject { Name = subject, Kind = subject.EndsWith("高新区") ? SubjectKinds.Zone : SubjectKinds.Place },
        Zone = subject.EndsWith("高新区") ? subject : null,
        Period = period == null ? null : new FigurePeriod { Value = period, ValueEnd = periodEnd },
        Sentence = text,
    };

    internal static List<ArticleRecord> Records()
    {
        var first = TestArchive.Article("c1", "成都高新区2021年营收", "2022-01-10", "…", TestArchive.Zone(Chengdu, "成都高新技术产业开发区"));
        first.Figures.Add(Fact("1.2万亿元", 1_200_000_000_000m, "元", "money", Chengdu, "revenue", "营业收入", "2021"));
        first.Figures.Add(Fact("12%", 12m, "%", "percent", Chengdu, "revenue", "营业收入", "2021", change: true));
        first.Figures.Add(Fact("1.5万亿元", 1_500_000_000_000m, "元", "money", Chengdu, "revenue", "营业收入", "2025", target: true));
        var second = TestArchive.Article("c2", "成都高新区经济运行", "2022-02-01", "…", TestArchive.Zone(Chengdu, "成都高新技术产业开发区"));
        second.Figures.Add(Fact("1.1万亿元", 1_100_000_000_000m, "元", "money", Chengdu, "revenue", "营业收入", "2021"));
        second.Figures.Add(Fact("900亿元", 90_000_000_000m, "元", "money", Chengdu, "revenue", "营业收入", "2021-01", "2021-09"));
        var city = TestArchive.Article("c3", "成都市新增高企", "2022-03-01", "…");
        city.Figures.Add(Fact("2100家", 2100, "家", "count", "成都市", "high_tech_enterprises", "高新技术企业", "2021"));
        return new List<ArticleRecord> { first, second, city };
    }

    private async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CommandHost.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task FiguresFilterBySubjectIndicatorPeriodAndTarget()
    {
        var (code, output, err) = await Run("figures", "--index", _archive.IndexPath, "--subject", "成都高新技术产业开发区",
            "--indicator", "revenue", "--period", "2021", "--no-target", "--json");
        Assert.True(code == 0, err);
        foreach (var text in new[] { "1.2万亿元", "12%", "1.1万亿元", "900亿元" }) Assert.Contains(text, output);
        Assert.DoesNotContain("1.5万亿元", output); // the 2025 target
        Assert.DoesNotContain("2100家", output);
        (code, output, err) = await Run("figures", "--index", _archive.IndexPath, "--target");
        Assert.True(code == 0, err);
        Assert.Contains("1.5万亿元", output);
        Assert.Contains("target", output);
        Assert.DoesNotContain("1.2万亿元", output);
        (code, output, _) = await Run("figures", "--index", _archive.IndexPath, "--period", "2021-06", "--json");
        Assert.Contains("900亿元", output);   // 2021-01..2021-09 overlaps June
        Assert.Contains("2100家", output);    // 2021 overlaps June
        (code, _, err) = await Run("figures", "--index", _archive.IndexPath, "--target", "--no-target");
        Assert.NotEqual(0, code);
        Assert.Contains("exclude each other", err);
        (code, _, err) = await Run("figures", "--index", _archive.IndexPath, "--period", "2021年");
        Assert.NotEqual(0, code);
        Assert.Contains("--period", err);
    }

    [Fact]
    public async Task TheTableHasOneRowPerCellWithEvidenceAndConflicts()
    {
        var (code, output, err) = await Run("figures", "--index", _archive.IndexPath, "--table");
        Assert.True(code == 0, err);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines[0].StartsWith("4 rows (1 with conflicting reports)"), output);
        var revenue2021 = lines.Single(l => l.Contains("revenue") && l.Contains(" 2021 "));
        Assert.Contains("c1; c2", revenue2021);
        Assert.Contains("conflict", revenue2021);
        Assert.Contains("12% (percent)", revenue2021);

        var path = _archive.File("table.csv");
        (code, _, err) = await Run("figures", "--index", _archive.IndexPath, "--table", "--subject", Chengdu, "--out", path);
        Assert.True(code == 0, err);
        Assert.Contains("3 table rows", err);
        var rows = new List<Dictionary<string, string>>();
        using (var reader = CsvReader.FromFile(path))
            foreach (var line in reader) rows.Add(line.ToDictionary().ToDictionary(kv => kv.Key, kv => kv.Value?.ToString() ?? ""));
        var cell = rows.Single(r => r["period"] == "2021" && r["target"] == "False");
        // The newest article's level stands in the value; both are listed as the conflict.
        Assert.Equal(("revenue", "1100000000000", "12", "c1; c2", "True"),
            (cell["indicator"], cell["value"], cell["change"], cell["articles"], cell["conflict"]));
        var partial = rows.Single(r => r["period"] == "2021-01");
        Assert.Equal(("2021-09", "False"), (partial["period_end"], partial["conflict"]));
        Assert.Single(rows, r => r["target"] == "True");
    }

    [Fact]
    public async Task ExportFiguresCarriesTheFactColumnsAndFilters()
    {
        var path = _archive.File("facts.jsonl");
        var (code, _, err) = await Run("export", "figures", "--index", _archive.IndexPath, "--indicator", "high_tech_enterprises", "--out", path);
        Assert.True(code == 0, err);
        var row = Newtonsoft.Json.Linq.JObject.Parse(Assert.Single(File.ReadAllLines(path)));
        Assert.Equal("成都市", (string?)row["subject"]);
        Assert.Equal("place", (string?)row["subject_kind"]);
        Assert.Equal("2021", (string?)row["period"]);
        Assert.Equal("high_tech_enterprises", (string?)row["indicator"]);
        Assert.False((bool)row["target"]!);
        Assert.Null((string?)row["zone"]);
    }
}
