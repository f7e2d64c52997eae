using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Pipeline.Index;

/// <summary>Counts, for every collected document, the values of some SortedSetDocValues fields:
/// exact facet counts over the whole result set. A segment's matching documents are buffered and
/// counted one field at a time (one doc-values reader walked in doc order, an int counter per
/// ordinal); ordinals become strings once per segment. Single-valued fields (year, month, page) are
/// read through their SortedDocValues, skipping the multi-value machinery.</summary>
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

    // Counting needs no order; buffering in order keeps the doc-values reads sequential.
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
        var term = new BytesRef();
        for (var f = 0; f < _fields.Length; f++)
        {
            var values = _segment.GetSortedSetDocValues(_fields[f]);
            if (values == null) continue;
            var counts = new int[checked((int)values.ValueCount)];
            if (DocValues.UnwrapSingleton(values) is { } single)
            {
                for (var i = 0; i < _count; i++)
                {
                    var ord = single.GetOrd(_docs[i]);
                    if (ord >= 0) counts[ord]++;
                }
            }
            else
            {
                for (var i = 0; i < _count; i++)
                {
                    values.SetDocument(_docs[i]);
                    long ord;
                    while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS) counts[ord]++;
                }
            }
            var totals = _totals[f];
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] == 0) continue;
                values.LookupOrd(ord, term);
                var key = term.Utf8ToString();
                totals[key] = totals.GetValueOrDefault(key) + counts[ord];
            }
        }
        _count = 0;
    }
}
