using Newtonsoft.Json.Linq;
using Pipeline.Extract.Zones;
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
        Assert.Equal(new[] { "id", "title", "url", "published", "zones", "enterprises", "score", "snippets", "body" }, hit.Properties().Select(p => p.Name));
        Assert.Equal("a5", (string?)hit["id"]);
        Assert.Equal(JTokenType.Null, hit["published"]!.Type);
        var snippet = (string)hit["snippets"]![0]!["html"]!;
        Assert.Contains("<mark>", snippet);
        Assert.Contains("&amp;", snippet);
        Assert.DoesNotContain("<mark>", (string)hit["snippets"]![0]!["text"]!);
        Assert.Contains("高质量", (string?)hit["body"]);
        Assert.Empty((JArray)json["facets"]!["year"]!); // a5 has no date
    }

    [Fact]
    public void Figure_json_rows_use_record_names()
    {
        var query = new FigureQuery { Kind = "percent" };
        var json = JObject.Parse(ResultJson.Write(ResultJson.ToJson(_searcher.Figures(query), query)));
        Assert.Equal(1, (int)json["total"]!);
        var row = (JObject)json["rows"]![0]!;
        Assert.Equal(new[] { "article_id", "title", "published", "zone", "enterprise", "metric", "text", "value", "value_max", "unit", "kind", "approx", "change", "sentence",
                "subject", "subject_kind", "indicator", "period", "period_end", "change_kind", "of", "share_of", "target" },
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
    public void A_zone_pool_replaces_each_articles_zones_everywhere_they_are_written()
    {
        var pool = new[] { new KnownZone("合肥高新区", "hitech", "安徽", "合肥"), new KnownZone("西安高新区", "hitech", "陕西", "西安") };
        var generator = new ArchiveGenerator(SampleArchive.Records(), zonePool: pool);
        var articles = generator.Generate(100).ToList();
        Assert.Equal(new[] { "合肥高新区", "西安高新区" }, generator.ZoneNames);
        var zoned = articles.Where(a => a.Zones.Count > 0).ToList();
        Assert.NotEmpty(zoned);
        foreach (var article in zoned)
        {
            Assert.All(article.Zones, z => Assert.Contains(z.Name, generator.ZoneNames));
            Assert.Contains(article.PrimaryZone ?? article.Zones[0].Name, generator.ZoneNames);
            Assert.All(article.Figures.Where(f => f.Zone != null), f => Assert.Contains(f.Zone!, generator.ZoneNames));
            // The source's own names are gone from the title and the figures' sentences.
            Assert.DoesNotContain("东湖高新区", article.Title);
            Assert.DoesNotContain("苏州工业园区", article.Title);
            Assert.All(article.Figures.Where(f => f.Sentence != null), f => Assert.DoesNotContain("苏州工业园区", f.Sentence!));
        }
        // Both pool zones are used, and the same article comes out the same way again.
        Assert.Equal(2, zoned.SelectMany(a => a.Zones.Select(z => z.Name)).Distinct().Count());
        Assert.Equal(articles.Select(a => a.Body), generator.Generate(100).Select(a => a.Body));
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
        var full = QueryMix.CreateFull(SampleArchive.Records(), 3);
        Assert.Equal(new[] { "term", "phrase", "filtered", "faceted", "figures", "coverage" }, full.Select(m => m.Kind).Distinct());
        foreach (var query in full) query.Run(searcher);
    }
}

public sealed class StoredRecordTests
{
    [Fact]
    public void The_body_is_read_from_a_stored_record_without_the_rest()
    {
        var record = SampleArchive.Suzhou();
        Assert.Equal(record.Body, ArticleSearcher.BodyOf(Pipeline.Extract.Output.RecordJson.Serialize(record)));
        // Wherever "body" stands, and whatever nested objects carry a "body" of their own.
        Assert.Equal("正文", ArticleSearcher.BodyOf("{\"figures\":[{\"body\":\"x\"}],\"meta\":{\"body\":\"y\"},\"body\":\"正文\"}"));
        Assert.Equal("", ArticleSearcher.BodyOf("{\"title\":\"t\"}"));
    }

    [Fact]
    public void The_url_is_read_in_the_same_pass_as_the_body_which_the_serializer_writes_after_it()
    {
        var record = SampleArchive.Suzhou();
        record.Url = "http://127.0.0.1/html/2023-03/15/content_1.htm";
        var json = Pipeline.Extract.Output.RecordJson.Serialize(record);
        // The pass stops at the body: that is right only while the serializer writes the url before it.
        Assert.True(json.IndexOf("\"url\"", StringComparison.Ordinal) < json.IndexOf("\"body\"", StringComparison.Ordinal));
        Assert.Equal((record.Url, record.Body), ArticleSearcher.UrlAndBody(json));
        record.Url = null;
        Assert.Equal(((string?)null, record.Body), ArticleSearcher.UrlAndBody(Pipeline.Extract.Output.RecordJson.Serialize(record)));
    }
}
