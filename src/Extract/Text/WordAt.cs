namespace Pipeline.Extract.Text;

/// <summary>Whether a word stands at an offset of a text: the rule readers ask it at every position they try, for every
/// word of their lists, so it compares as a span (string.CompareOrdinal's overload with offsets checks its arguments and
/// compares through a slower path; the readers' old helper).</summary>
internal static class WordAt
{
    public static bool Follows(string text, int at, string word)
    {
        if (at + word.Length > text.Length) return false;
        // A negative offset throws, as CompareOrdinal did for the readers that passed one.
        if (at < 0) return string.CompareOrdinal(text, at, word, 0, word.Length) == 0;
        return text.AsSpan(at, word.Length).SequenceEqual(word);
    }
}
