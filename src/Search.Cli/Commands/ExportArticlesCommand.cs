using Pipeline.Cli.Output;
using Pipeline.Cli.Reports;
using Pipeline.Extract.Output;
using Pipeline.Index.Export;

namespace Pipeline.Cli.Commands;

public sealed class ExportArticlesCommand : ICommand
{
    public string Name => "export articles";
    public bool StopsCleanly => true;
    public string Summary => "Write the articles of the index as CSV or Parquet (one row per article, lists joined with '; '), JSON Lines (the full records) " +
                             "or Elasticsearch bulk NDJSON (es-bulk, see docs/scaling.md).";
    public string Usage => "export articles [QUERY] --index DIR --out FILE [--format csv|jsonl|parquet|es-bulk] [--es-index NAME] [--zone Z] [--enterprise E] [--from D] [--to D]";
    public IReadOnlyList<string> Examples => new[]
    {
        "pipeline export articles --index out/index --out out/articles.csv",
        "pipeline export articles 人工智能 --index out/index --zone 苏州工业园区 --from 2021-06 --out ai-suzhou.parquet",
        "pipeline export articles --index out/index --out out/records.jsonl   # the records as 'extract' wrote them",
        "pipeline export articles --index out/index --format es-bulk --out out/articles.ndjson   # for POST /_bulk",
    };
    public IReadOnlyList<OptionSpec> Options => new[]
    {
        new OptionSpec("index", "the index folder (written by 'pipeline index')"),
        new OptionSpec("out", "the file to write (replaced atomically when done; a pipe or device is written into), or - for standard output"),
        new OptionSpec("format", "csv (UTF-8 with BOM, opens in Excel), jsonl (full records), parquet, or es-bulk (an index action and the record per article); by default taken from --out's extension"),
        ProgressReporter.Option,
        new OptionSpec("es-index", "with es-bulk: the index the actions name", Default: ElasticsearchExport.DefaultIndex),
    }.Concat(ExportFilter.ArticleOptions).ToList();

    public async Task<int> RunAsync(CommandContext context)
    {
        var args = context.Args;
        var output = OutputTarget.Of(args.Require("out"));
        var bulk = string.Equals(args.Get("format"), "es-bulk", StringComparison.OrdinalIgnoreCase);
        var format = bulk ? ExportFormat.Jsonl : ExportCommandSupport.Format(args, output, context);
        var filter = ExportFilter.FromArgs(args);
        using var searcher = ExportCommandSupport.OpenIndex(args);
        UnknownNames.Warn(searcher, filter.Zones, filter.Enterprises, context.Error, Name);
        using var progress = ProgressReporter.Start(context, "export articles", "articles");
        var records = ExportCommandSupport.Guard(() => ArticleSource.Read(searcher, filter, progress));
        if (bulk) return await WriteBulkAsync(context, output, records);
        var count = format == ExportFormat.Jsonl
            ? await TableWriter.WriteToAsync(output, context.OpenStandardOutput, format, records.Select(RecordJson.Serialize), context.Cancellation)
            : await TableWriter.WriteToAsync(output, context.OpenStandardOutput, format, records.Select(ArticleExportRow.From), context.Cancellation);
        context.Error.WriteLine($"export articles: {count:N0} articles → {output.Display} ({format.ToString().ToLowerInvariant()})");
        return 0;
    }

    /// <summary>Bulk NDJSON: the records themselves as documents, ids stable, so loading it again updates.</summary>
    private static async Task<int> WriteBulkAsync(CommandContext context, OutputTarget output, IEnumerable<Pipeline.Extract.Model.ArticleRecord> records)
    {
        var index = context.Args.Get("es-index") ?? ElasticsearchExport.DefaultIndex;
        // Checked before writing: the bulk lines are produced lazily, so a bad name would surface only mid-write.
        try
        {
            ElasticsearchExport.ValidateIndexName(index);
        }
        catch (ArgumentException e)
        {
            throw new UsageException("--es-index: " + e.Message);
        }
        var count = await TableWriter.WriteToAsync(output, context.OpenStandardOutput, ExportFormat.Jsonl, ElasticsearchExport.BulkLines(records, index), context.Cancellation) / 2;
        context.Error.WriteLine($"export articles: {count:N0} articles → {output.Display} (es-bulk, index '{index}')");
        return 0;
    }
}
