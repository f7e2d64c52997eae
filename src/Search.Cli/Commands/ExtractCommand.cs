using System.Text;
using Pipeline.Cli.Output;
using Pipeline.Cli.Reports;
using Pipeline.Extract.Output;
using Pipeline.Extract.Pipeline;

namespace Pipeline.Cli.Commands;

public sealed class ExtractCommand : ICommand
{
    public string Name => "extract";
    public bool StopsCleanly => true;
    public string Summary => "Split page texts, HTML article pages and JSONL articles into article records with zones, enterprises, figures and dates.";
    public string Usage => "extract INPUT... --out FILE.jsonl|- [--published YYYY-MM-DD] [--progress]";
    public IReadOnlyList<string> Examples => new[]
    {
        "pipeline extract corpus/pages --out out/records.jsonl",
        "pipeline extract page.txt crawl/articles.jsonl --out records.jsonl --published 2022-08-15",
        "cat page.txt | pipeline extract - --out records.jsonl",
        "pipeline extract corpus/pages --out - | pipeline index - --index out/index",
    };
    public IReadOnlyList<OptionSpec> Options => new[]
    {
        new OptionSpec("out", "where to write the records (JSON Lines): a file (replaced when complete), a pipe, or - for standard output"),
        new OptionSpec("published", "publication date anchoring relative dates when the input carries none"),
        ProgressReporter.Option,
    };

    public async Task<int> RunAsync(CommandContext context)
    {
        var args = context.Args;
        if (args.Positionals.Count == 0) throw new UsageException("give at least one INPUT (file, folder or -)");
        // A mistyped path is caught before anything is written, so it never costs an existing output.
        var missing = args.Positionals.Where(p => p != "-" && !File.Exists(p) && !Directory.Exists(p)).ToList();
        if (missing.Count > 0) throw new UsageException($"no such file or folder: {string.Join(", ", missing)}");
        var output = OutputTarget.Of(args.Require("out"));
        var published = args.GetDate("published")?.ToString("yyyy-MM-dd");
        RecordExtraction extraction;
        using (StageProfile.Measure("start-up (pipeline, loader)")) extraction = new RecordExtraction(context.Error);
        int written;
        try
        {
            using (ProgressReporter.Start(context, Name, "articles", extraction.Progress))
            {
                // Records stream out as they are found: a pipe's reader starts at once, and memory stays flat.
                // A run that finds nothing leaves an existing file as it was.
                written = await output.WriteAsync(context.OpenStandardOutput, async stream =>
                {
                    await using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
                    var count = 0;
                    foreach (var record in extraction.Run(args.Positionals, published, context.In))
                    {
                        context.Cancellation.ThrowIfCancellationRequested();
                        using (StageProfile.Measure("writing JSON")) RecordJson.WriteLine(writer, record);
                        count++;
                    }
                    return count;
                }, keep: count => count > 0);
            }
        }
        catch (OperationCanceledException)
        {
            context.Error.WriteLine($"extract: interrupted after {extraction.Describe()}");
            context.Error.WriteLine(output.Kind == OutputKind.File
                ? $"extract: nothing was written: {output.Display} is as it was{(File.Exists(output.Path) ? "" : " (absent)")}; the same command extracts everything again"
                : $"extract: the records before the interruption went to {output.Display}; the same command extracts everything again");
            return 130;
        }
        context.Error.WriteLine($"extract: {extraction.Describe()} → {output.Display}");
        if (StageProfile.Enabled) StageProfile.Report(context.Error);
        if (written == 0)
        {
            var kept = output.Kind == OutputKind.File
                ? File.Exists(output.Path) ? $"; {output.Display} was left as it was" : $"; {output.Display} was not created"
                : "";
            context.Error.WriteLine($"extract: no articles found in the inputs{kept}; the exit status is 1");
            return 1;
        }
        if (extraction.SkippedAny)
        {
            context.Error.WriteLine($"extract: {written} records written; the inputs reported above were skipped, so the exit status is 1");
            return 1;
        }
        return 0;
    }
}
