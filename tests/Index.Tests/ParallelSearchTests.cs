using Pipeline.Index.Benchmark;

namespace Pipeline.Index.Tests;

/// <summary>A search over several segments on several cores (each segment into its own collectors, merged after)
/// answers exactly what the same search answers one segment after the other: hits in the same order with the
/// same scores, totals, facet counts, coverage rows and figure rows.</summary>
public sealed class ParallelSearchTests : IDisposable
{
    private readonly SampleArchive _archive = new();

    public void Dispose() => _archive.Dispose();

    private (ArticleSearcher Parallel, ArticleSearcher Sequential) Build()
    {
        var generator = new ArchiveGenerator(SampleArchive.Records(), seed: 3);
        using (var index = ArticleIndex.Open(_archive.Path))
        {
            // Five commits of 60 articles: five segments (too few and too small to be merged).
            index.CommitEvery = 60;
            index.Threads = 1;
            index.Update(generator.Generate(300));
        }
        var parallel = ArticleSearcher.Open(_archive.Path);
        parallel.Segments.Parallelism = 2;
        parallel.Segments.ParallelFromDocs = 0;
        var sequential = ArticleSearcher.Open(_archive.Path);
        sequential.Segments.Parallelism = 1;
        Assert.True(parallel.Segments.IndexReader.Leaves.Count > 1, "the test needs an index of several segments");
        return (parallel, sequential);
    }

    public static TheoryData<string?, bool, int> Requests => new()
    {
        { "高新区", false, 0 },
        { "园区", false, 7 },
        { "\"科技产业园\"", false, 0 },
        { "产值 OR 光谷", false, 3 },
        { "高新区", true, 0 },
        { null, false, 5 },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public void A_search_on_all_cores_answers_as_one_segment_after_the_other(string? query, bool byDate, int offset)
    {
        var (parallel, sequential) = Build();
        using (parallel)
        using (sequential)
        {
            var request = new SearchRequest
            {
                Query = query,
                Sort = byDate ? SearchSort.Date : SearchSort.Relevance,
                Offset = offset,
                Limit = 20,
                Facets = IndexSchema.FacetFields,
                MaxSnippets = 0,
            };
            var expected = sequential.Search(request);
            var actual = parallel.Search(request);
            Assert.True(expected.Total > 20, $"'{query}' should match many articles, matched {expected.Total}");
            Assert.Equal(expected.Total, actual.Total);
            Assert.Equal(expected.Hits.Select(h => (h.Id, h.Score)), actual.Hits.Select(h => (h.Id, h.Score)));
            Assert.Equal(expected.Facets.Keys.Order(), actual.Facets.Keys.Order());
            foreach (var (field, values) in expected.Facets) Assert.Equal(values, actual.Facets[field]);

            var coverage = new SearchRequest { Query = query };
            Assert.Equal(sequential.DatedZones(coverage), actual: parallel.DatedZones(coverage), comparer: new ArticleZonesComparer());
        }
    }

    private sealed class ArticleZonesComparer : IEqualityComparer<ArticleZones>
    {
        public bool Equals(ArticleZones? x, ArticleZones? y) =>
            x != null && y != null && x.Published == y.Published && x.PrimaryZone == y.PrimaryZone && x.Zones.SequenceEqual(y.Zones);

        public int GetHashCode(ArticleZones obj) => HashCode.Combine(obj.Published, obj.PrimaryZone);
    }
}

/// <summary>The index stores each record as RecordJson writes it, though through its own reused serializer and buffer.</summary>
public sealed class RecordSerializationTests
{
    [Fact]
    public void The_stored_record_is_the_records_json_byte_for_byte()
    {
        var records = SampleArchive.Records().Concat(new ArchiveGenerator(SampleArchive.Records(), seed: 5).Generate(20)).ToList();
        foreach (var record in records)
            Assert.Equal(Pipeline.Extract.Output.RecordJson.Serialize(record), IndexSchema.SerializeRecord(record));
        // The buffer is reused: a short record after long ones carries nothing of them.
        Assert.Equal(Pipeline.Extract.Output.RecordJson.Serialize(records[0]), IndexSchema.SerializeRecord(records[0]));
    }
}

/// <summary>A figure row read from the stored record's JSON in place is the row made from the whole record.</summary>
public sealed class FigureRowTests
{
    [Fact]
    public void A_figure_row_read_in_place_equals_the_row_of_the_deserialised_record()
    {
        var records = SampleArchive.Records().Concat(new ArchiveGenerator(SampleArchive.Records(), seed: 9).Generate(10)).ToList();
        var rows = 0;
        foreach (var record in records)
        {
            var json = IndexSchema.SerializeRecord(record);
            var whole = Pipeline.Extract.Output.RecordJson.Deserialize(json);
            for (var i = 0; i < whole.Figures.Count; i++, rows++)
                Assert.Equal(Newtonsoft.Json.JsonConvert.SerializeObject(IndexSchema.FigureRowOf(whole, whole.Figures[i])),
                    Newtonsoft.Json.JsonConvert.SerializeObject(ArticleSearcher.FigureRowOf(json, i)));
        }
        Assert.True(rows > 10);
    }
}
