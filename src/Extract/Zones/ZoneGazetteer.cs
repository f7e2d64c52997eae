using Pipeline.Extract.Resources;

namespace Pipeline.Extract.Zones;

/// <summary>One row of the zone gazetteer (Resources/zones.tsv).</summary>
internal sealed record GazetteerZone(
    string Kind, string Canonical, string Official, IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Standalone, string Province, string City)
{
    /// <summary>The place part of the canonical name (武汉东湖 for 武汉东湖高新区).</summary>
    public string Place => ZoneNames.PlaceOf(Canonical);
}

/// <summary>
/// The national zones shipped as an embedded data file, loaded on first use, with the indexes the
/// finder needs: every written name → zone, place → zone per kind (武汉 → 武汉东湖高新区), and the
/// set of known place names used to find where a zone name starts.
/// </summary>
internal sealed class ZoneGazetteer
{
    public const string FileName = "zones.tsv";

    private static readonly Lazy<ZoneGazetteer> LazyDefault = new(() =>
    {
        using var reader = ResourceFile.Open(FileName);
        return Load(reader);
    });

    /// <summary>Regions that name groups of cities in zone names (苏南国家自主创新示范区).</summary>
    private static readonly string[] ExtraPlaces =
    {
        "苏南", "长株潭", "珠三角", "郑洛新", "山东半岛", "沈大", "福厦泉", "合芜蚌", "兰白", "乌昌石", "鄱阳湖", "粤港澳",
        "京津冀", "长三角", "成渝", "黄河三角洲", "中新", "哈大齐",
    };

    private readonly Dictionary<string, (GazetteerZone Zone, bool Standalone)> _names = new();
    /// <summary>The longest name by its first two characters.</summary>
    private readonly Dictionary<int, int> _longestByStart = new();
    private readonly Dictionary<string, Dictionary<string, GazetteerZone>> _placeIndex = new();
    private readonly HashSet<string> _places = new();
    private readonly HashSet<string> _provinces = new();
    private readonly HashSet<string> _regions = new();

    private ZoneGazetteer(IReadOnlyList<GazetteerZone> zones)
    {
        Zones = zones;
        foreach (var zone in zones)
        {
            AddName(zone.Canonical, zone, false);
            AddName(zone.Official, zone, false);
            foreach (var alias in zone.Aliases) AddName(alias, zone, false);
            foreach (var name in zone.Standalone) AddName(name, zone, true);
            _provinces.Add(zone.Province);
            _places.Add(zone.Province);
            if (zone.City.Length > 0) _places.Add(zone.City);
            if (zone.Place.Length >= 2) _places.Add(zone.Place);
        }
        foreach (var place in ExtraPlaces)
        {
            _places.Add(place);
            _regions.Add(place);
        }
        // Place keys: the zone's own place first (exact), then its city for cities that have no
        // zone of that kind named after them; the first row of a city wins (main zone first).
        foreach (var zone in zones) PlaceIndexFor(zone.Kind).TryAdd(zone.Place, zone);
        foreach (var zone in zones)
        {
            var index = PlaceIndexFor(zone.Kind);
            foreach (var alias in zone.Aliases.Concat(zone.Standalone))
            {
                var place = ZoneNames.PlaceOf(alias);
                if (place.Length >= 2 && place != alias) index.TryAdd(place, zone);
            }
            if (zone.Standalone.Count > 0) foreach (var name in zone.Standalone) index.TryAdd(name, zone);
        }
        foreach (var zone in zones)
            if (zone.City.Length > 0) PlaceIndexFor(zone.Kind).TryAdd(zone.City, zone);
        // An ETDZ is commonly written X开发区 (广州开发区, 昆山开发区): a short form, unless another
        // zone has that name already (漕河泾开发区).
        foreach (var zone in zones)
            if (zone.Kind == ZoneNames.Etdz && zone.Canonical.EndsWith("经开区", StringComparison.Ordinal))
                AddName(zone.Place + "开发区", zone, false);
        // A national innovation demonstration zone is commonly written X自创区 or X示范区 (郑洛新自创区, 东湖示范区),
        // unless another zone has that name already.
        foreach (var zone in zones)
            foreach (var name in zone.Aliases.Prepend(zone.Official).Prepend(zone.Canonical).ToList())
                if (name.EndsWith("国家自主创新示范区", StringComparison.Ordinal) && name.Length > 9)
                {
                    AddName(name[..^9] + "自创区", zone, false);
                    AddName(name[..^9] + "示范区", zone, false);
                }
    }

    public static ZoneGazetteer Default => LazyDefault.Value;

    public IReadOnlyList<GazetteerZone> Zones { get; }

    /// <summary>The length of the longest name starting with the two characters at <paramref name="index"/>, 0 when
    /// none does: a text is searched for names at every position, and most positions start none.</summary>
    public int LongestNameAt(string text, int index) =>
        index + 1 < text.Length && _longestByStart.TryGetValue(StartKey(text[index], text[index + 1]), out var longest) ? longest : 0;

    private static int StartKey(char first, char second) => first << 16 | second;

    /// <summary>A name written in full (any kind of alias); standalone names are flagged.</summary>
    public bool TryGetName(string name, out GazetteerZone zone, out bool standalone) => TryGetName(name.AsSpan(), out zone, out standalone);

    /// <summary>The same for a stretch of a text: looked up in place, no string made for each of the many tries that miss.</summary>
    public bool TryGetName(ReadOnlySpan<char> name, out GazetteerZone zone, out bool standalone)
    {
        if (_names.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var hit))
        {
            zone = hit.Zone;
            standalone = hit.Standalone;
            return true;
        }
        zone = null!;
        standalone = false;
        return false;
    }

    /// <summary>The zone of the given kind a place stands for in a list (武汉 + hitech → 武汉东湖高新区).</summary>
    public GazetteerZone? ByPlace(string place, string kind) =>
        _placeIndex.TryGetValue(kind, out var index) && index.TryGetValue(place, out var zone) ? zone : null;

    /// <summary><see cref="ByPlace(string, string)"/> of a part of a text, looked up without cutting it out.</summary>
    public GazetteerZone? ByPlace(ReadOnlySpan<char> place, string kind) =>
        _placeIndex.TryGetValue(kind, out var index) && index.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(place, out var zone) ? zone : null;

    /// <summary>A place a zone is named after, a zone's province or city, or a region of several cities (苏南).</summary>
    public bool IsKnownPlace(string text) => _places.Contains(text);

    /// <summary>The length of the longest known place (<see cref="IsKnownPlace"/>) of two to
    /// <paramref name="maxLength"/> characters starting at <paramref name="at"/>, 0 when none does.</summary>
    public int KnownPlaceLengthAt(string text, int at, int maxLength = 4)
    {
        for (var length = Math.Min(maxLength, text.Length - at); length >= 2; length--)
            if (_places.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(at, length))) return length;
        return 0;
    }

    /// <summary>A known place or any province, city or county of China (<see cref="Divisions"/>): what the place part
    /// of a zone name is checked against.</summary>
    public bool IsPlaceName(string text) => _places.Contains(text) || Divisions.Default.IsPlace(text);

    /// <summary><see cref="IsPlaceName(string)"/> of a part of a text, looked up without cutting it out.</summary>
    public bool IsPlaceName(ReadOnlySpan<char> text) =>
        _places.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text) || Divisions.Default.IsPlace(text);

    public bool IsProvince(string text) => _provinces.Contains(text);
    /// <summary>Provinces and multi-city regions (长三角): places no single zone is named after.</summary>
    public bool IsRegion(string text) => _provinces.Contains(text) || _regions.Contains(text);

    private Dictionary<string, GazetteerZone> PlaceIndexFor(string kind)
    {
        if (!_placeIndex.TryGetValue(kind, out var index)) _placeIndex[kind] = index = new Dictionary<string, GazetteerZone>();
        return index;
    }

    private void AddName(string name, GazetteerZone zone, bool standalone)
    {
        if (name.Length < 2) return;
        if (!_names.TryAdd(name, (zone, standalone))) return;
        var key = StartKey(name[0], name[1]);
        _longestByStart[key] = Math.Max(_longestByStart.GetValueOrDefault(key), name.Length);
    }

    /// <summary>Parses the TSV: '#' lines are notes, the first other line is the header.</summary>
    public static ZoneGazetteer Load(TextReader reader)
    {
        var zones = new List<GazetteerZone>();
        string[]? header = null;
        foreach (var (lineNumber, line) in ResourceFile.Lines(reader))
        {
            var cells = line.Split('\t');
            if (header == null)
            {
                header = cells;
                var expected = new[] { "kind", "canonical", "official", "aliases", "standalone", "province", "city" };
                if (!header.SequenceEqual(expected))
                    throw new InvalidDataException($"zones.tsv: header must be {string.Join(",", expected)}");
                continue;
            }
            if (cells.Length != header.Length)
                throw new InvalidDataException($"zones.tsv line {lineNumber}: {cells.Length} columns, expected {header.Length}");
            static IReadOnlyList<string> List(string cell) =>
                cell.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            zones.Add(new GazetteerZone(cells[0], cells[1], cells[2], List(cells[3]), List(cells[4]), cells[5], cells[6]));
        }
        if (zones.Count == 0) throw new InvalidDataException("zones.tsv holds no zones");
        return new ZoneGazetteer(zones);
    }
}
