using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Pipeline.Index;

/// <summary>The exact-match condition of a broad string (州高新, 技术企业, 高新: in most of the archive), decided once per segment
/// and kept as a bit set while the segment lives (<see cref="KeptMatches"/>): a segment never changes, so the documents holding
/// the string are the same on every search, and a new segment is decided on its own. Deciding a condition of several bigrams
/// reads the conjunction of its postings and their positions (about 1.2 µs a match); reading the kept set costs a bit test.
/// Deletions are applied per search (the accepted documents), so the set is the segment's, deletions aside. It matches what
/// <see cref="Condition"/> matches, scoring its constant.</summary>
internal sealed class KeptMatchesQuery : Query
{
    /// <param name="decide">Whether a segment whose matches are not kept yet is decided whole and kept now: for a search that
    /// visits every match anyway (one string, no filter but the articles'). A search that leap-frogs the condition with a
    /// rarer clause or filter reads the kept set where there is one and the condition's postings elsewhere, so that its
    /// first time costs what it cost before.</param>
    public KeptMatchesQuery(Query condition, bool decide)
    {
        Condition = condition;
        Decide = decide;
    }

    public bool Decide { get; }

    /// <summary>The condition whose matches are kept.</summary>
    public Query Condition { get; }

    public override Weight CreateWeight(IndexSearcher searcher) => new KeptWeight(this, searcher);

    public override void ExtractTerms(ISet<Term> terms) => Condition.ExtractTerms(terms);

    public override string ToString(string field) => $"kept({Condition.ToString(field)})";

    public override bool Equals(object? obj) => obj is KeptMatchesQuery other && Boost == other.Boost && Decide == other.Decide && Condition.Equals(other.Condition);

    public override int GetHashCode() => HashCode.Combine(Condition, Boost, Decide, nameof(KeptMatchesQuery));

    /// <summary>The kept matches of the condition in <paramref name="leaf"/>, decided now if they are not kept yet; null when
    /// the segment holds the string too rarely to be worth a bit set (<see cref="KeptMatches.MinShare"/>).</summary>
    public SegmentMatches? MatchesIn(IndexSearcher searcher, AtomicReaderContext leaf) =>
        KeptMatches.Get(leaf, Condition, () => searcher.CreateNormalizedWeight(Condition));

    private sealed class KeptWeight : Weight
    {
        private readonly KeptMatchesQuery _query;
        private readonly IndexSearcher _searcher;
        private Weight? _condition;
        private float _score;

        public KeptWeight(KeptMatchesQuery query, IndexSearcher searcher)
        {
            _query = query;
            _searcher = searcher;
            _score = query.Boost;
        }

        public override Query Query => _query;

        public override float GetValueForNormalization() => _query.Boost * _query.Boost;

        public override void Normalize(float norm, float topLevelBoost) => _score = _query.Boost * topLevelBoost;

        private Weight Condition => _condition ??= _searcher.CreateNormalizedWeight(_query.Condition);

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            if (!KeptMatches.TryFind(context, _query.Condition, out var kept) && _query.Decide)
            {
                // Not decided yet: a segment without deletions records the matches as this search visits them all (the
                // accepted documents are then the articles, which hold every match), so the first search reads the
                // postings once, as before; with deletions the segment is decided apart.
                if (context.AtomicReader.LiveDocs == null)
                    return Condition.GetScorer(context, acceptDocs) is { } scorer ? new RecordingScorer(scorer, context, _query.Condition) : null;
                kept = KeptMatches.Get(context, _query.Condition, () => Condition);
            }
            if (kept == null) return Condition.GetScorer(context, acceptDocs);
            return kept.Count == 0 ? null : new BitsScorer(this, kept.Bits, acceptDocs, _score);
        }

        public override Explanation Explain(AtomicReaderContext context, int doc)
        {
            var scorer = GetScorer(context, context.AtomicReader.LiveDocs);
            return scorer != null && scorer.Advance(doc) == doc
                ? new Explanation(_score, $"{_query}: holds the string (kept matches)")
                : new Explanation(0f, $"{_query}: no match");
        }
    }

    /// <summary>The condition's own scorer, recording each match in a bit set; kept when the search has visited every match one
    /// after the other (an advance past some leaves the set unknown, and nothing is kept).</summary>
    private sealed class RecordingScorer : Scorer
    {
        private readonly Scorer _inner;
        private readonly AtomicReaderContext _leaf;
        private readonly Query _condition;
        private readonly FixedBitSet _bits;
        private int _count;
        private bool _skipped;

        public RecordingScorer(Scorer inner, AtomicReaderContext leaf, Query condition) : base(inner.Weight)
        {
            _inner = inner;
            _leaf = leaf;
            _condition = condition;
            _bits = new FixedBitSet(leaf.AtomicReader.MaxDoc);
        }

        public override int DocID => _inner.DocID;
        public override int Freq => _inner.Freq;
        public override float GetScore() => _inner.GetScore();
        public override long GetCost() => _inner.GetCost();
        // The condition's scorer stays reachable: a bound may read its postings where they stand (BoundedRanking).
        public override ICollection<ChildScorer> GetChildren() => new[] { new ChildScorer(_inner, "RECORDED") };

        public override int NextDoc() => Record(_inner.NextDoc());

        public override int Advance(int target)
        {
            _skipped = true;
            return _inner.Advance(target);
        }

        private int Record(int doc)
        {
            if (_skipped) return doc;
            if (doc == NO_MORE_DOCS) KeptMatches.Store(_leaf, _condition, _bits, _count);
            else
            {
                _bits.Set(doc);
                _count++;
            }
            return doc;
        }
    }

    /// <summary>The set bits of a kept set that <c>acceptDocs</c> accepts, in order, each scoring a constant.</summary>
    private sealed class BitsScorer : Scorer
    {
        private readonly FixedBitSet _bits;
        private readonly IBits? _accept;
        private readonly float _score;
        private int _doc = -1;

        public BitsScorer(Weight weight, FixedBitSet bits, IBits? accept, float score) : base(weight)
        {
            _bits = bits;
            _accept = accept;
            _score = score;
        }

        public override int DocID => _doc;
        public override int Freq => 1;
        public override float GetScore() => _score;
        public override long GetCost() => _bits.Length;
        public override int NextDoc() => Advance(_doc + 1);

        public override int Advance(int target)
        {
            for (var doc = target < _bits.Length ? _bits.NextSetBit(target) : -1; doc >= 0; doc = doc + 1 < _bits.Length ? _bits.NextSetBit(doc + 1) : -1)
                if (_accept == null || _accept.Get(doc)) return _doc = doc;
            return _doc = NO_MORE_DOCS;
        }
    }
}

/// <summary>One segment's documents holding a string (deletions aside), their number, and per facet field the count of
/// each of the segment's values among them (built on the first faceted search that asks, kept with the set).</summary>
internal sealed class SegmentMatches
{
    private readonly Dictionary<string, int[]?> _ordinalCounts = new(StringComparer.Ordinal);

    public SegmentMatches(FixedBitSet bits, int count)
    {
        Bits = bits;
        Count = count;
    }

    /// <param name="ordinalCounts">Facet field → the count of each of the segment's ordinals among the matches (null: no
    /// document of the segment has the field), counted when the set was written (<see cref="IndexedMatchSets"/>).</param>
    public SegmentMatches(FixedBitSet bits, int count, IReadOnlyDictionary<string, int[]?> ordinalCounts) : this(bits, count)
    {
        foreach (var (field, counts) in ordinalCounts) _ordinalCounts[field] = counts;
    }

    public FixedBitSet Bits { get; }
    public int Count { get; }

    /// <summary>Every document <paramref name="scorer"/> matches (none when null) as a set of a segment of
    /// <paramref name="maxDoc"/> documents, and their number.</summary>
    public static (FixedBitSet Bits, int Count) Collect(Scorer? scorer, int maxDoc)
    {
        var bits = new FixedBitSet(maxDoc);
        var count = 0;
        if (scorer != null)
            for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
            {
                bits.Set(doc);
                count++;
            }
        return (bits, count);
    }

    /// <summary>For each ordinal of <paramref name="field"/> in <paramref name="segment"/> (the segment these matches are
    /// of), how many of the matches have it; null when no document of the segment has the field.</summary>
    public int[]? OrdinalCounts(AtomicReader segment, string field)
    {
        lock (_ordinalCounts)
        {
            if (_ordinalCounts.TryGetValue(field, out var known)) return known;
            return _ordinalCounts[field] = SegmentOrdinals.Of(segment, field)?.CountOrdinals(Bits);
        }
    }
}

/// <summary>The kept matches of broad strings, per segment (its core is the key: a reopened index keeps the sets of the
/// segments it still has and decides its new ones on their own), the least recently used dropped first beyond
/// <see cref="PerSegment"/> strings a segment. The sets written with the segment (<see cref="IndexedMatchSets"/>) are
/// found first and never dropped.</summary>
internal static class KeptMatches
{
    /// <summary>Strings kept per segment: the few dozen near-universal strings a search box is asked over and over (zone
    /// words, 企业, 技术企业) stay; memory is at most this many bits per document of the index (a million articles with
    /// their figure documents, about 6 million documents: 48 MB).</summary>
    public const int PerSegment = 64;

    /// <summary>A segment's matches are kept as a bit set when they are at least this share of its documents (1 in 64: where a
    /// bit set is no larger than the list of their numbers); a rarer string is decided on the index each time.</summary>
    public const int MinShare = 64;

    private static readonly ConditionalWeakTable<object, Segment> Segments = new();

    /// <summary>The kept matches of <paramref name="condition"/> in <paramref name="leaf"/>, decided with the weight
    /// <paramref name="condition"/>'s <paramref name="weight"/> gives when not kept yet; null when too rare to keep.</summary>
    public static SegmentMatches? Get(AtomicReaderContext leaf, Query condition, Func<Weight> weight)
    {
        if (IndexedMatchSets.Find(leaf, condition) is { } written) return written;
        var segment = Segments.GetValue(leaf.AtomicReader.CoreCacheKey, _ => new Segment());
        return segment.Get(condition, () => Decide(leaf, weight()));
    }

    /// <summary>The kept matches of <paramref name="condition"/> in <paramref name="leaf"/> when they are already kept; null
    /// when they are not (or too rare to keep).</summary>
    public static SegmentMatches? Find(AtomicReaderContext leaf, Query condition) => TryFind(leaf, condition, out var matches) ? matches : null;

    /// <summary>Whether <paramref name="condition"/> is decided in <paramref name="leaf"/>, and its kept matches (null when too
    /// rare to keep).</summary>
    public static bool TryFind(AtomicReaderContext leaf, Query condition, out SegmentMatches? matches)
    {
        matches = IndexedMatchSets.Find(leaf, condition);
        if (matches != null) return true;
        return Segments.TryGetValue(leaf.AtomicReader.CoreCacheKey, out var segment) && segment.TryFind(condition, out matches);
    }

    /// <summary>Keeps the matches a search recorded (<paramref name="count"/> of them set in <paramref name="bits"/>) unless
    /// the segment has them already.</summary>
    public static void Store(AtomicReaderContext leaf, Query condition, FixedBitSet bits, int count)
    {
        var matches = Kept(bits, count, leaf.AtomicReader.MaxDoc);
        Segments.GetValue(leaf.AtomicReader.CoreCacheKey, _ => new Segment()).Get(condition, () => matches);
    }

    private static SegmentMatches? Kept(FixedBitSet bits, int count, int maxDoc) => (long)count * MinShare >= maxDoc ? new SegmentMatches(bits, count) : null;

    private static SegmentMatches? Decide(AtomicReaderContext leaf, Weight weight)
    {
        var maxDoc = leaf.AtomicReader.MaxDoc;
        var (bits, count) = SegmentMatches.Collect(weight.GetScorer(leaf, null), maxDoc);
        return Kept(bits, count, maxDoc);
    }

    private sealed class Segment
    {
        private readonly Dictionary<Query, LinkedListNode<(Query Condition, Lazy<SegmentMatches?> Matches)>> _kept = new();
        private readonly LinkedList<(Query Condition, Lazy<SegmentMatches?> Matches)> _recent = new();

        public bool TryFind(Query condition, out SegmentMatches? matches)
        {
            matches = null;
            lock (_kept)
            {
                if (!_kept.TryGetValue(condition, out var node) || !node.Value.Matches.IsValueCreated) return false;
                matches = node.Value.Matches.Value;
                return true;
            }
        }

        public SegmentMatches? Get(Query condition, Func<SegmentMatches?> decide)
        {
            Lazy<SegmentMatches?> matches;
            lock (_kept)
            {
                if (_kept.TryGetValue(condition, out var node)) _recent.Remove(node);
                else
                {
                    node = new LinkedListNode<(Query, Lazy<SegmentMatches?>)>((condition, new Lazy<SegmentMatches?>(decide)));
                    _kept[condition] = node;
                }
                _recent.AddFirst(node);
                matches = node.Value.Matches;
                while (_kept.Count > PerSegment)
                {
                    _kept.Remove(_recent.Last!.Value.Condition);
                    _recent.RemoveLast();
                }
            }
            // Threads asking at once share one decision, made outside the lock.
            return matches.Value;
        }
    }
}
