using Pipeline.Extract.Resources;

namespace Pipeline.Extract.Figures;

/// <summary>
/// Points as units (Resources/point-cues.txt): 点/點 after an index's cue (恒指跌131點, 大盤收在3萬0810點) and 分 after a
/// score's (以85.6分居首, 降 45 分). Without a cue these characters are a clock time (9点), a list (3点建议) or a coin (5分),
/// so the figure stage reads them as a unit only where this says so.
/// </summary>
internal sealed class PointCues
{
    private static readonly Lazy<PointCues> LazyDefault = new(() => new PointCues(ResourceFile.Load("point-cues.txt")));

    public static PointCues Default => LazyDefault.Value;

    /// <summary>How far back in its clause a cue word (指数, 得分) may stand.</summary>
    private const int CueWordWindow = 16;

    private const string ClauseBreaks = ",，。;；:：!！?？\n";

    /// <summary>After a point unit: a digit makes it a clock time or a decimal (9点30, 3点5), these make it a word (点赞, 点击).</summary>
    private const string NotPointAfter = "赞讚击擊评評名钟鐘之半整多";

    private readonly (string[] Units, string[] Verbs, string[] Words)[] _kinds;

    public PointCues(ResourceFile file)
    {
        Examples = file.Examples;
        static string[] Longest(IEnumerable<string> words) => words.OrderByDescending(w => w.Length).ToArray();
        _kinds = new[]
        {
            (Longest(file["point-units"]), Longest(file["index-verbs"]), Longest(file["index-words"])),
            (Longest(file["score-units"]), Longest(file["score-verbs"]), Longest(file["score-words"])),
        };
    }

    /// <summary>The file's example sentences and the figure in points each gives ("" for none).</summary>
    public IReadOnlyList<(string Input, string Expected)> Examples { get; }

    /// <summary>The point unit at <paramref name="at"/> (right after a number whose span, approximation words included,
    /// starts at <paramref name="start"/>) when a cue stands before the number; null otherwise.</summary>
    public string? UnitAt(string text, int start, int at)
    {
        if (at >= text.Length) return null;
        foreach (var (units, verbs, words) in _kinds)
        {
            var unit = units.FirstOrDefault(u => string.CompareOrdinal(text, at, u, 0, u.Length) == 0);
            if (unit == null) continue;
            var after = at + unit.Length;
            if (after < text.Length && (char.IsAsciiDigit(text[after]) || NotPointAfter.Contains(text[after]))) return null;
            var k = start;
            while (k > 0 && text[k - 1] == ' ') k--;
            if (verbs.Any(v => k >= v.Length && string.CompareOrdinal(text, k - v.Length, v, 0, v.Length) == 0)) return unit;
            for (var j = k - 1; j >= 0 && k - j <= CueWordWindow && !ClauseBreaks.Contains(text[j]); j--)
                if (words.Any(w => j + w.Length <= k && string.CompareOrdinal(text, j, w, 0, w.Length) == 0)) return unit;
            return null;
        }
        return null;
    }
}
