using System.Diagnostics;
using System.Globalization;

namespace Pipeline.Cli.Reports;

/// <summary>What a long command has done so far. <see cref="Items"/> are articles (or records, rows);
/// <see cref="Total"/> is known when the command knows how many there will be.</summary>
internal readonly record struct ProgressState(int Files, long Items, long Bytes, long? Total = null, string? Current = null);

/// <summary>The one progress line every long command (extract, index, crawl, export, bench) writes to standard error:
/// files, articles, MB and rates, every <see cref="Interval"/>, read from the command's own counters by a timer, so
/// a single slow file still shows the clock moving. Shown when standard error is a terminal, or with --progress;
/// otherwise (a log file, a pipe, a script) the command stays quiet but for its closing line.</summary>
internal sealed class ProgressReporter : IDisposable, IProgress<(int Done, int Total)>
{
    public static readonly OptionSpec Option = new("progress", "report progress every few seconds on standard error even when it is not a terminal", TakesValue: false);

    /// <summary>Time between lines (tests shorten it).</summary>
    internal static TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(2);

    private readonly TextWriter _output;
    private readonly string _label;
    private readonly string _items;
    private readonly Func<ProgressState> _read;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Timer? _timer;
    private readonly object _gate = new();
    private (int Done, int Total) _reported;
    private bool _stopped;
    private bool _printed;

    private ProgressReporter(TextWriter output, string label, string items, Func<ProgressState>? read, bool enabled)
    {
        _output = output;
        _label = label;
        _items = items;
        _read = read ?? (() => new ProgressState(0, _reported.Done, 0, _reported.Total));
        if (enabled) _timer = new Timer(_ => Tick(), null, Interval, Interval);
    }

    /// <param name="label">The command, e.g. "extract".</param>
    /// <param name="items">What is counted: "articles", "records", "figures".</param>
    /// <param name="read">Reads the command's counters; called on a timer thread. Without it the counts come
    /// from <see cref="Report"/> (done of total).</param>
    public static ProgressReporter Start(CommandContext context, string label, string items, Func<ProgressState>? read = null) =>
        new(context.Error, label, items, read, context.ErrorIsTerminal || context.Args.Has(Option.Name));

    public bool Enabled => _timer != null;

    /// <summary>Done of total, for sources that count (exports).</summary>
    public void Report((int Done, int Total) value) => _reported = value;

    private void Tick()
    {
        lock (_gate)
        {
            if (_stopped) return;
            _output.WriteLine(Line(_read(), _clock.Elapsed));
            _printed = true;
        }
    }

    internal string Line(ProgressState state, TimeSpan elapsed)
    {
        var seconds = Math.Max(elapsed.TotalSeconds, 1e-3);
        var parts = new List<string>();
        if (state.Files > 0) parts.Add($"{state.Files:N0} files");
        parts.Add(state.Total is { } total
            ? $"{state.Items:N0}/{total:N0} {_items} ({(total == 0 ? 100 : 100.0 * state.Items / total):F0}%)"
            : $"{state.Items:N0} {_items}");
        if (state.Bytes > 0) parts.Add(string.Create(CultureInfo.InvariantCulture, $"{state.Bytes / 1e6:F1} MB"));
        var rates = string.Create(CultureInfo.InvariantCulture, $"{state.Items / seconds:F0} {_items}/s");
        if (state.Bytes > 0) rates += string.Create(CultureInfo.InvariantCulture, $", {state.Bytes / 1e6 / seconds:F2} MB/s");
        var current = state.Current != null ? $" — {state.Current}" : "";
        return $"{_label}: {string.Join(", ", parts)} in {elapsed.TotalSeconds:F0} s ({rates}){current}";
    }

    /// <summary>Stops the reports. A run asked for progress that ended before its first tick still shows one
    /// line, so what is printed does not depend on how fast the machine happened to be.</summary>
    public void Dispose()
    {
        _timer?.Dispose();
        lock (_gate)
        {
            if (_timer != null && !_printed && !_stopped) _output.WriteLine(Line(_read(), _clock.Elapsed));
            _stopped = true;
        }
    }
}
