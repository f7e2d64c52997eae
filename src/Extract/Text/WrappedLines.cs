namespace Pipeline.Extract.Text;

/// <summary>
/// Line breaks a page put inside its sentences: text copied from a PDF or a fixed-width view wraps every line of a
/// paragraph at about the same width, even inside a word (台達電⏎子). Finders that match names read such lines without
/// those breaks (<see cref="PinyinReadings.Strip(string, IReadOnlyList{int})"/>) and mark what they find where it is
/// written.
/// </summary>
public static class WrappedLines
{
    /// <summary>Shortest line taken for a wrapped one: headings, bylines and table cells are shorter.</summary>
    private const int MinWrappedLength = 20;

    /// <summary>How close in width a wrapped line and the line beside it come (the shorter at least this share of the longer).</summary>
    private const double MinWidthShare = 0.85;

    /// <summary>Marks of running text, one of which a wrapped line holds (a list of names one per line holds none).</summary>
    private const string ProseMarks = "，、。,";

    /// <summary>Marks of a label and its value (卖方 :某某有限公司), which a line of a form or table holds and prose seldom does.</summary>
    private const string LabelMarks = ":：";

    /// <summary>Positions of the line breaks between two Han characters that wrap a line: the line before is 20 characters
    /// or more, holds a comma or a full stop and no colon, and the line before or after it is about as wide (85 %); the
    /// line after holds no colon either. Ascending; none on a page whose paragraphs are single lines.</summary>
    public static IReadOnlyList<int> Breaks(string text)
    {
        if (text.IndexOf('\n') < 0) return Array.Empty<int>();
        var lines = new List<(int Start, int Length)>();
        for (var start = 0; start <= text.Length;)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline;
            lines.Add((start, text.AsSpan(start, end - start).TrimEnd().Length));
            if (newline < 0) break;
            start = newline + 1;
        }
        List<int>? breaks = null;
        for (var k = 0; k + 1 < lines.Count; k++)
        {
            var (start, length) = lines[k];
            var newline = start + length;
            var next = lines[k + 1];
            if (length < MinWrappedLength || newline + 1 >= text.Length || text[newline] != '\n' || next.Length == 0 ||
                !ChineseScript.IsHan(text[newline - 1]) || !ChineseScript.IsHan(text[newline + 1])) continue;
            var line = text.AsSpan(start, length);
            if (line.IndexOfAny(ProseMarks) < 0 || line.IndexOfAny(LabelMarks) >= 0 || text.AsSpan(next.Start, next.Length).IndexOfAny(LabelMarks) >= 0) continue;
            if (k > 0 && AboutAsWide(lines[k - 1].Length, length) || AboutAsWide(next.Length, length)) (breaks ??= new()).Add(newline);
        }
        return breaks ?? (IReadOnlyList<int>)Array.Empty<int>();
    }

    private static bool AboutAsWide(int other, int length) =>
        other >= MinWrappedLength && Math.Min(other, length) >= MinWidthShare * Math.Max(other, length);
}
