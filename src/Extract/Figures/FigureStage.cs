using Pipeline.Extract.Lexicon;
using Pipeline.Extract.Numbers;
using Pipeline.Extract.Pipeline;

namespace Pipeline.Extract.Figures;

/// <summary>Figures in the body: <see cref="FigureExtractor"/> proposes spans, <see cref="FigureResolver"/>
/// gives them values. Runs after the date stage (dates are not figures) and after the segmentation, zone and
/// enterprise stages when they are present (a figure names the zone or company of its sentence).</summary>
public sealed class FigureStage : IStage
{
    public string Name => "figures";

    public void Annotate(ArticleDocument document)
    {
        var view = FoldedText.Create(document.Body);
        // Dates are not figures, and neither are numbers inside a company's name (華大九天, 三一重工).
        var dates = document.Annotations
            .Where(a => a.Label is Labels.Date || a.Label is Labels.Enterprise && a.Value != null)
            .Select(a => (Start: view.FromSource(a.Start), End: view.FromSource(a.End)))
            .ToList();
        var mentions = document.Annotations
            .Where(a => a.Label is Labels.Zone or Labels.Enterprise && a.Value != null)
            .ToList();
        // Words in view offsets: the metric is read from them (segmenting here when no stage did).
        var words = SegmentationStage.TokensOf(document)
            .Select(t => (Start: view.FromSource(t.Start), End: view.FromSource(t.End - 1) + 1, t.Text, Tag: t.Value as string ?? "x"))
            .Where(w => w.End > w.Start)
            .Select(w => new ViewWord(w.Start, w.End, view.Text[w.Start..w.End], w.Tag))
            .ToList();
        foreach (var span in FigureExtractor.Extract(view.Text, dates))
        {
            var figure = FigureResolver.Resolve(span, view, mentions, words);
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
