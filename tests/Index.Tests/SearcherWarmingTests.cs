using Lucene.Net.Index;
using Pipeline.Extract.Model;
using Pipeline.Index.Benchmark;

namespace Pipeline.Index.Tests;

/// <summary>A searcher warmed when opened (<see cref="ArticleSearcher.Warm"/>) reads each segment's sets and ordinals up front
/// and answers every kind of search exactly as a cold searcher and as one deciding every search on the postings: hits with
/// scores, totals, all facet lists, figure rows and coverage rows, before and after a rewrite leaves a deletion in a segment
/// whose sets were written.</summary>
public sealed class SearcherWarmingTests : IDisposable
{
    private readonly SampleArchive _archive = new();

    public void Dispose() => _archive.Dispose();

    private static IEnumerable<ArticleRecord> Generated(int articles, int seed) => SampleArchive.Generated(articles, seed);

    [Fact]
    public void Warming_reads_every_segment_and_its_written_sets()
    {
        _archive.UpdateInSegments(Generated(240, 4), commitEvery: 60);
        using var reader = DirectoryReader.Open(Lucene.Net.Store.FSDirectory.Open(_archive.Path));
        using var searcher = ArticleSearcher.Open(_archive.Path);
        var warmed = searcher.Warm();
        Assert.True(reader.Leaves.Count > 1, "the test needs several segments");
        Assert.Equal(reader.Leaves.Count, warmed.Segments);
        // Every segment had its sets written (the sample's segments are small, and sets are asked for all of them).
        Assert.True(warmed.MatchSetStrings >= reader.Leaves.Count, $"{warmed.MatchSetStrings} strings read");
        // A second warming reads nothing new and says the same.
        Assert.Equal(warmed, searcher.Warm());
    }

    [Fact]
    public void A_warmed_searcher_answers_as_a_cold_one_and_as_deciding_every_search()
    {
        var records = Generated(280, 6).ToList();
        _archive.UpdateInSegments(records, commitEvery: 70);
        AssertAnswersAlike(records);
    }

    [Fact]
    public void After_a_rewrite_deletes_an_article_of_a_written_segment_warmed_answers_stay_exact()
    {
        var records = Generated(280, 8).ToList();
        _archive.UpdateInSegments(records, commitEvery: 70);
        var rewritten = records.First(r => IndexSchema.SearchableText(r).Contains("高新区", StringComparison.Ordinal));
        rewritten.Title = "改写后的一篇短讯";
        rewritten.Body = "这篇短讯改写以后只谈天气和交通。";
        _archive.UpdateInSegments(new[] { rewritten }, commitEvery: 70);
        using (var reader = DirectoryReader.Open(Lucene.Net.Store.FSDirectory.Open(_archive.Path)))
            Assert.True(reader.HasDeletions, "the rewrite should leave a deletion");

        using (var warmed = ArticleSearcher.Open(_archive.Path))
        {
            warmed.Warm();
            Assert.DoesNotContain(rewritten.Id, warmed.MatchingIds("高新区"));
            Assert.Contains(rewritten.Id, warmed.MatchingIds("交通"));
        }
        AssertAnswersAlike(records);
    }

    /// <summary>The mix of the benchmark (terms, phrases, filtered by zone and date, faceted, figures, coverage) and a few
    /// near-universal strings, asked of a warmed searcher, a cold one and one deciding every search on the postings.</summary>
    private void AssertAnswersAlike(IReadOnlyList<ArticleRecord> records)
    {
        using var warmed = ArticleSearcher.Open(_archive.Path);
        warmed.Warm();
        using var cold = ArticleSearcher.Open(_archive.Path);
        using var deciding = ArticleSearcher.Open(_archive.Path);
        deciding.KeepBroadMatches = false;
        foreach (var searcher in new[] { warmed, cold, deciding })
        {
            searcher.CacheBroadResults = false;
            searcher.BroadResults.MinBroadMatches = 8;
        }
        var mix = QueryMix.CreateFull(records.Take(60).ToList(), 10, seed: 23).ToList();
        foreach (var text in new[] { "高新区", "企业", "技术企业", "\"有限公司\"" })
        {
            mix.Add(new BenchQuery("term", new SearchRequest { Query = text }, null));
            mix.Add(new BenchQuery("faceted", new SearchRequest { Query = text, Facets = IndexSchema.FacetFields, FacetLimit = 100_000 }, null));
            mix.Add(new BenchQuery("coverage", new SearchRequest { Query = text }, null));
        }
        foreach (var query in mix)
        {
            if (query.Figures != null)
            {
                var want = deciding.Figures(query.Figures);
                foreach (var got in new[] { warmed.Figures(query.Figures), cold.Figures(query.Figures) })
                {
                    Assert.Equal(want.Total, got.Total);
                    Assert.Equal(want.Rows.Select(r => (r.ArticleId, r.Text, r.Value)), got.Rows.Select(r => (r.ArticleId, r.Text, r.Value)));
                }
            }
            else if (query.Kind == "coverage")
            {
                var want = deciding.DatedZones(query.Search!);
                Assert.Equal(want, warmed.DatedZones(query.Search!), ZonesComparer.Instance);
                Assert.Equal(want, cold.DatedZones(query.Search!), ZonesComparer.Instance);
            }
            else
            {
                var asked = query.Search!;
                var request = new SearchRequest
                {
                    Query = asked.Query, Zones = asked.Zones, From = asked.From, To = asked.To, Sort = asked.Sort, Facets = asked.Facets,
                    FacetLimit = 100_000, MaxSnippets = 0,
                };
                var want = deciding.Search(request);
                foreach (var (name, got) in new[] { ("warmed", warmed.Search(request)), ("cold", cold.Search(request)) })
                {
                    Assert.True(want.Total == got.Total, $"{query} ({name}): total {got.Total}, deciding gives {want.Total}");
                    Assert.Equal(want.Hits.Select(h => (h.Id, h.Score)), got.Hits.Select(h => (h.Id, h.Score)));
                    Assert.Equal(want.Facets.Keys.Order(), got.Facets.Keys.Order());
                    foreach (var (field, values) in want.Facets) Assert.Equal(values, got.Facets[field]);
                }
            }
        }
    }

    /// <summary>Coverage rows compared by their values.</summary>
    private sealed class ZonesComparer : IEqualityComparer<ArticleZones>
    {
        public static readonly ZonesComparer Instance = new();

        public bool Equals(ArticleZones? x, ArticleZones? y) =>
            x != null && y != null && x.Published == y.Published && x.PrimaryZone == y.PrimaryZone && x.Zones.SequenceEqual(y.Zones);

        public int GetHashCode(ArticleZones obj) => HashCode.Combine(obj.Published, obj.PrimaryZone, obj.Zones.Count);
    }
}
