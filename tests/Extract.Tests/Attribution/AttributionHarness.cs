using Pipeline.Extract.Model;
using Pipeline.Extract.Pipeline;

namespace Pipeline.Extract.Tests.Attribution;

/// <summary>Runs every default stage over one body (as the pipeline does for an article) and returns its record.</summary>
internal static class AttributionHarness
{
    public static ArticleRecord Run(string body, string? published = "2021-11-03", string title = "")
    {
        var document = new ArticleDocument(new ArticleRecord { Body = body, Title = title }, PublicationDate.TryParse(published));
        var stages = ExtractionPipeline.CreateDefault().Stages;
        foreach (var stage in stages) stage.Annotate(document);
        foreach (var stage in stages) stage.Project(document);
        return document.Record;
    }

    /// <summary>The figure written as <paramref name="text"/> (its first occurrence).</summary>
    public static FigureEntity Figure(ArticleRecord record, string text) =>
        record.Figures.FirstOrDefault(f => f.Text == text)
        ?? throw new Xunit.Sdk.XunitException($"no figure '{text}' in [{string.Join(", ", record.Figures.Select(f => f.Text))}]");

    public static string Period(FigureEntity figure) => figure.Period?.ToString() ?? "null";
}
