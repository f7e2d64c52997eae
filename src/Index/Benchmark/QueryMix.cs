using Pipeline.Extract.Model;

namespace Pipeline.Index.Benchmark;

/// <summary>A reproducible mix of searches drawn from the given records' own text (the benchmark passes the archive's first
/// articles, whose titles are its own): term queries
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

    /// <summary>The searches of <see cref="Create"/> plus figure queries (a zone and a metric of the sources' figures;
    /// a metric, its unit and a lower bound) and coverage reads (the dated zones of every article matching a
    /// 2-character term, as <c>pipeline coverage QUERY</c> and the web page's chart read them).</summary>
    public static IReadOnlyList<BenchQuery> CreateFull(IReadOnlyList<ArticleRecord> sources, int perKind, int seed = 11,
        IReadOnlyList<string>? zones = null)
    {
        var mix = Create(sources, perKind, seed, zones).Select(m => new BenchQuery(m.Kind, m.Request, null)).ToList();
        var random = new Random(seed + 1);
        zones ??= sources.SelectMany(s => s.Zones.Select(z => z.Name)).Distinct().ToList();
        var figures = sources.SelectMany(s => s.Figures).Where(f => !string.IsNullOrEmpty(f.Metric)).ToList();
        var titles = sources.Select(s => s.Title).Where(t => t.Count(IsHan) >= 4).ToList();
        for (var i = 0; i < perKind; i++)
        {
            if (figures.Count > 0)
            {
                var figure = figures[random.Next(figures.Count)];
                mix.Add(new BenchQuery("figures", null, i % 2 == 0
                    ? new FigureQuery { Zones = zones.Count > 0 ? new[] { zones[random.Next(zones.Count)] } : Array.Empty<string>(), Metric = figure.Metric }
                    : new FigureQuery { Metric = figure.Metric, Unit = figure.Unit, Min = figure.Value / 2, Sort = FigureSort.Value }));
            }
            if (titles.Count > 0)
                mix.Add(new BenchQuery("coverage", new SearchRequest { Query = HanRun(titles[random.Next(titles.Count)], 2, 2, random) }, null));
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

/// <summary>One query of the benchmark's mix: a search, a figure query, or (<see cref="Figures"/> null and
/// kind "coverage") the coverage read of a search's matches.</summary>
public sealed record BenchQuery(string Kind, SearchRequest? Search, FigureQuery? Figures)
{
    /// <returns>How many matched: articles (search), figures, or coverage rows.</returns>
    public int Run(ArticleSearcher searcher)
    {
        if (Figures != null) return searcher.Figures(Figures).Total;
        if (Kind == "coverage") return searcher.DatedZones(Search!).Count;
        return searcher.Search(Search!).Total;
    }

    /// <summary>The query as the benchmark's slowest-queries listing prints it.</summary>
    public override string ToString()
    {
        if (Figures is { } f)
            return string.Join(" ", new[]
            {
                f.Zones.Count > 0 ? "zone=" + string.Join(",", f.Zones) : null, f.Metric != null ? "metric=" + f.Metric : null,
                f.Unit != null ? "unit=" + f.Unit : null, f.Min != null ? "min=" + f.Min : null,
            }.Where(p => p != null));
        var s = Search!;
        return string.Join(" ", new[]
        {
            s.Query, s.Zones.Count > 0 ? "zone=" + string.Join(",", s.Zones) : null, s.From != null ? $"from={s.From} to={s.To}" : null,
            s.Facets.Count > 0 ? "facets=" + s.Facets.Count : null, s.Sort == SearchSort.Date ? "by date" : null,
        }.Where(p => p != null));
    }
}
