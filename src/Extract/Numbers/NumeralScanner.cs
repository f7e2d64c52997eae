namespace Pipeline.Extract.Numbers;

/// <summary>A run of numeral characters in a <see cref="FoldedText"/> view: [Start, End).</summary>
internal readonly record struct NumeralRun(int Start, int End, string Text)
{
    public bool HasArabic
    {
        get
        {
            // A loop over the string: Any allocated an enumerator per run, and the span's range search boxed its bounds.
            foreach (var c in Text)
                if (char.IsAsciiDigit(c)) return true;
            return false;
        }
    }
    /// <summary>Written with a scale word (百, 千, 万, 亿), which makes a Chinese numeral a quantity.</summary>
    public bool HasScale => Text.Any(NumeralParser.IsScale);
    /// <summary>Nothing but scale words (百, 千万): a quantity only with an approximation (百余名, 近百次).</summary>
    public bool IsScaleOnly => Text.All(c => NumeralParser.IsScale(c) || c is '十' or '拾');
}

/// <summary>Finds maximal runs of numeral characters: Arabic digits with decimal point and
/// thousands separators, Chinese numerals with 点, and mixes (3万4000, 16.4亿).</summary>
internal static class NumeralScanner
{
    /// <summary>Unit words that begin with a numeral character: 千瓦, 千米, 千克 … (“3千瓦” is 3 kW).</summary>
    private const string UnitAfterQian = "瓦米克伏帕赫卡焦兆";

    public static IEnumerable<NumeralRun> Scan(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!StartsRun(text, i))
            {
                // No run starts but at a numeral character: skip to the next one.
                var next = text.AsSpan(i + 1).IndexOfAny(NumeralParser.NumeralChars);
                i = next < 0 ? text.Length : i + 1 + next;
                continue;
            }
            var start = i;
            var end = Extend(text, start);
            if (end > start) yield return new NumeralRun(start, end, WithScaleWords(text[start..end].Replace('。', '.')));
            i = Math.Max(end, start + 1);
        }
    }

    /// <summary>The end of the run that starts at <paramref name="start"/> (start itself when none does).</summary>
    public static int Extend(string text, int start)
    {
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c)) { i++; continue; }
            if (c == '.' && i > start && char.IsAsciiDigit(text[i - 1]) && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])) { i++; continue; }
            if (c == '。' && i > start && IsMistypedDecimalPoint(text, i)) { i++; continue; }
            if (c == ',' && IsThousandsSeparator(text, i, start)) { i++; continue; }
            if (c is '点' or '點' && i > start && NumeralParser.IsChineseNumeralChar(text[i - 1]) && !char.IsAsciiDigit(text[i - 1])
                && i + 1 < text.Length && NumeralParser.Digits.ContainsKey(text[i + 1])) { i++; continue; }
            // 两个亿, 5个亿: a colloquial 个 between a number and 亿 (not 64个亿元签约项目, 64 projects of the 亿元 class).
            if (c is '个' or '個' && i > start && i + 1 < text.Length && text[i + 1] is '亿' or '億' && !IsClassBeforeNoun(text, i + 2)
                && (char.IsAsciiDigit(text[i - 1]) || NumeralParser.Digits.ContainsKey(text[i - 1]) || text[i - 1] == '十')) { i++; continue; }
            if (i > start && char.IsAsciiDigit(text[i - 1]) && IsLatinScale(text, i)) { i++; continue; }
            if (NumeralParser.IsChineseNumeralChar(c))
            {
                if (c is '千' or '仟' && i + 1 < text.Length && UnitAfterQian.Contains(text[i + 1])) break;
                if (c is '百' && i + 2 < text.Length && text[i + 1] == '分' && text[i + 2] == '之') break;
                i++;
                continue;
            }
            break;
        }
        return i;
    }

    /// <summary>2。5亿元, 3。6%: a full stop typed for the decimal point (an input method's slip) between digits, where one or
    /// two digits and a scale word or % follow; 12。3月 or a sentence ending on a number before the next stays apart.</summary>
    private static bool IsMistypedDecimalPoint(string text, int at)
    {
        if (!char.IsAsciiDigit(text[at - 1])) return false;
        var k = at + 1;
        while (k < text.Length && char.IsAsciiDigit(text[k])) k++;
        return k - at - 1 is 1 or 2 && k < text.Length && text[k] is '万' or '亿' or '萬' or '億' or '%';
    }

    /// <summary>亿元 followed by a noun (亿元签约项目, 亿元项目): the 亿元 names a class of what follows, it is no amount of
    /// its own, so a 个 before it counts the nouns. <paramref name="at"/> is just after 亿.</summary>
    private static bool IsClassBeforeNoun(string text, int at) =>
        at + 1 < text.Length && text[at] is '元' && text[at + 1] is >= '\u4E00' and <= '\u9FFF' && !"的左多余餘".Contains(text[at + 1]);

    /// <summary>The run's text with 万 and 千 written as Latin letters (50w, 15k) turned into the scale words.</summary>
    internal static string WithScaleWords(string run)
    {
        if (!run.Any(c => NumeralParser.LatinScale(c) != null)) return run;
        var chars = run.ToCharArray();
        for (var k = 1; k < chars.Length; k++)
            if (char.IsAsciiDigit(chars[k - 1]) && NumeralParser.LatinScale(chars[k]) is { } scale) chars[k] = scale;
        return new string(chars);
    }

    /// <summary>Words after 15k or 3W that make the letter a scale word (元, 左右, 以上 …), not a unit or a code (8K, 65W, 5kW).</summary>
    private static readonly string[] AfterLatinScale = { "左右", "以上", "以下", "上下", "多", "余", "+", "元", "块", "人", "起" };

    /// <summary>50w: a lowercase w after digits is 万 unless a letter follows; W, k and K (watts, kilo-, 8K video) are 万
    /// and 千 only before an amount's word (15k左右, 3W元, 10k+).</summary>
    private static bool IsLatinScale(string text, int i)
    {
        var c = text[i];
        if (NumeralParser.LatinScale(c) == null) return false;
        var next = i + 1 < text.Length ? text[i + 1] : '\n';
        if (char.IsAsciiLetterOrDigit(next)) return false;
        if (c == 'w') return true;
        return AfterLatinScale.Any(w => string.CompareOrdinal(text, i + 1, w, 0, w.Length) == 0)
               || Figures.UnitLexicon.MatchUnit(text, i + 1) is { } unit && Figures.UnitLexicon.KindOfUnit(unit) == Figures.FigureKinds.Money;
    }

    private static bool StartsRun(string text, int i)
    {
        var c = text[i];
        if (char.IsAsciiDigit(c)) return i == 0 || !char.IsAsciiDigit(text[i - 1]);
        return NumeralParser.IsChineseNumeralChar(c) && (i == 0 || !NumeralParser.IsChineseNumeralChar(text[i - 1]) && !char.IsAsciiDigit(text[i - 1]));
    }

    /// <summary>1,100 and 12,345,678: a comma with 1–3 digits before it (since the run or the last comma)
    /// and exactly three after it.</summary>
    private static bool IsThousandsSeparator(string text, int comma, int runStart)
    {
        var before = 0;
        for (var k = comma - 1; k >= runStart && char.IsAsciiDigit(text[k]); k--) before++;
        if (before is 0 or > 3) return false;
        // 26萬3,649人: a group may follow a scale word, which the parser reads as 26万 + 3649.
        if (comma - before > runStart && text[comma - before - 1] is not (',' or '万' or '萬' or '亿' or '億')) return false;
        for (var k = 1; k <= 3; k++)
            if (comma + k >= text.Length || !char.IsAsciiDigit(text[comma + k])) return false;
        return comma + 4 >= text.Length || !char.IsAsciiDigit(text[comma + 4]);
    }
}
