namespace Pipeline.Index.Tests;

public sealed class RefreshingSearcherTests : IDisposable
{
    private readonly SampleArchive _archive = new();

    public void Dispose() => _archive.Dispose();

    [Fact]
    public void A_new_commit_is_seen_by_the_next_lease_while_an_older_lease_keeps_its_view()
    {
        var records = SampleArchive.Records();
        using (var index = ArticleIndex.Open(_archive.Path)) index.Update(records.Take(2));
        using var live = new RefreshingSearcher(_archive.Path) { CheckInterval = TimeSpan.Zero };

        var before = live.Acquire();
        Assert.Equal(2, before.Searcher.ArticleCount);
        using (var index = ArticleIndex.Open(_archive.Path)) index.Update(records.Skip(2));

        using (var after = live.Acquire()) Assert.Equal(5, after.Searcher.ArticleCount);
        // The lease taken before the commit still searches its own (older) view until it is released.
        Assert.Equal(2, before.Searcher.ArticleCount);
        Assert.Equal(1, before.Searcher.Search(new SearchRequest { Query = "零碳" }).Total);
        before.Dispose();
        before.Dispose();
        Assert.Throws<ObjectDisposedException>(() => before.Searcher);
        Assert.False(live.Refresh());
    }

    [Fact]
    public void Commits_are_looked_for_only_once_per_check_interval()
    {
        var records = SampleArchive.Records();
        using (var index = ArticleIndex.Open(_archive.Path)) index.Update(records.Take(1));
        using var live = new RefreshingSearcher(_archive.Path) { CheckInterval = TimeSpan.FromHours(1) };
        using (var index = ArticleIndex.Open(_archive.Path)) index.Update(records.Skip(1));

        using (var lease = live.Acquire()) Assert.Equal(1, lease.Searcher.ArticleCount);
        Assert.True(live.Refresh());
        using (var lease = live.Acquire()) Assert.Equal(5, lease.Searcher.ArticleCount);
    }
}
