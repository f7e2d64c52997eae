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

    /// <summary>Where a position of the text as written lies in <see cref="Text"/>: a position inside a reading, or right
    /// before one, maps to the next character kept (the inverse of <see cref="ToWritten"/> on kept characters).</summary>
    public int ToStripped(int writtenPosition)
    {
        var found = Array.BinarySearch(_positions, writtenPosition);
        return found >= 0 ? found : ~found;
    }

    /// <summary>The text without its readings; the text itself when it holds none.</summary>
    public static string Without(string text) => Strip(text)?.Text ?? text;

    /// <summary>The text without its readings, or null when it holds none (most texts: nothing is copied then).</summary>
    public static PinyinReadings? Strip(string text) => Strip(text, Array.Empty<int>());

    /// <summary>The text without its readings nor the characters at <paramref name="alsoLeftOut"/> (ascending: the line
    /// breaks of a hard-wrapped paragraph, <see cref="WrappedLines.Breaks"/>), or null when it holds none of either.</summary>
    public static PinyinReadings? Strip(string text, IReadOnlyList<int> alsoLeftOut)
    {
        List<(int Start, int End)>? found = null;
        var open = text.AsSpan().IndexOfAny('(', '（');
        for (; open >= 0 && open < text.Length; open = NextOpening(text, open + 1))
            if (open > 0 && LengthAt(text, open, text[open - 1]) is > 0 and var reading) (found ??= new()).Add((open, open + reading));
        if (alsoLeftOut.Count > 0)
        {
            found ??= new();
            found.AddRange(alsoLeftOut.Select(at => (at, at + 1)));
            found.Sort();
        }
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

    private static int NextOpening(string text, int from)
    {
        if (from >= text.Length) return -1;
        var next = text.AsSpan(from).IndexOfAny('(', '（');
        return next < 0 ? -1 : from + next;
    }

    /// <summary>
    /// The length, brackets included, of a pinyin reading opening at <paramref name="open"/> ((wàn), （qū）), or 0: one
    /// syllable (one to six lower-case pinyin letters, at least one with a tone mark) in half- or full-width brackets,
    /// right after a Han character. <paramref name="before"/> is the character it follows, given by the caller, since a
    /// view that drops spaces reads 萬 (wàn) as glued.
    /// </summary>
    /// <remarks>The one recogniser of readings: the page splitter (a headline's length), the number view
    /// (<see cref="Numbers.FoldedText"/>) and the name finders (<see cref="Strip"/>) all ask it.</remarks>
    public static int LengthAt(ReadOnlySpan<char> text, int open, char before)
    {
        if ((uint)open >= (uint)text.Length || text[open] is not ('(' or '（') || !ChineseScript.IsHan(before)) return 0;
        var toned = false;
        var k = open + 1;
        for (; k < text.Length && k - open - 1 < LongestSyllable; k++)
        {
            var c = text[k];
            if (ToneMarked.Contains(c)) toned = true;
            else if (c is < 'a' or > 'z' && c != 'ü') break;
        }
        return toned && k > open + 1 && k < text.Length && text[k] is ')' or '）' ? k - open + 1 : 0;
    }
}
