using Pipeline.Extract.Input;
using Pipeline.Extract.Model;
using Pipeline.Extract.Pipeline;
using Pipeline.Index.Evaluation;

namespace Pipeline.Index.Tests;

/// <summary>A query term finds every article containing it as written, and only those (issue 14).</summary>
public sealed class ExactMatchTests : IDisposable
{
    private readonly SampleArchive _archive = new();
    private readonly ArticleSearcher _searcher;

    private static ArticleRecord Article(string id, string title, string body, params string[] captions) => new()
    {
        Id = id, Title = title, Body = body, Published = "2023-01-0" + (id.Length % 9 + 1), Captions = captions.ToList(),
        Zones = { new ZoneEntity { Name = "苏州工业园区" } },
    };

    private static readonly ArticleRecord[] Records =
    {
        // jieba cuts 碳达峰碳中和 as 碳达峰 / 碳 / 中 / 和.
        Article("c1", "绿色转型报告", "各地加快推进碳达峰碳中和工作，园区能耗持续下降。"),
        Article("c2", "碳中和目标下的园区", "园区提出碳中和路线图。"),
        Article("d1", "数字经济规模扩大", "全区数字经济核心产业增加值增长。"),
        Article("d2", "经济运行平稳", "数字化车间投用，经济指标向好。"),
        Article("d3", "新闻", "发展数字技术，壮大实体经济。"),
        Article("l1", "人工智能", "MAIN芯片量产，第3代半导体材料。", "图为AI芯片生产线"),
        Article("l2", "光谷", "5G，基站建设加快；第3代产品上市。"),
    };

    public ExactMatchTests() => _searcher = _archive.Build(Records);

    public void Dispose()
    {
        _searcher.Dispose();
        _archive.Dispose();
    }

    private string[] Ids(string query) => _searcher.MatchingIds(query).OrderBy(x => x, StringComparer.Ordinal).ToArray();

    [Fact]
    public void A_term_is_found_however_the_segmenter_cut_the_text()
    {
        Assert.Equal(new[] { "c1", "c2" }, Ids("碳中和"));
        Assert.Equal(new[] { "c1" }, Ids("达峰碳中"));
    }

    [Fact]
    public void A_term_is_not_found_in_articles_holding_only_its_parts_and_facets_count_only_matches()
    {
        Assert.Equal(new[] { "d1" }, Ids("数字经济"));
        var result = _searcher.Search(new SearchRequest { Query = "数字经济", Facets = new[] { "zone" } });
        Assert.Equal(1, result.Total);
        Assert.Equal(1, result.Facets["zone"].Single().Count);
    }

    [Fact]
    public void Classic_syntax_still_asks_for_either_word()
    {
        Assert.Equal(new[] { "d1", "d2", "d3" }, Ids("数字 OR 经济"));
        Assert.Equal(new[] { "d2", "d3" }, Ids("经济 -数字经济"));
    }

    [Fact]
    public void Single_characters_latin_words_and_mixed_terms_match_as_written()
    {
        Assert.Equal(new[] { "c1", "c2" }, Ids("碳"));
        // AI is a word of l1's caption; MAIN does not contain it as a word.
        Assert.Equal(new[] { "l1" }, Ids("AI"));
        Assert.Empty(Ids("ai芯片量产"));
        // A term ending in a one-character Han run: 代 goes on into 代半导体 and 代产品.
        Assert.Equal(new[] { "l1", "l2" }, Ids("第3代"));
        // Punctuation in the text is no part of the term.
        Assert.Empty(Ids("5G基站"));
    }

    [Fact]
    public void Snippets_mark_the_text_as_written_not_its_words_apart()
    {
        var hit = _searcher.Search(new SearchRequest { Query = "碳中和" }).Hits.Single(h => h.Id == "c1");
        Assert.Contains("碳达峰【碳中和】工作", hit.Snippets.Single().ToTerminal());
        var digital = _searcher.Search(new SearchRequest { Query = "数字经济" }).Hits.Single();
        Assert.Equal("全区【数字经济】核心产业增加值增长。", digital.Snippets.Single().ToTerminal());
    }

    [Fact]
    public void Ranking_stays_with_the_words_a_title_match_first()
    {
        var hits = _searcher.Search(new SearchRequest { Query = "碳中和" }).Hits;
        Assert.Equal("c2", hits[0].Id);
        Assert.True(hits[0].Score > hits[1].Score);
    }

    /// <summary>The check of the `bench exact` command on the bundled corpus: over a few hundred terms drawn
    /// from the gazetteer, the company lexicon, the figures' metrics, frequent words and arbitrary runs of the
    /// text, the hit set of each is exactly the set of articles containing it.</summary>
    [Fact]
    public void On_the_bundled_corpus_every_drawn_term_finds_exactly_the_articles_containing_it()
    {
        var loader = new InputLoader();
        var pipeline = ExtractionPipeline.CreateDefault();
        var root = FindRoot();
        var records = loader.Load(new[] { Path.Combine(root, "corpus", "pages"), Path.Combine(root, "corpus", "site") })
            .SelectMany(s => pipeline.Process(s)).GroupBy(r => r.Id).Select(g => g.Last()).ToList();
        Assert.True(records.Count >= 30, $"{records.Count} records");
        using var archive = new SampleArchive();
        using var searcher = archive.Build(records);

        var terms = ExactMatchEvaluation.DrawTerms(records, 320);
        Assert.True(terms.Count >= 300, $"{terms.Count} terms");
        var outcomes = ExactMatchEvaluation.Run(searcher, records, terms);
        Assert.True(outcomes.Count(o => o.Expected > 0) >= 200);
        var wrong = outcomes.Where(o => !o.Exact).Select(o => $"{o.Term.Text} ({o.Term.Origin}): expected {o.Expected}, found {o.Found}, correct {o.Correct}");
        Assert.Empty(wrong);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Pipeline.sln"))) return dir.FullName;
        throw new InvalidOperationException("Pipeline.sln not found above " + AppContext.BaseDirectory);
    }
}
