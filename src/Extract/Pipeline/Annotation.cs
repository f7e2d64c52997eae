namespace Pipeline.Extract.Pipeline;

/// <summary>A labelled span of an article body, [Start, End) in UTF-16 chars, with the value a
/// resolver gave it (null until resolved). Stages add annotations; the record is a projection.</summary>
public sealed class Annotation
{
    public Annotation(string label, int start, int end, string text, object? value = null)
    {
        Label = label;
        Start = start;
        End = end;
        _text = text;
        Value = value;
    }

    /// <summary>An annotation whose text is <paramref name="body"/>[start..end), cut only when asked for: the
    /// segmentation stage adds one per word, and most words' text is never read.</summary>
    internal static Annotation OfBody(string label, int start, int end, string body, object? value) => new(label, start, end, value, body);

    private Annotation(string label, int start, int end, object? value, string body)
    {
        Label = label;
        Start = start;
        End = end;
        _body = body;
        Value = value;
    }

    private string? _text;
    private readonly string? _body;

    public string Label { get; }
    public int Start { get; }
    public int End { get; }
    public string Text => _text ??= _body![Start..End];
    public object? Value { get; set; }

    public int Length => End - Start;
    public bool Overlaps(int start, int end) => Start < end && start < End;
    public override string ToString() => $"{Label}[{Start},{End}) {Text}";
}

/// <summary>A word of an article body as the segmenter cut it: [Start, End) in UTF-16 chars of the body, and its jieba
/// part-of-speech tag (the value of its annotation).</summary>
public readonly record struct BodyWord(int Start, int End, string? Tag);

public static class Labels
{
    public const string Zone = "zone";
    public const string Enterprise = "enterprise";
    public const string Figure = "figure";
    public const string Date = "date";
    /// <summary>A day or month said only relative to the publication date (昨天, 今日, 前日, 明早, 本月初): resolved like a
    /// date and dating figures' periods, but not one of the record's dates — the annotators of real news list none of
    /// them (a bare 今天, 昨天, 上月 is no date; 昨天15日, 本月9日 with their day number are).</summary>
    public const string RelativeTime = "relative_time";
    /// <summary>What a figure is about (subject, period, metric, indicator, change, target): Value is its facts.</summary>
    public const string Fact = "fact";
}
