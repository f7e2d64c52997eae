using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Pipeline.Extract.Pipeline;

/// <summary>Where extraction's time and allocations go, stage by stage, when the environment variable
/// <c>PIPELINE_STAGE_PROFILE</c> is set (`pipeline extract` then prints the table on standard error at the end).
/// Each part is measured by the CPU time of the thread running it (garbage collections it triggers included)
/// and the bytes it allocated; off, it costs one branch per stage call.</summary>
public static class StageProfile
{
    public static bool Enabled { get; } = Environment.GetEnvironmentVariable("PIPELINE_STAGE_PROFILE") is { Length: > 0 } v && v != "0";

    private sealed class Tally
    {
        public long CpuNanoseconds, Bytes, Calls;
    }

    private static readonly ConcurrentDictionary<string, Tally> Tallies = new();

    /// <summary>Starts measuring <paramref name="part"/>; disposing the result adds what it cost.</summary>
    public static Scope Measure(string part) => Enabled ? new Scope(part, ThreadCpuNanoseconds(), GC.GetAllocatedBytesForCurrentThread()) : default;

    public readonly struct Scope : IDisposable
    {
        private readonly string? _part;
        private readonly long _cpu, _bytes;

        internal Scope(string part, long cpu, long bytes) => (_part, _cpu, _bytes) = (part, cpu, bytes);

        public void Dispose()
        {
            if (_part == null) return;
            var tally = Tallies.GetOrAdd(_part, _ => new Tally());
            Interlocked.Add(ref tally.CpuNanoseconds, ThreadCpuNanoseconds() - _cpu);
            Interlocked.Add(ref tally.Bytes, GC.GetAllocatedBytesForCurrentThread() - _bytes);
            Interlocked.Increment(ref tally.Calls);
        }
    }

    /// <summary>The table: each part's CPU milliseconds, share, calls and MB allocated; then the process's totals.</summary>
    public static void Report(TextWriter writer)
    {
        var rows = Tallies.OrderByDescending(t => t.Value.CpuNanoseconds).ToList();
        var process = Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;
        writer.WriteLine($"{"part",-34} {"CPU ms",9} {"share",6} {"calls",8} {"MB alloc",9}");
        foreach (var (part, t) in rows)
            writer.WriteLine($"{part,-34} {t.CpuNanoseconds / 1e6,9:F0} {100 * t.CpuNanoseconds / 1e6 / process,5:F1}% {t.Calls,8} {t.Bytes / 1048576.0,9:F1}");
        writer.WriteLine($"process: {process:F0} ms CPU, {GC.GetTotalAllocatedBytes() / 1048576.0:F0} MB allocated, "
                         + $"GC {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} (gen0/1/2), pause {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms");
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds, Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    private static long ThreadCpuNanoseconds()
    {
        if (!OperatingSystem.IsLinux()) return Stopwatch.GetTimestamp() * (1_000_000_000 / Stopwatch.Frequency);
        ClockGetTime(3 /* CLOCK_THREAD_CPUTIME_ID */, out var t);
        return t.Seconds * 1_000_000_000 + t.Nanoseconds;
    }
}
