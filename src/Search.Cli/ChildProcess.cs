using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Pipeline.Cli;

/// <summary>One run of a child process as the benchmarks measure it: wall time, CPU time (user + system),
/// peak resident memory.</summary>
internal sealed record Run(TimeSpan Wall, TimeSpan Cpu, double PeakMb);

/// <summary>Runs a whole process the way a user would, and measures it.</summary>
internal static class ChildProcess
{
    /// <summary>This very program, started again as a child process.</summary>
    public static List<string> ThisProgram()
    {
        var path = Environment.ProcessPath ?? throw new InvalidOperationException("cannot tell this program's path");
        var command = new List<string> { path };
        if (Path.GetFileNameWithoutExtension(path) == "dotnet") command.Add(typeof(ChildProcess).Assembly.Location);
        return command;
    }

    /// <summary>Runs the command to its end. A failure throws, unless <paramref name="error"/> is given: then the
    /// exit code tells. Standard output is read and counted (its bytes are returned), as a pipe to the next
    /// program would; <paramref name="stdinFile"/> is streamed to standard input.</summary>
    public static Run Measure(List<string> command, TextWriter? error, out int exitCode, string? stdinFile = null) =>
        Measure(command, error, out exitCode, out _, stdinFile);

    public static Run Measure(List<string> command, TextWriter? error, out int exitCode, out long stdoutBytes, string? stdinFile = null)
    {
        var start = new ProcessStartInfo(command[0])
        {
            UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true, RedirectStandardInput = stdinFile != null,
        };
        foreach (var a in command.Skip(1)) start.ArgumentList.Add(a);
        var cpuBefore = ChildrenCpu();
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = Task.Run(() =>
        {
            long n = 0;
            var buffer = new byte[1 << 16];
            int read;
            while ((read = process.StandardOutput.BaseStream.Read(buffer)) > 0) n += read;
            return n;
        });
        var feeding = stdinFile == null ? Task.CompletedTask : Task.Run(() =>
        {
            using (var file = File.OpenRead(stdinFile)) file.CopyTo(process.StandardInput.BaseStream);
            process.StandardInput.Close();
        });
        double peak = 0;
        // The kernel keeps the high-water mark of resident memory; read it until the process is gone.
        while (!process.WaitForExit(20)) peak = Math.Max(peak, PeakResidentMb(process.Id));
        watch.Stop();
        exitCode = process.ExitCode;
        if (exitCode != 0 && error == null)
            throw new InvalidOperationException($"`{string.Join(' ', command)}` failed: {stderr.Result.Trim()}");
        feeding.GetAwaiter().GetResult();
        stdoutBytes = stdout.Result;
        return new Run(watch.Elapsed, ChildrenCpu() - cpuBefore, peak);
    }

    private static double PeakResidentMb(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException) { }
        return 0;
    }

    /// <summary>getrusage(2): struct rusage is two timevals (user, system) and 14 longs, 18 longs in all on 64-bit Linux.</summary>
    [DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetRUsage(int who, [Out] long[] usage);

    /// <summary>CPU time of all waited-for child processes (RUSAGE_CHILDREN), user plus system.</summary>
    private static TimeSpan ChildrenCpu()
    {
        var u = new long[18];
        if (!OperatingSystem.IsLinux() || GetRUsage(-1, u) != 0) return TimeSpan.Zero;
        return TimeSpan.FromMicroseconds((u[0] + u[2]) * 1_000_000.0 + u[1] + u[3]);
    }
}
