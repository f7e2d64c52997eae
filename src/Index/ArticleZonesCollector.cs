using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Pipeline.Index;

/// <summary>Collects the date, primary zone and zones of every matching article. A segment's matching documents are
/// buffered as ids; their rows come from <see cref="CoverageRows"/>, made once per document and segment and kept while
/// the segment lives. Making a row per match and query (a date string looked up in a dictionary built anew per query,
/// a zone array, the row, a list growing by doubling) was half of a coverage query's time and fed the collector most of
/// the rest (profile at 100,000 articles: `Collect` 51 %, the GC polls it caused 26 %).</summary>
internal sealed class ArticleZonesCollector : ICollector
{
    private CoverageRows? _rows;
    private int[] _docs = new int[256];
    private int _count;

    public int Count => _count;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    /// <summary>One collector per segment (<see cref="LeafParallelSearcher.SearchLeaves{T}"/>).</summary>
    public void SetNextReader(AtomicReaderContext context)
    {
        if (_rows != null) throw new InvalidOperationException("an ArticleZonesCollector collects one segment");
        _rows = CoverageRows.Of(context.AtomicReader);
    }

    public void Collect(int doc)
    {
        if (_count == _docs.Length) Array.Resize(ref _docs, _docs.Length * 2);
        _docs[_count++] = doc;
    }

    /// <summary>The rows of the collected documents, added to <paramref name="rows"/> in collection order.</summary>
    public void AddRowsTo(List<ArticleZones> rows)
    {
        for (var i = 0; i < _count; i++) rows.Add(_rows!.Row(_docs[i]));
    }

    /// <summary>The rows of several collectors (one per segment), in segment order, in one list of the exact size.</summary>
    public static List<ArticleZones> Rows(IReadOnlyList<ArticleZonesCollector> segments)
    {
        var rows = new List<ArticleZones>(segments.Sum(s => s.Count));
        foreach (var segment in segments) segment.AddRowsTo(rows);
        return rows;
    }
}

/// <summary>One segment's coverage rows (date, primary zone, zones of an article document), each made on first use from
/// doc values — the publication number (<see cref="SegmentNumbers"/>) and the ordinals of the zone facet and the primary
/// zone (<see cref="SegmentOrdinals"/>), whose labels are looked up once per segment and value — and kept while the segment
/// lives: a coverage query then costs a array read per match. Rows are immutable, so two threads making the same one at
/// once both store an equal row. Costs 8 bytes per document of the segment plus one row per article ever covered (the
/// zone lists of one-zone articles are shared per zone). Indexes written before the primary zone had doc values fall
/// back to its stored field.</summary>
internal sealed class CoverageRows
{
    private static readonly PerSegmentField<CoverageRows> Cache = new((segment, _) => new CoverageRows(segment));
    private static readonly ISet<string> PrimaryZoneField = new HashSet<string> { IndexSchema.PrimaryZone };
    /// <summary>Dates as text, one string per distinct day for every segment.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, string?> DateTexts = new();

    private readonly AtomicReader _segment;
    private readonly ArticleZones?[] _rows;
    private readonly int[]? _published;
    private readonly SegmentOrdinals? _zones;
    private readonly SegmentOrdinals? _primary;

    private CoverageRows(AtomicReader segment)
    {
        _segment = segment;
        _rows = new ArticleZones?[segment.MaxDoc];
        _published = SegmentNumbers.Of(segment, IndexSchema.PublishedSort);
        _zones = SegmentOrdinals.Of(segment, IndexSchema.Zone);
        _primary = SegmentOrdinals.Of(segment, IndexSchema.PrimaryZone);
    }

    public static CoverageRows Of(AtomicReader segment) => Cache.Get(segment, "coverage")!;

    public ArticleZones Row(int doc) => _rows[doc] ??= Make(doc);

    private ArticleZones Make(int doc)
    {
        var published = DateTexts.GetOrAdd(_published == null ? 0 : _published[doc], PublishedDate.FromNumber);
        var zones = _zones == null ? Array.Empty<string>() : _zones.Labels(doc);
        var primary = _primary == null ? _segment.Document(doc, PrimaryZoneField).Get(IndexSchema.PrimaryZone) : _primary.First(doc);
        return new ArticleZones(published, primary, zones);
    }
}
