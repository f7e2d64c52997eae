using System.Reflection;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Pipeline.Extract.Model;
using Pipeline.Extract.Output;
using Pipeline.Index.Export;

namespace Pipeline.Index.Tests;

public sealed class ElasticsearchExportTests
{
    private static readonly ArticleRecord[] Records =
    {
        SampleArchive.Donghu(), SampleArchive.Suzhou(), SampleArchive.Optics(),
        new() { Id = "x\"1", Title = "引号与\\反斜杠", Body = "正文\n第二段", Captions = { "图注" }, Published = null },
    };

    [Fact]
    public void Each_article_is_an_index_action_with_its_id_followed_by_the_record()
    {
        var lines = ElasticsearchExport.BulkLines(Records, "news").ToList();
        Assert.Equal(Records.Length * 2, lines.Count);
        for (var i = 0; i < Records.Length; i++)
        {
            Assert.DoesNotContain('\n', lines[2 * i]);
            Assert.DoesNotContain('\n', lines[2 * i + 1]);
            var action = JObject.Parse(lines[2 * i]);
            Assert.Equal("index", Assert.Single(action.Properties()).Name);
            Assert.Equal("news", (string?)action["index"]!["_index"]);
            Assert.Equal(Records[i].Id, (string?)action["index"]!["_id"]);
            var document = JObject.Parse(lines[2 * i + 1]);
            Assert.Equal(Records[i].Id, (string?)document["id"]);
            // Figures are an array of objects inside the article (the template maps them nested).
            Assert.Equal(Records[i].Figures.Count, ((JArray)document["figures"]!).Count);
        }
        Assert.Equal(3, ((JArray)JObject.Parse(lines[3])["figures"]!).Count);
    }

    [Fact]
    public void A_re_export_names_the_same_ids_so_loading_it_updates()
    {
        var first = ElasticsearchExport.BulkLines(Records).ToList();
        var again = ElasticsearchExport.BulkLines(Records.Reverse()).ToList();
        var ids = first.Where((_, i) => i % 2 == 0).Select(l => (string)JObject.Parse(l)["index"]!["_id"]!).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(ids.OrderBy(x => x), again.Where((_, i) => i % 2 == 0).Select(l => (string)JObject.Parse(l)["index"]!["_id"]!).OrderBy(x => x));
        Assert.All(first.Where((_, i) => i % 2 == 0), l => Assert.Contains("\"index\"", l));
    }

    [Fact]
    public void Every_record_survives_a_round_trip()
    {
        var text = string.Join("\n", ElasticsearchExport.BulkLines(Records)) + "\n";
        var back = ElasticsearchExport.ReadBulk(new StringReader(text)).ToList();
        Assert.Equal(Records.Length, back.Count);
        for (var i = 0; i < Records.Length; i++)
        {
            Assert.Equal(ElasticsearchExport.DefaultIndex, back[i].Index);
            Assert.Equal(RecordJson.Serialize(Records[i]), RecordJson.Serialize(back[i].Record));
        }
    }

    [Fact]
    public void A_broken_bulk_file_is_refused_with_its_line()
    {
        var lines = ElasticsearchExport.BulkLines(Records.Take(2)).ToList();
        var mismatched = string.Join("\n", lines[0], lines[3]);
        Assert.Contains("line 2", Assert.Throws<InvalidDataException>(() => ElasticsearchExport.ReadBulk(new StringReader(mismatched)).ToList()).Message);
        Assert.Contains("without its document", Assert.Throws<InvalidDataException>(() => ElasticsearchExport.ReadBulk(new StringReader(lines[0])).ToList()).Message);
        Assert.Contains("line 1", Assert.Throws<InvalidDataException>(() => ElasticsearchExport.ReadBulk(new StringReader("{\"delete\":{}}\n{}")).ToList()).Message);
        Assert.Throws<ArgumentException>(() => ElasticsearchExport.BulkLines(Records, "Bad Name").ToList());
    }

    [Fact]
    public void The_template_maps_every_record_field_facets_as_keywords_dates_and_nested_figures()
    {
        var template = JObject.Parse(ElasticsearchExport.IndexTemplate("news", shards: 3, replicas: 0));
        Assert.Equal(new[] { "news", "news-*" }, template["index_patterns"]!.Select(t => (string)t!));
        var settings = template["template"]!["settings"]!;
        Assert.Equal(3, (int)settings["number_of_shards"]!);
        Assert.Equal("smartcn_tokenizer", (string?)settings["analysis"]!["analyzer"]!["zh_words"]!["tokenizer"]);
        Assert.Contains("cjk_bigram", settings["analysis"]!["analyzer"]!["zh_exact"]!["filter"]!.Select(t => (string)t!));
        var properties = (JObject)template["template"]!["mappings"]!["properties"]!;

        // Every property of the record (and of its entities) is mapped: a field added to the record must be added here.
        foreach (var name in JsonNames(typeof(ArticleRecord))) Assert.True(properties.ContainsKey(name), $"record field {name} is not mapped");
        foreach (var name in JsonNames(typeof(FigureEntity))) Assert.NotNull(properties["figures"]!["properties"]![name]);
        foreach (var name in JsonNames(typeof(ZoneEntity))) Assert.NotNull(properties["zones"]!["properties"]![name]);

        Assert.Equal("nested", (string?)properties["figures"]!["type"]);
        Assert.Equal("double", (string?)properties["figures"]!["properties"]!["value"]!["type"]);
        Assert.Equal("date", (string?)properties["published"]!["type"]);
        Assert.Equal(ElasticsearchExport.DateFormats, (string?)properties["published"]!["format"]);
        foreach (var facet in new[] { properties["zones"]!["properties"]!["name"], properties["enterprises"]!["properties"]!["name"], properties["authors"]!["properties"]!["name"], properties["page"], properties["primary_zone"] })
            Assert.Equal("keyword", (string?)facet!["type"]);
        Assert.Equal(new[] { "text", "text_exact" }, properties["body"]!["copy_to"]!.Select(t => (string)t!));
        Assert.Equal("zh_exact", (string?)properties["text_exact"]!["analyzer"]);
    }

    private static IEnumerable<string> JsonNames(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.GetCustomAttribute<JsonPropertyAttribute>()?.PropertyName).OfType<string>();
}
