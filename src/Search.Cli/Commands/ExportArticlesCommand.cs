using Pipeline.Cli.Output;
using Pipeline.Cli.Reports;
using Pipeline.Extract.Output;

namespace Pipeline.Cli.Commands;

public sealed class ExportArticlesCommand : ICommand
{
    public string Name => "export articles";
    public string Summary => "Write the articles of the index as CSV or Parquet (one row per article, lists joined with '; ') or JSON Lines (the full records).";
    public string Usage => "export articles [QUERY] --index DIR --out FILE [--format csv|jsonl|parquet] [--zone Z] [--enterprise E] [--from D] [--to D]";
    public IReadOnlyList<string> Examples => new[]
    {
        "pipeline export articles --index out/index --out out/articles.csv",
        "pipeline export articles 人工智能 --index out/index --zone 苏州工业园区 --from 2021-06 --out ai-suzhou.parquet",
        "pipeline export articles --index out/index --out out/records.jsonl   # the records as 'extract' wrote them",
    };
    public IReadOnlyList<OptionSpec> Options => new[]
    {
        new OptionSpec("index", "the index folder (written by 'pipeline index')"),
        new OptionSpec("out", "the file to write (replaced atomically when done; a pipe or device is written into), or - for standard output"),
        new OptionSpec("format", "csv (UTF-8 with BOM, opens in Excel), jsonl (full records) or parquet; by default taken from --out's extension"),
        ProgressReporter.Option,
    }.Concat(ExportFilter.ArticleOptions).ToList();

    public async Task<int> RunAsync(CommandContext context)
    {
        var args = context.Args;
        var output = OutputTarget.Of(args.Require("out"));
        var format = ExportCommandSupport.Format(args, output, context);
        var filter = ExportFilter.FromArgs(args);
        using var searcher = ExportCommandSupport.OpenIndex(args);
        UnknownNames.Warn(searcher, filter.Zones, filter.Enterprises, context.Error, Name);
        using var progress = ProgressReporter.Start(context, "export articles", "articles");
        var records = ExportCommandSupport.Guard(() => ArticleSource.Read(searcher, filter, progress));
        var count = format == ExportFormat.Jsonl
            ? await TableWriter.WriteToAsync(output, context.OpenStandardOutput, format, records.Select(RecordJson.Serialize))
            : await TableWriter.WriteToAsync(output, context.OpenStandardOutput, format, records.Select(ArticleExportRow.From));
        context.Error.WriteLine($"export articles: {count:N0} articles → {output.Display} ({format.ToString().ToLowerInvariant()})");
        return 0;
    }
}
