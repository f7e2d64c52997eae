using System.Buffers;
using System.Text.RegularExpressions;

namespace Pipeline.Extract.Text;

/// <summary>
/// The matches of a pattern every match of which lies inside one run of characters of a class and holds one of a few
/// literals, found by scanning only the runs that hold a literal.
/// </summary>
/// <remarks>
/// A pattern that begins with optional parts (a list end's 等, count and qualifier before its zone word) is tried at
/// every character any of those parts can begin with: in Chinese text, most of it. When every character a match can
/// hold is of the run class (Han characters, digits, white space) and every match holds a literal (the zone word), a
/// match starting before the run around the next literal would have to cross a character outside the class, and a
/// match starting in that run cannot leave it: so the pattern is scanned over that run alone, with
/// <see cref="Regex.Match(string, int, int)"/>. The same matches, in the same order, as
/// <see cref="Regex.Matches(string)"/> — provided the pattern has no lookaround and no anchor, so that a match depends
/// only on the text it covers.
/// </remarks>
internal static class RunMatches
{
    /// <summary>The matches of <paramref name="pattern"/> in <paramref name="text"/>: every match must hold one of
    /// <paramref name="literals"/> and only characters for which <paramref name="inRun"/> is true (the literals'
    /// characters too).</summary>
    public static IEnumerable<Match> Find(string text, Regex pattern, SearchValues<string> literals, Func<char, bool> inRun)
    {
        for (var at = 0; at < text.Length;)
        {
            var offset = text.AsSpan(at).IndexOfAny(literals);
            if (offset < 0) yield break;
            var literal = at + offset;
            var start = literal;
            while (start > at && inRun(text[start - 1])) start--;
            var end = literal;
            while (end < text.Length && inRun(text[end])) end++;
            end = Math.Max(end, literal + 1);
            var match = pattern.Match(text, start, end - start);
            if (match.Success)
            {
                yield return match;
                at = match.Index + match.Length;
            }
            else at = end;
        }
    }
}
