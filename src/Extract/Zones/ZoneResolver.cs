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
        return resolved;
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
