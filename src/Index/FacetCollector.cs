using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Pipeline.Index;

/// <summary>Counts, for every collected document, the values of some SortedSetDocValues fields:
/// exact facet counts over the whole result set. A segment's matching documents are buffered and
/// counted one field at a time against the segment's <see cref="SegmentOrdinals"/> (plain arrays,
/// built once per segment and field and kept while the segment lives), straight into an int counter per
/// value of the whole index (<see cref="IndexOrdinals"/>): no value becomes a string until the few a
/// field reports. Adding up segments by label cost a string hash per value present in each segment,
/// twice (the segment's part, then the parts), which grows with the segments and the values.</summary>
internal sealed class FacetCollector : ICollector
{
    private readonly string[] _fields;
    // Per field, the index's values and this collector's count of each (null until a segment had the field).
    private readonly IndexOrdinals?[] _values;
    private readonly int[]?[] _totals;
    private AtomicReaderContext? _segment;
    private int[] _docs = new int[1024];
    private int _count;

    public FacetCollector(IReadOnlyList<string> fields)
    {
        _fields = fields.ToArray();
        _values = new IndexOrdinals?[_fields.Length];
        _totals = new int[]?[_fields.Length];
    }

    // Counting needs no order; buffering in order keeps the array reads sequential.
    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        CountSegment();
        _segment = context;
    }

    public void Collect(int doc)
    {
        if (_count == _docs.Length) Array.Resize(ref _docs, _docs.Length * 2);
        _docs[_count++] = doc;
    }

    /// <summary>Adds the facet counts of a whole segment's matches, counted once and kept with them (<see cref="SegmentMatches"/>),
    /// instead of collecting them one by one: the caller collects nothing of that segment.</summary>
    public void AddKept(AtomicReaderContext context, SegmentMatches matches)
    {
        CountSegment();
        _segment = null;
        var segment = context.AtomicReader;
        for (var f = 0; f < _fields.Length; f++)
        {
            if (matches.OrdinalCounts(segment, _fields[f]) is not { } counts) continue;
            var values = IndexOrdinals.Of(context, _fields[f]);
            var numbers = values.OfSegment(segment);
            var totals = TotalsOf(f, values);
            for (var ord = 0; ord < counts.Length; ord++) totals[numbers[ord]] += counts[ord];
        }
    }

    /// <summary>The counts of several collectors (one per segment of a parallel search, all of one index) added up.</summary>
    public static FacetCollector Merge(IReadOnlyList<string> fields, IEnumerable<FacetCollector> parts)
    {
        var merged = new FacetCollector(fields);
        foreach (var part in parts)
        {
            part.CountSegment();
            for (var f = 0; f < merged._fields.Length; f++)
            {
                if (part._totals[f] is not { } counts) continue;
                var totals = merged.TotalsOf(f, part._values[f]!);
                for (var value = 0; value < counts.Length; value++) totals[value] += counts[value];
            }
        }
        return merged;
    }

    /// <summary>Field → values by count (descending), then value; at most <paramref name="limit"/> per field.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Result(int limit)
    {
        CountSegment();
        var result = new Dictionary<string, IReadOnlyList<FacetValue>>(StringComparer.Ordinal);
        for (var f = 0; f < _fields.Length; f++)
            result[_fields[f]] = _totals[f] is { } totals ? _values[f]!.Top(totals, limit) : Array.Empty<FacetValue>();
        return result;
    }

    private int[] TotalsOf(int field, IndexOrdinals values)
    {
        if (_values[field] is { } known && !ReferenceEquals(known, values))
            throw new InvalidOperationException("facet counts of two different index readers cannot be added up");
        _values[field] = values;
        return _totals[field] ??= new int[values.Count];
    }

    private void CountSegment()
    {
        if (_segment == null || _count == 0)
        {
            _count = 0;
            return;
        }
        var segment = _segment.AtomicReader;
        for (var f = 0; f < _fields.Length; f++)
        {
            var ordinals = SegmentOrdinals.Of(segment, _fields[f]);
            if (ordinals == null) continue;
            var values = IndexOrdinals.Of(_segment, _fields[f]);
            ordinals.CountInto(_docs.AsSpan(0, _count), values.OfSegment(segment), TotalsOf(f, values));
        }
        _count = 0;
    }
}

/// <summary>The values of one facet field across every segment of an index reader, numbered in ordinal string order, and
/// for each segment the number of each of its ordinals: counts from any segment add up in one array, and equal counts
/// order by value as the number does. Built on a reader's first faceted search and kept while the reader lives (a
/// reopened index builds it again, looking up each segment's values once more: each segment's labels are kept by
/// <see cref="SegmentOrdinals"/>).</summary>
internal sealed class IndexOrdinals
{
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, Lazy<IndexOrdinals>>> Cache = new();

    private readonly string[] _labels;
    private readonly Dictionary<object, int[]> _bySegment;

    private IndexOrdinals(string[] labels, Dictionary<object, int[]> bySegment)
    {
        _labels = labels;
        _bySegment = bySegment;
    }

    public int Count => _labels.Length;

    /// <summary>The field's values in the index <paramref name="segment"/> belongs to.</summary>
    public static IndexOrdinals Of(AtomicReaderContext segment, string field)
    {
        var top = ReaderUtil.GetTopLevelContext(segment);
        return Cache.GetValue(top.Reader, _ => new ConcurrentDictionary<string, Lazy<IndexOrdinals>>(StringComparer.Ordinal))
            .GetOrAdd(field, f => new Lazy<IndexOrdinals>(() => Build(top, f))).Value;
    }

    private static IndexOrdinals Build(IndexReaderContext top, string field)
    {
        var segments = top.Leaves
            .Select(leaf => (Key: leaf.AtomicReader.CoreCacheKey, Ordinals: SegmentOrdinals.Of(leaf.AtomicReader, field)))
            .Where(s => s.Ordinals != null)
            .ToList();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (_, ordinals) in segments)
            for (var ord = 0; ord < ordinals!.ValueCount; ord++) numbers.TryAdd(ordinals.Label(ord), 0);
        var labels = numbers.Keys.ToArray();
        Array.Sort(labels, StringComparer.Ordinal);
        for (var i = 0; i < labels.Length; i++) numbers[labels[i]] = i;
        var bySegment = new Dictionary<object, int[]>();
        foreach (var (key, ordinals) in segments)
        {
            var map = new int[ordinals!.ValueCount];
            for (var ord = 0; ord < map.Length; ord++) map[ord] = numbers[ordinals.Label(ord)];
            bySegment[key] = map;
        }
        return new IndexOrdinals(labels, bySegment);
    }

    /// <summary>For each ordinal of <paramref name="segment"/>, the number of its value here.</summary>
    public int[] OfSegment(AtomicReader segment) =>
        _bySegment.TryGetValue(segment.CoreCacheKey, out var map)
            ? map
            : throw new InvalidOperationException("a segment counted for facets is not one of its index reader's");

    /// <summary>The <paramref name="limit"/> values of highest count (ties: by value), without any of count 0.</summary>
    public IReadOnlyList<FacetValue> Top(int[] counts, int limit)
    {
        if (limit <= 0) return Array.Empty<FacetValue>();
        // The lowest kept first: a lower count, or an equal count and a later value.
        var kept = new PriorityQueue<int, (int Count, int Value)>(Comparer<(int Count, int Value)>.Create((a, b) =>
            a.Count != b.Count ? a.Count.CompareTo(b.Count) : b.Value.CompareTo(a.Value)));
        for (var value = 0; value < counts.Length; value++)
        {
            if (counts[value] == 0) continue;
            if (kept.Count < limit) kept.Enqueue(value, (counts[value], value));
            else kept.EnqueueDequeue(value, (counts[value], value));
        }
        var top = new FacetValue[kept.Count];
        for (var i = top.Length - 1; i >= 0; i--)
        {
            var value = kept.Dequeue();
            top[i] = new FacetValue(_labels[value], counts[value]);
        }
        return top;
    }
}

/// <summary>One segment's values of one SortedSetDocValues field as arrays: for every document the range
/// [<c>_starts[doc]</c>, <c>_starts[doc + 1]</c>) of <c>_ords</c>, and the labels of the ordinals. Walking
/// Lucene's doc-values readers costs tens of nanoseconds a document (a landing page's facets over a
/// 100,000-article archive took 20–30 ms); the arrays cost a few, for about 4 bytes per document and value.
/// Built on first use and dropped with the segment (its core is the cache key), so an index that changes
/// only builds its new segments.</summary>
internal sealed class SegmentOrdinals
{
    private static readonly PerSegmentField<SegmentOrdinals> Cache = new(Build);

    private readonly int[] _starts;
    private readonly int[] _ords;
    private readonly string?[] _labels;
    private readonly SortedSetDocValues _values;
    private readonly object _labelGate = new();

    private SegmentOrdinals(int[] starts, int[] ords, int valueCount, SortedSetDocValues values)
    {
        _starts = starts;
        _ords = ords;
        _labels = new string?[valueCount];
        _values = values;
    }

    /// <summary>The field's ordinals in this segment, or null when no document of the segment has the field.</summary>
    public static SegmentOrdinals? Of(AtomicReader segment, string field) => Cache.Get(segment, field);

    private static SegmentOrdinals? Build(AtomicReader segment, string field)
    {
        // A single-valued field (the primary zone) is read as a set of at most one value.
        var values = segment.GetSortedSetDocValues(field)
                     ?? (segment.GetSortedDocValues(field) is { } single ? DocValues.Singleton(single) : null);
        if (values == null) return null;
        var maxDoc = segment.MaxDoc;
        var starts = new int[maxDoc + 1];
        var ords = new List<int>(maxDoc);
        for (var doc = 0; doc < maxDoc; doc++)
        {
            starts[doc] = ords.Count;
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS) ords.Add((int)ord);
        }
        starts[maxDoc] = ords.Count;
        return new SegmentOrdinals(starts, ords.ToArray(), checked((int)values.ValueCount), values);
    }

    /// <summary>The number of values (ordinals) of the field in this segment.</summary>
    public int ValueCount => _labels.Length;

    /// <summary>Adds to <paramref name="totals"/>[<paramref name="numbers"/>[ord]] one for each of <paramref name="docs"/>
    /// that has the ordinal.</summary>
    public void CountInto(ReadOnlySpan<int> docs, int[] numbers, int[] totals)
    {
        foreach (var doc in docs)
            for (int i = _starts[doc], end = _starts[doc + 1]; i < end; i++) totals[numbers[_ords[i]]]++;
    }

    /// <summary>For each ordinal, how many of the documents set in <paramref name="docs"/> have it (a kept match set,
    /// <see cref="SegmentMatches"/>).</summary>
    public int[] CountOrdinals(FixedBitSet docs)
    {
        var counts = new int[ValueCount];
        var length = docs.Length;
        for (var doc = length > 0 ? docs.NextSetBit(0) : -1; doc >= 0; doc = doc + 1 < length ? docs.NextSetBit(doc + 1) : -1)
            for (int i = _starts[doc], end = _starts[doc + 1]; i < end; i++) counts[_ords[i]]++;
        return counts;
    }

    /// <summary>The first (for a single-valued field the only) value of a document, or null.</summary>
    public string? First(int doc) => _starts[doc] == _starts[doc + 1] ? null : Label(_ords[_starts[doc]]);

    /// <summary>The values one document has (a document with one value shares its list with the others of that value).</summary>
    public IReadOnlyList<string> Labels(int doc)
    {
        int start = _starts[doc], end = _starts[doc + 1];
        if (start == end) return Array.Empty<string>();
        if (end - start == 1) return SingleLabel(_ords[start]);
        var labels = new string[end - start];
        for (var i = start; i < end; i++) labels[i - start] = Label(_ords[i]);
        return labels;
    }

    private string[]?[]? _singles;

    private string[] SingleLabel(int ord)
    {
        var singles = _singles ??= new string[]?[_labels.Length];
        return singles[ord] ??= new[] { Label(ord) };
    }

    /// <summary>The value of an ordinal, looked up once and kept.</summary>
    public string Label(int ord)
    {
        if (_labels[ord] is { } label) return label;
        // Doc-values readers are not safe for concurrent use: one lookup at a time.
        lock (_labelGate)
        {
            if (_labels[ord] is { } cached) return cached;
            var term = new BytesRef();
            _values.LookupOrd(ord, term);
            return _labels[ord] = term.Utf8ToString();
        }
    }
}
