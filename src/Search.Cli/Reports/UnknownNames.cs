using Pipeline.Extract.Attribution;
using Pipeline.Extract.Text;
using Pipeline.Extract.Zones;
using Pipeline.Index;

namespace Pipeline.Cli.Reports;

/// <summary>Zone and enterprise names a user typed that no indexed article names. Every command that filters by
/// them (search, figures, export, coverage) warns the same way, naming the nearest names it knows, and goes on:
/// an empty result is then an answer, not a mystery.</summary>
internal static class UnknownNames
{
    private const int Suggestions = 3;

    /// <summary>Writes one warning per unknown name to <paramref name="error"/>; returns how many there were.</summary>
    public static int Warn(ArticleSearcher searcher, IReadOnlyList<string> zones, IReadOnlyList<string> enterprises, TextWriter error, string command)
    {
        var messages = Messages(searcher, zones, enterprises);
        foreach (var message in messages) error.WriteLine($"pipeline {command}: warning: {message}");
        return messages.Count;
    }

    /// <summary>"no indexed article names the zone '东湖高新'; did you mean '武汉东湖高新区', …?" for each unknown name.</summary>
    public static IReadOnlyList<string> Messages(ArticleSearcher searcher, IReadOnlyList<string> zones, IReadOnlyList<string> enterprises)
    {
        var messages = new List<string>();
        foreach (var (field, typed) in zones.Select(z => ("zone", z)).Concat(enterprises.Select(e => ("enterprise", e))))
        {
            if (Named(searcher, field, typed)) continue;
            var known = Known(searcher, field);
            if (field == "zone") known = known.Concat(KnownZones.All.Select(z => z.Name)).Distinct().ToList();
            messages.Add($"no indexed article names the {field} '{typed}'{DidYouMean(Nearest(typed, known, Suggestions))}");
        }
        return messages;
    }

    /// <summary>An --indicator that is not a key of the vocabulary can match nothing: a usage error naming the nearest keys.</summary>
    /// <exception cref="UsageException"></exception>
    public static void CheckIndicators(IReadOnlyList<string> indicators)
    {
        foreach (var typed in indicators)
        {
            if (IndicatorKeys.All.Contains(typed)) continue;
            var nearest = IndicatorKeys.All
                .Select(k => (Key: k, Distance: EditDistance.Between(typed.ToLowerInvariant(), k)))
                .Where(k => k.Distance <= Math.Max(2, typed.Length / 3)).OrderBy(k => k.Distance).Take(Suggestions).Select(k => $"'{k.Key}'").ToList();
            var hint = nearest.Count > 0 ? $"did you mean {string.Join(", ", nearest)}? " : "";
            throw new UsageException($"--indicator '{typed}' is not an indicator key; {hint}" +
                                     $"the keys are {string.Join(", ", IndicatorKeys.All)} (docs/indicators.md); --metric matches the article's own words");
        }
    }

    /// <summary>A --subject no indexed figure is about: the same warning as for zones, with the nearest zone and company names.</summary>
    public static int WarnSubjects(ArticleSearcher searcher, IReadOnlyList<string> subjects, TextWriter error, string command)
    {
        var count = 0;
        foreach (var typed in subjects)
        {
            if (searcher.Figures(new FigureQuery { Subjects = new[] { typed }, Limit = 0 }).Total > 0) continue;
            var known = Known(searcher, "zone").Concat(Known(searcher, "enterprise")).Distinct();
            error.WriteLine($"pipeline {command}: warning: no indexed figure is about the subject '{typed}'{DidYouMean(Nearest(typed, known, Suggestions))}");
            count++;
        }
        return count;
    }

    /// <summary>"; did you mean 'A', 'B'?", or nothing when no name is near.</summary>
    private static string DidYouMean(IReadOnlyList<string> nearest) =>
        nearest.Count > 0 ? $"; did you mean {string.Join(", ", nearest.Select(n => $"'{n}'"))}?" : "";

    private static bool Named(ArticleSearcher searcher, string field, string name)
    {
        var request = field == "zone" ? new SearchRequest { Zones = new[] { name }, Limit = 0 } : new SearchRequest { Enterprises = new[] { name }, Limit = 0 };
        return searcher.Search(request).Total > 0;
    }

    private static IReadOnlyList<string> Known(ArticleSearcher searcher, string field) =>
        searcher.Search(new SearchRequest { Facets = new[] { field }, FacetLimit = 100_000, Limit = 0 })
            .Facets.GetValueOrDefault(field)?.Select(v => v.Value).ToList() ?? new List<string>();

    /// <summary>The known names closest to <paramref name="typed"/>: those containing it or contained in it first,
    /// then by edit distance; names sharing no character with it are never suggested.</summary>
    internal static IReadOnlyList<string> Nearest(string typed, IEnumerable<string> known, int count)
    {
        typed = typed.Trim();
        return known
            .Where(k => k.Length > 0 && k.Any(typed.Contains))
            .Select(k => (Name: k, Contains: k.Contains(typed) || typed.Contains(k), Distance: EditDistance.Between(typed, k)))
            .Where(k => k.Contains || k.Distance <= Math.Max(typed.Length, k.Name.Length) / 2)
            .OrderByDescending(k => k.Contains).ThenBy(k => k.Distance).ThenBy(k => k.Name, StringComparer.Ordinal)
            .Take(count).Select(k => k.Name).ToList();
    }
}
