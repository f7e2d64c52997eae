using Pipeline.Extract.Model;

namespace Pipeline.Extract.Zones;

/// <summary>
/// Picks the one zone an article is about: a zone named in the title outranks any other, then the
/// zone named most often in the body outside lists. Null when no zone stands out (a tie, or a zone
/// named only once in passing).
/// </summary>
internal static class PrimaryZoneSelector
{
    public static string? Select(IReadOnlyCollection<string> titleZones, IReadOnlyList<ZoneEntity> bodyZones)
    {
        var scores = new Dictionary<string, (int Title, int Body)>();
        foreach (var name in titleZones)
            scores[name] = scores.TryGetValue(name, out var s) ? (s.Title + 1, s.Body) : (1, 0);
        foreach (var zone in bodyZones)
        {
            // Mentions inside a list (成都、武汉等高新区) name the zone in passing.
            var body = zone.Coordinated ? zone.Mentions.Count - 1 : zone.Mentions.Count;
            scores[zone.Name] = scores.TryGetValue(zone.Name, out var s) ? (s.Title, s.Body + body) : (0, body);
        }
        var ranked = scores.OrderByDescending(kv => kv.Value.Title).ThenByDescending(kv => kv.Value.Body).ToList();
        if (ranked.Count == 0) return null;
        var best = ranked[0];
        if (best.Value.Title == 0 && best.Value.Body < 2) return null;
        if (ranked.Count > 1 && ranked[1].Value == best.Value) return null;
        return best.Key;
    }
}
