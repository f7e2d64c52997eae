using Pipeline.Cli.Reports;
using Pipeline.Extract.Input;
using Pipeline.Extract.Model;
using Pipeline.Extract.Pipeline;

namespace Pipeline.Cli;

/// <summary>Inputs → article records, as every command that extracts does it: files the loader refuses
/// and sources the extractor fails on are reported on the error writer and skipped, so one
/// bad input never costs the rest of the batch; files with a few invalid bytes are read and the repair reported.</summary>
internal sealed class RecordExtraction
{
    private readonly InputLoader _loader = new();
    private readonly ExtractionPipeline _pipeline = ExtractionPipeline.CreateDefault();
    private readonly TextWriter _error;

    public RecordExtraction(TextWriter error)
    {
        _error = error;
        _loader.Refused += message => error.WriteLine($"refused: {message}");
        _loader.Repaired += message => error.WriteLine($"repaired: {message}");
    }

    public InputSummary Summary => _loader.Summary;
    public int Failed { get; private set; }

    /// <summary>Inputs or lines skipped: the run lost something and ends non-zero.</summary>
    public bool SkippedAny => Summary.FilesRefused > 0 || Summary.LinesRefused > 0 || Failed > 0;

    /// <summary>The counters for <see cref="ProgressReporter"/>.</summary>
    public ProgressState Progress() =>
        new(Summary.FilesRead + Summary.FilesRefused, Summary.ArticlesFound, Summary.BytesRead, Current: Summary.Current);

    /// <summary>"5 files read, 14 articles found, 0 files refused …"</summary>
    public string Describe()
    {
        var s = Summary;
        var lines = s.LinesRefused > 0 ? $", {s.LinesRefused} JSONL lines refused" : "";
        var failures = Failed > 0 ? $", {Failed} inputs failed" : "";
        var repaired = s.FilesRepaired > 0 ? $", {s.FilesRepaired} files repaired" : "";
        return $"{s.FilesRead} files read ({s.BytesRead / 1e6:F1} MB), {s.ArticlesFound} articles found, {s.FilesRefused} files refused{lines}{failures}{repaired}";
    }

    /// <summary>Threads extracting at once; records still come out in input order.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <param name="published">Anchors relative dates when an input carries no date.</param>
    public IEnumerable<ArticleRecord> Run(IEnumerable<string> inputs, string? published = null, TextReader? stdin = null)
    {
        foreach (var result in _pipeline.ProcessAll(_loader.Load(inputs, stdin), published, Parallelism))
        {
            if (result.Error is { } e)
            {
                Failed++;
                _error.WriteLine($"failed: {result.Source.Source}: {ErrorText.Describe(e, ErrorText.DebugRequested)}");
                continue;
            }
            _loader.Summary.ArticlesFound++;
            yield return result.Record!;
        }
    }
}
