using Pipeline.Extract.Model;
using Pipeline.Index.Benchmark;

namespace Pipeline.Index.Tests;

/// <summary>Coverage rows are made once per document and segment and kept (<see cref="CoverageRows"/>): whatever the
/// query, and however often it is asked, each row is its article's date, primary zone and zones as indexed.</summary>
public sealed class CoverageRowsTests : IDisposable
{
    private readonly SampleArchive _archive = new();

    public void Dispose() => _archive.Dispose();

    private static string Key(string? published, string? primary, IEnumerable<string> zones) =>
        $"{published}|{primary}|{string.Join(",", zones.Distinct().Order(StringComparer.Ordinal))}";

    private static string Key(ArticleRecord r) => Key(r.Published, r.PrimaryZone, r.Zones.Select(z => z.Name));
    private static string Key(ArticleZones a) => Key(a.Published, a.PrimaryZone, a.Zones);

    [Fact]
    public void Kept_coverage_rows_are_the_dates_and_zones_of_the_records_in_every_segment()
    {
        var records = new ArchiveGenerator(SampleArchive.Records(), seed: 7).Generate(200).ToList();
        using (var index = ArticleIndex.Open(_archive.Path))
        {
            // Three commits: three segments, each with its own kept rows.
            index.CommitEvery = 70;
            index.Threads = 1;
            index.Update(records);
        }
        var expected = records.Select(Key).Order(StringComparer.Ordinal).ToList();
        using (var searcher = ArticleSearcher.Open(_archive.Path))
        {
            Assert.True(searcher.Segments.IndexReader.Leaves.Count > 1, "the test needs an index of several segments");
            // A query first, so that the whole archive's second pass mixes kept rows with new ones; then all of it twice.
            var query = new SearchRequest { Query = "高新区" };
            var some = searcher.DatedZones(query);
            Assert.Equal(searcher.Search(query).Total, some.Count);
            for (var pass = 0; pass < 2; pass++)
                Assert.Equal(expected, searcher.DatedZones(new SearchRequest()).Select(Key).Order(StringComparer.Ordinal).ToList());
            Assert.Equal(some.Select(Key), searcher.DatedZones(query).Select(Key));
        }

        // Replaced articles (a new segment, deletions in the old ones) show their new rows only.
        var changed = records.Take(30).Select(r => { r.Published = "2031-07-04"; return r; }).ToList();
        using (var index = ArticleIndex.Open(_archive.Path)) index.Update(changed);
        using (var searcher = ArticleSearcher.Open(_archive.Path))
        {
            var rows = searcher.DatedZones(new SearchRequest()).Select(Key).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(records.Select(Key).Order(StringComparer.Ordinal), rows);
            Assert.Equal(30, searcher.DatedZones(new SearchRequest { From = "2031-07-04", To = "2031-07-04" }).Count);
        }
    }
}
