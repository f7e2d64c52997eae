namespace Pipeline.Extract.Text;

/// <summary>
/// Pinyin readings some sites glue into the words of a page converted to Traditional script (蘇州工業(yè)園區(qū)): a
/// bracketed syllable with a tone mark right after a Han character. They are no part of the words, so finders that
/// match names read the text without them and map what they find back onto the text as written.
/// </summary>
public sealed class PinyinReadings
{
    /// <summary>Letters of a pinyin syllable with its tone marks.</summary>
    private const string ToneMarked = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ";
    private const int LongestSyllable = 6;

    private readonly int[] _positions;

    private PinyinReadings(string text, int[] positions)
    {
        Text = text;
        _positions = positions;
    }

    /// <summary>The text without its readings.</summary>
    public string Text { get; }

    /// <summary>Where a position of <see cref="Text"/> (or its end) lies in the text as written: a span's end maps past
    /// the readings that close it (園區(qū) ends after the bracket).</summary>
    public int ToWritten(int position) => _positions[position];

    /// <summary>The text without its readings, or null when it holds none (most texts: nothing is copied then).</summary>
    public static PinyinReadings? Strip(string text)
    {
        var open = text.IndexOf('(');
        if (open < 0) return null;
        List<(int Start, int End)>? found = null;
        for (; open >= 0 && open < text.Length; open = text.IndexOf('(', open + 1))
            if (ReadingAt(text, open) is { } end) (found ??= new()).Add((open, end));
        if (found == null) return null;
        var kept = new char[text.Length];
        var positions = new int[text.Length + 1];
        var length = 0;
        var next = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (next < found.Count && i == found[next].Start)
            {
                i = found[next++].End - 1;
                continue;
            }
            positions[length] = i;
            kept[length++] = text[i];
        }
        positions[length] = text.Length;
        return new PinyinReadings(new string(kept, 0, length), positions[..(length + 1)]);
    }

    /// <summary>The end of a reading opening at <paramref name="open"/>, or null: lower-case pinyin letters with at
    /// least one tone mark, bracketed, right after a Han character.</summary>
    private static int? ReadingAt(string text, int open)
    {
        if (open == 0 || !ChineseScript.IsHan(text[open - 1])) return null;
        var toned = false;
        var k = open + 1;
        for (; k < text.Length && k - open - 1 <= LongestSyllable; k++)
        {
            var c = text[k];
            if (c == ')') break;
            if (ToneMarked.Contains(c)) toned = true;
            else if (c is < 'a' or > 'z' && c != 'ü') return null;
        }
        return toned && k < text.Length && text[k] == ')' && k > open + 1 ? k + 1 : null;
    }
}
