using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Pipeline.Index;

/// <summary>A filter whose documents are computed once per segment and kept as a <see cref="FixedBitSet"/> while
/// the segment lives (its core is the key, so a reopened index only computes its new segments). Unlike
/// <see cref="CachingWrapperFilter"/>, whose compressed sets can only be iterated, a bit set offers random
/// access: a query filtered by it checks each candidate with one bit read instead of leap-frogging two
/// iterators (the article filter under every search cost a fifth of a broad query's time).</summary>
internal sealed class BitSetFilter : Filter
{
    private readonly Filter _inner;
    private readonly ConditionalWeakTable<object, FixedBitSet> _cache = new();

    public BitSetFilter(Filter inner) => _inner = inner;

    public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
    {
        var reader = context.AtomicReader;
        // Deletions are applied per call (acceptDocs), so the cached set is the segment's, deletions aside.
        var bits = _cache.GetValue(reader.CoreCacheKey, _ => Compute(context));
        return BitsFilteredDocIdSet.Wrap(bits, acceptDocs);
    }

    private FixedBitSet Compute(AtomicReaderContext context)
    {
        var bits = new FixedBitSet(context.AtomicReader.MaxDoc);
        var iterator = _inner.GetDocIdSet(context, null)?.GetIterator();
        if (iterator != null) bits.Or(iterator);
        return bits;
    }

    public override string ToString() => "BitSetFilter(" + _inner + ")";
}

/// <summary>One segment's values of a numeric doc-values field as an int array, read once and kept while the
/// segment lives. Lucene.Net reads doc values from the memory-mapped file a byte at a time through a
/// <c>SafeBuffer</c>; coverage reads the date of every matching article, and the array read costs a
/// fraction of that (4 bytes per document of the segment).</summary>
internal static class SegmentNumbers
{
    private static readonly PerSegmentField<int[]> Cache = new(Read);

    /// <summary>The field's values (0 where a document has none), or null when no document of the segment has it.</summary>
    public static int[]? Of(AtomicReader segment, string field) => Cache.Get(segment, field);

    private static int[]? Read(AtomicReader segment, string field)
    {
        var values = segment.GetNumericDocValues(field);
        if (values == null) return null;
        var numbers = new int[segment.MaxDoc];
        for (var doc = 0; doc < numbers.Length; doc++) numbers[doc] = (int)values.Get(doc);
        return numbers;
    }
}

/// <summary>A value built once per segment and field and kept while the segment lives (its core is the key, so a
/// reopened index only builds its new segments); threads asking at once share one build.</summary>
internal sealed class PerSegmentField<T> where T : class
{
    private readonly ConditionalWeakTable<object, ConcurrentDictionary<string, Lazy<T?>>> _cache = new();
    private readonly Func<AtomicReader, string, T?> _build;

    public PerSegmentField(Func<AtomicReader, string, T?> build) => _build = build;

    public T? Get(AtomicReader segment, string field) =>
        _cache.GetValue(segment.CoreCacheKey, _ => new ConcurrentDictionary<string, Lazy<T?>>(StringComparer.Ordinal))
            .GetOrAdd(field, f => new Lazy<T?>(() => _build(segment, f))).Value;
}
