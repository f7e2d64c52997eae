using System.Text;
using Pipeline.Extract.Text;

namespace Pipeline.Extract.Lexicon;

/// <summary>
/// The shared Traditional → Simplified folding (<see cref="TextNormalizer.Fold"/>,
/// <see cref="ChineseScript.ToSimplified"/>: one char for one char, so offsets hold) with one guard:
/// a character of the GB2312 Han set is already Simplified and is kept as written. The OpenCC-derived
/// table also holds variant pairs in both directions (台→臺, 户→戶, 温→溫, 税→稅), which would turn
/// Simplified text into Traditional; GB2312 holds no Traditional-only character, so the guard only
/// stops those.
/// </summary>
internal static class SimplifiedFolding
{
    private static readonly Lazy<bool[]> Gb2312Han = new(BuildGb2312Han);

    /// <summary><see cref="TextNormalizer.Fold"/> (width, compatibility forms, script), same length.</summary>
    public static string Fold(string text) => Guard(text, TextNormalizer.Fold(text));

    /// <summary><see cref="ChineseScript.ToSimplified"/>, same length.</summary>
    public static string ToSimplified(string text) => Guard(text, ChineseScript.ToSimplified(text));

    /// <summary>True for a Han character of GB2312 (the Simplified set of mainland publishing).</summary>
    public static bool IsSimplifiedHan(char c) => Gb2312Han.Value[c];

    private static string Guard(string original, string folded)
    {
        if (ReferenceEquals(original, folded) || folded.Length != original.Length) return folded;
        char[]? chars = null;
        for (var i = 0; i < original.Length; i++)
        {
            if (folded[i] == original[i] || !IsSimplifiedHan(original[i])) continue;
            chars ??= folded.ToCharArray();
            chars[i] = original[i];
        }
        return chars == null ? folded : new string(chars);
    }

    private static bool[] BuildGb2312Han()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gbk = Encoding.GetEncoding(936);
        var table = new bool[65536];
        var pair = new byte[2];
        // GB2312 levels 1 and 2 of Han characters: rows 0xB0–0xF7, cells 0xA1–0xFE.
        for (var row = 0xB0; row <= 0xF7; row++)
            for (var cell = 0xA1; cell <= 0xFE; cell++)
            {
                pair[0] = (byte)row;
                pair[1] = (byte)cell;
                var s = gbk.GetString(pair);
                if (s.Length == 1 && ChineseScript.IsHan(s[0])) table[s[0]] = true;
            }
        return table;
    }
}
