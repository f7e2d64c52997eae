namespace Pipeline.Extract.Zones;

/// <summary>A zone of the shipped gazetteer, as other projects see it.</summary>
public sealed record KnownZone(string Name, string Kind, string Province, string City);

/// <summary>The zones the extractor knows by name (Resources/zones.tsv): for reports that list zones never
/// covered and for generated test archives that need realistic zone names.</summary>
public static class KnownZones
{
    private static readonly Lazy<IReadOnlyList<KnownZone>> LazyAll = new(() =>
        ZoneGazetteer.Default.Zones.Select(z => new KnownZone(z.Canonical, z.Kind, z.Province, z.City)).ToList());

    public static IReadOnlyList<KnownZone> All => LazyAll.Value;
}
