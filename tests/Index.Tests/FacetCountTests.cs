using Pipeline.Index.Benchmark;

namespace Pipeline.Index.Tests;

/// <summary>Facet counts over an index of several segments, counted by doc-values ordinals numbered across the index, are
/// the counts a filter on each value gives (a term query on the indexed field, read from postings, not doc values), ordered
/// by count and then by value, and a shorter list is the first part of a longer one.</summary>
public sealed class FacetCountTests : IDisposable
{
    private readonly SampleArchive _archive = new();

    public void Dispose() => _archive.Dispose();

    private ArticleSearcher Build(int articles, int seed)
    {
        var generator = new ArchiveGenerator(SampleArchive.Records(), seed: seed);
        using (var index = ArticleIndex.Open(_archive.Path))
        {
            // Commits of 60 articles: several segments, each with values the others lack.
            index.CommitEvery = 60;
            index.Threads = 1;
            index.Update(generator.Generate(articles));
        }
        return ArticleSearcher.Open(_archive.Path);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("高新区")]
    [InlineData("产值 OR 光谷")]
    public void Every_value_counts_the_matches_its_filter_finds_in_count_then_value_order(string? query)
    {
        using var searcher = Build(300, seed: 3);
        Assert.True(searcher.Segments.IndexReader.Leaves.Count > 1, "the test needs an index of several segments");
        var all = searcher.Search(new SearchRequest { Query = query, Facets = IndexSchema.FacetFields, FacetLimit = 100_000, Limit = 0 });
        var top = searcher.Search(new SearchRequest { Query = query, Facets = IndexSchema.FacetFields, FacetLimit = 3, Limit = 0 });
        foreach (var field in IndexSchema.FacetFields)
        {
            var values = all.Facets[field];
            Assert.NotEmpty(values);
            foreach (var value in values)
            {
                var filtered = searcher.Search(new SearchRequest
                {
                    Query = query,
                    Filters = new Dictionary<string, IReadOnlyList<string>> { [field] = new[] { value.Value } },
                    Limit = 0,
                });
                Assert.True(value.Count == filtered.Total, $"{field} = {value.Value}: counted {value.Count}, its filter finds {filtered.Total}");
            }
            var ordered = values.OrderByDescending(v => v.Count).ThenBy(v => v.Value, StringComparer.Ordinal).ToList();
            Assert.Equal(ordered, values);
            Assert.Equal(values.Take(3), top.Facets[field]);
        }
    }

    [Fact]
    public void A_value_only_in_a_later_segment_is_counted_after_the_index_is_reopened()
    {
        using (var before = Build(120, seed: 3))
            before.Search(new SearchRequest { Facets = IndexSchema.FacetFields });
        var record = new ArchiveGenerator(SampleArchive.Records(), seed: 11).Generate(1).Single();
        record.Id = "later.txt#1";
        record.Zones.Clear();
        record.Zones.Add(new Pipeline.Extract.Model.ZoneEntity { Name = "测试新区" });
        using (var index = ArticleIndex.Open(_archive.Path)) index.Update(new[] { record });
        using var after = ArticleSearcher.Open(_archive.Path);
        var zones = after.Search(new SearchRequest { Facets = new[] { IndexSchema.Zone }, FacetLimit = 100_000, Limit = 0 }).Facets[IndexSchema.Zone];
        Assert.Contains(new FacetValue("测试新区", 1), zones);
    }
}
