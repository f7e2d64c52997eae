using System.Diagnostics;

namespace Pipeline.Cli.Reports;

/// <summary>"label: done/total (pct)" on the error stream, at most twice a second, so long exports show they move.</summary>
internal sealed class ConsoleProgress(TextWriter output, string label) : IProgress<(int Done, int Total)>
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _lastReportMs = -1000;

    public void Report((int Done, int Total) value)
    {
        var now = _clock.ElapsedMilliseconds;
        var finished = value.Done >= value.Total;
        if (!finished && now - _lastReportMs < 500) return;
        _lastReportMs = now;
        var percent = value.Total == 0 ? 100 : 100.0 * value.Done / value.Total;
        output.WriteLine($"{label}: {value.Done:N0}/{value.Total:N0} ({percent:F0}%)");
    }
}
