namespace Pipeline.Extract.Text;

/// <summary>
/// Which characters a text holds, recorded in one pass over it (a bit per UTF-16 char) and kept per thread for the last
/// text asked about. A word can occur in a text only where every one of its characters does, so a rule that scans the
/// whole text for each word of a cue list asks this first and skips the words the text cannot hold: most cue words
/// occur in few articles, and each skipped word is a full scan of the text saved. "No" is exact, "yes" means scan.
/// </summary>
internal static class TextCharacters
{
    /// <summary>Above this length the previous text's bits are cleared in one block rather than char by char.</summary>
    private const int ClearWholeAbove = 4096;

    /// <summary>This thread's record: the last text asked about and its characters' bits, one thread-static read per ask.</summary>
    [ThreadStatic] private static Seen? _seen;

    private sealed class Seen
    {
        public string? Text;
        public readonly ulong[] Bits = new ulong[(char.MaxValue + 1) / 64];
    }

    /// <summary>False when some character of <paramref name="word"/> occurs nowhere in <paramref name="text"/>, so the word
    /// cannot occur there; true otherwise (the empty word included).</summary>
    public static bool MayContain(string text, string word)
    {
        var bits = Of(text);
        foreach (var c in word)
            if ((bits[c >> 6] & (1UL << c)) == 0) return false;
        return true;
    }

    /// <summary><c>text.IndexOf(word, from, StringComparison.Ordinal)</c>, answered -1 without a scan where the text cannot
    /// hold the word: the first lookup of a loop over a cue list's occurrences.</summary>
    public static int IndexOf(string text, string word, int from = 0) =>
        MayContain(text, word) ? text.IndexOf(word, from, StringComparison.Ordinal) : -1;

    private static ulong[] Of(string text)
    {
        var seen = _seen ??= new Seen();
        var bits = seen.Bits;
        if (ReferenceEquals(seen.Text, text)) return bits;
        if (seen.Text is { } last)
        {
            if (last.Length > ClearWholeAbove) Array.Clear(bits);
            else foreach (var c in last) bits[c >> 6] = 0;
        }
        foreach (var c in text) bits[c >> 6] |= 1UL << c;
        seen.Text = text;
        return bits;
    }
}
