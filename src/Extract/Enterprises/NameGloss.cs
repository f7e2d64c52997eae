namespace Pipeline.Extract.Enterprises;

/// <summary>
/// The one reader of a bracketed gloss beside a company name — 英伟达(NVIDIA), NVIDIA(英伟达), 蘋果 (Apple), a space allowed
/// before the bracket: what the brackets right after a name hold, and where the name ends that a bracketed mention glosses.
/// Which names may gloss which is the callers' (a listed short name, an ambiguous name's own Latin name, any Latin name).
/// </summary>
internal static class NameGloss
{
    /// <summary>Longest text read between a gloss's brackets, brackets included (a Latin name with its legal form).</summary>
    private const int MaxGlossLength = 40;

    /// <summary>The text between the brackets right after <paramref name="end"/> (英特尔(Intel) → Intel), as start and end,
    /// or null when no bracket opens there or none closes near.</summary>
    public static (int Start, int End)? Inside(string folded, int end)
    {
        var open = end < folded.Length && folded[end] == ' ' ? end + 1 : end;
        if (open >= folded.Length || folded[open] != '(') return null;
        var close = folded.IndexOf(')', open + 1, Math.Min(MaxGlossLength, folded.Length - open - 1));
        return close < 0 ? null : (open + 1, close);
    }

    /// <summary>Where the name ends that a mention at <paramref name="start"/> glosses: the end of the text before the bracket
    /// the mention opens (NVIDIA in 英伟达(NVIDIA) → the end of 英伟达), or -1 when no bracket opens right before it.</summary>
    public static int GlossedNameEnd(string folded, int start)
    {
        if (start == 0 || folded[start - 1] != '(') return -1;
        return start >= 2 && folded[start - 2] == ' ' ? start - 2 : start - 1;
    }

    /// <summary>The Latin name in brackets right after <paramref name="end"/> (英特尔(Intel) → Intel): letters, digits,
    /// spaces and <c>. &amp; -</c> with one letter at least, trimmed; or null.</summary>
    public static string? LatinAfter(string folded, int end)
    {
        if (Inside(folded, end) is not var (start, close)) return null;
        var inside = folded[start..close].Trim();
        return inside.Length > 0 && inside.All(c => char.IsAsciiLetterOrDigit(c) || c is ' ' or '.' or '&' or '-') && inside.Any(char.IsAsciiLetter)
            ? inside : null;
    }

    /// <summary>True when <paramref name="latin"/> glosses the name at <paramref name="start"/>..<paramref name="end"/>:
    /// in brackets right after it (苹果(Apple)), or right before the bracket the name fills (Apple(苹果)) and not the end of a
    /// longer Latin word; letter case aside.</summary>
    public static bool IsGlossedWith(string folded, int start, int end, string latin)
    {
        if (Inside(folded, end) is var (from, close) && string.Equals(folded[from..close].Trim(), latin, StringComparison.OrdinalIgnoreCase))
            return true;
        var nameEnd = GlossedNameEnd(folded, start);
        var latinStart = nameEnd - latin.Length;
        return latinStart >= 0 && end < folded.Length && folded[end] == ')' &&
               string.Compare(folded, latinStart, latin, 0, latin.Length, StringComparison.OrdinalIgnoreCase) == 0 &&
               (latinStart == 0 || !char.IsAsciiLetter(folded[latinStart - 1]));
    }
}
