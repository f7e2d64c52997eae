using Pipeline.Extract.Model;
using Pipeline.Extract.Numbers;

namespace Pipeline.Extract.Pipeline;

/// <summary>An article on its way through the stages: the record being built, the body the
/// stages read, and the annotations they add.</summary>
public sealed class ArticleDocument
{
    public ArticleDocument(ArticleRecord record, PublicationDate? published)
    {
        Record = record;
        Published = published;
    }

    public ArticleRecord Record { get; }
    public string Body => Record.Body;
    /// <summary>Anchor for relative dates (今年, 去年, 3月底); null when nothing is known.</summary>
    public PublicationDate? Published { get; }
    public List<Annotation> Annotations { get; } = new();

    private FoldedText? _view;
    private string? _viewOf;

    /// <summary>The body as the segmenter and the number stages read it, folded once per document (four
    /// stages read it; each used to fold the same body again). Made afresh if the body is replaced.</summary>
    internal FoldedText View
    {
        get
        {
            if (_view == null || !ReferenceEquals(_viewOf, Body)) (_view, _viewOf) = (FoldedText.Create(Body), Body);
            return _view;
        }
    }

    /// <summary>The body's words in order, as the segmentation stage annotated them (also in
    /// <see cref="Annotations"/>): the stages that read every word take them from here instead of filtering
    /// and sorting all annotations again. Null until that stage ran.</summary>
    internal List<Annotation>? Words { get; set; }

    public IEnumerable<Annotation> Get(string label) => Annotations.Where(a => a.Label == label);
    public void Add(Annotation annotation) => Annotations.Add(annotation);
}

/// <summary>A publication date as precise as the source tells it.</summary>
public sealed record PublicationDate(int Year, int? Month = null, int? Day = null)
{
    public static PublicationDate? TryParse(string? iso)
    {
        if (string.IsNullOrWhiteSpace(iso)) return null;
        var parts = iso.Trim().Split('-');
        if (!int.TryParse(parts[0], out var y) || y < 1000 || y > 9999) return null;
        int? m = parts.Length > 1 && int.TryParse(parts[1], out var mm) && mm is >= 1 and <= 12 ? mm : null;
        int? d = m != null && parts.Length > 2 && int.TryParse(parts[2], out var dd) && dd >= 1 && dd <= DateTime.DaysInMonth(y, m.Value) ? dd : null;
        return new PublicationDate(y, m, d);
    }

    public override string ToString() =>
        Month is null ? $"{Year:D4}" : Day is null ? $"{Year:D4}-{Month:D2}" : $"{Year:D4}-{Month:D2}-{Day:D2}";
}
