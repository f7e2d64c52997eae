using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Pipeline.Index;

/// <summary>Counts, for every collected document, the values of some SortedSetDocValues fields:
/// exact facet counts over the whole result set. Counting is by segment ordinal (an int array per
/// field and segment); ordinals become strings once per segment.</summary>
internal sealed class FacetCollector : ICollector
{
    private readonly string[] _fields;
    private readonly Dictionary<string, int>[] _totals;
    private readonly SortedSetDocValues?[] _values;
    private readonly int[]?[] _counts;

    public FacetCollector(IReadOnlyList<string> fields)
    {
        _fields = fields.ToArray();
        _totals = _fields.Select(_ => new Dictionary<string, int>(StringComparer.Ordinal)).ToArray();
        _values = new SortedSetDocValues?[_fields.Length];
        _counts = new int[]?[_fields.Length];
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        for (var f = 0; f < _fields.Length; f++)
        {
            var values = context.AtomicReader.GetSortedSetDocValues(_fields[f]);
            _values[f] = values;
            _counts[f] = values == null ? null : new int[checked((int)values.ValueCount)];
        }
    }

    public void Collect(int doc)
    {
        for (var f = 0; f < _fields.Length; f++)
        {
            var values = _values[f];
            if (values == null) continue;
            var counts = _counts[f]!;
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS) counts[ord]++;
        }
    }

    /// <summary>Field → values by count (descending), then value; at most <paramref name="limit"/> per field.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Result(int limit)
    {
        FlushSegment();
        var result = new Dictionary<string, IReadOnlyList<FacetValue>>(StringComparer.Ordinal);
        for (var f = 0; f < _fields.Length; f++)
            result[_fields[f]] = _totals[f]
                .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
                .Take(Math.Max(0, limit))
                .Select(kv => new FacetValue(kv.Key, kv.Value))
                .ToList();
        return result;
    }

    private void FlushSegment()
    {
        var term = new BytesRef();
        for (var f = 0; f < _fields.Length; f++)
        {
            var counts = _counts[f];
            var values = _values[f];
            if (counts == null || values == null) continue;
            var totals = _totals[f];
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] == 0) continue;
                values.LookupOrd(ord, term);
                var key = term.Utf8ToString();
                totals[key] = totals.GetValueOrDefault(key) + counts[ord];
            }
            _counts[f] = null;
            _values[f] = null;
        }
    }
}
