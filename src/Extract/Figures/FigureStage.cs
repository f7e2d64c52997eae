using Pipeline.Extract.Lexicon;
using Pipeline.Extract.Numbers;
using Pipeline.Extract.Pipeline;
using Pipeline.Extract.Text;

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
        foreach (var span in FigureExtractor.Extract(view.Text, Excluded(document), view.ApartFromBefore))
        {
            var figure = FigureResolver.Resolve(span, view);
            document.Add(new Annotation(Labels.Figure, figure.Start, figure.End, document.Body[figure.Start..figure.End], figure));
        }
    }

    /// <summary>Dates are not figures, and neither are numbers inside a company's name (華大九天, 三一重工): the spans of the
    /// folded text that the extractor passes over.</summary>
    private static List<(int Start, int End)> Excluded(ArticleDocument document)
    {
        var view = document.View;
        return document.Spans
            .Where(a => a.Label is Labels.Date || a.Label is Labels.Enterprise && a.Value != null)
            .Select(a => (Start: view.FromSource(a.Start), End: view.FromSource(a.End)))
            .ToList();
    }

    /// <summary>Whether the stage may find a figure in the document as annotated so far: every figure starts at a numeral,
    /// and a numeral inside a date or a company's name found already starts none, whatever the stages between add.</summary>
    internal static bool MayFind(ArticleDocument document)
    {
        var excluded = Excluded(document);
        foreach (var run in NumeralScanner.Scan(document.View.Text))
            if (!Ranges.Overlaps(excluded, run.Start, run.End)) return true;
        return false;
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
