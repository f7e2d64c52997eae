using Pipeline.Extract.Model;
using Pipeline.Index.Benchmark;

namespace Pipeline.Index.Tests;

/// <summary>A searcher that keeps broad strings' matches per segment (<see cref="KeptMatchesQuery"/>), with their totals and
/// facet counts, answers exactly as one that decides every search on the postings: the same hit set (the articles holding
/// the string), total, hits and scores, and facet counts; a segment written after the matches were kept is decided on its
/// own, and an article deleted from a kept segment is not counted.</summary>
public sealed class KeptMatchesTests : IDisposable
{
    private readonly SampleArchive _archive = new();

    public void Dispose() => _archive.Dispose();

    private void Build(IEnumerable<ArticleRecord> records) => _archive.UpdateInSegments(records, commitEvery: 70);

    private static IEnumerable<ArticleRecord> Generated(int articles, int seed) => SampleArchive.Generated(articles, seed);

    /// <summary>A searcher that keeps the matches of every string in at least 8 articles (broad on this small archive).</summary>
    private ArticleSearcher Keeping()
    {
        var searcher = ArticleSearcher.Open(_archive.Path);
        searcher.CacheBroadResults = false;
        searcher.BroadResults.MinBroadMatches = 8;
        return searcher;
    }

    private ArticleSearcher Deciding()
    {
        var searcher = ArticleSearcher.Open(_archive.Path);
        searcher.CacheBroadResults = false;
        searcher.KeepBroadMatches = false;
        return searcher;
    }

    /// <summary>Broad strings of one word, of several bigrams and of one bigram, a quoted phrase, a rarer term, and the mix's terms.</summary>
    private static IEnumerable<string> Queries() =>
        new[] { "高新区", "高新", "企业", "科技产业园", "零碳科技", "\"高新区的\"", "产值", "光谷", "绿色电力", "高新 企业", "高新区 OR 光谷", "-企业" }
            .Concat(QueryMix.Create(Generated(60, 5).ToList(), 10, seed: 31).Select(q => q.Request.Query!))
            .Distinct();

    /// <summary>Each query as the search box asks it: the first page, with every facet, with a filter, by date.</summary>
    private static IEnumerable<SearchRequest> Requests(string query) => new[]
    {
        new SearchRequest { Query = query, MaxSnippets = 0 },
        new SearchRequest { Query = query, Limit = 5, Facets = IndexSchema.FacetFields, FacetLimit = 100_000, MaxSnippets = 0 },
        new SearchRequest { Query = query, Limit = 5, Facets = new[] { "year", "zone" }, FacetLimit = 3, MaxSnippets = 0 },
        new SearchRequest { Query = query, From = "2019", To = "2021", Facets = new[] { "zone" }, MaxSnippets = 0 },
        new SearchRequest { Query = query, Sort = SearchSort.Date, MaxSnippets = 0 },
    };

    private static void AssertSame(ArticleSearcher expected, ArticleSearcher actual, string query)
    {
        Assert.Equal(expected.MatchingIds(query).Order(StringComparer.Ordinal), actual.MatchingIds(query).Order(StringComparer.Ordinal));
        foreach (var request in Requests(query))
        {
            var want = expected.Search(request);
            var got = actual.Search(request);
            var what = $"{query} facets {string.Join(",", request.Facets)} from {request.From} sort {request.Sort}";
            Assert.True(want.Total == got.Total, $"{what}: total {got.Total}, deciding every search gives {want.Total}");
            Assert.Equal(want.Hits.Select(h => (h.Id, h.Score)), got.Hits.Select(h => (h.Id, h.Score)));
            Assert.Equal(want.Facets.Keys.Order(), got.Facets.Keys.Order());
            foreach (var (field, values) in want.Facets) Assert.Equal(values, got.Facets[field]);
        }
    }

    [Fact]
    public void Kept_matches_answer_what_deciding_every_search_answers_twice_over()
    {
        Build(Generated(420, 5));
        using var keeping = Keeping();
        using var deciding = Deciding();
        Assert.True(keeping.Segments.IndexReader.Leaves.Count > 1, "the test needs an index of several segments");
        // Twice: the first time decides and keeps the sets, the second reads them.
        for (var round = 0; round < 2; round++)
            foreach (var query in Queries()) AssertSame(deciding, keeping, query);
        Assert.True(keeping.KeptConditions > 50, $"{keeping.KeptConditions} conditions kept");
        Assert.Equal(0, deciding.KeptConditions);
    }

    [Fact]
    public void The_hit_set_is_the_articles_holding_the_string()
    {
        var records = Generated(300, 7).ToList();
        Build(records);
        using var keeping = Keeping();
        foreach (var text in new[] { "高新区", "科技产业园", "高新", "企业", "零碳科技" })
        {
            var holding = records.Where(r => IndexSchema.SearchableText(r).Contains(text, StringComparison.Ordinal)).Select(r => r.Id).Order(StringComparer.Ordinal).ToList();
            Assert.True(holding.Count >= 8, $"{text} is in {holding.Count} articles");
            for (var round = 0; round < 2; round++)
            {
                Assert.Equal(holding, keeping.MatchingIds(text).Order(StringComparer.Ordinal));
                Assert.Equal(holding.Count, keeping.Search(new SearchRequest { Query = text, Limit = 1, Facets = IndexSchema.FacetFields, MaxSnippets = 0 }).Total);
            }
        }
        Assert.True(keeping.KeptConditions >= 8);
    }

    [Fact]
    public void A_segment_written_after_the_matches_were_kept_is_counted_and_a_deleted_article_is_not()
    {
        Build(Generated(210, 5));
        const string text = "高新区";
        using (var before = Keeping())
        {
            // Kept for the first segments, facets and all.
            before.Search(new SearchRequest { Query = text, Facets = IndexSchema.FacetFields, MaxSnippets = 0 });
            Assert.True(before.KeptConditions > 0);
        }

        // A new segment holding the string, and an article of a kept segment rewritten without it (its old document deleted).
        var added = Generated(140, 9).Select(r => { r.Id = "later-" + r.Id; return r; }).ToList();
        Assert.Contains(added, r => IndexSchema.SearchableText(r).Contains(text, StringComparison.Ordinal));
        var rewritten = Generated(210, 5).First(r => IndexSchema.SearchableText(r).Contains(text, StringComparison.Ordinal));
        rewritten.Title = "改写的标题";
        rewritten.Body = "这篇文章不再提到那个词。";
        Build(added.Append(rewritten));

        using var keeping = Keeping();
        using var deciding = Deciding();
        Assert.True(keeping.Segments.IndexReader.HasDeletions, "the rewrite should leave a deletion in a kept segment");
        Assert.DoesNotContain(rewritten.Id, keeping.MatchingIds(text));
        Assert.Contains(keeping.MatchingIds(text), id => id.StartsWith("later-", StringComparison.Ordinal));
        for (var round = 0; round < 2; round++) AssertSame(deciding, keeping, text);
    }
}
