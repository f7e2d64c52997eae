using System.Globalization;
using Pipeline.Cli.Reports;
using Pipeline.Index;

namespace Pipeline.Cli.Commands;

public sealed class FiguresCommand : ICommand
{
    public string Name => "figures";
    public bool StopsCleanly => true;
    public string Summary => "List indexed figures (amounts, rates, counts) with who, what and when (subject, indicator, period), or the tidy table of them (--table).";
    public string Usage => "figures --index DIR [--zone Z] [--enterprise E] [--subject S] [--indicator I] [--period P] [--target|--no-target] " +
                           "[--metric M] [--unit U] [--kind K] [--min X] [--max Y] [--from D] [--to D] [--sort date|value] [--limit N] [--offset N] [--json] " +
                           "[--table [--out FILE] [--format csv|jsonl|parquet]]";
    public IReadOnlyList<string> Examples => new[]
    {
        "pipeline figures --index out/index --zone 东湖高新区 --metric 产值 --unit 元",
        "pipeline figures --index out/index --unit 元 --min 1e10 --from 2022 --sort value --json",
        "pipeline figures --index out/index --kind percent --metric 增长",
        "pipeline figures --index out/index --subject 成都高新区 --indicator revenue --no-target",
        "pipeline figures --index out/index --indicator gdp --period 2021 --table --out gdp-2021.csv",
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
        new OptionSpec("limit", "rows to show (with --table: every row unless given; --out always writes every row)", Default: "50"),
        new OptionSpec("offset", "rows to skip", Default: "0"),
        new OptionSpec("json", "print the rows as JSON (see docs/search.md)", TakesValue: false),
        new OptionSpec("table", "the tidy table instead of the figures: one row per subject × indicator × period, with value, change, " +
                                "the articles as evidence and a conflict flag (docs/search.md)", TakesValue: false),
        new OptionSpec("out", "with --table: write the table to this file instead of printing it"),
        new OptionSpec("format", "with --table: csv, jsonl or parquet; by default taken from --out's extension; without --out, written to standard output"),
    }.Concat(ExportFilter.FigureOptions.Where(o => o.Name is "subject" or "indicator" or "period" or "target" or "no-target")).ToList();

    public Task<int> RunAsync(CommandContext context)
    {
        var args = context.Args;
        if (args.Has("kind")) args.GetChoice("kind", "other", "money", "percent", "count", "measure", "duration", "ratio", "other");
        var filter = ExportFilter.FromArgs(args);
        var query = filter.ToFigureQuery(SearchCommand.NonNegative(args, "limit", 50), SearchCommand.NonNegative(args, "offset", 0),
            args.GetChoice("sort", "date", "date", "value") == "value" ? FigureSort.Value : FigureSort.Date);
        if (query.Min > query.Max) throw new UsageException($"--min {query.Min} is larger than --max {query.Max}");
        if (!args.Has("table") && (args.Has("out") || args.Has("format"))) throw new UsageException("--out and --format go with --table (use 'export figures' for the figures)");
        UnknownNames.CheckIndicators(filter.Indicators);
        using var searcher = SearchCommand.OpenSearcher(args);
        UnknownNames.Warn(searcher, query.Zones, query.Enterprises, context.Error, Name);
        UnknownNames.WarnSubjects(searcher, filter.Subjects, context.Error, Name);
        if (args.Has("table")) return Task.FromResult(Table(context, searcher, filter));
        var result = searcher.Figures(query);
        if (args.Has("json"))
        {
            context.Out.WriteLine(ResultJson.Write(ResultJson.ToJson(result, query)));
            return Task.FromResult(0);
        }
        var shown = result.Rows.Count == 0 ? "" : $" (showing {query.Offset + 1}–{query.Offset + result.Rows.Count})";
        context.Out.WriteLine($"{result.Total} figures{shown}");
        if (result.Total == 0 && EmptyResult.ForFigures(searcher, filter) is { } hint) context.Out.WriteLine(hint);
        foreach (var row in result.Rows)
        {
            context.Out.WriteLine();
            var value = Plain(row.Value) + (row.ValueMax is { } max ? "–" + Plain(max) : "") +
                        (row.Unit.Length > 0 ? " " + row.Unit : "");
            var flags = string.Concat(row.Approx ? ", approx" : "", row.Change ? ", change" + (row.ChangeKind is { } k ? " " + k : "") : "",
                row.Target ? ", target" : "");
            var what = (row.Metric ?? "(no metric)") + (row.Indicator is { } key ? $" [{key}]" : "") +
                       (row.Of is { } of && of != row.Metric ? $" of {of}" : "") + (row.ShareOf is { } whole ? $" share of {whole}" : "");
            context.Out.WriteLine($"{row.Text}  = {value} ({row.Kind}{flags})  {what}");
            var period = row.Period == null ? "no period" : row.PeriodEnd == null ? row.Period : $"{row.Period}..{row.PeriodEnd}";
            context.Out.WriteLine($"   {row.Subject ?? "no subject"}" + (row.SubjectKind is { } sk ? $" ({sk})" : "") + $" · {period}" +
                                  $" · published {row.Published ?? "unknown"} · {row.ArticleId} {row.Title}");
            if (row.Sentence != null) context.Out.WriteLine($"   {row.Sentence}");
        }
        return Task.FromResult(0);
    }

    /// <summary>The tidy table of every figure the filters select (not only --limit of them), printed or written.</summary>
    private static int Table(CommandContext context, ArticleSearcher searcher, ExportFilter filter)
    {
        var rows = FactTable.Build(FigureSource.Read(searcher, filter, cancellation: context.Cancellation));
        var args = context.Args;
        // --format alone writes the table in that format to standard output rather than being ignored.
        if ((args.Get("out") ?? (args.Has("format") ? Pipeline.Cli.Output.OutputTarget.StandardOutputName : null)) is { } given)
        {
            var output = Pipeline.Cli.Output.OutputTarget.Of(given);
            var format = ExportCommandSupport.Format(args, output, context);
            var count = TableWriter.WriteToAsync(output, context.OpenStandardOutput, format, rows, context.Cancellation).GetAwaiter().GetResult();
            context.Error.WriteLine($"figures: {count:N0} table rows → {output.Display} ({format.ToString().ToLowerInvariant()})");
            if (count == 0 && EmptyResult.ForFigures(searcher, filter) is { } empty) context.Error.WriteLine($"figures: {empty}");
            return 0;
        }
        // Shown, the table is paged only when asked (--limit/--offset); a file gets every row.
        var shown = args.Has("limit") || args.Has("offset")
            ? rows.Skip(SearchCommand.NonNegative(args, "offset", 0)).Take(SearchCommand.NonNegative(args, "limit", 50)).ToList()
            : rows;
        if (args.Has("json"))
        {
            foreach (var row in shown) context.Out.WriteLine(System.Text.Json.JsonSerializer.Serialize(row, TableJson));
            return 0;
        }
        var paged = shown.Count < rows.Count ? $", showing {shown.Count} from row {SearchCommand.NonNegative(args, "offset", 0) + 1}" : "";
        context.Out.WriteLine($"{rows.Count} rows ({rows.Count(r => r.Conflict)} with conflicting reports{paged})");
        if (rows.Count == 0 && EmptyResult.ForFigures(searcher, filter) is { } hint) context.Out.WriteLine(hint);
        context.Out.Write(FactTable.ToText(shown));
        return 0;
    }

    private static readonly System.Text.Json.JsonSerializerOptions TableJson = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>500000000000, not 500000000000.0 (stored decimals keep their scale).</summary>
    internal static string Plain(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);
}
