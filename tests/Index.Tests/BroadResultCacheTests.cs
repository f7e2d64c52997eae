using Pipeline.Index.Benchmark;

namespace Pipeline.Index.Tests;

/// <summary>A searcher that keeps its broad searches' results answers every search, repeated or not, exactly as one that
/// decides each search on the index: the same total, the same hits in the same order with the same scores, the same
/// facets, whatever the page, sort, filters and facets asked; and a newer commit is seen by the searcher opened on it.</summary>
public sealed class BroadResultCacheTests : IDisposable
{
    private readonly SampleArchive _archive = new();

    public void Dispose() => _archive.Dispose();

    private void Build(int articles, int seed = 5)
    {
        using var index = ArticleIndex.Open(_archive.Path);
        index.CommitEvery = 80;
        index.Threads = 1;
        index.Update(new ArchiveGenerator(SampleArchive.Records(), seed: seed).Generate(articles));
    }

    /// <summary>Searches as a reader of the web page asks them: terms and phrases of the archive, each again with the next
    /// pages, facets, a facet's drill-down, a date sort and a date range; the whole list twice over, shuffled.</summary>
    private static List<SearchRequest> Requests(IReadOnlyList<Extract.Model.ArticleRecord> archive)
    {
        var queries = QueryMix.Create(archive, 12, seed: 31).Select(q => q.Request.Query!).Append("高新区").Append("企业").Append("\"绿色电力\"").Distinct();
        var requests = new List<SearchRequest>();
        foreach (var query in queries)
        {
            requests.Add(new SearchRequest { Query = query, MaxSnippets = 0 });
            requests.Add(new SearchRequest { Query = query, Offset = 10, Limit = 10, MaxSnippets = 0 });
            requests.Add(new SearchRequest { Query = query, Offset = 3, Limit = 4, MaxSnippets = 1 });
            requests.Add(new SearchRequest { Query = query, Offset = 40, Limit = 10, MaxSnippets = 0 });
            requests.Add(new SearchRequest { Query = query, Limit = 5, Facets = IndexSchema.FacetFields, MaxSnippets = 0 });
            requests.Add(new SearchRequest { Query = query, Limit = 5, Facets = new[] { "year", "zone" }, FacetLimit = 3, MaxSnippets = 0 });
            requests.Add(new SearchRequest { Query = query, Sort = SearchSort.Date, MaxSnippets = 0 });
            requests.Add(new SearchRequest { Query = query, From = "2019", To = "2021", MaxSnippets = 0 });
            requests.Add(new SearchRequest
            {
                Query = query, MaxSnippets = 0,
                Filters = new Dictionary<string, IReadOnlyList<string>> { ["year"] = new[] { "2020", "2021" } },
            });
        }
        var random = new Random(3);
        return requests.Concat(requests.OrderBy(_ => random.Next())).ToList();
    }

    [Fact]
    public void Repeated_searches_answer_what_deciding_them_again_answers()
    {
        Build(400);
        var archive = new ArchiveGenerator(SampleArchive.Records(), seed: 5).Generate(60).ToList();
        using var cached = ArticleSearcher.Open(_archive.Path);
        using var decided = ArticleSearcher.Open(_archive.Path);
        decided.CacheBroadResults = false;
        // Broad on this small archive: 1 in 50 of 400 articles is 8.
        cached.BroadResults.MinBroadMatches = 8;

        foreach (var request in Requests(archive))
        {
            var expected = decided.Search(request);
            var actual = cached.Search(request);
            var what = $"{request.Query} offset {request.Offset} limit {request.Limit} facets {string.Join(",", request.Facets)} sort {request.Sort}";
            Assert.True(expected.Total == actual.Total, what);
            Assert.Equal(expected.Hits.Select(h => (h.Id, h.Score, h.Snippets.Count)), actual.Hits.Select(h => (h.Id, h.Score, h.Snippets.Count)));
            Assert.Equal(expected.Facets.Keys.Order(), actual.Facets.Keys.Order());
            foreach (var (field, values) in expected.Facets) Assert.Equal(values, actual.Facets[field]);
        }
        Assert.Equal(0, decided.CachedSearches);
        // The comparison means something only if many answers came from the cache.
        Assert.True(cached.CachedSearches > Requests(archive).Count / 4, $"{cached.CachedSearches} searches answered from the cache");
    }

    [Fact]
    public void Only_broad_searches_are_kept_and_no_more_than_the_capacity()
    {
        Build(400);
        using var searcher = ArticleSearcher.Open(_archive.Path);
        searcher.BroadResults.MinBroadMatches = 8;
        var broad = new SearchRequest { Query = "高新区", MaxSnippets = 0 };
        var total = searcher.Search(broad).Total;
        Assert.True(total >= 8, $"高新区 matches {total}");
        searcher.Search(broad);
        Assert.Equal(1, searcher.CachedSearches);

        // A shorter page of it is served from what is kept.
        var title = searcher.Search(new SearchRequest { Query = "高新区", Limit = 1, MaxSnippets = 0 }).Hits[0].Title;
        Assert.Equal(2, searcher.CachedSearches);

        // Matching fewer than 1 in 50 articles: decided each time.
        var narrow = new SearchRequest { Query = "\"" + title + "\"", MaxSnippets = 0 };
        Assert.InRange(searcher.Search(narrow).Total, 1, 7);
        searcher.Search(narrow);
        Assert.Equal(2, searcher.CachedSearches);

        // A page past what is kept is decided again, with the next pages up to 100 hits, which are then kept.
        var third = searcher.Search(new SearchRequest { Query = "高新区", Offset = 20, Limit = 10, MaxSnippets = 0 });
        Assert.Equal(2, searcher.CachedSearches);
        var fourth = searcher.Search(new SearchRequest { Query = "高新区", Offset = 30, Limit = 10, MaxSnippets = 0 });
        searcher.Search(new SearchRequest { Query = "高新区", Offset = 90, Limit = 10, MaxSnippets = 0 });
        Assert.Equal(4, searcher.CachedSearches);
        Assert.Empty(third.Hits.Select(h => h.Id).Intersect(fourth.Hits.Select(h => h.Id)));
        // Past the 100 kept: decided again when there are more matches than that.
        searcher.Search(new SearchRequest { Query = "高新区", Offset = 100, Limit = 10, MaxSnippets = 0 });
        Assert.Equal(total > 100 ? 4 : 5, searcher.CachedSearches);
        Assert.True(searcher.BroadResults.Count <= BroadResultCache.Capacity);
    }

    [Fact]
    public void A_newer_commit_is_searched_by_the_searcher_opened_on_it()
    {
        Build(200);
        var request = new SearchRequest { Query = "高新区", MaxSnippets = 0 };
        using var before = ArticleSearcher.Open(_archive.Path);
        before.BroadResults.MinBroadMatches = 4;
        var total = before.Search(request).Total;
        Build(400, seed: 9);
        using var after = ArticleSearcher.Open(_archive.Path);
        after.BroadResults.MinBroadMatches = 4;
        after.CacheBroadResults = true;
        var newer = after.Search(request).Total;
        Assert.True(newer > total, $"{newer} after, {total} before");
        // The old searcher still reads its own commit, from its cache or not alike.
        Assert.Equal(total, before.Search(request).Total);
        before.CacheBroadResults = false;
        Assert.Equal(total, before.Search(request).Total);
    }
}
