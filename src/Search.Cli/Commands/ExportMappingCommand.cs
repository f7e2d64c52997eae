using Pipeline.Index.Export;

namespace Pipeline.Cli.Commands;

public sealed class ExportMappingCommand : ICommand
{
    public string Name => "export mapping";
    public string Summary => "Write the Elasticsearch/OpenSearch index template for 'export articles --format es-bulk': " +
                             "SmartCn and bigram analyzers, keyword facets, dates, nested figures (docs/scaling.md).";
    public string Usage => "export mapping [--out FILE] [--es-index NAME] [--shards N] [--replicas N]";
    public IReadOnlyList<string> Examples => new[]
    {
        "pipeline export mapping --out mapping.json",
        "pipeline export mapping --es-index news --shards 3 --out news-template.json",
    };
    public IReadOnlyList<OptionSpec> Options => new[]
    {
        new OptionSpec("out", "the file to write", Default: "standard output"),
        new OptionSpec("es-index", "the index name the template applies to (and NAME-*)", Default: ElasticsearchExport.DefaultIndex),
        new OptionSpec("shards", "primary shards", Default: "1"),
        new OptionSpec("replicas", "replicas of each shard", Default: "1"),
    };

    public Task<int> RunAsync(CommandContext context)
    {
        var args = context.Args;
        var shards = args.GetInt("shards", 1);
        var replicas = args.GetInt("replicas", 1);
        if (shards < 1) throw new UsageException("--shards must be at least 1");
        if (replicas < 0) throw new UsageException("--replicas must not be negative");
        string template;
        try
        {
            template = ElasticsearchExport.IndexTemplate(args.Get("es-index") ?? ElasticsearchExport.DefaultIndex, shards, replicas);
        }
        catch (ArgumentException e)
        {
            throw new UsageException("--es-index: " + e.Message);
        }
        var output = args.Get("out");
        if (output == null)
        {
            context.Out.WriteLine(template);
            return Task.FromResult(0);
        }
        var full = Path.GetFullPath(output);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full + ".tmp", template + "\n", new System.Text.UTF8Encoding(false));
        File.Move(full + ".tmp", full, overwrite: true);
        context.Error.WriteLine($"export mapping: index template for '{args.Get("es-index") ?? ElasticsearchExport.DefaultIndex}' → {output}");
        return Task.FromResult(0);
    }
}
