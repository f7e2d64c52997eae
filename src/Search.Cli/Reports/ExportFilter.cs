using Pipeline.Index;

namespace Pipeline.Cli.Reports;

/// <summary>The filters shared by <c>search</c>, <c>figures</c>, the exports and the web page: an optional
/// query text plus zone, enterprise, date and figure conditions.</summary>
internal sealed record ExportFilter
{
    public string? Query { get; init; }
    public IReadOnlyList<string> Zones { get; init; } = Array.Empty<string>();
    public IReadOnlyList<string> Enterprises { get; init; } = Array.Empty<string>();
    public string? From { get; init; }
    public string? To { get; init; }
    public string? Metric { get; init; }
    public string? Unit { get; init; }
    public string? Kind { get; init; }
    public decimal? Min { get; init; }
    public decimal? Max { get; init; }
    public IReadOnlyList<string> Subjects { get; init; } = Array.Empty<string>();
    public IReadOnlyList<string> Indicators { get; init; } = Array.Empty<string>();
    public string? Period { get; init; }
    public bool? Target { get; init; }

    /// <summary>Options every filtering command accepts (the figure ones only matter for figures).</summary>
    public static IReadOnlyList<OptionSpec> ArticleOptions { get; } = new[]
    {
        new OptionSpec("zone", "only articles naming this zone (name or alias; repeat or comma-separate for any of several)", Repeatable: true),
        new OptionSpec("enterprise", "only articles naming this enterprise (name or alias; repeatable)", Repeatable: true),
        new OptionSpec("from", "earliest publication date: YYYY, YYYY-MM or YYYY-MM-DD"),
        new OptionSpec("to", "latest publication date: YYYY, YYYY-MM or YYYY-MM-DD (a year or month covers all its days)"),
    };

    public static IReadOnlyList<OptionSpec> FigureOptions { get; } = new[]
    {
        new OptionSpec("metric", "only figures whose metric contains this text (产值 matches 工业总产值)"),
        new OptionSpec("unit", "only figures in this unit: 元, %, 家, 吨 …"),
        new OptionSpec("kind", "only figures of this kind: money, percent, count, measure, duration, ratio, other"),
        new OptionSpec("min", "only figures whose value (or range) reaches at least this"),
        new OptionSpec("max", "only figures whose value is at most this"),
        new OptionSpec("subject", "only figures about this zone, company or place (name or alias; repeatable)", Repeatable: true),
        new OptionSpec("indicator", "only figures of this indicator key: revenue, gdp, patents … (docs/indicators.md; repeatable)", Repeatable: true),
        new OptionSpec("period", "only figures whose period overlaps this one: YYYY, YYYY-MM or YYYY-MM-DD"),
        new OptionSpec("target", "only plans, goals and forecasts", TakesValue: false),
        new OptionSpec("no-target", "only what was reached (no plans, goals or forecasts)", TakesValue: false),
    };

    public bool RestrictsArticles => !string.IsNullOrWhiteSpace(Query) || Zones.Count > 0 || Enterprises.Count > 0 || From != null || To != null;

    private static string? QueryChecked(string? query)
    {
        QueryFields.Check(query);
        return query;
    }

    /// <summary>Reads the filters from the command line; the query is the positional words joined by spaces.</summary>
    public static ExportFilter FromArgs(ParsedArgs args)
    {
        var (from, to) = Commands.SearchCommand.DateRange(args);
        return new ExportFilter
        {
            Query = QueryChecked(Commands.SearchCommand.QueryText(args)),
            Zones = args.GetList("zone"),
            Enterprises = args.GetList("enterprise"),
            From = from,
            To = to,
            Metric = args.Has("metric") ? args.Get("metric") : null,
            Unit = args.Has("unit") ? args.Get("unit") : null,
            Kind = args.Has("kind") ? args.Get("kind") : null,
            Min = args.Has("min") ? args.GetDecimal("min") : null,
            Max = args.Has("max") ? args.GetDecimal("max") : null,
            Subjects = args.GetList("subject"),
            Indicators = args.GetList("indicator"),
            Period = Commands.SearchCommand.DateOption(args, "period"),
            Target = TargetOf(args),
        };
    }

    private static bool? TargetOf(ParsedArgs args) => (args.Has("target"), args.Has("no-target")) switch
    {
        (true, true) => throw new UsageException("--target and --no-target exclude each other"),
        (true, false) => true,
        (false, true) => false,
        _ => null,
    };

    public FigureQuery ToFigureQuery(int limit, int offset, FigureSort sort = FigureSort.Date) => new()
    {
        Zones = Zones,
        Enterprises = Enterprises,
        From = From,
        To = To,
        Metric = Metric,
        Unit = Unit,
        Kind = Kind,
        Min = Min,
        Max = Max,
        Subjects = Subjects,
        Indicators = Indicators,
        Period = Period,
        Target = Target,
        Sort = sort,
        Limit = limit,
        Offset = offset,
    };

    public SearchRequest ToSearchRequest(int limit, int offset = 0, int maxSnippets = 0, IReadOnlyList<string>? facets = null,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? drillDown = null) => new()
    {
        Query = Query,
        Zones = Zones,
        Enterprises = Enterprises,
        From = From,
        To = To,
        Filters = drillDown ?? new Dictionary<string, IReadOnlyList<string>>(),
        Facets = facets ?? Array.Empty<string>(),
        Limit = limit,
        Offset = offset,
        MaxSnippets = maxSnippets,
        Sort = SearchSort.Date,
    };
}
