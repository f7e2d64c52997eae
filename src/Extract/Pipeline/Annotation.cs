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
        Text = text;
        Value = value;
    }

    public string Label { get; }
    public int Start { get; }
    public int End { get; }
    public string Text { get; }
    public object? Value { get; set; }

    public int Length => End - Start;
    public bool Overlaps(int start, int end) => Start < end && start < End;
    public override string ToString() => $"{Label}[{Start},{End}) {Text}";
}

public static class Labels
{
    public const string Zone = "zone";
    public const string Enterprise = "enterprise";
    public const string Figure = "figure";
    public const string Date = "date";
    /// <summary>What a figure is about (subject, period, metric, indicator, change, target): Value is its facts.</summary>
    public const string Fact = "fact";
}
