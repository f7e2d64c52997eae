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

    // Written for this test: bigrams two slots apart across punctuation, a space, a Latin word and a digit (公司，负责人,
    // 基站5G建设), runs that end where another begins, repeated characters, full-width and Traditional forms.
    private static readonly ArticleRecord[] CoverRecords =
    {
        Article("c1", "公司负责人介绍", "该公司，负责人表示：基站5G建设提速，基站 建设完成。"),
        Article("c2", "负责人说", "科技有限公司负责人说，甲乙丙丁戊己庚辛全部到位；甲乙，丙丁。"),
        Article("c3", "高新區企業", "深圳高新區的企業哈哈哈哈笑了，ＡＩ芯片和AI芯片；第3代产品。"),
        Article("c4", "产权质押", "产权质押贷款，产权、质押贷款；年实现产值一百亿，年实现，产值。"),
    };

    /// <summary>A phrase keeps only a cover of its bigrams (every other one and the last): every run of 2 to 8 characters of
    /// the texts, and the same runs with their punctuation, spaces and Latin removed (strings that are nowhere, whose
    /// bigrams two slots apart are), finds exactly the articles whose folded text contains it.</summary>
    [Fact]
    public void A_cover_of_the_bigrams_finds_exactly_the_articles_containing_the_string()
    {
        using var searcher = _archive.Build(CoverRecords);
        var texts = CoverRecords.ToDictionary(r => r.Id, r => Pipeline.Index.Analysis.ExactTextAnalyzer.Fold(IndexSchema.SearchableText(r)));
        var runs = CoverRecords.Select(r => r.Title + "\n" + r.Body)
            .SelectMany(text => Enumerable.Range(2, 7).SelectMany(length =>
                Enumerable.Range(0, Math.Max(0, text.Length - length + 1)).Select(i => text.Substring(i, length))))
            .SelectMany(run => new[] { run, new string(run.Where(Pipeline.Index.Analysis.ExactTextAnalyzer.IsHan).ToArray()) })
            .Where(run => run.Length >= 2 && run.All(c => Pipeline.Index.Analysis.ExactTextAnalyzer.IsHan(c) || Pipeline.Index.Analysis.ExactTextAnalyzer.IsWordChar(c)))
            .Distinct()
            .ToList();
        var found = 0;
        foreach (var run in runs)
        {
            var folded = Pipeline.Index.Analysis.ExactTextAnalyzer.Fold(run);
            var expected = texts.Where(t => Pipeline.Index.Analysis.ExactTextAnalyzer.Occurrences(t.Value, folded).Any()).Select(t => t.Key).Order(StringComparer.Ordinal);
            Assert.Equal(expected, searcher.MatchingIds("\"" + run + "\"").Order(StringComparer.Ordinal));
            if (expected.Any()) found++;
        }
        Assert.True(runs.Count > 400 && found > 250, $"{runs.Count} runs, {found} found");
        // The strings made across punctuation are in no article, though their every-other bigrams are.
        Assert.Empty(searcher.MatchingIds("公司负责人表示基站"));
        Assert.Empty(searcher.MatchingIds("基站建设提速"));
    }

    [Fact]
    public void A_phrase_reads_every_other_bigram()
    {
        using var searcher = _archive.Build(CoverRecords);
        var builder = new ExactQueryBuilder(searcher.Segments.IndexReader);
        var phrase = Assert.IsType<PhraseQuery>(builder.Build(IndexSchema.TextExact, "公司负责人"));
        // 公司 负责 责人 or 公司 司负 责人: three of the four bigrams, the first and the last among them.
        Assert.Equal(3, phrase.GetTerms().Length);
        Assert.Equal(new[] { 0, 3 }, new[] { phrase.GetPositions()[0], phrase.GetPositions()[^1] });
        Assert.Equal(3, Assert.IsType<PhraseQuery>(builder.Build(IndexSchema.TextExact, "甲乙丙丁戊己")).GetTerms().Length);
        Assert.Equal(2, Assert.IsType<PhraseQuery>(builder.Build(IndexSchema.TextExact, "高新区的")).GetTerms().Length);
    }

    /// <summary>An index written before character slots (fields text_exact and title_exact, run ends stacked) is searched
    /// with every bigram of a phrase, and records added to it are written as before: one index never mixes the two.</summary>
    [Fact]
    public void An_index_written_before_character_slots_stays_exact_and_keeps_its_format()
    {
        System.IO.Directory.CreateDirectory(_archive.Path);
        using (var directory = Lucene.Net.Store.FSDirectory.Open(_archive.Path))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(IndexSchema.Version, IndexSchema.CreateAnalyzer())))
            foreach (var record in CoverRecords.Take(3))
                writer.UpdateDocuments(new Term(IndexSchema.Id, record.Id), IndexSchema.ToDocuments(record, legacyExact: true));
        using (var index = ArticleIndex.Open(_archive.Path)) index.Update(CoverRecords.Skip(3));
        using var searcher = ArticleSearcher.Open(_archive.Path);
        var reader = searcher.Segments.IndexReader;
        Assert.Null(MultiFields.GetTerms(reader, IndexSchema.TextExact));
        Assert.True(new ExactQueryBuilder(reader, legacy: true).Build(IndexSchema.TextExact, "公司负责人") is PhraseQuery { } legacy
                    && legacy.GetTerms().Length == 4 && legacy.GetTerms()[0].Field == IndexSchema.LegacyTextExact);
        Assert.Equal(new[] { "c1", "c2" }, searcher.MatchingIds("公司负责人").Order(StringComparer.Ordinal));
        Assert.Empty(searcher.MatchingIds("公司负责人表示基站"));
        Assert.Equal(new[] { "c4" }, searcher.MatchingIds("年实现产值").Order(StringComparer.Ordinal));
        Assert.Equal(new[] { "c3" }, searcher.MatchingIds("高新区的企业").Order(StringComparer.Ordinal));
    }

    private static int[] Docs(IndexSearcher searcher, Query query)
    {
        var top = searcher.Search(new ConstantScoreQuery(query), Math.Max(1, searcher.IndexReader.MaxDoc));
        return top.ScoreDocs.Select(d => d.Doc).Order().ToArray();
    }
}
