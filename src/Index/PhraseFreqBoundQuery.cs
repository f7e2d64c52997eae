using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace Pipeline.Index;

/// <summary>An upper bound of an exact <see cref="PhraseQuery"/>'s score, read without positions: it matches the documents
/// holding every term of the phrase and scores each as the phrase would if it occurred as often as its rarest term there.
/// Each occurrence of the phrase takes its own position of every term, so the phrase's frequency is at most the smallest of
/// its terms' frequencies, and the similarity's score grows with the frequency (BM25: <c>w·f/(f + norm)</c>). The weight is
/// made as <see cref="PhraseQuery"/>'s is (the same statistics and boost), so on a document where the phrase occurs as
/// often as its rarest term the two give the same score. Reading positions is what makes the phrase of words that ranks a
/// broad phrase the largest part of scoring every match; this query lets a search bound every match first
/// (<see cref="ArticleSearcher"/>, bounded scoring) and score exactly only the few that can reach its top hits.</summary>
internal sealed class PhraseFreqBoundQuery : Query
{
    public PhraseFreqBoundQuery(PhraseQuery phrase)
    {
        if (phrase.Slop != 0) throw new ArgumentException("only an exact phrase's frequency is bounded by its terms'", nameof(phrase));
        Phrase = phrase;
        Boost = phrase.Boost;
    }

    public PhraseQuery Phrase { get; }

    public override Weight CreateWeight(IndexSearcher searcher) => new BoundWeight(this, searcher);

    public override void ExtractTerms(ISet<Term> terms) => Phrase.ExtractTerms(terms);

    public override string ToString(string field) => $"bound({Phrase.ToString(field)})";

    public override bool Equals(object? obj) => obj is PhraseFreqBoundQuery other && Boost == other.Boost && Phrase.Equals(other.Phrase);

    public override int GetHashCode() => HashCode.Combine(Phrase, Boost, nameof(PhraseFreqBoundQuery));

    private sealed class BoundWeight : Weight
    {
        private readonly PhraseFreqBoundQuery _query;
        private readonly Similarity _similarity;
        private readonly Similarity.SimWeight _stats;
        private readonly TermContext[] _states;
        private readonly Term[] _terms;

        public BoundWeight(PhraseFreqBoundQuery query, IndexSearcher searcher)
        {
            _query = query;
            _similarity = searcher.Similarity;
            _terms = query.Phrase.GetTerms();
            var context = searcher.TopReaderContext;
            _states = new TermContext[_terms.Length];
            var termStats = new TermStatistics[_terms.Length];
            for (var i = 0; i < _terms.Length; i++)
            {
                _states[i] = TermContext.Build(context, _terms[i]);
                termStats[i] = searcher.TermStatistics(_terms[i], _states[i]);
            }
            // As PhraseWeight computes it: the phrase's boost, its field's statistics, its terms' statistics.
            _stats = _similarity.ComputeWeight(query.Phrase.Boost, searcher.CollectionStatistics(_terms[0].Field), termStats);
        }

        public override Query Query => _query;

        public override float GetValueForNormalization() => _stats.GetValueForNormalization();

        public override void Normalize(float norm, float topLevelBoost) => _stats.Normalize(norm, topLevelBoost);

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            var reader = context.AtomicReader;
            var fieldTerms = reader.GetTerms(_terms[0].Field);
            if (fieldTerms == null) return null;
            var iterator = fieldTerms.GetEnumerator();
            var docs = new DocsEnum[_terms.Length];
            for (var i = 0; i < _terms.Length; i++)
            {
                var state = _states[i].Get(context.Ord);
                if (state == null) return null;
                iterator.SeekExact(_terms[i].Bytes, state);
                docs[i] = iterator.Docs(acceptDocs, null, DocsFlags.FREQS);
            }
            // The rarest term leads the conjunction.
            Array.Sort(docs, (a, b) => a.GetCost().CompareTo(b.GetCost()));
            return new BoundScorer(this, docs, _similarity.GetSimScorer(_stats, context));
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            var scorer = GetScorer(context, context.AtomicReader.LiveDocs);
            if (scorer != null && scorer.Advance(doc) == doc)
                return new Explanation(scorer.GetScore(), $"{_query}: the phrase's score at its rarest term's frequency {scorer.Freq}");
            return new Explanation(0f, $"{_query}: no match");
        }
    }

    private sealed class BoundScorer : Scorer
    {
        private readonly DocsEnum[] _docs;
        private readonly Similarity.SimScorer _scorer;
        private int _doc = -1;

        public BoundScorer(Weight weight, DocsEnum[] docs, Similarity.SimScorer scorer) : base(weight)
        {
            _docs = docs;
            _scorer = scorer;
        }

        public override int DocID => _doc;

        public override int Freq
        {
            get
            {
                var least = int.MaxValue;
                foreach (var docs in _docs) least = Math.Min(least, docs.Freq);
                return least;
            }
        }

        public override float GetScore() => _scorer.Score(_doc, Freq);

        public override long GetCost() => _docs[0].GetCost();

        public override int NextDoc() => _doc = AllFrom(_docs[0].NextDoc());

        public override int Advance(int target) => _doc = AllFrom(_docs[0].Advance(target));

        /// <summary>The first document from <paramref name="doc"/> (where the lead stands) that holds every term.</summary>
        private int AllFrom(int doc)
        {
            while (doc != NO_MORE_DOCS)
            {
                var all = true;
                for (var i = 1; i < _docs.Length; i++)
                {
                    var at = _docs[i].DocID < doc ? _docs[i].Advance(doc) : _docs[i].DocID;
                    if (at > doc)
                    {
                        doc = _docs[0].Advance(at);
                        all = false;
                        break;
                    }
                }
                if (all) return doc;
            }
            return NO_MORE_DOCS;
        }
    }
}
