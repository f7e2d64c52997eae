using System.Diagnostics;
using System.Globalization;
using System.Text;
using Newtonsoft.Json;

namespace Pipeline.Cli.Commands;

/// <summary>Whole-process extraction throughput against python jieba's segmentation alone, on the same
/// real page texts, in the same run; plus the rate as the input grows (many files and one concatenated
/// file) and, on request, peak memory on one very large page file and one very large JSONL file.</summary>
public sealed class BenchExtractCommand : ICommand
{
    public string Name => "bench extract";
    public string Summary => "Benchmark `pipeline extract` (whole process) against python jieba's segmentation of the same page texts, and its linearity and memory.";
    public string Usage => "bench extract [--copies N] [--rounds N] [--python PATH|none] [--reference PROGRAM] [--seeds DIR] [--linearity 1,4,16] [--big-page-mb N] [--big-jsonl-mb N]";
    public IReadOnlyList<string> Examples => new[]
    {
        "pipeline bench extract",
        "pipeline bench extract --copies 40 --rounds 3",
        "pipeline bench extract --copies 5 --reference ../base-bin/pipeline",
        "pipeline bench extract --big-page-mb 50 --big-jsonl-mb 500",
    };
    public IReadOnlyList<OptionSpec> Options => new[]
    {
        new OptionSpec("copies", "copies of the real pages (seeds + corpus pages) in the side-by-side run", Default: "20"),
        new OptionSpec("rounds", "alternating project/python runs; the best of each is reported", Default: "2"),
        new OptionSpec("python", "python interpreter with jieba, or 'none' to skip it", Default: "/usr/bin/python3"),
        new OptionSpec("reference", "another build of pipeline (e.g. the tree before a change) run alternately on the same input: its rates, the ratios, and whether its output is the same", Default: "none"),
        new OptionSpec("seeds", "folder of real page texts", Default: "../shared/corpus/seeds beside the repository"),
        new OptionSpec("linearity", "input sizes (multiples of the real pages) for the linearity rows, comma-separated; 0 to skip them", Default: "1,4,16"),
        new OptionSpec("big-page-mb", "also extract one concatenated page-text file of this many MB and report peak memory", Default: "0 (skip)"),
        new OptionSpec("big-jsonl-mb", "also extract one JSONL file of this many MB and report peak memory", Default: "0 (skip)"),
    };

    private const double MB = 1024 * 1024;

    public Task<int> RunAsync(CommandContext context)
    {
        var args = context.Args;
        var output = context.Out;
        var copies = args.GetInt("copies", 20);
        var rounds = args.GetInt("rounds", 2);
        if (copies < 1 || rounds < 1) throw new UsageException("--copies and --rounds must be at least 1");
        var python = args.Get("python") ?? "/usr/bin/python3";
        var referencePath = args.Get("reference");
        if (referencePath != null && !File.Exists(referencePath)) throw new UsageException($"no such program: {referencePath}");
        var reference = referencePath == null ? null : new List<string> { Path.GetFullPath(referencePath) };
        var root = RepositoryRoot() ?? throw new UsageException("run inside the repository (Pipeline.sln not found above the current folder)");
        var seeds = args.Get("seeds") ?? Path.GetFullPath(Path.Combine(root, "..", "shared", "corpus", "seeds"));
        var pages = RealPages(root, seeds);
        if (pages.Count == 0) throw new UsageException($"no page texts found in {seeds} or {root}/corpus");
        var unitMb = pages.Sum(p => p.Bytes.Length) / MB;

        var work = Directory.CreateTempSubdirectory("bench-extract-");
        try
        {
            output.WriteLine($"input: {pages.Count} real page texts ({unitMb:F2} MB: {seeds} and corpus/ pages); machine: {Environment.ProcessorCount} cores, load {LoadAverage()}");
            var project = ChildProcess.ThisProgram();

            // Side by side: the same folder for both, runs alternated so both see the same load.
            var main = WritePages(work.FullName, "main", pages, copies);
            var mainMb = unitMb * copies;
            output.WriteLine($"side by side: {pages.Count * copies} files, {mainMb:F1} MB, {rounds} alternating rounds, best of each");
            Run? best = null, bestPython = null, bestReference = null;
            var articles = 0;
            var sameOutput = true;
            for (var round = 0; round < rounds; round++)
            {
                var projectOut = Path.Combine(work.FullName, "main.jsonl");
                var run = RunProject(project, main, projectOut, out articles, keep: reference != null);
                if (best == null || run.Wall < best.Wall) best = run;
                if (reference != null)
                {
                    var referenceOut = Path.Combine(work.FullName, "reference.jsonl");
                    var referenceRun = RunProject(reference, main, referenceOut, out _, keep: true);
                    if (bestReference == null || referenceRun.Wall < bestReference.Wall) bestReference = referenceRun;
                    sameOutput &= SameBytes(projectOut, referenceOut);
                    File.Delete(projectOut);
                    File.Delete(referenceOut);
                }
                if (python == "none") continue;
                var py = RunPython(python, main, context.Error);
                if (py == null) { python = "none"; continue; }
                if (bestPython == null || py.Wall < bestPython.Wall) bestPython = py;
            }
            if (best == null) throw new InvalidOperationException("no rounds ran");
            output.WriteLine(Row("pipeline extract", mainMb, best) + PerArticle(articles, best));
            if (bestReference != null)
            {
                output.WriteLine(Row("reference extract", mainMb, bestReference) + PerArticle(articles, bestReference));
                output.WriteLine($"ratio extract/reference: {bestReference.Wall / best.Wall:F2}x wall, {bestReference.Cpu / best.Cpu:F2}x CPU; output {(sameOutput ? "byte-identical" : "DIFFERS")} ({referencePath})");
            }
            if (bestPython != null)
            {
                output.WriteLine(Row("python jieba lcut alone", mainMb, bestPython));
                output.WriteLine($"ratio extract/python jieba: {bestPython.Wall / best.Wall:F2}x wall, {bestPython.Cpu / best.Cpu:F2}x CPU (goal: ≥ 2x wall)");
                if (bestReference != null)
                    output.WriteLine($"ratio reference/python jieba: {bestPython.Wall / bestReference.Wall:F2}x wall, {bestPython.Cpu / bestReference.Cpu:F2}x CPU");
            }
            else output.WriteLine("python jieba: skipped (--python none, or no jieba for that interpreter)");

            // Linearity: the rate should not fall as the input grows, in many files or in one.
            var factors = (args.Get("linearity") ?? "1,4,16").Split(',').Select(f => int.TryParse(f, out var n) && n >= 0 ? n
                : throw new UsageException($"--linearity takes whole numbers, not '{f}'")).Where(n => n > 0).ToList();
            if (factors.Count > 0) output.WriteLine("linearity (MB/s wall; CPU-seconds per MB):");
            foreach (var factor in factors)
            {
                var folder = WritePages(work.FullName, $"x{factor}", pages, factor);
                var files = RunProject(project, folder, Path.Combine(work.FullName, $"x{factor}.jsonl"), out var n);
                var concatenated = Path.Combine(work.FullName, $"x{factor}.txt");
                WriteConcatenated(concatenated, pages, factor);
                var one = RunProject(project, concatenated, Path.Combine(work.FullName, $"x{factor}-one.jsonl"), out var m);
                var mb = unitMb * factor;
                output.WriteLine($"  {factor,2}x {mb,6:F1} MB  separate files: {mb / files.Wall.TotalSeconds,6:F2} MB/s, {files.Cpu.TotalSeconds / mb,5:F2} CPU-s/MB, {n,5} articles, peak {files.PeakMb,4:F0} MB"
                    + $"   one file: {mb / one.Wall.TotalSeconds,6:F2} MB/s, {one.Cpu.TotalSeconds / mb,5:F2} CPU-s/MB, {m,5} articles, peak {one.PeakMb,4:F0} MB");
                File.Delete(concatenated);
                Directory.Delete(folder, true);
            }

            var bigPageMb = args.GetInt("big-page-mb", 0);
            if (bigPageMb > 0)
            {
                var path = Path.Combine(work.FullName, "big.txt");
                WriteConcatenated(path, pages, (int)Math.Ceiling(bigPageMb / unitMb));
                var run = RunProject(project, path, Path.Combine(work.FullName, "big.jsonl"), out var n);
                output.WriteLine(Row($"one page-text file, {new FileInfo(path).Length / MB:F0} MB", new FileInfo(path).Length / MB, run) + $"  {n} articles");
                if (reference != null)
                    output.WriteLine(Row("  the same, reference", new FileInfo(path).Length / MB, RunProject(reference, path, Path.Combine(work.FullName, "big.jsonl"), out _)));
                File.Delete(path);
            }
            var bigJsonlMb = args.GetInt("big-jsonl-mb", 0);
            if (bigJsonlMb > 0)
            {
                var path = Path.Combine(work.FullName, "big.jsonl");
                WriteJsonl(path, pages, bigJsonlMb * MB);
                var run = RunProject(project, path, Path.Combine(work.FullName, "big-records.jsonl"), out var n);
                output.WriteLine(Row($"one JSONL file, {new FileInfo(path).Length / MB:F0} MB", new FileInfo(path).Length / MB, run) + $"  {n} articles");
                if (reference != null)
                    output.WriteLine(Row("  the same, reference", new FileInfo(path).Length / MB, RunProject(reference, path, Path.Combine(work.FullName, "big-records.jsonl"), out _)));
            }
            output.WriteLine($"load average after: {LoadAverage()}");
        }
        finally
        {
            work.Delete(true);
        }
        return Task.FromResult(0);
    }

    private sealed record Page(string Name, byte[] Bytes);

    private static string Row(string label, double mb, Run r) =>
        $"{label,-28} {mb / r.Wall.TotalSeconds,7:F2} MB/s wall {mb / r.Cpu.TotalSeconds,7:F2} MB/s CPU {r.Cpu.TotalSeconds / mb,6:F2} CPU-s/MB  {r.Wall.TotalSeconds,6:F1} s  peak {r.PeakMb,5:F0} MB";

    private static string PerArticle(int articles, Run r) =>
        $"  {articles / r.Wall.TotalSeconds,6:F0} articles/s {1000 * r.Cpu.TotalSeconds / Math.Max(articles, 1),6:F1} CPU-ms/article ({articles} articles)";

    private static bool SameBytes(string a, string b)
    {
        using var x = File.OpenRead(a);
        using var y = File.OpenRead(b);
        if (x.Length != y.Length) return false;
        var (bx, by) = (new byte[1 << 16], new byte[1 << 16]);
        int n;
        while ((n = x.ReadAtLeast(bx, bx.Length, throwOnEndOfStream: false)) > 0)
        {
            y.ReadExactly(by, 0, n);
            if (!bx.AsSpan(0, n).SequenceEqual(by.AsSpan(0, n))) return false;
        }
        return true;
    }

    /// <summary>The development sets' pages, named one by one: the never-seen measuring sets beside them
    /// (heldout6, heldout8, heldout9) are never read.</summary>
    private static readonly string[] DevelopmentSets =
        { "pages", "heldout/pages", "heldout2/pages", "heldout3/pages", "heldout4/pages", "heldout5/pages", "heldout7/pages" };

    /// <summary>The seeds and the bundled development pages.</summary>
    private static List<Page> RealPages(string root, string seeds)
    {
        var folders = new List<string>();
        if (Directory.Exists(seeds)) folders.Add(seeds);
        folders.AddRange(DevelopmentSets.Select(d => Path.Combine(root, "corpus", d)));
        return folders.Where(Directory.Exists)
            .SelectMany(d => Directory.GetFiles(d, "*.txt").Order(StringComparer.Ordinal))
            .Select(f => new Page($"{Path.GetFileName(Path.GetDirectoryName(f))}_{Path.GetFileName(f)}", File.ReadAllBytes(f)))
            .ToList();
    }

    private static string WritePages(string work, string name, List<Page> pages, int copies)
    {
        var folder = Path.Combine(work, name);
        Directory.CreateDirectory(folder);
        for (var c = 0; c < copies; c++)
            foreach (var page in pages)
                File.WriteAllBytes(Path.Combine(folder, $"{c:D4}_{page.Name}"), page.Bytes);
        return folder;
    }

    /// <summary>One page-text file of many pages, as a dump of an archive is: each page's text, then a form feed
    /// opening the next page's first line, as pdftotext writes them (a reader that ignores form feeds, as the
    /// extractor did before it split dumps at them, reads the same lines as from pages joined by blank lines).</summary>
    private static void WriteConcatenated(string path, List<Page> pages, int copies)
    {
        using var file = File.Create(path);
        for (var c = 0; c < copies; c++)
            foreach (var page in pages)
            {
                file.Write(page.Bytes);
                file.Write("\n\f"u8);
            }
    }

    /// <summary>One article a line, as `pipeline crawl` writes them: each page's text as an article body.</summary>
    private static void WriteJsonl(string path, List<Page> pages, double bytes)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        long written = 0;
        for (var c = 0; written < bytes; c++)
            foreach (var page in pages)
            {
                var text = Encoding.UTF8.GetString(page.Bytes);
                var line = JsonConvert.SerializeObject(new { id = $"{c}/{page.Name}", title = text.Split('\n').FirstOrDefault(l => l.Trim().Length > 0)?.Trim(), text });
                writer.Write(line);
                writer.Write('\n');
                written += Encoding.UTF8.GetByteCount(line) + 1;
            }
    }

    private static Run RunProject(List<string> project, string input, string output, out int articles, bool keep = false)
    {
        var run = ChildProcess.Measure(project.Concat(new[] { "extract", input, "--out", output }).ToList(), null, out _);
        articles = File.ReadLines(output).Count();
        if (!keep) File.Delete(output);
        return run;
    }

    /// <summary>python jieba cutting every file in the folder, whole process: interpreter start, dictionary
    /// load, reading and cutting, as `pipeline extract` is measured.</summary>
    private const string PythonScript = """
        import logging, os, sys
        import jieba
        jieba.setLogLevel(logging.WARNING)
        words = 0
        for name in sorted(os.listdir(sys.argv[1])):
            with open(os.path.join(sys.argv[1], name), encoding='utf-8') as f:
                words += len(jieba.lcut(f.read()))
        print(words)
        """;

    private static Run? RunPython(string python, string folder, TextWriter error)
    {
        try
        {
            var run = ChildProcess.Measure(new List<string> { python, "-c", PythonScript, folder }, error, out var exitCode);
            if (exitCode == 0) return run;
            error.WriteLine($"bench extract: {python} could not run jieba (install python3-jieba, or use --python none)");
            return null;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            error.WriteLine($"bench extract: cannot run {python}: {e.Message} (use --python none to skip)");
            return null;
        }
    }

    private static string LoadAverage()
    {
        try
        {
            return string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Pipeline.sln"))) return dir.FullName;
        return null;
    }
}
