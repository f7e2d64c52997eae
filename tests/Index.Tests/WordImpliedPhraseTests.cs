using Lucene.Net.Index;
using Lucene.Net.Search;
using Pipeline.Extract.Model;

namespace Pipeline.Index.Tests;

/// <summary>The exact-match condition of a one-word term skips the position check where the document holds the word
/// (<see cref="WordImpliedPhraseQuery"/>): it matches exactly the documents the phrase of bigrams matches.</summary>
public sealed class WordImpliedPhraseTests : IDisposable
{
    private readonly SampleArchive _archive = new();

    public void Dispose() => _archive.Dispose();

    private static ArticleRecord Article(string id, string title, string body) => new()
    {
        Id = id, Title = title, Body = body, Published = "2024-05-1" + (id.Length % 9),
    };

    // Written for this test: the word 高新区 in some, the string 高新区 across a cut in one (提高 / 新区), its bigrams
    // apart in another, repeated bigrams (哈哈哈), a term at a run's end and after punctuation.
    private static readonly ArticleRecord[] Records =
    {
        Article("w1", "滨江高新区发布人才新政", "滨江高新区今年引进博士一百二十名，高新区企业研发投入增长。"),
        Article("w2", "新区建设提速", "我们将提高新区的承载能力，让新区产业园更有活力。"),
        Article("w3", "高新技术企业落户新区", "一批高新技术企业落户新区，新区经济稳步回升。"),
        Article("w4", "笑声", "观众哈哈哈大笑，现场气氛热烈；产业园，高新。"),
        Article("w5", "新能源汽车产业园开园", "园区新能源汽车产量增长，产业园吸引新能源企业。"),
        Article("w6", "开发区", "经济技术开发区与高新区协同发展。"),
        Article("w7", "AI芯片与5G基站", "MAIN板载AI芯片，5G基站和5G，基站；第3代半导体、第3代产品，哈哈，哈哈哈。"),
    };

    /// <summary>Every 3 to 5 character Han run of the texts (and a few absent ones): as a word of the words field, whether
    /// or not the segmenter made it one, the implied query must match what the phrase matches.</summary>
    private static IEnumerable<string> Terms()
    {
        foreach (var text in Records.Select(r => r.Title + "\n" + r.Body))
            for (var length = 3; length <= 5; length++)
                for (var i = 0; i + length <= text.Length; i++)
                {
                    var run = text.Substring(i, length);
                    if (run.All(Pipeline.Index.Analysis.ExactTextAnalyzer.IsHan)) yield return run;
                }
        yield return "高新区企业";
        yield return "区高新";
        yield return "哈哈哈哈";
    }

    [Fact]
    public void The_implied_phrase_matches_what_the_phrase_matches()
    {
        using var searcher = _archive.Build(Records);
        var reader = searcher.Segments.IndexReader;
        var lucene = new IndexSearcher(reader);
        var builder = new ExactQueryBuilder(reader);
        var compared = 0;
        var implied = 0;
        foreach (var term in Terms().Distinct())
        {
            if (builder.Build(IndexSchema.TextExact, term) is not PhraseQuery phrase) continue;
            var word = new Term(IndexSchema.Text, term);
            var expected = Docs(lucene, phrase);
            Assert.Equal(expected, Docs(lucene, new WordImpliedPhraseQuery(phrase, word)));
            compared++;
            if (reader.DocFreq(word) > 0) implied++;
        }
        Assert.True(compared > 200, $"{compared} terms compared");
        // Some terms must be words of the index, or the test would only check positions.
        Assert.True(implied >= 5, $"{implied} terms are words of the index");
    }

    /// <summary>Without a word the query only stops reading positions at a document's first occurrence: every run of 2 to 8
    /// characters of the texts (punctuation, Latin, digits and repeated bigrams included) matches what the phrase matches.</summary>
    [Fact]
    public void Without_a_word_it_matches_what_the_phrase_matches()
    {
        using var searcher = _archive.Build(Records);
        var reader = searcher.Segments.IndexReader;
        var lucene = new IndexSearcher(reader);
        var builder = new ExactQueryBuilder(reader);
        var compared = 0;
        var runs = Records.Select(r => r.Title + "\n" + r.Body)
            .SelectMany(text => Enumerable.Range(2, 7).SelectMany(length =>
                Enumerable.Range(0, Math.Max(0, text.Length - length + 1)).Select(i => text.Substring(i, length))))
            .Concat(new[] { "哈哈哈哈", "5G基站", "AI芯片", "区高新" })
            .Distinct();
        foreach (var run in runs)
        {
            if (builder.Build(IndexSchema.TextExact, run) is not PhraseQuery phrase) continue;
            Assert.Equal(Docs(lucene, phrase), Docs(lucene, new WordImpliedPhraseQuery(phrase, null)));
            compared++;
        }
        Assert.True(compared > 500, $"{compared} runs compared");
    }

    [Fact]
    public void A_word_search_finds_the_string_wherever_it_was_cut_and_not_its_bigrams_apart()
    {
        using var searcher = _archive.Build(Records);
        var ids = searcher.MatchingIds("高新区").Order(StringComparer.Ordinal).ToArray();
        // w2 writes 提高新区 (cut 提高 / 新区); w3 has 高新 and 新区 apart; w4 has 高新 alone.
        Assert.Equal(new[] { "w1", "w2", "w6" }, ids);
        Assert.Equal(new[] { "w2", "w4", "w5" }, searcher.MatchingIds("产业园").Order(StringComparer.Ordinal).ToArray());
        var title = searcher.Search(new SearchRequest { Query = "title:高新区", MaxSnippets = 0 });
        Assert.Equal(new[] { "w1" }, title.Hits.Select(h => h.Id));
    }

    [Fact]
    public void Deleted_documents_are_not_matched()
    {
        using (var index = ArticleIndex.Open(_archive.Path)) index.Update(Records);
        // w1 replaced by a text without the term: its old document is deleted, not yet merged away.
        using (var index = ArticleIndex.Open(_archive.Path)) index.Update(new[] { Article("w1", "人才新政", "引进博士一百二十名。") });
        using var searcher = ArticleSearcher.Open(_archive.Path);
        Assert.True(searcher.Segments.IndexReader.HasDeletions);
        Assert.Equal(new[] { "w2", "w6" }, searcher.MatchingIds("高新区").Order(StringComparer.Ordinal).ToArray());
    }

    private static int[] Docs(IndexSearcher searcher, Query query)
    {
        var top = searcher.Search(new ConstantScoreQuery(query), Math.Max(1, searcher.IndexReader.MaxDoc));
        return top.ScoreDocs.Select(d => d.Doc).Order().ToArray();
    }
}
