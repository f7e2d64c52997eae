using Pipeline.Cli.Output;
using Pipeline.Cli.Reports;
using Pipeline.Index;

namespace Pipeline.Cli.Commands;

public sealed class ExportFiguresCommand : ICommand
{
    public string Name => "export figures";
    public bool StopsCleanly => true;
    public string Summary => "Write the figures of the index (value, unit, metric, zone, enterprise, sentence, article) as CSV, JSON Lines or Parquet, one row per figure.";
    public string Usage => "export figures [QUERY] --index DIR --out FILE [--format csv|jsonl|parquet] [--zone Z] [--enterprise E] [--from D] [--to D] [--subject S] [--indicator I] [--period P] [--target|--no-target] [--metric M] [--unit U] [--kind K] [--min N] [--max N]";
    public IReadOnlyList<string> Examples => new[]
    {
        "pipeline export figures --index out/index --out out/figures.csv",
        "pipeline export figures --index out/index --zone 东湖高新区 --out - | head",
        "pipeline export figures --index out/index --zone 东湖高新区 --unit 元 --from 2022 --format parquet --out donghu-money.parquet",
        "pipeline export figures 集成电路 --index out/index --metric 产值 --min 1e8 --out ic.jsonl",
    };
    public IReadOnlyList<OptionSpec> Options => new[]
    {
        new OptionSpec("index", "the index folder (written by 'pipeline index')"),
        new OptionSpec("out", "the file to write (replaced atomically when done; a pipe or device is written into), or - for standard output"),
        new OptionSpec("format", "csv (UTF-8 with BOM, opens in Excel), jsonl or parquet (typed columns); by default taken from --out's extension"),
        ProgressReporter.Option,
    }.Concat(ExportFilter.ArticleOptions).Concat(ExportFilter.FigureOptions).ToList();

    public async Task<int> RunAsync(CommandContext context)
    {
        var args = context.Args;
        var output = OutputTarget.Of(args.Require("out"));
        var format = ExportCommandSupport.Format(args, output, context);
        var filter = ExportFilter.FromArgs(args);
        UnknownNames.CheckIndicators(filter.Indicators);
        using var searcher = ExportCommandSupport.OpenIndex(args);
        UnknownNames.Warn(searcher, filter.Zones, filter.Enterprises, context.Error, Name);
        UnknownNames.WarnSubjects(searcher, filter.Subjects, context.Error, Name);
        using var progress = ProgressReporter.Start(context, "export figures", "articles");
        var rows = ExportCommandSupport.Guard(() => FigureSource.Read(searcher, filter, progress).Select(FigureExportRow.From));
        var count = await TableWriter.WriteToAsync(output, context.OpenStandardOutput, format, rows, context.Cancellation);
        context.Error.WriteLine($"export figures: {count:N0} figures → {output.Display} ({format.ToString().ToLowerInvariant()})");
        if (count == 0 && EmptyResult.ForFigures(searcher, filter) is { } hint) context.Error.WriteLine($"export figures: {hint}");
        return 0;
    }
}

/// <summary>What the export commands share: opening the index, the format, and user errors from the index.</summary>
internal static class ExportCommandSupport
{
    public static ArticleSearcher OpenIndex(ParsedArgs args) => SearchCommand.OpenSearcher(args);

    /// <summary>--format, else the output's extension; standard output and pipes are CSV unless told otherwise.
    /// Parquet is binary and is not written to a terminal.</summary>
    public static ExportFormat Format(ParsedArgs args, OutputTarget output, CommandContext context)
    {
        var format = args.Get("format") is { } given ? TableWriter.ParseFormat(given)
            : TableWriter.FormatOf(output.Given)
              ?? (output.Kind == OutputKind.File
                  ? throw new UsageException($"cannot tell the format from '{output.Given}': give --format csv|jsonl|parquet")
                  : ExportFormat.Csv);
        if (format == ExportFormat.Parquet && output.IsStandardOutput && context.StandardOutput != null && !Console.IsOutputRedirected)
            throw new UsageException("Parquet is binary: redirect standard output to a file or a pipe, or give --out FILE.parquet");
        return format;
    }

    /// <summary>A query or filter the index refuses is the user's error, reported as such even mid-stream.</summary>
    public static IEnumerable<T> Guard<T>(Func<IEnumerable<T>> rows)
    {
        IEnumerator<T> e;
        try
        {
            e = rows().GetEnumerator();
        }
        catch (Exception ex) when (ex is QuerySyntaxException or ArgumentException)
        {
            throw new UsageException(ex.Message);
        }
        using (e)
        {
            while (true)
            {
                try
                {
                    if (!e.MoveNext()) yield break;
                }
                catch (Exception ex) when (ex is QuerySyntaxException or ArgumentException)
                {
                    throw new UsageException(ex.Message);
                }
                yield return e.Current;
            }
        }
    }
}
