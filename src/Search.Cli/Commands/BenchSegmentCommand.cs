using System.Diagnostics;
using System.Globalization;
using System.Text;
using Pipeline.Extract.Segmentation;

namespace Pipeline.Cli.Commands;

/// <summary>Throughput of the segmenter against python jieba, measured in the same run.</summary>
public sealed class BenchSegmentCommand : ICommand
{
    public string Name => "bench segment";
    public string Summary => "Benchmark the segmenter (1 and 2 threads) against jieba.NET (in process) and python jieba on the seed pages repeated to ≥ 20 MB, " +
                             "and count the lines where each cuts differently from python jieba.";
    public string Usage => "bench segment [--seeds DIR] [--mb N] [--python-mb N] [--jiebanet-mb N] [--agreement-lines N] [--python PATH]";
    public IReadOnlyList<string> Examples => new[]
    {
        "pipeline bench segment",
        "pipeline bench segment --mb 40 --python-mb 4",
        "pipeline bench segment --python none",
    };
    public IReadOnlyList<OptionSpec> Options => new[]
    {
        new OptionSpec("seeds", "folder of .txt pages to repeat", Default: "../shared/corpus/seeds beside the repository"),
        new OptionSpec("mb", "megabytes (UTF-8) of text for the C# runs", Default: "20"),
        new OptionSpec("python-mb", "megabytes given to python jieba (a prefix of the same text)", Default: "2"),
        new OptionSpec("jiebanet-mb", "megabytes given to jieba.NET (a prefix of the same text); 0 skips it", Default: "2"),
        new OptionSpec("agreement-lines", "distinct seed lines cut by all three to compare tokens", Default: "3000"),
        new OptionSpec("python", "python interpreter with jieba, or 'none' to skip it", Default: "/usr/bin/python3"),
    };

    private const double MB = 1024 * 1024;

    public Task<int> RunAsync(CommandContext context)
    {
        var args = context.Args;
        var output = context.Out;
        var targetMb = args.GetInt("mb", 20);
        var pythonMb = args.GetDouble("python-mb", 2);
        if (targetMb < 1) throw new UsageException("--mb must be at least 1");
        if (pythonMb <= 0) throw new UsageException("--python-mb must be positive");
        var python = args.Get("python") ?? "/usr/bin/python3";
        var seeds = args.Get("seeds") ?? DefaultSeeds()
            ?? throw new UsageException("seed folder not found (../shared/corpus/seeds beside the repository); give --seeds DIR");
        if (!Directory.Exists(seeds)) throw new UsageException($"seed folder '{seeds}' does not exist");
        var seedLines = Directory.GetFiles(seeds, "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(f => File.ReadAllLines(f, Encoding.UTF8)).Where(l => l.Length > 0).ToArray();
        if (seedLines.Length == 0) throw new UsageException($"no non-empty lines in {seeds}/*.txt");

        var loadCpu = ThreadCpuTime();
        var loadWatch = Stopwatch.StartNew();
        var segmenter = JiebaSegmenter.Default;
        loadWatch.Stop();
        loadCpu = ThreadCpuTime() - loadCpu;
        output.WriteLine($"data load: {JiebaSegmenter.DataLoadTime.TotalMilliseconds:F0} ms wall (first use, incl. JIT: {loadWatch.Elapsed.TotalMilliseconds:F0} ms wall"
            + (loadCpu is { } cpu ? $", {cpu.TotalMilliseconds:F0} ms CPU)" : ")"));

        var lines = new List<string>();
        long bytes = 0;
        for (var i = 0; bytes < targetMb * MB; i++)
        {
            var line = seedLines[i % seedLines.Length];
            lines.Add(line);
            bytes += Encoding.UTF8.GetByteCount(line) + 1;
        }
        var mb = bytes / MB;
        output.WriteLine($"text: {mb:F1} MB UTF-8 ({lines.Count} lines, the {seedLines.Length} seed lines repeated)");

        // Each figure is the best of three passes over the whole text, after warm-up passes over a
        // tenth of it and a pause for the JIT's background tier-up: the machine is shared, so the best
        // pass is the one least disturbed by other processes.
        var warmUp = lines.Take(Math.Max(1, lines.Count / 10)).ToList();
        for (var round = 0; round < 2; round++)
        {
            foreach (var line in warmUp)
            {
                Spans(segmenter, line, SegmentMode.Default);
                Spans(segmenter, line, SegmentMode.Search);
                Spans(segmenter, line, SegmentMode.Default, hmm: false);
                segmenter.Cut(line);
            }
            Thread.Sleep(300);
        }
        Result Best(Func<List<string>, Result> run) =>
            Enumerable.Range(0, 3).Select(_ => run(lines)).MinBy(r => r.Elapsed)!;
        var single = Best(l => Measure(l, line => Spans(segmenter, line, SegmentMode.Default)));
        output.WriteLine(Row("C# default, 1 thread, spans", mb, single));
        var strings = Best(l => Measure(l, line => segmenter.Cut(line).Count));
        output.WriteLine(Row("C# default, 1 thread, Cut()", mb, strings));
        var search = Best(l => Measure(l, line => Spans(segmenter, line, SegmentMode.Search)));
        output.WriteLine(Row("C# search,  1 thread, spans", mb, search));
        var noHmm = Best(l => Measure(l, line => Spans(segmenter, line, SegmentMode.Default, hmm: false)));
        output.WriteLine(Row("C# no HMM,  1 thread, spans", mb, noHmm));
        var tagLines = lines.Take(Math.Max(1, lines.Count / 10)).ToList();
        var tagMb = tagLines.Sum(l => Encoding.UTF8.GetByteCount(l) + 1) / MB;
        // a first pass loads posseg's model and grows its per-thread buffers outside the timing
        Measure(tagLines, line => segmenter.Tag(line).Count);
        var tagging = Measure(tagLines, line => segmenter.Tag(line).Count);
        var secondTagging = Measure(tagLines, line => segmenter.Tag(line).Count);
        if (secondTagging.Elapsed < tagging.Elapsed) tagging = secondTagging;
        output.WriteLine(Row("C# posseg,  1 thread, Tag()", tagMb, tagging) + $"  (on {tagMb:F1} MB)");
        var twoThreads = Best(l => MeasureParallel(l, 2, line => Spans(segmenter, line, SegmentMode.Default)));
        output.WriteLine(Row("C# default, 2 threads, spans", mb, twoThreads) + $"  (wall scaling {twoThreads.MbPerSecond(mb) / single.MbPerSecond(mb):F2}x; CPU per MB vs 1 thread {(twoThreads.MbPerCpuSecond(mb) is { } c2 && single.MbPerCpuSecond(mb) is { } c1 ? (c2 / c1).ToString("F2", CultureInfo.InvariantCulture) : "?")})");
        output.WriteLine($"load average while measuring: {LoadAverage()}");

        var jiebaNetMb = args.GetDouble("jiebanet-mb", 2);
        JiebaNet.Segmenter.JiebaSegmenter? jiebaNet = null;
        if (jiebaNetMb > 0)
        {
            jiebaNet = CreateJiebaNet();
            var prefix = Prefix(lines, jiebaNetMb);
            var prefixMb = prefix.Sum(l => Encoding.UTF8.GetByteCount(l) + 1) / MB;
            // Warm-up on a tenth, then the best of two passes (it is slow enough that three would dominate the run).
            Measure(prefix.Take(Math.Max(1, prefix.Count / 10)).ToList(), line => jiebaNet.Cut(line).Count());
            var dotnet = Enumerable.Range(0, 2).Select(_ => Measure(prefix, line => jiebaNet.Cut(line).Count())).MinBy(r => r.Elapsed)!;
            output.WriteLine(Row("jieba.NET default, 1 thread", prefixMb, dotnet) + $"  (on {prefixMb:F1} MB)");
            output.WriteLine($"ratio C#/jieba.NET, default mode, 1 thread: {single.MbPerSecond(mb) / dotnet.MbPerSecond(prefixMb):F1}x wall"
                + (single.MbPerCpuSecond(mb) is { } ours && dotnet.MbPerCpuSecond(prefixMb) is { } theirs ? $", {ours / theirs:F1}x CPU" : ""));
        }

        if (python == "none")
        {
            output.WriteLine("python jieba: skipped (--python none)");
            return Task.FromResult(0);
        }
        var sample = new StringBuilder();
        long sampleBytes = 0;
        foreach (var line in lines)
        {
            if (sampleBytes >= pythonMb * MB) break;
            sample.Append(line).Append('\n');
            sampleBytes += Encoding.UTF8.GetByteCount(line) + 1;
        }
        // Real text: the seed lines cut into sentences (a sentence is what the segmenter's callers hand it), then the
        // repository's page texts, until there are enough distinct ones.
        var agreementLines = seedLines.Concat(RepositoryPageLines()).SelectMany(Sentences).Where(l => l.Length >= 4)
            .Distinct(StringComparer.Ordinal).Take(args.GetInt("agreement-lines", 3000)).ToList();
        if (RunPythonCuts(python, agreementLines, context.Error) is { } pythonCuts)
        {
            var oursDiffer = agreementLines.Where((line, i) => !segmenter.Cut(line).SequenceEqual(pythonCuts[i])).Count();
            output.WriteLine($"agreement with python jieba's lcut on {agreementLines.Count} distinct sentences of real text: project differs on {oursDiffer}"
                + (jiebaNet != null ? $", jieba.NET differs on {agreementLines.Where((line, i) => !jiebaNet.Cut(line).SequenceEqual(pythonCuts[i])).Count()}" : ""));
            if (jiebaNet != null)
                foreach (var (line, i) in agreementLines.Select((l, i) => (l, i)).Where(x => !jiebaNet.Cut(x.l).SequenceEqual(pythonCuts[x.i])).Take(3))
                    output.WriteLine($"  e.g. python: {string.Join("/", pythonCuts[i].Take(40))}\n       jieba.NET: {string.Join("/", jiebaNet.Cut(line).Take(40))}");
        }
        var seconds = RunPython(python, sample.ToString(), context.Error);
        if (seconds is not { } timing) return Task.FromResult(1);
        var sampleMb = sampleBytes / MB;
        var pythonRate = sampleMb / timing.Wall;
        var pythonCpuRate = sampleMb / timing.Cpu;
        output.WriteLine($"{"python jieba default, 1 thread",-30} {pythonRate,8:F2} MB/s wall {pythonCpuRate,8:F2} MB/s CPU   ({sampleMb:F1} MB prefix of the same text, best of 3 passes {timing.Wall:F1} s, dictionary load excluded)");
        output.WriteLine($"ratio C#/python, default mode, 1 thread: {single.MbPerSecond(mb) / pythonRate:F1}x wall"
            + (single.MbPerCpuSecond(mb) is { } cpuRate ? $", {cpuRate / pythonCpuRate:F1}x CPU" : "")
            + $" (Cut() with strings: {strings.MbPerSecond(mb) / pythonRate:F1}x wall; 2 threads: {twoThreads.MbPerSecond(mb) / pythonRate:F1}x wall)");
        output.WriteLine($"python jieba.posseg, 1 thread: {timing.PossegMbPerCpuSecond:F2} MB/s CPU (a quarter of the sample, one pass); C#/python posseg: "
            + (tagging.MbPerCpuSecond(tagMb) is { } tagRate ? $"{tagRate / timing.PossegMbPerCpuSecond:F1}x CPU" : "?"));
        WholeProcess(output, python, sample.ToString(), sampleMb);
        return Task.FromResult(0);
    }

    /// <summary>`python -c` reading lines and printing one JSON array per line, as `pipeline segment` does.</summary>
    private const string PythonSegmentScript = """
        import json, logging, sys
        import jieba
        jieba.setLogLevel(logging.WARNING)
        out = sys.stdout
        for line in sys.stdin:
            out.write(json.dumps(jieba.lcut(line.rstrip('\n')), ensure_ascii=False, separators=(',', ':')))
            out.write('\n')
        """;

    /// <summary>`pipeline segment` against python jieba doing the same as whole processes, start-up, dictionary
    /// load and output included: what a user piping text through either one waits for. Alternated, best of three.</summary>
    private static void WholeProcess(TextWriter output, string python, string text, double mb)
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, text, new UTF8Encoding(false));
            var project = ChildProcess.ThisProgram();
            project.Add("segment");
            Run? best = null, bestPython = null;
            long projectBytes = 0, pythonBytes = 0;
            for (var round = 0; round < 3; round++)
            {
                var run = ChildProcess.Measure(project, null, out _, out projectBytes, file);
                if (best == null || run.Wall < best.Wall) best = run;
                var py = ChildProcess.Measure(new List<string> { python, "-c", PythonSegmentScript }, null, out _, out pythonBytes, file);
                if (bestPython == null || py.Wall < bestPython.Wall) bestPython = py;
            }
            output.WriteLine($"whole process, {mb:F1} MB through stdin → one JSON array per line on stdout:");
            output.WriteLine($"  pipeline segment         {mb / best!.Wall.TotalSeconds,7:F2} MB/s wall ({best.Wall.TotalSeconds:F2} s, {best.Cpu.TotalSeconds:F2} s CPU, {projectBytes / MB:F1} MB out)");
            output.WriteLine($"  python jieba, same job   {mb / bestPython!.Wall.TotalSeconds,7:F2} MB/s wall ({bestPython.Wall.TotalSeconds:F2} s, {bestPython.Cpu.TotalSeconds:F2} s CPU, {pythonBytes / MB:F1} MB out)");
            output.WriteLine($"  ratio: {bestPython.Wall / best.Wall:F1}x wall, {bestPython.Cpu / best.Cpu:F1}x CPU (goal ≥ 10x)");
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static IEnumerable<string> Sentences(string line)
    {
        var start = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] is not ('。' or '！' or '？' or '；')) continue;
            yield return line[start..(i + 1)].Trim();
            start = i + 1;
        }
        if (start < line.Length) yield return line[start..].Trim();
    }

    /// <summary>Non-empty lines of the page texts under the repository's corpus/pages and corpus/heldout, heldout2, heldout3.</summary>
    private static IEnumerable<string> RepositoryPageLines()
    {
        var root = ProjectPaths.FindRoot();
        if (root == null) yield break;
        foreach (var folder in new[] { "pages", "heldout", "heldout2", "heldout3" })
        {
            var path = Path.Combine(root, "corpus", folder);
            if (!Directory.Exists(path)) continue;
            foreach (var file in Directory.GetFiles(path, "*.txt").Order(StringComparer.Ordinal))
                foreach (var line in File.ReadLines(file, Encoding.UTF8))
                    if (line.Trim().Length > 0) yield return line.Trim();
        }
    }

    private static List<string> Prefix(List<string> lines, double megabytes)
    {
        var prefix = new List<string>();
        long bytes = 0;
        foreach (var line in lines)
        {
            if (bytes >= megabytes * MB) break;
            prefix.Add(line);
            bytes += Encoding.UTF8.GetByteCount(line) + 1;
        }
        return prefix;
    }

    /// <summary>jieba.NET over the dictionary and HMM files its package ships (copied beside the program).</summary>
    private static JiebaNet.Segmenter.JiebaSegmenter CreateJiebaNet()
    {
        var resources = Path.Combine(AppContext.BaseDirectory, "jieba.net");
        if (!File.Exists(Path.Combine(resources, "dict.txt"))) throw new UsageException($"jieba.NET's dictionary is missing from {resources} (rebuild the project)");
        JiebaNet.Segmenter.ConfigManager.ConfigFileBaseDir = resources;
        return new JiebaNet.Segmenter.JiebaSegmenter();
    }

    private const string PythonCutScript = """
        import logging, sys
        import jieba
        jieba.setLogLevel(logging.WARNING)
        out = []
        for line in sys.stdin.buffer.read().decode('utf-8').split('\n'):
            out.append('\u0001'.join(jieba.lcut(line)))
        sys.stdout.buffer.write('\n'.join(out).encode('utf-8'))
        """;

    /// <summary>python jieba's lcut of each line, or null when python or jieba is missing.</summary>
    private static List<string[]>? RunPythonCuts(string python, List<string> lines, TextWriter error)
    {
        var start = new ProcessStartInfo(python)
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false), StandardOutputEncoding = new UTF8Encoding(false), UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(PythonCutScript);
        try
        {
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.StandardInput.Write(string.Join("\n", lines));
            process.StandardInput.Close();
            process.WaitForExit();
            var cuts = stdout.Result.Split('\n').Select(l => l.Length == 0 ? Array.Empty<string>() : l.Split('\u0001')).ToList();
            if (process.ExitCode == 0 && cuts.Count == lines.Count) return cuts;
            error.WriteLine($"bench segment: python jieba's cuts failed: {stderr.Result.Trim()}");
            return null;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            error.WriteLine($"bench segment: cannot run {python}: {e.Message}");
            return null;
        }
    }

    [ThreadStatic] private static List<(int Start, int End)>? _spans;

    /// <summary>The allocation-free path (the one the Lucene analyzer uses): offsets, no strings.</summary>
    private static int Spans(JiebaSegmenter segmenter, string line, SegmentMode mode, bool hmm = true)
    {
        var spans = _spans ??= new List<(int Start, int End)>(1024);
        segmenter.Tokenize(line, mode, spans, hmm);
        return spans.Count;
    }

    /// <summary>Wall time and, when the OS tells, the CPU time of the measuring thread: on a shared
    /// machine the CPU figure is the one other processes do not distort.</summary>
    private sealed record Result(TimeSpan Elapsed, TimeSpan? Cpu, long AllocatedBytes, long Tokens)
    {
        public double MbPerSecond(double mb) => mb / Elapsed.TotalSeconds;
        public double? MbPerCpuSecond(double mb) => Cpu is { } cpu ? mb / cpu.TotalSeconds : null;
    }

    private static string Row(string label, double mb, Result r) =>
        $"{label,-30} {r.MbPerSecond(mb),8:F2} MB/s wall" +
        (r.MbPerCpuSecond(mb) is { } cpu ? $" {cpu,8:F2} MB/s CPU" : "") +
        $"   {r.AllocatedBytes / mb / 1024:F1} KB allocated per MB, {r.Tokens} tokens";

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    /// <summary>CPU time of the calling thread (CLOCK_THREAD_CPUTIME_ID), or null off Linux.</summary>
    private static TimeSpan? ThreadCpuTime()
    {
        if (!OperatingSystem.IsLinux()) return null;
        const int threadCpuClock = 3;
        return ClockGetTime(threadCpuClock, out var t) == 0 ? TimeSpan.FromTicks(t.Seconds * TimeSpan.TicksPerSecond + t.Nanoseconds / 100) : null;
    }

    private static Result Measure(List<string> lines, Func<string, int> cut)
    {
        GC.Collect();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var cpuBefore = ThreadCpuTime();
        var watch = Stopwatch.StartNew();
        long tokens = 0;
        foreach (var line in lines) tokens += cut(line);
        watch.Stop();
        var cpu = ThreadCpuTime() - cpuBefore;
        return new Result(watch.Elapsed, cpu, GC.GetAllocatedBytesForCurrentThread() - before, tokens);
    }

    private static Result MeasureParallel(List<string> lines, int threads, Func<string, int> cut)
    {
        GC.Collect();
        var counts = new long[threads];
        var cpu = new TimeSpan?[threads];
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            var cpuBefore = ThreadCpuTime();
            long n = 0;
            for (var i = t; i < lines.Count; i += threads) n += cut(lines[i]);
            counts[t] = n;
            cpu[t] = ThreadCpuTime() - cpuBefore;
        })).ToList();
        var before = GC.GetTotalAllocatedBytes(true);
        var watch = Stopwatch.StartNew();
        foreach (var w in workers) w.Start();
        foreach (var w in workers) w.Join();
        watch.Stop();
        // CPU time summed over the threads: equal to the single-thread figure when nothing is shared
        TimeSpan? totalCpu = cpu.All(c => c != null) ? TimeSpan.FromTicks(cpu.Sum(c => c!.Value.Ticks)) : null;
        return new Result(watch.Elapsed, totalCpu, GC.GetTotalAllocatedBytes(true) - before, counts.Sum());
    }

    private const string PythonScript = """
        import logging, sys, time
        import jieba
        jieba.setLogLevel(logging.WARNING)
        jieba.initialize()
        lines = sys.stdin.buffer.read().decode('utf-8').split('\n')
        jieba.lcut(lines[0])
        best = None
        for attempt in range(3):
            start = time.perf_counter()
            cpu = time.thread_time()
            for line in lines:
                jieba.lcut(line)
            result = (time.perf_counter() - start, time.thread_time() - cpu)
            best = result if best is None or result[0] < best[0] else best
        posseg_lines = lines[:len(lines) // 4]
        import jieba.posseg
        jieba.posseg.lcut(posseg_lines[0])
        cpu = time.thread_time()
        for line in posseg_lines:
            jieba.posseg.lcut(line)
        posseg_cpu = time.thread_time() - cpu
        posseg_bytes = sum(len(line.encode('utf-8')) + 1 for line in posseg_lines)
        print(best[0], best[1], posseg_cpu, posseg_bytes)
        """;

    private static (double Wall, double Cpu, double PossegMbPerCpuSecond)? RunPython(string python, string text, TextWriter error)
    {
        var start = new ProcessStartInfo(python)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(PythonScript);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            error.WriteLine($"bench segment: cannot run {python}: {e.Message} (use --python none to skip)");
            return null;
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.StandardInput.Write(text);
            process.StandardInput.Close();
            process.WaitForExit();
            var fields = stdout.Result.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (process.ExitCode != 0 || fields.Length != 4
                || !double.TryParse(fields[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var wall)
                || !double.TryParse(fields[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var cpu)
                || !double.TryParse(fields[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var possegCpu)
                || !long.TryParse(fields[3], NumberStyles.Integer, CultureInfo.InvariantCulture, out var possegBytes))
            {
                error.WriteLine($"bench segment: python jieba failed: {stderr.Result.Trim()} (install python3-jieba or use --python none)");
                return null;
            }
            return (wall, cpu, possegBytes / MB / possegCpu);
        }
    }

    private static string LoadAverage()
    {
        try
        {
            return string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) + $" on {Environment.ProcessorCount} cores";
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static string? DefaultSeeds()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Pipeline.sln")))
            {
                var seeds = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus", "seeds"));
                return Directory.Exists(seeds) ? seeds : null;
            }
        return null;
    }
}
