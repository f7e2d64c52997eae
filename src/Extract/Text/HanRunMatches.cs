using System.Buffers;
using System.Text.RegularExpressions;

namespace Pipeline.Extract.Text;

/// <summary>
/// The matches of a pattern that begins with a run of Han characters (<c>[\u4E00-\u9FFF]{min,max}</c>) and goes on with
/// one of a few other characters, found without trying the pattern at every Han character of the text.
/// </summary>
/// <remarks>
/// Scanned as usual, such a pattern starts at every Han character, takes up to <c>max</c> of them and backtracks
/// through the run: most of a Chinese text is tried and fails. Every match's run ends where its first non-Han
/// character stands, so the match can only start <c>max</c> characters or fewer before one of the characters the rest
/// begins with; the leftmost start the scan would reach is the run's start, or <c>max</c> back from there, or where the
/// previous match ended. The pattern is tried there once, anchored with <c>\G</c>: the same matches, in the same order,
/// as <see cref="Regex.Matches(string)"/> with the unanchored pattern (the pattern must have no lookbehind and no other
/// anchor, so that a match depends only on the text from its start).
/// </remarks>
internal static class HanRunMatches
{
    /// <summary>The matches of <paramref name="anchored"/> (<c>\G</c> + a pattern whose first part is
    /// <c>[\u4E00-\u9FFF]{<paramref name="minRun"/>,<paramref name="maxRun"/>}</c>) in <paramref name="text"/>, where
    /// <paramref name="followers"/> are the characters the part after the run can begin with.</summary>
    public static IEnumerable<Match> Find(string text, Regex anchored, SearchValues<char> followers, int minRun, int maxRun)
    {
        var scanFrom = 0;
        for (var at = 0; at < text.Length;)
        {
            var offset = text.AsSpan(at).IndexOfAny(followers);
            if (offset < 0) yield break;
            var follower = at + offset;
            at = follower + 1;
            var floor = Math.Max(scanFrom, follower - maxRun);
            var start = follower;
            while (start > floor && IsRunCharacter(text[start - 1])) start--;
            if (follower - start < minRun) continue;
            var match = anchored.Match(text, start);
            if (!match.Success) continue;
            yield return match;
            scanFrom = match.Index + match.Length;
            if (at < scanFrom) at = scanFrom;
        }
    }

    /// <summary>The characters of the run: the patterns' own class, not <see cref="ChineseScript.IsHan"/>.</summary>
    private static bool IsRunCharacter(char c) => c is >= '\u4E00' and <= '\u9FFF';
}
