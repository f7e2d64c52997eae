using System.Globalization;
using System.Text;
using Pipeline.Extract.Zones;

namespace Pipeline.Cli.Reports;

/// <summary>The zones the gazetteer knows that no counted article names: for an editor, the zones the
/// archive has never reported on in the period, which a gap table of covered zones cannot show.</summary>
internal sealed record NeverCovered(IReadOnlyList<KnownZone> Zones, IReadOnlyDictionary<string, int> KnownByKind)
{
    /// <summary>The gazetteer's kinds (<see cref="KnownZone.Kind"/>, docs/zones.md) in the order they are listed,
    /// with the words an editor uses for them.</summary>
    private static readonly (string Kind, string Label)[] Kinds =
    {
        ("hitech", "高新区 (high-tech zones)"), ("etdz", "经开区 (economic-technological development zones)"),
        ("new_area", "新区 (new areas)"), ("demo", "示范区 (demonstration zones)"),
        ("industrial_park", "工业园区 (industrial parks)"), ("eco_city", "生态城 (eco-cities)"),
    };

    public int Known => KnownByKind.Values.Sum();

    /// <param name="selected">The zones the report was limited to (canonical names), or empty for all.</param>
    public static NeverCovered Of(CoverageReport report, IReadOnlyList<KnownZone> known, IReadOnlyCollection<string> selected)
    {
        var candidates = selected.Count == 0 ? known : known.Where(z => selected.Contains(z.Name)).ToList();
        var covered = report.Zones.Select(z => z.Zone).ToHashSet(StringComparer.Ordinal);
        return new NeverCovered(
            candidates.Where(z => !covered.Contains(z.Name)).OrderBy(z => KindOrder(z.Kind)).ThenBy(z => z.Province, StringComparer.Ordinal)
                .ThenBy(z => z.Name, StringComparer.Ordinal).ToList(),
            candidates.GroupBy(z => z.Kind).ToDictionary(g => g.Key, g => g.Count()));
    }

    /// <summary>"412 of 437 known zones: 高新区 160 of 171, …".</summary>
    public string Summary()
    {
        if (Known == 0) return "none of the zones asked for is in the gazetteer (docs/zones.md)";
        var parts = KnownByKind.OrderBy(k => KindOrder(k.Key))
            .Select(k => $"{Label(k.Key).Split(' ')[0]} {Zones.Count(z => z.Kind == k.Key)} of {k.Value}");
        return string.Create(CultureInfo.InvariantCulture, $"{Zones.Count} of {Known} known zones: {string.Join(", ", parts)}");
    }

    /// <summary>The zones grouped by kind, one line per province.</summary>
    public IEnumerable<(string Kind, IReadOnlyList<(string Province, IReadOnlyList<string> Names)> Provinces)> ByKind() =>
        Zones.GroupBy(z => z.Kind).Select(kind => (Label(kind.Key),
            (IReadOnlyList<(string, IReadOnlyList<string>)>)kind.GroupBy(z => z.Province)
                .Select(p => (p.Key, (IReadOnlyList<string>)p.Select(z => z.Name).ToList())).ToList()));

    public string ListText()
    {
        var text = new StringBuilder();
        foreach (var (kind, provinces) in ByKind())
        {
            text.Append(kind).Append('\n');
            foreach (var (province, names) in provinces) text.Append("  ").Append(province).Append(": ").Append(string.Join("、", names)).Append('\n');
        }
        return text.ToString();
    }

    private static int KindOrder(string kind)
    {
        var i = Array.FindIndex(Kinds, k => k.Kind == kind);
        return i < 0 ? Kinds.Length : i;
    }

    private static string Label(string kind) => Kinds.FirstOrDefault(k => k.Kind == kind).Label ?? kind;
}
