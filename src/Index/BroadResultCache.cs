using Lucene.Net.Search;

namespace Pipeline.Index;

/// <summary>The exact results of the broad searches one <see cref="ArticleSearcher"/> has answered: total, facet counts and
/// the first hits (score order or date order, as asked). A searcher reads one commit for its whole life, so a repeated
/// search (the next page, the same term asked again, the web page redrawn) has the same answer; a newer commit gets a new
/// searcher and so an empty cache. Only searches matching many articles are kept: their cost grows with their matches
/// (every match decided for the exact total, facets read per match, and where the titles cannot prove the top hits,
/// every match scored), while a narrow search costs a few milliseconds whatever is cached.</summary>
internal sealed class BroadResultCache
{
    /// <summary>Searches kept, the least recently used dropped first: the few hundred terms found in a good part of an
    /// archive (zone words, 企业, 亿元 …) and the pages being read.</summary>
    public const int Capacity = 256;

    /// <summary>Hits kept per search at most (an offset past this is searched again each time, not cached).</summary>
    public const int MaxHits = 1_000;

    /// <summary>A search is broad when it matches at least this share of the articles (1 in 50) …</summary>
    public const int BroadShare = 50;

    /// <summary>… and at least this many (2,000 by default; tests of small archives lower it): below that, deciding every
    /// match costs less than a few milliseconds.</summary>
    public int MinBroadMatches { get; set; } = 2_000;

    private readonly object _gate = new();
    private readonly Dictionary<Key, LinkedListNode<(Key Key, Entry Entry)>> _entries = new();
    private readonly LinkedList<(Key Key, Entry Entry)> _recent = new();

    /// <summary>What decides a search's matches, their order and the facets shown: the same key on the same commit gives
    /// the same result. Limit and offset are not part of it: a cached entry serves every page within its hits.</summary>
    public sealed record Key(string Query, string Filters, bool ByDate, string Facets, int FacetLimit, bool RankEntitiesFirst, bool RankByCandidates,
        bool CountStrings)
    {
        public static Key Of(SearchRequest request, bool byDate, IReadOnlyList<string> facetFields, bool rankEntitiesFirst, bool rankByCandidates,
            bool countStrings)
        {
            static string List(IEnumerable<string> values) => string.Join("\u001f", values.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct().Order(StringComparer.Ordinal));
            var filters = string.Join("\u001e", new[]
            {
                "zone=" + List(request.Zones), "enterprise=" + List(request.Enterprises), "from=" + request.From, "to=" + request.To,
            }.Concat(request.Filters.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Key + "=" + List(f.Value))));
            return new Key(request.Query?.Trim() ?? "", filters, byDate, List(facetFields), facetFields.Count > 0 ? request.FacetLimit : 0,
                rankEntitiesFirst, rankByCandidates, countStrings);
        }
    }

    /// <summary>A search's total, facet counts and its first <see cref="Top"/>.Length hits in order (fewer only when
    /// fewer match).</summary>
    public sealed record Entry(int Total, ScoreDoc[] Top, IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets)
    {
        /// <summary>Whether the entry holds the first <paramref name="wanted"/> hits.</summary>
        public bool Covers(int wanted) => Top.Length >= Math.Min(wanted, Total);
    }

    /// <summary>The cached entry of <paramref name="key"/>, whether or not it holds as many hits as the next page needs.</summary>
    public Entry? Find(Key key)
    {
        lock (_gate)
        {
            if (!_entries.TryGetValue(key, out var node)) return null;
            _recent.Remove(node);
            _recent.AddFirst(node);
            return node.Value.Entry;
        }
    }

    /// <summary>How many hits to decide for a kept search whose entry is too shallow for <paramref name="wanted"/>: a
    /// reader past the first page goes on paging, so the next pages (up to a multiple of 100) are decided at once.</summary>
    public static int DeeperHits(int wanted) => Math.Max(wanted, Math.Min(MaxHits, (wanted + 99) / 100 * 100));

    /// <summary>Keeps <paramref name="entry"/> when the search is broad in an archive of <paramref name="articles"/>
    /// articles and its hits are few enough to keep.</summary>
    public void AddIfBroad(Key key, Entry entry, int articles)
    {
        if (!IsBroad(entry.Total, articles) || entry.Top.Length > MaxHits) return;
        lock (_gate)
        {
            if (_entries.Remove(key, out var old)) _recent.Remove(old);
            _entries[key] = _recent.AddFirst((key, entry));
            while (_entries.Count > Capacity)
            {
                _entries.Remove(_recent.Last!.Value.Key);
                _recent.RemoveLast();
            }
        }
    }

    public bool IsBroad(int matches, int articles) => matches >= MinBroadMatches && (long)matches * BroadShare >= articles;

    public int Count
    {
        get
        {
            lock (_gate) return _entries.Count;
        }
    }
}
