using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Pipeline.Index;

/// <summary>Collects the date, primary zone and zones of every matching article from doc values: the
/// publication number (yyyymmdd, from the segment's cached array, <see cref="SegmentNumbers"/>), and the ordinals of the zone facet and the primary zone, whose labels are
/// looked up once per segment and value (<see cref="SegmentOrdinals"/>): looking the primary zone up per
/// article was a third of a coverage query's time. Indexes written before the primary zone had doc values
/// fall back to its stored field.</summary>
internal sealed class ArticleZonesCollector : ICollector
{
    private static readonly ISet<string> PrimaryZoneField = new HashSet<string> { IndexSchema.PrimaryZone };

    private readonly List<ArticleZones> _rows = new();
    private AtomicReader? _segment;
    private int[]? _published;
    private SegmentOrdinals? _zones;
    private SegmentOrdinals? _primary;
    /// <summary>Dates as text, one string per distinct day instead of one per article.</summary>
    private readonly Dictionary<int, string?> _dates = new();

    public IReadOnlyList<ArticleZones> Rows => _rows;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        _segment = context.AtomicReader;
        _published = SegmentNumbers.Of(_segment, IndexSchema.PublishedSort);
        _zones = SegmentOrdinals.Of(_segment, IndexSchema.Zone);
        _primary = SegmentOrdinals.Of(_segment, IndexSchema.PrimaryZone);
    }

    public void Collect(int doc)
    {
        var number = _published == null ? 0 : _published[doc];
        if (!_dates.TryGetValue(number, out var published)) _dates[number] = published = PublishedDate.FromNumber(number);
        var zones = _zones == null ? Array.Empty<string>() : _zones.Labels(doc);
        _rows.Add(new ArticleZones(published, PrimaryZone(doc), zones));
    }

    private string? PrimaryZone(int doc)
    {
        if (_primary == null) return _segment!.Document(doc, PrimaryZoneField).Get(IndexSchema.PrimaryZone);
        return _primary.First(doc);
    }
}
