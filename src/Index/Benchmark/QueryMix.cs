using Pipeline.Extract.Model;

namespace Pipeline.Index.Benchmark;

/// <summary>A reproducible mix of searches drawn from the source records' own text: term queries
/// (a 2–4 character run of a title), phrase queries (a quoted 4–6 character run of a body),
/// filtered queries (a term plus a zone and a date range) and faceted queries (a term plus all facets).</summary>
public static class QueryMix
{
    /// <param name="zones">Zone names filtered queries draw from (the archive's); default: the sources' own zones.</param>
    public static IReadOnlyList<(string Kind, SearchRequest Request)> Create(IReadOnlyList<ArticleRecord> sources, int perKind, int seed = 11,
        IReadOnlyList<string>? zones = null)
    {
        var random = new Random(seed);
        var titles = sources.Select(s => s.Title).Where(t => t.Count(IsHan) >= 4).ToList();
        var bodies = sources.Select(s => s.Body).Where(b => b.Count(IsHan) >= 10).ToList();
        zones ??= sources.SelectMany(s => s.Zones.Select(z => z.Name)).Distinct().ToList();
        if (titles.Count == 0 || bodies.Count == 0) throw new ArgumentException("the sources have too little Chinese text for a query mix");
        var mix = new List<(string, SearchRequest)>();
        for (var i = 0; i < perKind; i++)
        {
            mix.Add(("term", new SearchRequest { Query = HanRun(titles[random.Next(titles.Count)], 2, 4, random) }));
            mix.Add(("phrase", new SearchRequest { Query = "\"" + HanRun(bodies[random.Next(bodies.Count)], 4, 6, random) + "\"" }));
            var year = 2015 + random.Next(8);
            mix.Add(("filtered", new SearchRequest
            {
                Query = HanRun(titles[random.Next(titles.Count)], 2, 3, random),
                Zones = zones.Count > 0 ? new[] { zones[random.Next(zones.Count)] } : Array.Empty<string>(),
                From = year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                To = (year + 2).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Sort = SearchSort.Date,
            }));
            mix.Add(("faceted", new SearchRequest
            {
                Query = HanRun(titles[random.Next(titles.Count)], 2, 2, random),
                Facets = IndexSchema.FacetFields,
            }));
        }
        return mix;
    }

    private static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';

    /// <summary>A run of consecutive Han characters of the wanted length, at a random place.</summary>
    private static string HanRun(string text, int min, int max, Random random)
    {
        var runs = new List<(int Start, int Length)>();
        for (var i = 0; i < text.Length;)
        {
            if (!IsHan(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && IsHan(text[i])) i++;
            if (i - start >= min) runs.Add((start, i - start));
        }
        if (runs.Count == 0) return new string(text.Where(IsHan).Take(max).ToArray());
        var run = runs[random.Next(runs.Count)];
        var length = Math.Min(run.Length, min + random.Next(max - min + 1));
        return text.Substring(run.Start + random.Next(run.Length - length + 1), length);
    }
}
