using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace Pipeline.Index;

/// <summary>The top hits, exact total and facet counts of a one-word search in one pass over its matches, scoring only the
/// matches that can still reach the top hits. Every match is decided (the exact-match condition) and counted, but its words
/// are scored only where a bound says it could beat the page's last hit so far: BM25 grows with a term's frequency, so a
/// term's frequency in the article and the article's length (no positions, no other clause) give what the term scores
/// there. An article whose title holds the term is bounded with the title's clause too (its constant and its words); one
/// carrying an entity the term names is always scored (its constant is above every other score). The hits, scores, total
/// and facets are those of scoring every match (<c>CandidateRankingTests</c>): a match is left unscored only when its bound
/// is at most the score it would have to beat, and the top-hits collector keeps the earlier of two equal scores. A term
/// the segmenter cuts into several words is ranked by its string's count (<see cref="StringCountQuery"/>), bounded by the
/// least frequency of the bigrams that decide it, read from the deciding postings where they stand on the match; ranked by
/// a phrase of its words (<c>ArticleSearcher.RankStringsByCount</c> off) it has no bound and every match is scored.</summary>
internal sealed class BoundedRanking
{
    /// <summary>Above the computed bound by this factor, so that float rounding (the scorers add in another order) can
    /// never let a score exceed it.</summary>
    private const float Margin = 1.001f;

    private readonly LeafParallelSearcher _searcher;
    private readonly Weight _matches;
    private readonly Weight _scores;
    private readonly Weight? _alwaysScored;
    private readonly Weight _titleMatches;
    private readonly float _constant;
    private readonly WordBound _words;
    private readonly WordBound _title;
    private readonly KeptMatchesQuery? _kept;

    private BoundedRanking(LeafParallelSearcher searcher, Weight matches, Weight scores, Weight? alwaysScored, Weight titleMatches,
        float constant, WordBound words, WordBound title, KeptMatchesQuery? kept)
    {
        _kept = kept;
        _searcher = searcher;
        _matches = matches;
        _scores = scores;
        _alwaysScored = alwaysScored;
        _titleMatches = titleMatches;
        _constant = constant;
        _words = words;
        _title = title;
    }

    /// <summary>The ranking of <paramref name="query"/> (the body's exact match, required, and the title's, optional, as
    /// <c>ArticleSearcher</c> builds a one-term search) within <paramref name="filter"/>; null when a clause that ranks
    /// has no known bound (a wildcard, a fuzzy term): such a search scores every match.</summary>
    /// <param name="kept">The body's kept condition when the search's matches are exactly its matches (no filter but the
    /// articles'): a segment without deletions then takes its facet counts from the kept matches.</param>
    public static BoundedRanking? For(LeafParallelSearcher searcher, BooleanQuery query, ExactMatchQuery body, ExactMatchQuery title, Filter filter,
        KeptMatchesQuery? kept = null)
    {
        // Every match scores the body's condition's constant and its words; a title match the title's clause as well.
        var boost = query.Boost * body.Boost;
        var words = body.Words == null ? WordBound.None : WordBound.Of(body.Words, searcher, boost);
        var titleBound = WordBound.Of(title, searcher, query.Boost);
        if (words == null || titleBound == null) return null;
        var constant = ScoreCeiling.Of(body.Clauses[0].Query, searcher.IndexReader, boost);
        BooleanQuery? entities = null;
        foreach (var entity in body.EntityBoosts) (entities ??= new BooleanQuery()).Add(entity, Occur.SHOULD);
        return new BoundedRanking(searcher,
            searcher.CreateNormalizedWeight(new FilteredQuery(new ConstantScoreQuery(query), filter)),
            // Scored only on documents already known to match: the body's condition is not decided a second time.
            searcher.CreateNormalizedWeight(new FilteredQuery(WithoutBodyCondition(query, body, title), filter)),
            entities == null ? null : searcher.CreateNormalizedWeight(new ConstantScoreQuery(entities)),
            searcher.CreateNormalizedWeight(new ConstantScoreQuery(title.Condition)),
            constant, words, titleBound, kept);
    }

    /// <summary><paramref name="query"/> with the body's exact condition replaced by every document, scoring alike: for
    /// documents already known to hold the body's text. The condition's clause keeps its constant (a constant-score query
    /// scores its boost whatever it wraps), so every score is the query's.</summary>
    internal static BooleanQuery WithoutBodyCondition(BooleanQuery query, ExactMatchQuery body, ExactMatchQuery title)
    {
        var scoring = new BooleanQuery(query.CoordDisabled) { Boost = query.Boost };
        scoring.Add(body.WithCondition(new MatchAllDocsQuery()), Occur.MUST);
        scoring.Add(title, Occur.SHOULD);
        return scoring;
    }

    /// <summary>Matches scored, since this ranking was made (for the tests and the benchmark's profile).</summary>
    public long Scored => Interlocked.Read(ref _scored);
    private long _scored;

    /// <summary>The first <paramref name="wanted"/> hits by score (ties: index order), the number of matches and, when
    /// <paramref name="facetFields"/> are given, their counts.</summary>
    public (TopDocs Top, FacetCollector? Facets) Search(int wanted, IReadOnlyList<string> facetFields)
    {
        var leaves = _searcher.LeafContexts;
        var tops = new TopDocs[leaves.Count];
        var facets = new FacetCollector?[leaves.Count];
        _searcher.ForEachLeaf(i =>
        {
            facets[i] = facetFields.Count > 0 ? new FacetCollector(facetFields) : null;
            tops[i] = SearchLeaf(leaves[i], wanted, facets[i]);
        });
        var merged = TopDocs.Merge(null, 0, wanted, tops);
        return (merged, facetFields.Count > 0 ? FacetCollector.Merge(facetFields, facets.Select(f => f!)) : null);
    }

    private TopDocs SearchLeaf(AtomicReaderContext leaf, int wanted, FacetCollector? facets)
    {
        var live = leaf.AtomicReader.LiveDocs;
        var matches = _matches.GetScorer(leaf, live);
        var top = new TopHits(wanted, leaf.DocBase);
        if (matches == null) return top.ToTopDocs(0);
        // Facet counts kept with the segment's matches are added at once; otherwise each match is collected.
        if (facets != null && live == null && _kept?.MatchesIn(_searcher, leaf) is { } kept)
        {
            facets.AddKept(leaf, kept);
            facets = null;
        }
        facets?.SetNextReader(leaf);
        var scores = _scores.GetScorer(leaf, live)
                     ?? throw new InvalidOperationException("a segment with matches gave no scorer for them");
        var alwaysScored = _alwaysScored?.GetScorer(leaf, live);
        var titleMatches = _titleMatches.GetScorer(leaf, live);
        // A string's count is bounded from the matches' own postings where the condition that decides them is its phrase.
        var words = _words.Open(leaf, matches);
        var title = _title.Open(leaf, null);
        var count = 0;
        var scored = 0L;
        for (var doc = matches.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = matches.NextDoc())
        {
            count++;
            facets?.Collect(doc);
            if (top.IsFull && !IsAt(alwaysScored, doc)
                && (_constant + words.At(doc) + (IsAt(titleMatches, doc) ? title.At(doc) : 0f)) * Margin <= top.Lowest) continue;
            if (scores.DocID < doc) scores.Advance(doc);
            if (scores.DocID != doc) throw new InvalidOperationException($"document {doc} matches but was not scored");
            top.Offer(doc, scores.GetScore());
            scored++;
        }
        Interlocked.Add(ref _scored, scored);
        return top.ToTopDocs(count);
    }

    private static bool IsAt(DocIdSetIterator? iterator, int doc)
    {
        if (iterator == null) return false;
        if (iterator.DocID < doc) iterator.Advance(doc);
        return iterator.DocID == doc;
    }

    /// <summary>One segment's best hits as <see cref="TopScoreDocCollector"/> keeps them from documents in index order: a
    /// later document enters only with a higher score than the lowest kept.</summary>
    private sealed class TopHits
    {
        private readonly int _size;
        private readonly int _docBase;
        // A min-heap by score; among equal scores the later document is the lower (it would be dropped first).
        private readonly ScoreDoc[] _heap;
        private int _count;

        public TopHits(int size, int docBase)
        {
            _size = size;
            _docBase = docBase;
            _heap = new ScoreDoc[size];
        }

        public bool IsFull => _count == _size;
        public float Lowest => _heap[0].Score;

        public void Offer(int doc, float score)
        {
            if (_count < _size)
            {
                _heap[_count] = new ScoreDoc(doc + _docBase, score);
                Up(_count++);
            }
            else if (score > _heap[0].Score)
            {
                _heap[0] = new ScoreDoc(doc + _docBase, score);
                Down(0);
            }
        }

        private static bool Below(ScoreDoc a, ScoreDoc b) => a.Score < b.Score || (a.Score == b.Score && a.Doc > b.Doc);

        private void Up(int i)
        {
            while (i > 0)
            {
                var parent = (i - 1) / 2;
                if (!Below(_heap[i], _heap[parent])) return;
                (_heap[i], _heap[parent]) = (_heap[parent], _heap[i]);
                i = parent;
            }
        }

        private void Down(int i)
        {
            while (true)
            {
                var low = i;
                foreach (var child in new[] { 2 * i + 1, 2 * i + 2 })
                    if (child < _count && Below(_heap[child], _heap[low])) low = child;
                if (low == i) return;
                (_heap[i], _heap[low]) = (_heap[low], _heap[i]);
                i = low;
            }
        }

        public TopDocs ToTopDocs(int totalHits)
        {
            var hits = _heap.Take(_count).OrderByDescending(h => h.Score).ThenBy(h => h.Doc).ToArray();
            return new TopDocs(totalHits, hits, hits.Length > 0 ? hits[0].Score : float.NaN);
        }
    }
}

/// <summary>An upper bound of what a query of words scores in a document, from its terms' frequencies there and the
/// document's length, without positions: a term scores what its BM25 weight gives that frequency (exactly), a Boolean query
/// the sum of its clauses (BM25's coordination factor is 1), a constant-score query its constant. A phrase has no bound here
/// tight enough to be worth it (see <see cref="BoundedRanking"/>).</summary>
internal abstract class WordBound
{
    /// <summary>A query that adds nothing.</summary>
    public static readonly WordBound None = new Sum(Array.Empty<WordBound>());

    /// <summary>The bound of <paramref name="query"/> scored at <paramref name="boost"/> (the product of the boosts above
    /// it); null when it has a clause whose score is not bounded here.</summary>
    public static WordBound? Of(Query query, IndexSearcher searcher, float boost)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                var clauses = new List<WordBound>();
                foreach (var clause in boolean.Clauses)
                {
                    if (clause.Occur == Occur.MUST_NOT) continue;
                    var bound = Of(clause.Query, searcher, boost * boolean.Boost);
                    if (bound == null) return null;
                    clauses.Add(bound);
                }
                return new Sum(clauses.ToArray());
            case ConstantScoreQuery constant:
                return new Constant(constant.Boost * boost);
            case TermQuery term:
                return new TermFrequency(searcher, term, boost);
            case StringCountQuery count:
                return new StringCount(searcher, count, boost);
            default:
                return null;
        }
    }

    /// <summary><paramref name="weight"/> normalised as a query's weight is under the boosts above it (BM25 ignores the
    /// query norm).</summary>
    private static Similarity.SimWeight Normalized(Similarity.SimWeight weight, float boostAbove)
    {
        weight.GetValueForNormalization();
        weight.Normalize(1f, boostAbove);
        return weight;
    }

    /// <summary>The bound's reader for one segment.</summary>
    /// <param name="matches">The scorer of the matches the bound is asked about, positioned on each before it is asked (or
    /// null): a part of it may already hold what the bound reads.</param>
    public abstract SegmentBound Open(AtomicReaderContext leaf, Scorer? matches);

    /// <summary>A term's postings with frequencies in one segment (live documents only), or null where the segment lacks it.</summary>
    private static DocsEnum? FrequencyPostings(AtomicReader reader, TermsEnum? terms, Term term) =>
        terms != null && terms.SeekExact(term.Bytes) ? terms.Docs(reader.LiveDocs, null, DocsFlags.FREQS) : null;

    internal abstract class SegmentBound
    {
        /// <summary>The bound at <paramref name="doc"/>; documents are asked in index order.</summary>
        public abstract float At(int doc);
    }

    private sealed class Sum : WordBound
    {
        private readonly WordBound[] _parts;
        public Sum(WordBound[] parts) => _parts = parts;

        public override SegmentBound Open(AtomicReaderContext leaf, Scorer? matches) => new Reader(_parts.Select(p => p.Open(leaf, matches)).ToArray());

        private sealed class Reader : SegmentBound
        {
            private readonly SegmentBound[] _parts;
            public Reader(SegmentBound[] parts) => _parts = parts;

            public override float At(int doc)
            {
                var sum = 0f;
                foreach (var part in _parts) sum += part.At(doc);
                return sum;
            }
        }
    }

    private sealed class Constant : WordBound
    {
        private readonly Reader _reader;
        public Constant(float value) => _reader = new Reader(value);
        public override SegmentBound Open(AtomicReaderContext leaf, Scorer? matches) => _reader;

        private sealed class Reader : SegmentBound
        {
            private readonly float _value;
            public Reader(float value) => _value = value;
            public override float At(int doc) => _value;
        }
    }

    /// <summary>A term, weighted as Lucene's term weight weighs it (<see cref="Similarity.ComputeWeight"/>, normalised with
    /// the boosts above it; BM25 ignores the query norm), scored from its frequency as its scorer scores it.</summary>
    private sealed class TermFrequency : WordBound
    {
        private readonly Similarity _similarity;
        private readonly Similarity.SimWeight _weight;
        private readonly Term _term;

        public TermFrequency(IndexSearcher searcher, TermQuery query, float boostAbove)
        {
            _similarity = searcher.Similarity;
            _term = query.Term;
            var statistics = searcher.TermStatistics(_term, TermContext.Build(searcher.TopReaderContext, _term));
            _weight = Normalized(_similarity.ComputeWeight(query.Boost, searcher.CollectionStatistics(_term.Field), statistics), boostAbove);
        }

        public override SegmentBound Open(AtomicReaderContext leaf, Scorer? matches)
        {
            var terms = leaf.AtomicReader.GetTerms(_term.Field)?.GetEnumerator();
            return new Reader(FrequencyPostings(leaf.AtomicReader, terms, _term), _similarity.GetSimScorer(_weight, leaf));
        }

        private sealed class Reader : SegmentBound
        {
            private readonly DocsEnum? _postings;
            private readonly Similarity.SimScorer _scorer;

            public Reader(DocsEnum? postings, Similarity.SimScorer scorer)
            {
                _postings = postings;
                _scorer = scorer;
            }

            public override float At(int doc)
            {
                if (_postings == null) return 0f;
                if (_postings.DocID < doc) _postings.Advance(doc);
                return _postings.DocID == doc ? _scorer.Score(doc, _postings.Freq) : 0f;
            }
        }
    }

    /// <summary>A string's count (<see cref="StringCountQuery"/>), scored as if the string occurred as often as the least
    /// frequent bigram of its cover: every occurrence is one of each, at its own slot, and BM25 grows with the count. Where the
    /// matches are decided by the string's own phrase (<see cref="WordImpliedPhraseQuery"/>, the body of a quoted phrase),
    /// its postings stand on the match and the frequencies are read from them; otherwise (the title's count, on title
    /// matches) from the terms' postings with frequencies, no positions.</summary>
    private sealed class StringCount : WordBound
    {
        private readonly Similarity _similarity;
        private readonly Similarity.SimWeight _weight;
        private readonly PhraseQuery _phrase;

        public StringCount(IndexSearcher searcher, StringCountQuery query, float boostAbove)
        {
            _similarity = searcher.Similarity;
            _phrase = query.Occurrences;
            _weight = Normalized(query.Statistics(searcher), boostAbove);
        }

        public override SegmentBound Open(AtomicReaderContext leaf, Scorer? matches) =>
            new Reader(DecidingScorer(matches), leaf, _phrase, _similarity.GetSimScorer(_weight, leaf));

        /// <summary>The scorer within <paramref name="scorer"/> that decides matches by this string's phrase, or null.</summary>
        private WordImpliedPhraseQuery.ImpliedScorer? DecidingScorer(Scorer? scorer)
        {
            if (scorer == null) return null;
            if (scorer is WordImpliedPhraseQuery.ImpliedScorer implied && implied.Phrase.Equals(_phrase)) return implied;
            foreach (var child in scorer.GetChildren())
                if (DecidingScorer(child.Child) is { } found) return found;
            return null;
        }

        private sealed class Reader : SegmentBound
        {
            private readonly WordImpliedPhraseQuery.ImpliedScorer? _deciding;
            private readonly AtomicReaderContext _leaf;
            private readonly PhraseQuery _phrase;
            private readonly Similarity.SimScorer _scorer;
            private DocsEnum?[]? _postings;

            public Reader(WordImpliedPhraseQuery.ImpliedScorer? deciding, AtomicReaderContext leaf, PhraseQuery phrase, Similarity.SimScorer scorer)
            {
                _deciding = deciding;
                _leaf = leaf;
                _phrase = phrase;
                _scorer = scorer;
            }

            public override float At(int doc)
            {
                var least = _deciding != null && _deciding.DocID == doc ? _deciding.LeastFrequency : LeastFrequency(doc);
                return least == 0 ? 0f : _scorer.Score(doc, least);
            }

            private int LeastFrequency(int doc)
            {
                _postings ??= Open();
                var least = int.MaxValue;
                foreach (var postings in _postings)
                {
                    if (postings == null) return 0;
                    if (postings.DocID < doc) postings.Advance(doc);
                    if (postings.DocID != doc) return 0;
                    least = Math.Min(least, postings.Freq);
                }
                return least;
            }

            private DocsEnum?[] Open()
            {
                var reader = _leaf.AtomicReader;
                var terms = reader.GetTerms(_phrase.GetTerms()[0].Field)?.GetEnumerator();
                return _phrase.GetTerms().Distinct()
                    .Select(t => FrequencyPostings(reader, terms, t))
                    .ToArray();
            }
        }
    }
}
