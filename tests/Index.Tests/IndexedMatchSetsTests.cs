using Lucene.Net.Index;
using Pipeline.Extract.Model;
using Pipeline.Index.Benchmark;

namespace Pipeline.Index.Tests;

/// <summary>The match sets written with each segment at commit (<see cref="IndexedMatchSets"/>): every segment of the last
/// commit has its file and no other file is left; each written set is exactly the segment's documents holding the string, and
/// its facet counts those of its documents; a first search of a written string answers what deciding it on the postings
/// answers, after a later commit adds a segment and after a rewrite deletes an article of a written segment.</summary>
public sealed class IndexedMatchSetsTests : IDisposable
{
    private readonly SampleArchive _archive = new();

    public void Dispose() => _archive.Dispose();

    private void Build(IEnumerable<ArticleRecord> records) => _archive.UpdateInSegments(records, commitEvery: 70);

    private static IEnumerable<ArticleRecord> Generated(int articles, int seed) => SampleArchive.Generated(articles, seed);

    private static string[] SetFiles(string path) =>
        System.IO.Directory.GetFiles(path, "matchsets_*.bin").Select(System.IO.Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    private static string[] SegmentFiles(IndexReader reader) =>
        reader.Leaves.Select(l => $"matchsets_{((SegmentReader)l.AtomicReader).SegmentName}.bin").Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Every_segment_of_the_commit_has_its_sets_and_each_set_is_the_documents_holding_the_string()
    {
        var records = Generated(280, 3).ToList();
        Build(records);
        using var reader = DirectoryReader.Open(Lucene.Net.Store.FSDirectory.Open(_archive.Path));
        Assert.True(reader.Leaves.Count > 1, "the test needs several segments");
        Assert.Equal(SegmentFiles(reader), SetFiles(_archive.Path));
        var builder = new ExactQueryBuilder(reader);
        var written = 0;
        foreach (var leaf in reader.Leaves)
        {
            var segment = (SegmentReader)leaf.AtomicReader;
            // What the writer decided, read back: the same strings, bits and facet counts as deciding the segment now.
            var decided = IndexedMatchSets.Decide(segment);
            Assert.NotEmpty(decided);
            foreach (var (text, matches) in decided)
            {
                var condition = builder.Build(IndexSchema.TextExact, text)!;
                Assert.Equal(text, IndexedMatchSets.StringOf(condition));
                var read = IndexedMatchSets.Find(leaf, condition);
                Assert.NotNull(read);
                Assert.Equal(matches.Count, read!.Count);
                Assert.True(matches.Bits.Equals(read.Bits), $"{text}: the written bits differ");
                foreach (var field in IndexSchema.FacetFields) Assert.Equal(matches.OrdinalCounts(segment, field), read.OrdinalCounts(segment, field));
                // The set is the segment's articles whose searchable text holds the string.
                var ids = segment.GetSortedDocValues(IndexSchema.IdSort);
                var holding = new HashSet<string>(records.Where(r => IndexSchema.SearchableText(r).Contains(text, StringComparison.Ordinal)).Select(r => r.Id));
                var term = new Lucene.Net.Util.BytesRef();
                for (var doc = 0; doc < segment.MaxDoc; doc++)
                {
                    if (segment.Document(doc).Get(IndexSchema.Record) == null) continue;
                    ids.Get(doc, term);
                    Assert.True(holding.Contains(term.Utf8ToString()) == read.Bits.Get(doc), $"{text}: article {term.Utf8ToString()}");
                }
                written++;
            }
        }
        Assert.True(written >= 10, $"{written} sets");
    }

    [Fact]
    public void StringOf_names_only_Han_strings_of_the_text_field()
    {
        using (var index = ArticleIndex.Open(_archive.Path)) index.Update(Generated(20, 1));
        using var reader = DirectoryReader.Open(Lucene.Net.Store.FSDirectory.Open(_archive.Path));
        var builder = new ExactQueryBuilder(reader);
        Assert.Equal("技术企业", IndexedMatchSets.StringOf(builder.Build(IndexSchema.TextExact, "技术企业")!));
        Assert.Equal("公司负责人", IndexedMatchSets.StringOf(builder.Build(IndexSchema.TextExact, "公司负责人")!));
        Assert.Equal("产业", IndexedMatchSets.StringOf(builder.Build(IndexSchema.TextExact, "产业")!));
        Assert.Null(IndexedMatchSets.StringOf(builder.Build(IndexSchema.TitleExact, "技术企业")!));
        Assert.Null(IndexedMatchSets.StringOf(builder.Build(IndexSchema.TextExact, "5G基站")!));
        Assert.Null(IndexedMatchSets.StringOf(builder.Build(IndexSchema.TextExact, "园")!));
    }

    [Fact]
    public void A_later_commit_writes_its_new_segments_and_drops_merged_ones_and_searches_stay_exact()
    {
        Build(Generated(210, 5));
        var first = SetFiles(_archive.Path);
        Assert.NotEmpty(first);

        // A later commit: new segments (and merges of old ones), an article of a written segment rewritten without the strings.
        var rewritten = Generated(210, 5).First(r => IndexSchema.SearchableText(r).Contains("高新区", StringComparison.Ordinal));
        rewritten.Title = "改写的标题";
        rewritten.Body = "这篇文章不再提到那个词。";
        Build(Generated(350, 9).Select(r => { r.Id = "later-" + r.Id; return r; }).Append(rewritten));

        using (var reader = DirectoryReader.Open(Lucene.Net.Store.FSDirectory.Open(_archive.Path)))
        {
            Assert.Equal(SegmentFiles(reader), SetFiles(_archive.Path));
            Assert.True(reader.HasDeletions, "the rewrite should leave a deletion");
        }
        AssertSearchesAsDeciding(new[] { "高新区", "企业", "技术", "高新技术企业", "\"公司\"" }, rewritten.Id);
    }

    [Fact]
    public void Small_segments_get_no_sets_until_a_merge_makes_a_large_one_and_searches_stay_exact()
    {
        var records = Generated(280, 7).ToList();
        _archive.UpdateInSegments(records, commitEvery: 70, minSetDocuments: int.MaxValue);
        // An article of an early segment rewritten without the strings: the small segments have a deletion.
        var rewritten = records.First(r => IndexSchema.SearchableText(r).Contains("高新区", StringComparison.Ordinal));
        rewritten.Title = "改写的标题";
        rewritten.Body = "这篇文章不再提到那个词。";
        _archive.UpdateInSegments(new[] { rewritten }, commitEvery: 70, minSetDocuments: int.MaxValue);
        using (var reader = DirectoryReader.Open(Lucene.Net.Store.FSDirectory.Open(_archive.Path)))
            Assert.True(reader.Leaves.Count > 1 && reader.HasDeletions, "the test needs several small segments and a deletion");
        Assert.Empty(SetFiles(_archive.Path));
        AssertSearchesAsDeciding(new[] { "高新区", "企业", "技术企业" }, rewritten.Id);

        // Merged into one segment larger than each before: the next writer to close writes its sets, and only its.
        int merged;
        using (var directory = Lucene.Net.Store.FSDirectory.Open(_archive.Path))
        {
            using (var writer = new IndexWriter(directory, new IndexWriterConfig(IndexSchema.Version, IndexSchema.CreateAnalyzer(null))))
                writer.ForceMerge(1);
            using var reader = DirectoryReader.Open(directory);
            merged = reader.Leaves.Single().AtomicReader.MaxDoc;
        }
        using (var index = ArticleIndex.Open(_archive.Path)) index.MatchSetsMinDocuments = merged;
        using (var reader = DirectoryReader.Open(Lucene.Net.Store.FSDirectory.Open(_archive.Path)))
        {
            Assert.Equal(SegmentFiles(reader), SetFiles(_archive.Path));
            var leaf = reader.Leaves.Single();
            var builder = new ExactQueryBuilder(reader);
            foreach (var (text, matches) in IndexedMatchSets.Decide((SegmentReader)leaf.AtomicReader))
                Assert.True(IndexedMatchSets.Find(leaf, builder.Build(IndexSchema.TextExact, text)!)?.Bits.Equals(matches.Bits), $"{text}: not written");
        }
        AssertSearchesAsDeciding(new[] { "高新区", "企业", "技术企业" }, rewritten.Id);
    }

    /// <summary>Each query and the mix's terms, searched first in this process, give the hit set, total, hits with scores and
    /// all facet lists of a searcher deciding every search on the postings; <paramref name="rewrittenId"/>, rewritten without
    /// the strings, is not among 高新区's hits.</summary>
    private void AssertSearchesAsDeciding(IEnumerable<string> queries, string rewrittenId)
    {
        using var written = ArticleSearcher.Open(_archive.Path);
        written.CacheBroadResults = false;
        written.BroadResults.MinBroadMatches = 8;
        using var deciding = ArticleSearcher.Open(_archive.Path);
        deciding.CacheBroadResults = false;
        deciding.KeepBroadMatches = false;
        Assert.DoesNotContain(rewrittenId, written.MatchingIds("高新区"));
        foreach (var query in queries.Concat(QueryMix.Create(Generated(60, 5).ToList(), 8, seed: 41).Select(q => q.Request.Query!)).Distinct())
        {
            Assert.Equal(deciding.MatchingIds(query).Order(StringComparer.Ordinal), written.MatchingIds(query).Order(StringComparer.Ordinal));
            foreach (var request in new[]
                     {
                         new SearchRequest { Query = query, Limit = 5, Facets = IndexSchema.FacetFields, FacetLimit = 100_000, MaxSnippets = 0 },
                         new SearchRequest { Query = query, MaxSnippets = 0 },
                     })
            {
                var want = deciding.Search(request);
                var got = written.Search(request);
                Assert.True(want.Total == got.Total, $"{query}: total {got.Total}, deciding gives {want.Total}");
                Assert.Equal(want.Hits.Select(h => (h.Id, h.Score)), got.Hits.Select(h => (h.Id, h.Score)));
                foreach (var (field, values) in want.Facets) Assert.Equal(values, got.Facets[field]);
            }
        }
    }
}
