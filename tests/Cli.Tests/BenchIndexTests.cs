using Newtonsoft.Json.Linq;
using Pipeline.Extract.Model;
using Pipeline.Extract.Output;

namespace Pipeline.Cli.Tests;

/// <summary>`bench index` as the growth curve uses it: one analyzer, measurements as JSON, queries again on a kept index.</summary>
public sealed class BenchIndexTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("pipeline-bench-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static Task<(int Code, string Out, string Err)> Run(params string[] args) => CliRunner.Run(null, args);

    private string Records()
    {
        var path = Path.Combine(_dir, "records.jsonl");
        RecordJson.WriteAll(path, new[]
        {
            new ArticleRecord
            {
                Id = "r1", Title = "合肥高新区量子产业加速集聚", Published = "2023-05-04",
                Body = "合肥高新区集聚量子企业超过六十家，实现营业收入一百二十亿元。\n园区新建量子精密测量平台，服务企业研发。",
                PrimaryZone = "合肥高新区", Zones = { new ZoneEntity { Name = "合肥高新区", Kind = "hitech" } },
                Figures = { new FigureEntity { Text = "120亿元", Value = 120, Unit = "亿元", Metric = "营业收入" } },
            },
            new ArticleRecord
            {
                Id = "r2", Title = "武汉光谷光电子信息产业规模扩大", Published = "2023-06-01",
                Body = "武汉东湖高新区光电子信息产业规模持续扩大，企业加快布局新型显示。\n光谷科创大走廊建设提速。",
                PrimaryZone = "武汉东湖高新区", Zones = { new ZoneEntity { Name = "武汉东湖高新区", Kind = "hitech" } },
            },
        });
        return path;
    }

    [Fact]
    public async Task Writes_its_measurements_as_json_and_queries_a_kept_index_again()
    {
        var records = Records();
        var json = Path.Combine(_dir, "bench.json");
        var indexes = Path.Combine(_dir, "indexes");
        var (code, output, err) = await Run("bench", "index", "--articles", "300", "--queries", "3", "--records", records,
            "--analyzers", "project", "--json", json, "--dir", indexes, "--keep");
        Assert.True(code == 0, err);
        Assert.Contains("project analyzer", output);
        Assert.DoesNotContain("SmartCn", output);
        var measured = JObject.Parse(await File.ReadAllTextAsync(json));
        Assert.Equal(300, (int)measured["articles"]!);
        var run = (JObject)((JArray)measured["runs"]!).Single();
        Assert.Equal("project analyzer", (string?)run["analyzer"]);
        Assert.True((double)run["articlesPerCpuSecond"]! > 0);
        Assert.True((long)run["indexBytes"]! > 0);
        Assert.True((long)run["indexingPrivatePeakBytes"]! > 0);
        // The searcher is warmed when opened, and that time is reported apart from the queries'.
        Assert.True((bool)run["warmed"]!);
        Assert.True((double)run["openMs"]! > 0 && (double)run["openCpuMs"]! >= 0);
        Assert.True((double)run["warmupCpuMs"]! >= (double)run["warmupSlowestCpuMs"]!);
        Assert.True((int)run["gcCollections"]! >= (int)run["gcFullCollections"]!);
        Assert.Matches(@"bench index: project analyzer: open \d+ ms \(CPU \d+ ms\), warmed: \d+ segments, \d+ match-set strings read", err);
        Assert.Matches(@"bench index: warm-up queries: CPU \d+ ms, the slowest [\d.]+ ms; measured queries: \d+ collections \(\d+ of generation 2\), [\d.]+ ms paused", err);
        Assert.Contains("open, warmed (ms)", output);
        var kinds = (JObject)run["kinds"]!;
        foreach (var kind in new[] { "term", "phrase", "filtered", "faceted", "figures", "coverage" })
        {
            Assert.Equal(3, (int)kinds[kind]!["queries"]!);
            Assert.True((double)kinds[kind]!["p99Ms"]! >= (double)kinds[kind]!["p50Ms"]!);
        }

        var again = Path.Combine(_dir, "again.json");
        (code, _, err) = await Run("bench", "index", "--articles", "300", "--queries", "3", "--records", records,
            "--analyzers", "project", "--json", again, "--dir", indexes, "--query-only", "--kinds", "coverage,term", "--search-threads", "2", "--slowest", "2", "--alternate", "broad-bounds", "--no-warm");
        Assert.True(code == 0, err);
        // --slowest lists that many queries of each kind run, slowest first, with what they matched.
        var slowest = err.Split('\n').Where(l => l.StartsWith("bench index: slowest ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, slowest.Count(l => l.StartsWith("bench index: slowest term: CPU ", StringComparison.Ordinal)));
        Assert.Equal(2, slowest.Count(l => l.StartsWith("bench index: slowest coverage: CPU ", StringComparison.Ordinal)));
        // A query during which the runtime collected garbage says so: its CPU went partly to the collection.
        Assert.All(slowest, l => Assert.Matches(@"wall [\d.]+ ms, \d+ matches(, \d+ collections \(\d+ of generation 2\) [\d.]+ ms paused)?: \S", l));
        // --alternate runs each search with the switch off too and prints both per kind, with their ratio.
        Assert.Contains("bench index: alternated broad-bounds (CPU ms", err);
        Assert.Matches(@"bench index:   term: on [\d.]+ · [\d.]+ · [\d.]+ · [\d.]+; off [\d.]+ · [\d.]+ · [\d.]+ · [\d.]+; on/off mean [\d.]+, p99 [\d.]+", err);
        Assert.Contains("bench index:   coverage: on ", err);
        // How tight the bounds were: of the bounded searches' matches, how many were scored (at most all of them).
        var bounded = System.Text.RegularExpressions.Regex.Match(err,
            @"bench index: searches that scored only the matches whose bound could reach the top hits: .*; they scored (\d+) of their (\d+) matches");
        Assert.True(bounded.Success, err);
        Assert.True(long.Parse(bounded.Groups[1].Value) <= long.Parse(bounded.Groups[2].Value), bounded.Value);
        var requeried = (JObject)((JArray)JObject.Parse(await File.ReadAllTextAsync(again))["runs"]!).Single();
        Assert.Equal(JTokenType.Null, requeried["articlesPerSecond"]!.Type);
        // --no-warm opens the searcher as before: its segments are read by the first searches.
        Assert.False((bool)requeried["warmed"]!);
        Assert.Contains("bench index: project analyzer: open ", err);
        Assert.Contains("not warmed", err);
        // --kinds runs those classes of the mix only; --search-threads is recorded with the figures.
        Assert.Equal(new[] { "coverage", "term" }, ((JObject)requeried["kinds"]!).Properties().Select(p => p.Name).Order());
        Assert.Equal(2, (int)requeried["searchThreads"]!);
        Assert.Equal((long)run["indexBytes"]!, (long)requeried["indexBytes"]!);
        Assert.True(Directory.Exists(indexes), "--query-only leaves the kept indexes where they are");
    }

    [Fact]
    public async Task Refuses_an_unknown_analyzer_and_a_query_only_run_without_a_matching_index()
    {
        var records = Records();
        var (code, _, err) = await Run("bench", "index", "--articles", "50", "--records", records, "--analyzers", "project,ik");
        Assert.Equal(2, code);
        Assert.Contains("unknown analyzer 'ik'", err);
        (code, _, err) = await Run("bench", "index", "--articles", "50", "--records", records, "--kinds", "terms");
        Assert.Equal(2, code);
        Assert.Contains("--kinds: none of 'terms' is a query kind", err);
        (code, _, err) = await Run("bench", "index", "--articles", "50", "--records", records, "--alternate", "cache");
        Assert.Equal(2, code);
        Assert.Contains("--alternate: 'cache' is not a switch (known: bounds, broad-bounds, string-count, kept-matches)", err);
        (code, _, err) = await Run("bench", "index", "--articles", "50", "--records", records, "--query-only");
        Assert.Equal(2, code);
        Assert.Contains("--query-only needs --dir", err);
        (code, _, err) = await Run("bench", "index", "--articles", "50", "--records", records, "--analyzers", "project",
            "--query-only", "--dir", Path.Combine(_dir, "nothing"));
        Assert.Equal(2, code);
        Assert.Contains("no kept project analyzer index", err);
    }
}
