using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Pipeline.Index;

/// <summary>Collects the date, primary zone and zones of every matching article from doc values: the
/// publication number (yyyymmdd), the zone facet's ordinals (<see cref="SegmentOrdinals"/>) and the primary
/// zone's sorted doc values. Indexes written before the primary zone had doc values fall back to its stored field.</summary>
internal sealed class ArticleZonesCollector : ICollector
{
    private static readonly ISet<string> PrimaryZoneField = new HashSet<string> { IndexSchema.PrimaryZone };

    private readonly List<ArticleZones> _rows = new();
    private AtomicReader? _segment;
    private NumericDocValues? _published;
    private SegmentOrdinals? _zones;
    private SortedDocValues? _primary;
    private readonly BytesRef _term = new();

    public IReadOnlyList<ArticleZones> Rows => _rows;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        _segment = context.AtomicReader;
        _published = _segment.GetNumericDocValues(IndexSchema.PublishedSort);
        _zones = SegmentOrdinals.Of(_segment, IndexSchema.Zone);
        _primary = _segment.GetSortedDocValues(IndexSchema.PrimaryZone);
    }

    public void Collect(int doc)
    {
        var published = PublishedDate.FromNumber(_published == null ? 0 : (int)_published.Get(doc));
        var zones = _zones == null ? Array.Empty<string>() : _zones.Labels(doc);
        _rows.Add(new ArticleZones(published, PrimaryZone(doc), zones));
    }

    private string? PrimaryZone(int doc)
    {
        if (_primary == null) return _segment!.Document(doc, PrimaryZoneField).Get(IndexSchema.PrimaryZone);
        var ord = _primary.GetOrd(doc);
        if (ord < 0) return null;
        _primary.LookupOrd(ord, _term);
        return _term.Utf8ToString();
    }
}
