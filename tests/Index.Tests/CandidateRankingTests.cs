using Pipeline.Index.Benchmark;

namespace Pipeline.Index.Tests;

/// <summary>A one-term search whose top hits are found among the candidates (titles holding the term, articles carrying
/// an entity it names), or by scoring only the matches whose bound can reach them, answers exactly what scoring every
/// match answers: the same hits in the same order with the same
/// scores, the same total and the same facet counts, on several segments, with deletions, one segment after the other
/// and on all cores.</summary>
public sealed class CandidateRankingTests : IDisposable
{
    private readonly SampleArchive _archive = new();

    public void Dispose() => _archive.Dispose();

    private void Build(bool withDeletions)
    {
        var generator = new ArchiveGenerator(SampleArchive.Records(), seed: 5);
        using var index = ArticleIndex.Open(_archive.Path);
        index.CommitEvery = 80;
        index.Threads = 1;
        index.Update(generator.Generate(400));
        // The same ids again: the first 60 articles are replaced, their old documents deleted until a merge.
        if (withDeletions) index.Update(new ArchiveGenerator(SampleArchive.Records(), seed: 6).Generate(60));
    }

    /// <summary>Terms and phrases of the archive's titles and bodies (as the benchmark's mix draws them), names of its zones
    /// and companies, and terms made up here.</summary>
    private static IEnumerable<string> Queries()
    {
        var archive = new ArchiveGenerator(SampleArchive.Records(), seed: 5).Generate(400).ToList();
        foreach (var (_, request) in QueryMix.Create(archive, 40, seed: 21)) yield return request.Query!;
        foreach (var article in archive.Take(60))
        {
            foreach (var zone in article.Zones) yield return zone.Name;
            foreach (var firm in article.Enterprises) yield return firm.Mentions.Count > 0 ? firm.Mentions[0].Text : firm.Name;
        }
        yield return "零碳";
        yield return "\"绿色电力\"";
        yield return "碳";
        yield return "高新区";
    }

    [Theory]
    [InlineData(false, 1)]
    [InlineData(true, 1)]
    [InlineData(false, 2)]
    public void Candidates_alone_give_the_hits_total_and_facets_of_scoring_every_match(bool withDeletions, int threads)
    {
        Build(withDeletions);
        using var pruned = ArticleSearcher.Open(_archive.Path);
        using var full = ArticleSearcher.Open(_archive.Path);
        full.RankByCandidates = false;
        // Every search decided on the index: the pages of one query are compared, not answered from the first.
        pruned.CacheBroadResults = full.CacheBroadResults = false;
        pruned.Segments.Parallelism = full.Segments.Parallelism = threads;
        pruned.Segments.ParallelFromDocs = full.Segments.ParallelFromDocs = 0;
        Assert.True(pruned.Segments.IndexReader.Leaves.Count > 1, "the test needs several segments");
        Assert.Equal(withDeletions, pruned.Segments.IndexReader.HasDeletions);

        var compared = 0;
        foreach (var query in Queries().Distinct())
            foreach (var (limit, offset, facets) in new[] { (10, 0, false), (3, 0, true), (2, 1, false) })
            {
                var request = new SearchRequest
                {
                    Query = query, Limit = limit, Offset = offset, MaxSnippets = 0,
                    Facets = facets ? IndexSchema.FacetFields : Array.Empty<string>(),
                };
                var expected = full.Search(request);
                var actual = pruned.Search(request);
                Assert.Equal(expected.Total, actual.Total);
                Assert.Equal(expected.Hits.Select(h => (h.Id, h.Score)), actual.Hits.Select(h => (h.Id, h.Score)));
                Assert.Equal(expected.Facets.Keys.Order(), actual.Facets.Keys.Order());
                foreach (var (field, values) in expected.Facets) Assert.Equal(values, actual.Facets[field]);
                compared++;
            }
        Assert.Equal(0, full.CandidateSearches);
        // The comparison means something only if many searches took the candidates' way (a rare term, whose titles are
        // most of its matches, is scored whole: cheap anyway).
        Assert.True(pruned.CandidateSearches >= compared / 10, $"{pruned.CandidateSearches} of {compared} searches used the candidates");
        // And many of the others scored only the matches whose bound could reach the page (on this small archive of small
        // segments, where a page fills late in each segment, a third of them are left unscored).
        Assert.Equal(0, full.BoundedSearches);
        Assert.True(pruned.BoundedSearches >= compared / 10, $"{pruned.BoundedSearches} of {compared} searches ranked with bounds");
        var (counted, scored) = pruned.BoundedMatches;
        Assert.True(scored * 4 < counted * 3, $"the bounded searches scored {scored} of their {counted} matches");
    }

    [Fact]
    public void A_term_in_a_quarter_of_the_titles_whose_total_needs_a_pass_is_ranked_with_bounds_in_that_pass()
    {
        Build(withDeletions: false);
        using var searcher = ArticleSearcher.Open(_archive.Path);
        using var full = ArticleSearcher.Open(_archive.Path);
        full.RankByCandidates = false;
        searcher.CacheBroadResults = full.CacheBroadResults = false;
        // 高新区 (two bigrams: its total is a pass over its matches, not a document frequency) is in most of this archive's
        // titles: its title matches are not scored first, every match is bounded in the one pass that counts them.
        var request = new SearchRequest { Query = "高新区", Limit = 10, MaxSnippets = 0 };
        var expected = full.Search(request);
        var actual = searcher.Search(request);
        Assert.Equal(expected.Total, actual.Total);
        Assert.Equal(expected.Hits.Select(h => (h.Id, h.Score)), actual.Hits.Select(h => (h.Id, h.Score)));
        Assert.Equal((0, 1), (searcher.CandidateSearches, searcher.BoundedSearches));
        // With the switch off, the candidates go first, as before, to the same answer.
        searcher.BoundBroadTerms = false;
        var before = searcher.Search(request);
        Assert.Equal(expected.Hits.Select(h => (h.Id, h.Score)), before.Hits.Select(h => (h.Id, h.Score)));
        Assert.Equal((1, 1), (searcher.CandidateSearches, searcher.BoundedSearches));
    }

    [Fact]
    public void A_quoted_phrase_is_ranked_with_bounds_from_its_string_count_scoring_few_of_its_matches()
    {
        Build(withDeletions: false);
        using var searcher = ArticleSearcher.Open(_archive.Path);
        using var full = ArticleSearcher.Open(_archive.Path);
        full.RankByCandidates = false;
        searcher.CacheBroadResults = full.CacheBroadResults = false;
        var archive = new ArchiveGenerator(SampleArchive.Records(), seed: 5).Generate(400).ToList();
        var phrases = QueryMix.Create(archive, 40, seed: 21).Where(q => q.Kind == "phrase").Select(q => q.Request.Query!).Distinct().ToList();
        foreach (var phrase in phrases)
        {
            var request = new SearchRequest { Query = phrase, Limit = 10, MaxSnippets = 0 };
            var expected = full.Search(request);
            var actual = searcher.Search(request);
            Assert.Equal(expected.Total, actual.Total);
            Assert.Equal(expected.Hits.Select(h => (h.Id, h.Score)), actual.Hits.Select(h => (h.Id, h.Score)));
        }
        // Every phrase took a way that leaves matches unscored: the candidates, or bounds from the string's count (a phrase
        // of words had no bound tight enough, and every match was scored).
        Assert.Equal(phrases.Count, searcher.BoundedSearches + searcher.CandidateSearches);
        Assert.True(searcher.BoundedSearches * 2 > phrases.Count, $"{searcher.BoundedSearches} of {phrases.Count} phrases ranked with bounds");
        // On this archive of small segments, recombined from a few records (many equal scores, which the bound's margin
        // scores), 42 % of the matches were scored when this was written.
        var (counted, scored) = searcher.BoundedMatches;
        Assert.True(scored * 2 < counted, $"the bounded phrases scored {scored} of their {counted} matches");
        // Ranked by the phrase of its words, as before, only the phrases the segmenter keeps as one word are bounded.
        full.RankByCandidates = true;
        full.RankStringsByCount = false;
        foreach (var phrase in phrases) full.Search(new SearchRequest { Query = phrase, Limit = 10, MaxSnippets = 0 });
        Assert.True(full.BoundedSearches * 5 < searcher.BoundedSearches, $"by words {full.BoundedSearches}, by the string's count {searcher.BoundedSearches}");
    }

    [Fact]
    public void A_search_whose_page_holds_every_match_scores_every_match()
    {
        Build(withDeletions: false);
        using var searcher = ArticleSearcher.Open(_archive.Path);
        // More hits than any title holds the term: the candidates cannot fill the page, so every match is scored.
        var result = searcher.Search(new SearchRequest { Query = "园区", Limit = 400, MaxSnippets = 0 });
        Assert.Equal(0, searcher.CandidateSearches);
        Assert.Equal(Math.Min(400, result.Total), result.Hits.Count);
        // Nor can bounds leave a match unscored when every match is on the page.
        Assert.Equal(1, searcher.BoundedSearches);
        Assert.Equal((result.Total, result.Total), ((int)searcher.BoundedMatches.Counted, (int)searcher.BoundedMatches.Scored));
    }
}
