using Newtonsoft.Json.Linq;
using Pipeline.Index.Benchmark;

namespace Pipeline.Index.Tests;

public sealed class ResultJsonTests : IDisposable
{
    private readonly SampleArchive _archive = new();
    private readonly ArticleSearcher _searcher;

    public ResultJsonTests() => _searcher = _archive.Build();

    public void Dispose()
    {
        _searcher.Dispose();
        _archive.Dispose();
    }

    [Fact]
    public void Search_json_has_the_documented_shape()
    {
        var request = new SearchRequest { Query = "高质量", Facets = new[] { "year" } };
        var json = JObject.Parse(ResultJson.Write(ResultJson.ToJson(_searcher.Search(request), request)));
        Assert.Equal(new[] { "query", "total", "offset", "limit", "hits", "facets" }, json.Properties().Select(p => p.Name));
        var hit = (JObject)json["hits"]![0]!;
        Assert.Equal(new[] { "id", "title", "published", "zones", "enterprises", "score", "snippets" }, hit.Properties().Select(p => p.Name));
        Assert.Equal("a5", (string?)hit["id"]);
        Assert.Equal(JTokenType.Null, hit["published"]!.Type);
        var snippet = (string)hit["snippets"]![0]!;
        Assert.Contains("<mark>", snippet);
        Assert.Contains("&amp;", snippet);
        Assert.Empty((JArray)json["facets"]!["year"]!); // a5 has no date
    }

    [Fact]
    public void Figure_json_rows_use_record_names()
    {
        var query = new FigureQuery { Kind = "percent" };
        var json = JObject.Parse(ResultJson.Write(ResultJson.ToJson(_searcher.Figures(query), query)));
        Assert.Equal(1, (int)json["total"]!);
        var row = (JObject)json["rows"]![0]!;
        Assert.Equal(new[] { "article_id", "title", "published", "zone", "enterprise", "metric", "text", "value", "value_max", "unit", "kind", "approx", "change", "sentence" },
            row.Properties().Select(p => p.Name));
        Assert.Equal(11.7m, (decimal)row["value"]!);
        Assert.True((bool)row["change"]!);
    }
}

public sealed class ArchiveGeneratorTests
{
    [Fact]
    public void The_archive_is_reproducible_and_ids_are_unique()
    {
        var generator = new ArchiveGenerator(SampleArchive.Records());
        var first = generator.Generate(200).ToList();
        var again = generator.Generate(200).ToList();
        Assert.Equal(first.Select(r => r.Body), again.Select(r => r.Body));
        Assert.Equal(200, first.Select(r => r.Id).Distinct().Count());
        Assert.All(first, r => Assert.True(r.Body.Length >= generator.BodyLength / 2));
        Assert.All(first, r => Assert.True(PublishedDate.ToNumber(r.Published) >= 20150100));
        Assert.True(first.Select(r => r.Published![..4]).Distinct().Count() >= 5);
    }

    [Fact]
    public void The_query_mix_has_every_kind_and_runs()
    {
        var mix = QueryMix.Create(SampleArchive.Records(), 3);
        Assert.Equal(new[] { "term", "phrase", "filtered", "faceted" }, mix.Select(m => m.Kind).Distinct());
        Assert.All(mix.Where(m => m.Kind == "phrase"), m => Assert.StartsWith("\"", m.Request.Query));
        using var archive = new SampleArchive();
        using var searcher = archive.Build(new ArchiveGenerator(SampleArchive.Records()).Generate(50));
        foreach (var (_, request) in mix) searcher.Search(request);
    }
}
