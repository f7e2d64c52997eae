using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Pipeline.Index;

/// <summary>How searches rank: BM25 over the words (Lucene's <see cref="BM25Similarity"/>, k1 = 1.2, b = 0.75). Unlike the
/// classic TF-IDF, whose term weight grows with the square root of the term's frequency without end, BM25's saturates: a
/// term's contribution is below <c>idf × boost × (k1 + 1)</c> in every document. That ceiling is what lets a search
/// prove that no article outside a small candidate set can reach its top hits (<see cref="ScoreCeiling"/>), so the top
/// 10 of a term matching most of the archive are found without scoring every match. Norms are encoded the same way by
/// both similarities (a byte of 1/√length), so an index written before is ranked by BM25 as it is.</summary>
internal sealed class RankingSimilarity : BM25Similarity
{
    public static readonly RankingSimilarity Instance = new();

    /// <summary>The average length over the documents that have the field: Lucene 4.8 divides by every document of the
    /// index, and four of five documents here are figure documents without text, which made every article look five
    /// times longer than average.</summary>
    protected override float AvgFieldLength(CollectionStatistics collectionStats)
    {
        var sum = collectionStats.SumTotalTermFreq;
        var docs = collectionStats.DocCount > 0 ? collectionStats.DocCount : collectionStats.MaxDoc;
        return sum <= 0 || docs <= 0 ? 1f : (float)(sum / (double)docs);
    }

    /// <summary>The most one document can score on terms whose idf values add up to <paramref name="idfSum"/> at
    /// <paramref name="boost"/>: BM25's <c>freq / (freq + norm)</c> is below 1.</summary>
    public float Ceiling(float idfSum, float boost) => idfSum * boost * (K1 + 1);

    /// <summary>BM25's idf of a term, as its weight computes it (the index's documents, the term's document frequency).</summary>
    public float IdfOf(long docFreq, long maxDoc) => Idf(docFreq, maxDoc);
}

/// <summary>An upper bound of the score any document can get from a query under <see cref="RankingSimilarity"/>, read
/// from the query tree: a Boolean query adds its clauses (BM25's coordination factor is 1), a constant-score query
/// gives its boost, a term, phrase or string count at most its idf × boost × (k1 + 1). Any other query has no known bound
/// (infinity), so a search that needs one falls back to scoring every match.</summary>
internal static class ScoreCeiling
{
    /// <summary>Above the computed bound by this factor, so float rounding in the scorers can never exceed it.</summary>
    private const float Margin = 1.001f;

    public static float Of(Query query, IndexReader reader, float boost = 1f) => Bound(query, reader, boost) * Margin;

    private static float Bound(Query query, IndexReader reader, float boost)
    {
        var similarity = RankingSimilarity.Instance;
        boost *= query.Boost;
        switch (query)
        {
            case BooleanQuery boolean:
                var sum = 0f;
                foreach (var clause in boolean.Clauses)
                    if (clause.Occur != Occur.MUST_NOT) sum += Bound(clause.Query, reader, boost);
                return sum;
            case ConstantScoreQuery:
                return boost;
            case TermQuery term:
                return similarity.Ceiling(Idf(term.Term, reader), boost);
            case PhraseQuery phrase:
                return similarity.Ceiling(phrase.GetTerms().Sum(t => Idf(t, reader)), boost);
            case StringCountQuery count:
                return similarity.Ceiling(count.Idf(reader), boost);
            case MultiPhraseQuery multi:
                return similarity.Ceiling(multi.GetTermArrays().SelectMany(a => a).Sum(t => Idf(t, reader)), boost);
            default:
                return float.PositiveInfinity;
        }
    }

    private static float Idf(Term term, IndexReader reader) => RankingSimilarity.Instance.IdfOf(reader.DocFreq(term), reader.MaxDoc);
}
