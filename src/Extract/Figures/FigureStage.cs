using Pipeline.Extract.Lexicon;
using Pipeline.Extract.Numbers;
using Pipeline.Extract.Pipeline;

namespace Pipeline.Extract.Figures;

/// <summary>Figures in the body: <see cref="FigureExtractor"/> proposes spans, <see cref="FigureResolver"/>
/// gives them values. Runs after the date stage (dates are not figures); the attribution stage then says what each
/// figure is about.</summary>
public sealed class FigureStage : IStage
{
    public string Name => "figures";

    public void Annotate(ArticleDocument document)
    {
        var view = document.View;
        // Dates are not figures, and neither are numbers inside a company's name (華大九天, 三一重工).
        var dates = document.Spans
            .Where(a => a.Label is Labels.Date || a.Label is Labels.Enterprise && a.Value != null)
            .Select(a => (Start: view.FromSource(a.Start), End: view.FromSource(a.End)))
            .ToList();
        foreach (var span in FigureExtractor.Extract(view.Text, dates, view.ApartFromBefore))
        {
            var figure = FigureResolver.Resolve(span, view);
            document.Add(new Annotation(Labels.Figure, figure.Start, figure.End, document.Body[figure.Start..figure.End], figure));
        }
    }

    public void Project(ArticleDocument document)
    {
        document.Record.Figures = document.Get(Labels.Figure)
            .OrderBy(a => a.Start)
            .Select(a => a.Value)
            .OfType<Model.FigureEntity>()
            .ToList();
    }
}
