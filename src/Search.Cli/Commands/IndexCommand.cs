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
    public bool StopsCleanly => true;
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
        {
            if (Directory.Exists(file))
                throw new UsageException($"{file} is a folder; index reads records files (JSON Lines written by 'pipeline extract'). " +
                                         $"For the pages in it: pipeline extract {file} --out - | pipeline index - --index {path}");
            if (file != "-" && !File.Exists(file)) throw new UsageException($"no such records file: {file}");
        }

        var clock = Stopwatch.StartNew();
        var reader = new RecordLines(context.Error, context.In, context.Cancellation);
        int indexed;
        int total;
        using (WriterLock.Acquire(path))
        using (ProgressReporter.Start(context, Name, "records", () => new ProgressState(reader.Files, reader.Records, reader.Bytes, Current: reader.Current)))
        using (var index = ArticleIndex.Open(path))
        {
            index.CommitEvery = commitEvery;
            indexed = index.Update(args.Positionals.SelectMany(reader.Read));
            total = index.Count;
        }
        var seconds = Math.Max(clock.Elapsed.TotalSeconds, 1e-3);
        context.Error.WriteLine($"index: {indexed} records indexed in {seconds:F1} s ({indexed / seconds:F0} articles/s); {path} holds {total} articles");
        if (context.Cancellation.IsCancellationRequested)
        {
            context.Error.WriteLine($"index: interrupted in {reader.Current} after {reader.Records} records; those are committed. " +
                                    "The same command indexes the rest (an id indexed again replaces its article)");
            return Task.FromResult(130);
        }
        if (reader.Skipped > 0 || reader.FilesRefused > 0)
        {
            var what = new List<string>();
            if (reader.FilesRefused > 0) what.Add($"{reader.FilesRefused} files refused");
            if (reader.Skipped > 0) what.Add($"{reader.Skipped} malformed lines skipped");
            context.Error.WriteLine($"index: {string.Join(", ", what)} (listed above); the exit status is 1");
            return Task.FromResult(1);
        }
        return Task.FromResult(0);
    }

    /// <summary>Records from JSON Lines files or standard input. A line that is not a record is reported with its file
    /// and line number and skipped, as 'extract' does with its inputs; every good line is indexed. A file that is no
    /// records at all (a page text, a binary file, the crawler's articles.jsonl, an empty file) is refused whole, with
    /// what to run instead, rather than line by line. Cancellation ends the reading; what was read is committed.</summary>
    private sealed class RecordLines(TextWriter error, TextReader stdin, CancellationToken cancellation)
    {
        /// <summary>Malformed lines listed per file; the rest are counted.</summary>
        private const int ListedPerFile = 10;

        public int Files { get; private set; }
        public long Records { get; private set; }
        public long Bytes { get; private set; }
        public int Skipped { get; private set; }
        public int FilesRefused { get; private set; }
        public string? Current { get; private set; }

        public IEnumerable<ArticleRecord> Read(string file)
        {
            if (cancellation.IsCancellationRequested) yield break;
            Current = file == "-" ? "standard input" : file;
            Files++;
            using var reader = file == "-" ? null : new StreamReader(file, new UTF8Encoding(false));
            var input = reader ?? stdin;
            var number = 0;
            var skippedHere = 0;
            var first = true;
            while (!cancellation.IsCancellationRequested && input.ReadLine() is { } line)
            {
                number++;
                Bytes += Encoding.UTF8.GetByteCount(line) + 1;
                if (line.Trim().Length == 0) continue;
                if (first)
                {
                    first = false;
                    if (NotRecords(line) is { } why)
                    {
                        FilesRefused++;
                        error.WriteLine($"refused: {Current}: {why}");
                        yield break;
                    }
                }
                ArticleRecord record;
                try
                {
                    record = RecordJson.Deserialize(line);
                    if (string.IsNullOrWhiteSpace(record.Id)) throw new InvalidDataException("the record has no id");
                }
                catch (Exception e) when (e is Newtonsoft.Json.JsonException or InvalidDataException or FormatException or ArgumentException)
                {
                    Skipped++;
                    if (++skippedHere <= ListedPerFile)
                        error.WriteLine($"skipped: {Current}:{number}: not an article record: {ErrorText.OneLine(e.Message, 200)}");
                    continue;
                }
                Records++;
                yield return record;
            }
            if (skippedHere > ListedPerFile) error.WriteLine($"skipped: {Current}: {skippedHere - ListedPerFile} more malformed lines not listed");
            if (first && !cancellation.IsCancellationRequested)
            {
                FilesRefused++;
                error.WriteLine($"refused: {Current}: empty, no records in it");
            }
        }

        /// <summary>Why a file whose first line is <paramref name="line"/> holds no records at all, or null.</summary>
        private static string? NotRecords(string line)
        {
            const string extractFirst = "page texts, HTML pages and the crawler's articles.jsonl go through 'pipeline extract FILE --out records.jsonl' first";
            if (line.Any(c => c < ' ' && c != '\t'))
                return "a binary file, not JSON Lines records";
            if (!line.TrimStart().StartsWith('{'))
                return $"not JSON Lines records (line 1 is not a JSON object); {extractFirst}";
            try
            {
                var o = Newtonsoft.Json.Linq.JObject.Parse(line);
                // Every record 'extract' writes has these; the crawler's articles have none of them.
                if (o["zones"] == null && o["figures"] == null && o["enterprises"] == null)
                    return $"these are articles not yet extracted (no zones, enterprises or figures: the crawler's output?); {extractFirst}";
            }
            catch (Newtonsoft.Json.JsonException)
            {
                // A broken first line is reported as a line, like the others.
            }
            return null;
        }
    }

    /// <summary>One writer per index folder at a time: Lucene's own lock file does not keep a second process out on every
    /// system, and two writers lose one another's commits. Held (an exclusive lock on a file in the folder) until disposed;
    /// the system releases it when the process ends however it ends.</summary>
    internal static class WriterLock
    {
        public const string FileName = "pipeline-writer.lock";

        public static IDisposable Acquire(string indexPath)
        {
            var path = Path.Combine(indexPath, FileName);
            try
            {
                Directory.CreateDirectory(indexPath);
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (UnauthorizedAccessException e)
            {
                throw new IOException($"cannot write the index at {indexPath}: permission denied (the folder or its parent is not writable); " +
                                      "give another --index, or make it writable", e);
            }
            catch (IOException e) when (e is not FileNotFoundException and not DirectoryNotFoundException)
            {
                throw new IOException($"the index at {indexPath} is being written by another 'pipeline index' (or another program); " +
                                      "wait for it to finish, then run this again", e);
            }
        }
    }
}
