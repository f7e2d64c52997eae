using System.Diagnostics;
using Pipeline.Extract.Model;
using Pipeline.Extract.Output;
using Pipeline.Index;

namespace Pipeline.Cli.Commands;

public sealed class IndexCommand : ICommand
{
    public string Name => "index";
    public string Summary => "Build or update the full-text index from article records; re-indexing an id replaces the article.";
    public string Usage => "index RECORDS.jsonl... --index DIR [--commit-every N]";
    public IReadOnlyList<string> Examples => new[]
    {
        "pipeline index out/records.jsonl --index out/index",
        "pipeline index day1.jsonl day2.jsonl --index out/index --commit-every 5000",
    };
    public IReadOnlyList<OptionSpec> Options => new[]
    {
        new OptionSpec("index", "the index folder (created when missing)"),
        new OptionSpec("commit-every", "records between commits: what a killed run can lose (a re-run completes it)", Default: "20000"),
    };

    public Task<int> RunAsync(CommandContext context)
    {
        var args = context.Args;
        if (args.Positionals.Count == 0) throw new UsageException("give at least one RECORDS.jsonl (as written by 'pipeline extract')");
        var path = args.Require("index");
        var commitEvery = args.GetInt("commit-every", 20_000);
        if (commitEvery < 1) throw new UsageException("--commit-every must be at least 1");
        foreach (var file in args.Positionals)
            if (!File.Exists(file)) throw new UsageException($"no such records file: {file}");

        var clock = Stopwatch.StartNew();
        int indexed;
        int total;
        using (var index = ArticleIndex.Open(path))
        {
            index.CommitEvery = commitEvery;
            var progress = new SynchronousProgress(n => context.Error.WriteLine($"index: {n} records…"), every: 10_000);
            indexed = index.Update(Read(args.Positionals), progress);
            total = index.Count;
        }
        var seconds = Math.Max(clock.Elapsed.TotalSeconds, 1e-3);
        context.Error.WriteLine($"index: {indexed} records indexed in {seconds:F1} s ({indexed / seconds:F0} articles/s); {path} holds {total} articles");
        return Task.FromResult(0);
    }

    private static IEnumerable<ArticleRecord> Read(IEnumerable<string> files) => files.SelectMany(RecordJson.ReadAll);

    /// <summary>Reports on the calling thread (Progress&lt;T&gt; would post to the thread pool, out of order).</summary>
    private sealed class SynchronousProgress(Action<int> report, int every) : IProgress<int>
    {
        private int _last;

        public void Report(int value)
        {
            if (value / every == _last / every) return;
            _last = value;
            report(value);
        }
    }
}
