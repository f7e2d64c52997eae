using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Pipeline.Index.Benchmark;

namespace Pipeline.Index.Tests;

/// <summary><see cref="PhraseFreqBoundQuery"/> bounds its phrase on every document: it matches every document the phrase
/// matches, scores each at least as high, and exactly as high where the phrase occurs as often as its rarest word, which
/// is what lets a search score only the matches whose bound can reach its top hits (the hits themselves are compared with
/// scoring every match in <see cref="CandidateRankingTests"/>).</summary>
public sealed class PhraseFreqBoundTests : IDisposable
{
    private readonly SampleArchive _archive = new();

    public void Dispose() => _archive.Dispose();

    /// <summary>Phrases of two to four consecutive words of the archive's texts, as a quoted query analyses them.</summary>
    private static IEnumerable<PhraseQuery> Phrases(IEnumerable<string> texts)
    {
        var analyzer = new QueryAnalyzer(IndexSchema.CreateAnalyzer());
        foreach (var text in texts)
        {
            var words = new List<(string Term, int Position)>();
            using (var stream = analyzer.GetTokenStream(IndexSchema.Text, text))
            {
                var term = stream.AddAttribute<ICharTermAttribute>();
                var increment = stream.AddAttribute<IPositionIncrementAttribute>();
                stream.Reset();
                var position = -1;
                while (stream.IncrementToken())
                {
                    position += increment.PositionIncrement;
                    words.Add((term.ToString(), position));
                }
                stream.End();
            }
            for (var start = 0; start + 1 < words.Count; start += 3)
                for (var length = 2; length <= 4 && start + length <= words.Count; length++)
                {
                    var phrase = new PhraseQuery();
                    foreach (var (term, position) in words.Skip(start).Take(length)) phrase.Add(new Term(IndexSchema.Text, term), position - words[start].Position);
                    yield return phrase;
                }
        }
    }

    [Fact]
    public void The_bound_matches_every_match_of_the_phrase_and_scores_it_no_lower()
    {
        var archive = new ArchiveGenerator(SampleArchive.Records(), seed: 4).Generate(150).ToList();
        using (var index = ArticleIndex.Open(_archive.Path))
        {
            index.CommitEvery = 50;
            index.Threads = 1;
            index.Update(archive);
        }
        using var reader = DirectoryReader.Open(Lucene.Net.Store.FSDirectory.Open(_archive.Path));
        var searcher = new IndexSearcher(reader) { Similarity = RankingSimilarity.Instance };
        var phrases = Phrases(archive.Take(8).Select(a => a.Body[..Math.Min(120, a.Body.Length)])).Distinct().ToList();
        var (compared, equal, above) = (0, 0, 0);
        foreach (var phrase in phrases)
        {
            var exact = Scores(searcher, phrase);
            var bound = Scores(searcher, new PhraseFreqBoundQuery(phrase));
            foreach (var (doc, score) in exact)
            {
                Assert.True(bound.TryGetValue(doc, out var most), $"{phrase} matches document {doc}, its bound does not");
                Assert.True(most >= score, $"{phrase}: document {doc} scores {score}, its bound {most}");
                compared++;
                if (most == score) equal++;
            }
            above += bound.Count - exact.Count;
        }
        Assert.True(phrases.Count > 30, $"{phrases.Count} phrases");
        // The bound is tight where each word of the phrase occurs only in it, as most multi-word phrases do.
        Assert.True(equal > compared / 2, $"{equal} of {compared} matches scored as their bound");
        Assert.True(above > 0, "no document held the words without the phrase: the bound was not tested where it differs");
    }

    private static Dictionary<int, float> Scores(IndexSearcher searcher, Query query)
    {
        var top = searcher.Search(query, Math.Max(1, searcher.IndexReader.MaxDoc));
        return top.ScoreDocs.ToDictionary(d => d.Doc, d => d.Score);
    }
}
