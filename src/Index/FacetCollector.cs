using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Pipeline.Index;

/// <summary>Counts, for every collected document, the values of some SortedSetDocValues fields:
/// exact facet counts over the whole result set. A segment's matching documents are buffered and
/// counted one field at a time against the segment's <see cref="SegmentOrdinals"/> (plain arrays,
/// built once per segment and field and kept while the segment lives), an int counter per ordinal;
/// ordinals become strings once per segment.</summary>
internal sealed class FacetCollector : ICollector
{
    private readonly string[] _fields;
    private readonly Dictionary<string, int>[] _totals;
    private AtomicReader? _segment;
    private int[] _docs = new int[1024];
    private int _count;

    public FacetCollector(IReadOnlyList<string> fields)
    {
        _fields = fields.ToArray();
        _totals = _fields.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
    }

    // Counting needs no order; buffering in order keeps the array reads sequential.
    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        CountSegment();
        _segment = context.AtomicReader;
    }

    public void Collect(int doc)
    {
        if (_count == _docs.Length) Array.Resize(ref _docs, _docs.Length * 2);
        _docs[_count++] = doc;
    }

    /// <summary>The counts of several collectors (one per segment of a parallel search) added up.</summary>
    public static FacetCollector Merge(IReadOnlyList<string> fields, IEnumerable<FacetCollector> parts)
    {
        var merged = new FacetCollector(fields);
        foreach (var part in parts)
        {
            part.CountSegment();
            for (var f = 0; f < merged._fields.Length; f++)
                foreach (var (label, count) in part._totals[f])
                    merged._totals[f][label] = merged._totals[f].GetValueOrDefault(label) + count;
        }
        return merged;
    }

    /// <summary>Field → values by count (descending), then value; at most <paramref name="limit"/> per field.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Result(int limit)
    {
        CountSegment();
        var result = new Dictionary<string, IReadOnlyList<FacetValue>>(StringComparer.Ordinal);
        for (var f = 0; f < _fields.Length; f++)
            result[_fields[f]] = _totals[f]
                .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
                .Take(Math.Max(0, limit))
                .Select(kv => new FacetValue(kv.Key, kv.Value))
                .ToList();
        return result;
    }

    private void CountSegment()
    {
        if (_segment == null || _count == 0)
        {
            _count = 0;
            return;
        }
        for (var f = 0; f < _fields.Length; f++)
        {
            var ordinals = SegmentOrdinals.Of(_segment, _fields[f]);
            if (ordinals == null) continue;
            var counts = ordinals.Count(_docs.AsSpan(0, _count));
            var totals = _totals[f];
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] == 0) continue;
                var label = ordinals.Label(ord);
                totals[label] = totals.GetValueOrDefault(label) + counts[ord];
            }
        }
        _count = 0;
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

    /// <summary>How many of <paramref name="docs"/> have each ordinal.</summary>
    public int[] Count(ReadOnlySpan<int> docs)
    {
        var counts = new int[_labels.Length];
        foreach (var doc in docs)
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
