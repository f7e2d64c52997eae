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
    private readonly List<Annotation> _spans = new();
    /// <summary>The word lists <see cref="AddWords"/> added, each with the number of spans added before it.</summary>
    private readonly List<WordList> _wordLists = new();
    private readonly Dictionary<string, List<Annotation>> _byLabel = new();

    /// <summary>Every annotation, in the order added: made when asked (no stage asks), so that the thousand words of an
    /// article are not copied into one more list that every later annotation grows.</summary>
    public IReadOnlyList<Annotation> Annotations
    {
        get
        {
            var all = new List<Annotation>(_spans.Count + _wordLists.Sum(w => w.Words.Count));
            var spansAdded = 0;
            foreach (var words in _wordLists)
            {
                all.AddRange(_spans.Skip(spansAdded).Take(words.After - spansAdded));
                all.AddRange(words.Annotations);
                spansAdded = words.After;
            }
            all.AddRange(_spans.Skip(spansAdded));
            return all;
        }
    }

    /// <summary>The annotations but the words <see cref="AddWords"/> added, in the order added: the stages that look
    /// for dates, names or figures among all annotations scan these, not a thousand words an article.</summary>
    internal IReadOnlyList<Annotation> Spans => _spans;

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
    internal List<BodyWord>? Words { get; private set; }

    /// <summary>The annotations of one label, in the order added (kept by label as they are added: each stage asks for
    /// its own, and a scan of all of them would pass every word). Words become annotations only when their label is
    /// asked for (no stage asks: they read <see cref="Words"/>).</summary>
    public IEnumerable<Annotation> Get(string label)
    {
        foreach (var words in _wordLists)
            if (words.Label == label) return Annotations.Where(a => a.Label == label);
        return _byLabel.TryGetValue(label, out var annotations) ? annotations : [];
    }

    public void Add(Annotation annotation)
    {
        _spans.Add(annotation);
        Labelled(annotation.Label).Add(annotation);
    }

    /// <summary>Adds the body's words, in order, as <paramref name="label"/> annotations, and keeps them as <see cref="Words"/>.</summary>
    internal void AddWords(string label, List<BodyWord> words)
    {
        _wordLists.Add(new WordList(_spans.Count, label, words, Body));
        Words = words;
    }

    /// <summary>Words added together: values in one list, not an object a word (a thousand an article, which outlived
    /// the youngest generation with the article and made the collector copy them), made annotations when asked.</summary>
    private sealed class WordList(int after, string label, List<BodyWord> words, string body)
    {
        private Annotation[]? _annotations;

        public int After { get; } = after;
        public string Label { get; } = label;
        public List<BodyWord> Words { get; } = words;

        public Annotation[] Annotations => _annotations ??= Words.Select(w => Annotation.OfBody(Label, w.Start, w.End, body, w.Tag)).ToArray();
    }

    private List<Annotation> Labelled(string label)
    {
        if (!_byLabel.TryGetValue(label, out var annotations)) _byLabel[label] = annotations = new List<Annotation>();
        return annotations;
    }
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
