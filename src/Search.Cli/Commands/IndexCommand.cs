using System.Diagnostics;
using System.Text;
using Pipeline.Cli.Reports;
using Pipeline.Extract.Model;
using Pipeline.Extract.Output;
using Pipeline.Index;

namespace Pipeline.Cli.Commands;

public sealed class IndexCommand : ICommand
{
    public string Name => "index";
    public string Summary => "Build or update the full-text index from article records; re-indexing an id replaces the article.";
    public string Usage => "index RECORDS.jsonl...|- --index DIR [--commit-every N] [--progress]";
    public IReadOnlyList<string> Examples => new[]
    {
        "pipeline index out/records.jsonl --index out/index",
        "pipeline index day1.jsonl day2.jsonl --index out/index --commit-every 5000",
        "pipeline extract corpus/pages --out - | pipeline index - --index out/index",
    };
    public IReadOnlyList<OptionSpec> Options => new[]
    {
        new OptionSpec("index", "the index folder (created when missing)"),
        new OptionSpec("commit-every", "records between commits: what a killed run can lose (a re-run completes it)", Default: "20000"),
        ProgressReporter.Option,
    };

    public Task<int> RunAsync(CommandContext context)
    {
        var args = context.Args;
        if (args.Positionals.Count == 0) throw new UsageException("give at least one RECORDS.jsonl (as written by 'pipeline extract'), or - for standard input");
        var path = args.Require("index");
        var commitEvery = args.GetInt("commit-every", 20_000);
        if (commitEvery < 1) throw new UsageException("--commit-every must be at least 1");
        foreach (var file in args.Positionals)
            if (file != "-" && !File.Exists(file)) throw new UsageException($"no such records file: {file}");

        var clock = Stopwatch.StartNew();
        var reader = new RecordLines(context.Error, context.In);
        int indexed;
        int total;
        using (ProgressReporter.Start(context, Name, "records", () => new ProgressState(reader.Files, reader.Records, reader.Bytes, Current: reader.Current)))
        using (var index = ArticleIndex.Open(path))
        {
            index.CommitEvery = commitEvery;
            indexed = index.Update(args.Positionals.SelectMany(reader.Read));
            total = index.Count;
        }
        var seconds = Math.Max(clock.Elapsed.TotalSeconds, 1e-3);
        context.Error.WriteLine($"index: {indexed} records indexed in {seconds:F1} s ({indexed / seconds:F0} articles/s); {path} holds {total} articles");
        if (reader.Skipped > 0)
        {
            context.Error.WriteLine($"index: {reader.Skipped} malformed lines skipped (listed above); the exit status is 1");
            return Task.FromResult(1);
        }
        return Task.FromResult(0);
    }

    /// <summary>Records from JSON Lines files or standard input. A line that is not a record is reported with its file
    /// and line number and skipped, as 'extract' does with its inputs; every good line is indexed.</summary>
    private sealed class RecordLines(TextWriter error, TextReader stdin)
    {
        public int Files { get; private set; }
        public long Records { get; private set; }
        public long Bytes { get; private set; }
        public int Skipped { get; private set; }
        public string? Current { get; private set; }

        public IEnumerable<ArticleRecord> Read(string file)
        {
            Current = file == "-" ? "standard input" : file;
            Files++;
            using var reader = file == "-" ? null : new StreamReader(file, new UTF8Encoding(false));
            var input = reader ?? stdin;
            var number = 0;
            while (input.ReadLine() is { } line)
            {
                number++;
                Bytes += Encoding.UTF8.GetByteCount(line) + 1;
                if (line.Trim().Length == 0) continue;
                ArticleRecord record;
                try
                {
                    record = RecordJson.Deserialize(line);
                    if (string.IsNullOrWhiteSpace(record.Id)) throw new InvalidDataException("the record has no id");
                }
                catch (Exception e) when (e is Newtonsoft.Json.JsonException or InvalidDataException or FormatException or ArgumentException)
                {
                    Skipped++;
                    error.WriteLine($"skipped: {Current}:{number}: not an article record: {ErrorText.OneLine(e.Message, 200)}");
                    continue;
                }
                Records++;
                yield return record;
            }
        }
    }
}
