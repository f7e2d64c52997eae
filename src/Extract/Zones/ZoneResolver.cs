using Pipeline.Extract.Model;

namespace Pipeline.Extract.Zones;

/// <summary>
/// Resolver: gives each proposed zone span its zone — the gazetteer zone it names or stands for
/// (武汉 in a list of 国家高新区 → 武汉东湖高新区), else a zone built from its place and zone word
/// (兴化经开区) — and makes all mentions of one zone share one <see cref="ZoneEntity"/>.
/// </summary>
internal sealed class ZoneResolver
{
    private readonly ZoneGazetteer _gazetteer;

    public ZoneResolver(ZoneGazetteer gazetteer) => _gazetteer = gazetteer;

    public IReadOnlyList<(ZoneSpan Span, ZoneEntity Zone)> Resolve(string text, IReadOnlyList<ZoneSpan> spans)
    {
        var byName = new Dictionary<string, ZoneEntity>();
        var resolved = new List<(ZoneSpan, ZoneEntity)>(spans.Count);
        foreach (var span in spans)
        {
            var known = GazetteerZoneOf(span);
            var name = known?.Canonical ?? ZoneNames.Compose(span.Place, span.ZoneWord!);
            if (!byName.TryGetValue(name, out var entity))
            {
                entity = new ZoneEntity
                {
                    Name = name,
                    Kind = known?.Kind ?? ZoneNames.KindOf(span.ZoneWord!),
                    Province = known?.Province,
                    City = NullIfEmpty(known?.City),
                    InGazetteer = known != null,
                };
                if (known != null)
                    foreach (var alias in known.Aliases.Prepend(known.Official).Concat(known.Standalone))
                        AddAlias(entity, alias);
                byName[name] = entity;
            }
            entity.Level ??= span.Level ?? (known != null && known.Kind != ZoneNames.Demo ? "national" : null);
            if (span.Level is "provincial" or "preparatory") entity.Level = span.Level;
            entity.Coordinated |= span.Coordinated;
            var mentionText = text[span.Start..span.End];
            entity.Mentions.Add(new Mention { Text = mentionText, Start = span.Start, End = span.End });
            AddAlias(entity, mentionText);
            resolved.Add((span, entity));
        }
        return MergeShortForms(resolved, byName.Values.ToList());
    }

    /// <summary>秀洲高新区 beside 嘉兴秀洲高新区 on one page: a zone built from its place alone is the same zone as one
    /// whose name only adds a known city or province before it, so its mentions join that zone.</summary>
    private List<(ZoneSpan, ZoneEntity)> MergeShortForms(List<(ZoneSpan Span, ZoneEntity Zone)> resolved, List<ZoneEntity> zones)
    {
        var into = new Dictionary<ZoneEntity, ZoneEntity>();
        foreach (var shorter in zones)
            if (JoinLongerForm(shorter, zones) is { } longer) into[shorter] = longer;
        return into.Count == 0 ? resolved : resolved.Select(r => (r.Span, into.GetValueOrDefault(r.Zone, r.Zone))).ToList();
    }

    /// <summary>The zone among <paramref name="zones"/> that <paramref name="shorter"/> (outside the gazetteer) abridges —
    /// the same name after a known city or province (医药高新区 → 泰州医药高新区, 南沙经开区 → 广州南沙经开区), or the
    /// provincial 经济开发区 of an 经开区 — or null.</summary>
    public ZoneEntity? LongerFormOf(ZoneEntity shorter, IReadOnlyList<ZoneEntity> zones) =>
        shorter.InGazetteer ? null
            : zones.FirstOrDefault(z => z != shorter && z.Kind == shorter.Kind && z.Name.Length > shorter.Name.Length
                && z.Name.EndsWith(shorter.Name, StringComparison.Ordinal) && IsPlacePrefix(z.Name[..^shorter.Name.Length]))
              ?? ProvincialZoneAbbreviated(shorter, zones);

    /// <summary>Gives <paramref name="shorter"/>'s mentions and names to the zone it abridges (<see cref="LongerFormOf"/>)
    /// and returns that zone; null, and nothing changed, when it abridges none.</summary>
    public ZoneEntity? JoinLongerForm(ZoneEntity shorter, IReadOnlyList<ZoneEntity> zones)
    {
        if (LongerFormOf(shorter, zones) is not { } longer) return null;
        longer.Mentions.AddRange(shorter.Mentions);
        longer.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        longer.Coordinated |= shorter.Coordinated;
        longer.Level ??= shorter.Level;
        AddAlias(longer, shorter.Name);
        foreach (var alias in shorter.Aliases) AddAlias(longer, alias);
        return longer;
    }

    /// <summary>什邡经开区 beside 什邡经济开发区: 经开区 abridges 经济开发区 as well as 经济技术开发区, and a zone outside the
    /// gazetteer (which lists every national ETDZ) is the provincial 经济开发区 the page names in full.</summary>
    private static ZoneEntity? ProvincialZoneAbbreviated(ZoneEntity shorter, IReadOnlyList<ZoneEntity> zones)
    {
        if (shorter.Kind != ZoneNames.Etdz || !shorter.Name.EndsWith("经开区", StringComparison.Ordinal)) return null;
        var full = shorter.Name[..^3] + "经济开发区";
        return zones.FirstOrDefault(z => z != shorter && !z.InGazetteer && z.Kind == ZoneNames.Development && z.Name == full);
    }

    private bool IsPlacePrefix(string prefix)
    {
        var place = prefix.EndsWith('市') || prefix.EndsWith('省') ? prefix[..^1] : prefix;
        return place.Length >= 2 && (_gazetteer.IsKnownPlace(place) || _gazetteer.IsProvince(place));
    }

    /// <summary>The gazetteer zone a span names outright, or stands for by its place and zone word.</summary>
    public GazetteerZone? GazetteerZoneOf(ZoneSpan span)
    {
        if (span.Named != null) return span.Named;
        var kind = ZoneNames.KindOf(span.ZoneWord!);
        if (kind is ZoneNames.HiTech or ZoneNames.Etdz) return _gazetteer.ByPlace(span.Place, kind);
        return _gazetteer.TryGetName(ZoneNames.Compose(span.Place, span.ZoneWord!), out var zone, out _) ? zone : null;
    }

    private static void AddAlias(ZoneEntity entity, string alias)
    {
        if (alias != entity.Name && !entity.Aliases.Contains(alias)) entity.Aliases.Add(alias);
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;
}
