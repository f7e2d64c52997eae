using Pipeline.Extract.Model;
using Pipeline.Extract.Numbers;
using Pipeline.Extract.Pipeline;

namespace Pipeline.Extract.Dates;

/// <summary>Calendar mentions in the body: <see cref="DateExtractor"/> proposes spans,
/// <see cref="DateResolver"/> resolves them against the publication date. Runs before the
/// figure stage, which leaves dates out.</summary>
public sealed class DateStage : IStage
{
    public string Name => "dates";

    public void Annotate(ArticleDocument document)
    {
        var view = FoldedText.Create(document.Body);
        var sentenceStart = -1;
        int? sentenceYear = null;
        foreach (var span in DateExtractor.Extract(view.Text))
        {
            var (start, _) = Figures.FigureResolver.SentenceAround(view.Text, span.Start, span.End);
            if (start != sentenceStart)
            {
                sentenceStart = start;
                sentenceYear = null;
            }
            var date = DateResolver.Resolve(span, document.Published, sentenceYear);
            if (date == null) continue;
            if (span.From.YearKind != YearKind.None) sentenceYear = int.Parse(date.Value[..4]);
            date.Text = view.Original(span.Start, span.End);
            date.Start = view.ToSource(span.Start);
            date.End = view.ToSourceEnd(span.End);
            document.Add(new Annotation(Labels.Date, date.Start, date.End, document.Body[date.Start..date.End], date));
        }
    }

    public void Project(ArticleDocument document)
    {
        document.Record.Dates = document.Get(Labels.Date)
            .OrderBy(a => a.Start)
            .Select(a => a.Value)
            .OfType<DateEntity>()
            .ToList();
    }
}
