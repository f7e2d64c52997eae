using Pipeline.Extract.Input;
using Pipeline.Extract.Model;
using Pipeline.Extract.Pipeline;

namespace Pipeline.Cli;

/// <summary>Inputs → article records, as every command that extracts does it: files the loader refuses
/// and sources the extractor fails on are reported on the error writer and skipped, so one
/// bad input never costs the rest of the batch.</summary>
internal sealed class RecordExtraction
{
    private readonly InputLoader _loader = new();
    private readonly ExtractionPipeline _pipeline = ExtractionPipeline.CreateDefault();
    private readonly TextWriter _error;

    public RecordExtraction(TextWriter error)
    {
        _error = error;
        _loader.Refused += message => error.WriteLine($"refused: {message}");
    }

    public InputSummary Summary => _loader.Summary;
    public int Failed { get; private set; }

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
                _error.WriteLine($"failed: {result.Source.Source}: {e.GetType().Name}: {e.Message}");
                continue;
            }
            _loader.Summary.ArticlesFound++;
            yield return result.Record!;
        }
    }
}
