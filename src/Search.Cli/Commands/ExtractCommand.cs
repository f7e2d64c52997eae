using Pipeline.Extract.Model;
using Pipeline.Extract.Output;

namespace Pipeline.Cli.Commands;

public sealed class ExtractCommand : ICommand
{
    public string Name => "extract";
    public string Summary => "Split page texts, HTML article pages and JSONL articles into article records with zones, enterprises, figures and dates.";
    public string Usage => "extract INPUT... --out FILE.jsonl [--published YYYY-MM-DD]";
    public IReadOnlyList<string> Examples => new[]
    {
        "pipeline extract corpus/pages --out out/records.jsonl",
        "pipeline extract page.txt crawl/articles.jsonl --out records.jsonl --published 2022-08-15",
        "cat page.txt | pipeline extract - --out records.jsonl",
    };
    public IReadOnlyList<OptionSpec> Options => new[]
    {
        new OptionSpec("out", "where to write the records (JSON Lines)"),
        new OptionSpec("published", "publication date anchoring relative dates when the input carries none"),
    };

    public Task<int> RunAsync(CommandContext context)
    {
        var args = context.Args;
        if (args.Positionals.Count == 0) throw new UsageException("give at least one INPUT (file, folder or -)");
        var output = args.Require("out");
        var published = args.GetDate("published")?.ToString("yyyy-MM-dd");
        var extraction = new RecordExtraction(context.Error);
        var written = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var lastReport = TimeSpan.Zero;
        // Records are written as they come, so memory does not grow with the input.
        IEnumerable<ArticleRecord> Counted()
        {
            foreach (var record in extraction.Run(args.Positionals, published, context.In))
            {
                written++;
                if (clock.Elapsed - lastReport > TimeSpan.FromSeconds(2))
                {
                    lastReport = clock.Elapsed;
                    context.Error.WriteLine($"extract: {extraction.Summary.FilesRead} files, {written} articles so far ({clock.Elapsed.TotalSeconds:0}s)");
                }
                yield return record;
            }
        }
        RecordJson.WriteAll(output, Counted());
        var s = extraction.Summary;
        var failed = extraction.Failed;
        var lines = s.LinesRefused > 0 ? $", {s.LinesRefused} JSONL lines refused" : "";
        var failures = failed > 0 ? $", {failed} inputs failed" : "";
        context.Error.WriteLine($"extract: {s.FilesRead} files read, {s.ArticlesFound} articles found, {s.FilesRefused} files refused{lines}{failures} → {output}");
        return Task.FromResult(written == 0 && (s.FilesRefused > 0 || failed > 0) ? 1 : 0);
    }
}
