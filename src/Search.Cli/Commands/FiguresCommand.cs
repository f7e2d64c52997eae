using System.Globalization;
using Pipeline.Cli.Reports;
using Pipeline.Index;

namespace Pipeline.Cli.Commands;

public sealed class FiguresCommand : ICommand
{
    public string Name => "figures";
    public string Summary => "List indexed figures (amounts, rates, counts) by zone, metric, unit, value and date, with their article and sentence.";
    public string Usage => "figures --index DIR [--zone Z] [--enterprise E] [--metric M] [--unit U] [--kind K] [--min X] [--max Y] " +
                           "[--from D] [--to D] [--sort date|value] [--limit N] [--json]";
    public IReadOnlyList<string> Examples => new[]
    {
        "pipeline figures --index out/index --zone 东湖高新区 --metric 产值 --unit 元",
        "pipeline figures --index out/index --unit 元 --min 1e10 --from 2022 --sort value --json",
        "pipeline figures --index out/index --kind percent --metric 增长",
    };
    public IReadOnlyList<OptionSpec> Options => new[]
    {
        new OptionSpec("index", "the index folder"),
        new OptionSpec("zone", "the figure's zone, or its article's primary zone (name or alias)", Repeatable: true),
        new OptionSpec("enterprise", "the enterprise the figure is about (name or alias)", Repeatable: true),
        new OptionSpec("metric", "figures whose metric contains this text (产值 also finds 工业总产值)"),
        new OptionSpec("unit", "exact unit with scale words removed: 元, %, 家, 吨, 兆瓦 …"),
        new OptionSpec("kind", "money, percent, count, measure, duration, ratio or other"),
        new OptionSpec("min", "smallest value (scale applied: 2300亿元 is 230000000000)"),
        new OptionSpec("max", "largest value"),
        new OptionSpec("from", "earliest publication date: YYYY, YYYY-MM or YYYY-MM-DD"),
        new OptionSpec("to", "latest publication date"),
        new OptionSpec("sort", "date (newest first) or value (largest first)", Default: "date"),
        new OptionSpec("limit", "rows to show", Default: "50"),
        new OptionSpec("offset", "rows to skip", Default: "0"),
        new OptionSpec("json", "print the rows as JSON (see docs/search.md)", TakesValue: false),
    };

    public Task<int> RunAsync(CommandContext context)
    {
        var args = context.Args;
        if (args.Positionals.Count > 0) throw new UsageException($"figures takes options only, got '{args.Positionals[0]}'");
        var query = new FigureQuery
        {
            Zones = args.GetList("zone"),
            Enterprises = args.GetList("enterprise"),
            Metric = args.Get("metric"),
            Unit = args.Get("unit"),
            Kind = args.Has("kind") ? args.GetChoice("kind", "other", "money", "percent", "count", "measure", "duration", "ratio", "other") : null,
            Min = args.GetDecimal("min"),
            Max = args.GetDecimal("max"),
            From = SearchCommand.DateOption(args, "from"),
            To = SearchCommand.DateOption(args, "to"),
            Sort = args.GetChoice("sort", "date", "date", "value") == "value" ? FigureSort.Value : FigureSort.Date,
            Limit = SearchCommand.NonNegative(args, "limit", 50),
            Offset = SearchCommand.NonNegative(args, "offset", 0),
        };
        if (query.Min > query.Max) throw new UsageException($"--min {query.Min} is larger than --max {query.Max}");
        using var searcher = SearchCommand.OpenSearcher(args);
        UnknownNames.Warn(searcher, query.Zones, query.Enterprises, context.Error, Name);
        var result = searcher.Figures(query);
        if (args.Has("json"))
        {
            context.Out.WriteLine(ResultJson.Write(ResultJson.ToJson(result, query)));
            return Task.FromResult(0);
        }
        var shown = result.Rows.Count == 0 ? "" : $" (showing {query.Offset + 1}–{query.Offset + result.Rows.Count})";
        context.Out.WriteLine($"{result.Total} figures{shown}");
        foreach (var row in result.Rows)
        {
            context.Out.WriteLine();
            var value = Plain(row.Value) + (row.ValueMax is { } max ? "–" + Plain(max) : "") +
                        (row.Unit.Length > 0 ? " " + row.Unit : "");
            var flags = string.Concat(row.Approx ? ", approx" : "", row.Change ? ", change" : "");
            context.Out.WriteLine($"{row.Text}  = {value} ({row.Kind}{flags})  {row.Metric ?? "(no metric)"}");
            context.Out.WriteLine($"   {row.Published ?? "date unknown"} · {row.Zone ?? "no zone"}" +
                                  (row.Enterprise != null ? " · " + row.Enterprise : "") + $" · {row.ArticleId} {row.Title}");
            if (row.Sentence != null) context.Out.WriteLine($"   {row.Sentence}");
        }
        return Task.FromResult(0);
    }

    /// <summary>500000000000, not 500000000000.0 (stored decimals keep their scale).</summary>
    internal static string Plain(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);
}
