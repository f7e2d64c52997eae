using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Pipeline.Index;

/// <summary>Ranks a term the segmenter cuts into several words (a quoted phrase, 技术企业, 苏州高新区) by how often the string
/// itself occurs: BM25 of the string's count in the article, read from the exact-match field's cover of bigrams at
/// character slots (the phrase that decides the match, <see cref="ExactQueryBuilder"/>), with the words field's length
/// norm. The phrase of words ranked before did not count the string where the segmenter cut it otherwise, and needed every
/// word's positions in every match; the string's count has a bound without positions — each occurrence is one of each of
/// its cover's bigrams, at its own slot, so the count is at most the least of their frequencies, and equal to it in 94–99 %
/// of matches (docs/performance.md, Round 14) — so a search ranked with bounds (<see cref="BoundedRanking"/>) reads
/// positions only in the few matches whose bound reaches its page. The idf is the rarest bigram's: its document frequency
/// bounds the string's from above, and is known before the search.</summary>
internal sealed class StringCountQuery : Query
{
    /// <param name="occurrences">The exact-match phrase of the string (every term at its slot, no slop).</param>
    /// <param name="normField">The words field whose length norm and average length weigh the count (text or title).</param>
    public StringCountQuery(PhraseQuery occurrences, string normField)
    {
        if (occurrences.Slop != 0 || occurrences.GetTerms().Length == 0)
            throw new ArgumentException("a string is counted by an exact phrase of at least one term", nameof(occurrences));
        Occurrences = occurrences;
        NormField = normField;
    }

    /// <summary>The phrase whose every start is one occurrence of the string.</summary>
    public PhraseQuery Occurrences { get; }

    public string NormField { get; }

    /// <summary>The BM25 statistics the count is weighed with, before the boosts above this query: the words field's
    /// collection and the rarest bigram's document frequency.</summary>
    internal Similarity.SimWeight Statistics(IndexSearcher searcher)
    {
        var rarest = Occurrences.GetTerms()
            .Select(t => (Term: t, Context: TermContext.Build(searcher.TopReaderContext, t)))
            .MinBy(t => t.Context.DocFreq);
        return searcher.Similarity.ComputeWeight(Boost, searcher.CollectionStatistics(NormField),
            searcher.TermStatistics(rarest.Term, rarest.Context));
    }

    /// <summary>The idf the count is weighed with in <paramref name="reader"/> (for <see cref="ScoreCeiling"/>).</summary>
    internal float Idf(IndexReader reader) =>
        RankingSimilarity.Instance.IdfOf(Occurrences.GetTerms().Min(t => (long)reader.DocFreq(t)), reader.MaxDoc);

    public override Weight CreateWeight(IndexSearcher searcher) => new CountWeight(this, searcher);

    public override void ExtractTerms(ISet<Term> terms) => Occurrences.ExtractTerms(terms);

    public override string ToString(string field) => $"count({Occurrences.ToString(field)}, norm {NormField})" + ToStringUtils.Boost(Boost);

    public override bool Equals(object? obj) =>
        obj is StringCountQuery other && Boost == other.Boost && Occurrences.Equals(other.Occurrences) && NormField == other.NormField;

    public override int GetHashCode() => HashCode.Combine(Occurrences, NormField, Boost);

    private sealed class CountWeight : Weight
    {
        private readonly StringCountQuery _query;
        private readonly Similarity _similarity;
        private readonly Similarity.SimWeight _statistics;

        public CountWeight(StringCountQuery query, IndexSearcher searcher)
        {
            _query = query;
            _similarity = searcher.Similarity;
            _statistics = query.Statistics(searcher);
        }

        public override Query Query => _query;

        public override float GetValueForNormalization() => _statistics.GetValueForNormalization();

        public override void Normalize(float norm, float topLevelBoost) => _statistics.Normalize(norm, topLevelBoost);

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            var postings = OccurrencePostings.Open(_query.Occurrences, context, acceptDocs);
            return postings == null ? null : new CountScorer(this, postings, _similarity.GetSimScorer(_statistics, context));
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            var scorer = (CountScorer?)GetScorer(context, context.AtomicReader.LiveDocs);
            if (scorer == null || scorer.Advance(doc) != doc) return new Explanation(0f, $"{_query}: the string does not occur");
            var explanation = new Explanation(scorer.GetScore(), $"{_query}: BM25 of the string's {scorer.Freq} occurrences");
            explanation.AddDetail(_similarity.GetSimScorer(_statistics, context).Explain(doc, new Explanation(scorer.Freq, "occurrences")));
            return explanation;
        }
    }

    /// <summary>The documents where the string occurs, each with its number of occurrences.</summary>
    private sealed class CountScorer : Scorer
    {
        private readonly OccurrencePostings _postings;
        private readonly Similarity.SimScorer _scorer;
        private int _doc = -1;
        private int _count;

        public CountScorer(Weight weight, OccurrencePostings postings, Similarity.SimScorer scorer) : base(weight)
        {
            _postings = postings;
            _scorer = scorer;
        }

        public override int DocID => _doc;
        public override int Freq => _count;
        public override float GetScore() => _scorer.Score(_doc, _count);
        public override long GetCost() => _postings.Cost;
        public override int NextDoc() => _doc = Occurring(_postings.NextDoc());
        public override int Advance(int target) => _doc = Occurring(_postings.Advance(target));

        private int Occurring(int doc)
        {
            for (; doc != NO_MORE_DOCS; doc = _postings.NextDoc())
                if ((_count = _postings.CountOccurrences()) > 0) return doc;
            return NO_MORE_DOCS;
        }
    }
}

/// <summary>The postings of an exact phrase's terms in one segment, as a conjunction (the rarest term leads): the documents
/// holding every term, how often the least frequent of them occurs there (a bound of the phrase's count, without positions)
/// and, from positions, where the phrase starts.</summary>
internal sealed class OccurrencePostings
{
    private readonly Posting[] _postings;
    private int _doc = -1;

    private OccurrencePostings(Posting[] postings) => _postings = postings;

    /// <summary>Null when a term does not occur in the segment.</summary>
    public static OccurrencePostings? Open(PhraseQuery phrase, AtomicReaderContext context, IBits? acceptDocs)
    {
        var phraseTerms = phrase.GetTerms();
        var terms = context.AtomicReader.GetTerms(phraseTerms[0].Field);
        if (terms == null) return null;
        var offsets = phrase.GetPositions();
        var postings = new Posting[phraseTerms.Length];
        var iterator = terms.GetEnumerator();
        for (var i = 0; i < phraseTerms.Length; i++)
        {
            if (!iterator.SeekExact(phraseTerms[i].Bytes)) return null;
            var positions = iterator.DocsAndPositions(acceptDocs, null, DocsAndPositionsFlags.NONE)
                            ?? throw new InvalidOperationException($"field '{phraseTerms[i].Field}' was indexed without positions");
            postings[i] = new Posting(positions, offsets[i], iterator.DocFreq);
        }
        Array.Sort(postings, (a, b) => a.DocFreq.CompareTo(b.DocFreq));
        return new OccurrencePostings(postings);
    }

    public int DocID => _doc;
    public long Cost => _postings[0].Positions.GetCost();

    public int NextDoc() => _doc = Conjoin(_postings[0].Positions.NextDoc());

    public int Advance(int target) => _doc = Conjoin(_postings[0].Positions.Advance(target));

    /// <summary>The least frequency of the phrase's terms in the current document: the phrase occurs at most this often.</summary>
    public int LeastFrequency
    {
        get
        {
            var least = int.MaxValue;
            foreach (var posting in _postings) least = Math.Min(least, posting.Positions.Freq);
            return least;
        }
    }

    /// <summary>The first document from <paramref name="doc"/> (where the lead stands) that holds every term.</summary>
    private int Conjoin(int doc)
    {
        var lead = _postings[0].Positions;
        while (doc != DocIdSetIterator.NO_MORE_DOCS)
        {
            var all = true;
            for (var i = 1; i < _postings.Length; i++)
            {
                var other = _postings[i].Positions;
                var at = other.DocID < doc ? other.Advance(doc) : other.DocID;
                if (at > doc)
                {
                    doc = lead.Advance(at);
                    all = false;
                    break;
                }
            }
            if (all) return doc;
        }
        return DocIdSetIterator.NO_MORE_DOCS;
    }

    /// <summary>Whether the current document holds the phrase: its positions read only as far as the first start.</summary>
    public bool Occurs() => Starts(stopAtFirst: true) > 0;

    /// <summary>How many starts p the current document has with every term at p + its offset (overlapping starts count
    /// apart, as a phrase query counts them). Positions are read once, in order: the starts the lead's positions give
    /// only grow, so no position of another term is needed twice.</summary>
    public int CountOccurrences() => Starts(stopAtFirst: false);

    private int Starts(bool stopAtFirst)
    {
        foreach (var posting in _postings)
        {
            posting.Left = posting.Positions.Freq;
            posting.Position = int.MinValue;
        }
        var first = _postings[0];
        var count = 0;
        while (first.Left-- > 0)
        {
            var start = first.Positions.NextPosition() - first.Offset;
            var all = true;
            for (var i = 1; i < _postings.Length && all; i++)
            {
                var posting = _postings[i];
                var wanted = start + posting.Offset;
                while (posting.Position < wanted && posting.Left > 0)
                {
                    posting.Position = posting.Positions.NextPosition();
                    posting.Left--;
                }
                // This term has no position left at or after the wanted one: no later start can match either.
                if (posting.Position < wanted) return count;
                all = posting.Position == wanted;
            }
            if (!all) continue;
            count++;
            if (stopAtFirst) return count;
        }
        return count;
    }

    private sealed class Posting
    {
        public Posting(DocsAndPositionsEnum positions, int offset, int docFreq)
        {
            Positions = positions;
            Offset = offset;
            DocFreq = docFreq;
        }

        public DocsAndPositionsEnum Positions { get; }
        /// <summary>The term's position in the phrase.</summary>
        public int Offset { get; }
        public int DocFreq { get; }
        /// <summary>The last position read in the current document, and how many are left to read there.</summary>
        public int Position;
        public int Left;
    }
}
