using System.Buffers;
using System.Globalization;

namespace Pipeline.Extract.Numbers;

/// <summary>
/// Value of a numeral written in Arabic digits, Chinese numerals or a mix of both:
/// 1,100万, 16.4亿, 3万4000, 一亿零五万, 两千三百, 三万五 (= 35000), 十二点五, 二〇二二, 壹佰, 兩萬.
/// Values are <see cref="decimal"/> so that 16.4亿 is exactly 1640000000.
/// </summary>
internal static class NumeralParser
{
    internal static readonly IReadOnlyDictionary<char, int> Digits = new Dictionary<char, int>
    {
        ['〇'] = 0, ['零'] = 0, ['○'] = 0,
        ['一'] = 1, ['壹'] = 1, ['弌'] = 1,
        ['二'] = 2, ['两'] = 2, ['兩'] = 2, ['倆'] = 2, ['俩'] = 2, ['贰'] = 2, ['貳'] = 2,
        ['三'] = 3, ['叁'] = 3, ['參'] = 3,
        ['四'] = 4, ['肆'] = 4,
        ['五'] = 5, ['伍'] = 5,
        ['六'] = 6, ['陆'] = 6, ['陸'] = 6,
        ['七'] = 7, ['柒'] = 7,
        ['八'] = 8, ['捌'] = 8,
        ['九'] = 9, ['玖'] = 9,
    };

    /// <summary>Units below 万 (十, 百, 千 and their financial forms).</summary>
    internal static readonly IReadOnlyDictionary<char, int> SmallUnits = new Dictionary<char, int>
    {
        ['十'] = 10, ['拾'] = 10, ['百'] = 100, ['佰'] = 100, ['千'] = 1000, ['仟'] = 1000,
    };

    /// <summary>Section units: every 万 or 亿 closes a section of the number.</summary>
    internal static readonly IReadOnlyDictionary<char, decimal> BigUnits = new Dictionary<char, decimal>
    {
        ['万'] = 10_000m, ['萬'] = 10_000m, ['亿'] = 100_000_000m, ['億'] = 100_000_000m,
    };

    /// <summary>Tens written as one character: 廿 (20), 卅 (30), 卌 (40), read as 二十, 三十, 四十.</summary>
    internal static readonly IReadOnlyDictionary<char, string> TensWords = new Dictionary<char, string>
    {
        ['廿'] = "二十", ['卄'] = "二十", ['卅'] = "三十", ['卌'] = "四十",
    };

    internal static bool IsZero(char c) => c is '〇' or '零' or '○';
    /// <summary>The characters of the four tables above, asked of every character of every text by the scanner.</summary>
    private static readonly SearchValues<char> ChineseNumeralChars =
        SearchValues.Create(Digits.Keys.Concat(SmallUnits.Keys).Concat(BigUnits.Keys).Concat(TensWords.Keys).ToArray());

    /// <summary>Where a numeral can start: an Arabic digit or a Chinese numeral character.</summary>
    internal static readonly SearchValues<char> NumeralChars =
        SearchValues.Create("0123456789".Concat(Digits.Keys).Concat(SmallUnits.Keys).Concat(BigUnits.Keys).Concat(TensWords.Keys).ToArray());

    internal static bool IsChineseNumeralChar(char c) => ChineseNumeralChars.Contains(c);
    internal static bool IsScale(char c) => SmallUnits.ContainsKey(c) && c is not ('十' or '拾') || BigUnits.ContainsKey(c);

    public static decimal Parse(string text) =>
        TryParse(text, out var v) ? v : throw new FormatException($"not a numeral: “{text}”");

    /// <summary>A numeral standing alone: a scale word by itself (万, 万万) is no number here, and a leading
    /// 负 or minus sign makes it negative (负三十二, -10000).</summary>
    public static bool TryParse(string text, out decimal value) => TryParse(text, bareScaleIsOne: false, out value);

    /// <summary>A numeral inside a figure, where a scale word by itself counts one of it (超亿元, 近万人).</summary>
    internal static bool TryParseInFigure(string text, out decimal value) => TryParse(text, bareScaleIsOne: true, out value);

    internal static decimal ParseInFigure(string text) =>
        TryParseInFigure(text, out var v) ? v : throw new FormatException($"not a numeral: “{text}”");

    private static bool TryParse(string text, bool bareScaleIsOne, out decimal value)
    {
        value = 0;
        if (string.IsNullOrEmpty(text)) return false;
        var folded = FoldForParsing(text);
        var negative = folded.Length > 1 && folded[0] is '负' or '負' or '-';
        if (negative) folded = folded[1..];
        if (folded.Length == 0) return false;
        if (!bareScaleIsOne && IsScaleWordsOnly(folded)) return false;
        try
        {
            var v = ParseWithPoint(folded);
            if (v is null) return false;
            value = negative ? -v.Value : v.Value;
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    // A loop, not All(BigUnits.ContainsKey): the method group made a delegate at every call, and the date and figure
    // readers call this at most positions of a body.
    private static bool IsScaleWordsOnly(string folded)
    {
        foreach (var c in folded)
            if (!BigUnits.ContainsKey(c)) return false;
        return true;
    }

    /// <summary>Half-width digits, no thousands separators, no 个 in 两个亿 (colloquial for 两亿), 廿 and 卅 as
    /// 二十 and 三十, 万 or 千 written w or k after digits (50w, 15k) as the scale words, and 万万 as 亿.</summary>
    private static string FoldForParsing(string text)
    {
        // 廿 and 卅 become two characters each: room for twice the text.
        Span<char> chars = text.Length <= 64 ? stackalloc char[2 * text.Length] : new char[2 * text.Length];
        var n = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = FoldedText.Fold(text[i]);
            if (c == ',') continue;
            if (c is '个' or '個' && i > 0 && i + 1 < text.Length && BigUnits.ContainsKey(text[i + 1])) continue;
            if (TensWords.TryGetValue(c, out var tens))
            {
                foreach (var t in tens) chars[n++] = t;
                continue;
            }
            if (i > 0 && char.IsAsciiDigit(text[i - 1]) && LatinScale(c) is { } scale) c = scale;
            // 万万 is 亿 (四万万, 一十万万零一百一十万亿): one unit, so that a 万 after it stays inside its section.
            if (c is '万' or '萬' && n > 0 && chars[n - 1] is '万' or '萬')
            {
                chars[n - 1] = '亿';
                continue;
            }
            chars[n++] = c;
        }
        return new string(chars[..n]);
    }

    /// <summary>The scale word a Latin letter stands for right after digits: w/W for 万 (50w), k/K for 千 (15k).</summary>
    internal static char? LatinScale(char c) => c switch { 'w' or 'W' => '万', 'k' or 'K' => '千', _ => null };

    /// <summary>
    /// A spoken approximate range: two neighbouring digits in a row, then the scale words both share —
    /// 两三万 (20000–30000, not 230000), 七八百, 五六千, 二三十亿, 十七八万, 三四. Null when the text is no such range.
    /// </summary>
    public static (decimal Low, decimal High)? TryParseSpokenRange(string text)
    {
        var s = FoldForParsing(text);
        for (var i = 0; i + 1 < s.Length; i++)
        {
            if (!Digits.TryGetValue(s[i], out var a) || !Digits.TryGetValue(s[i + 1], out var b) || a == 0 || b != a + 1) continue;
            // Nothing but scale words may follow the pair, and only 十 may come before it (十七八万).
            if (s[(i + 2)..].Any(c => !SmallUnits.ContainsKey(c) && !BigUnits.ContainsKey(c))) return null;
            if (i > 0 && !(i == 1 && s[0] is '十' or '拾')) return null;
            if (i + 2 < s.Length && s[i + 2] is '十' or '拾' && i > 0) return null;
            var low = s.Remove(i + 1, 1);
            var high = s.Remove(i, 1);
            if (!TryParse(low, bareScaleIsOne: false, out var lo) || !TryParse(high, bareScaleIsOne: false, out var hi) || lo >= hi) return null;
            return (lo, hi);
        }
        return null;
    }

    /// <summary>十二点五, 二十二万点一, 三点五万: the part before 点 in words, the fraction digit by digit,
    /// then any scale words applying to the whole.</summary>
    private static decimal? ParseWithPoint(string s)
    {
        var point = s.IndexOfAny(new[] { '点', '點' });
        if (point < 0) return ParseSections(s);
        if (point == 0) return null;
        var whole = ParseSections(s[..point]);
        var after = s[(point + 1)..];
        var digits = 0;
        while (digits < after.Length && Digits.ContainsKey(after[digits])) digits++;
        if (whole is null || digits == 0) return null;
        var value = whole.Value + ParsePositional(after[..digits])!.Value / Pow10(digits);
        foreach (var c in after[digits..])
        {
            if (!BigUnits.TryGetValue(c, out var unit)) return null;
            value *= unit;
        }
        return value;
    }

    /// <summary>Splits at the last 亿, then the last 万: left × unit + right, right below the unit.</summary>
    /// <summary>亿 and 万, largest first, as <see cref="ParseSections"/> splits a number at them.</summary>
    private static readonly decimal[] SectionUnits = [100_000_000m, 10_000m];

    private static decimal? ParseSections(string s)
    {
        foreach (var unit in SectionUnits)
        {
            var at = LastIndexOfBigUnit(s, unit);
            if (at < 0) continue;
            var left = s[..at];
            var right = s[(at + 1)..];
            if (left.Length == 0)
            {
                // 亿 alone (超亿元) is one 亿; 万一 is not a number.
                if (right.Length == 0) return unit;
                return null;
            }
            var high = ParseSections(left);
            if (high is null || high <= 0) return null;
            decimal low;
            if (right.Length == 0) low = 0;
            else if (right.Length == 1 && ElidedDigit(right[0]) is { } elided)
                low = elided * unit / 10; // 三万五 = 35000, 一亿五 = 150000000, 3万5 = 35000
            else
            {
                var trimmed = right.TrimStart('〇', '零', '○');
                if (trimmed.Length == 0) return null;
                var parsed = ParseSections(trimmed);
                if (parsed is null || parsed >= unit) return null;
                low = parsed.Value;
            }
            return high.Value * unit + low;
        }
        return ParseSmall(s);
    }

    /// <summary>A single digit after 万 or 亿 that stands for the next unit down (三万五, 3万5); null for 零 or anything else.</summary>
    private static int? ElidedDigit(char c) =>
        c is >= '1' and <= '9' ? c - '0' : Digits.TryGetValue(c, out var d) && d > 0 ? d : null;

    private static int LastIndexOfBigUnit(string s, decimal unit)
    {
        for (var i = s.Length - 1; i >= 0; i--)
            if (BigUnits.TryGetValue(s[i], out var u) && u == unit) return i;
        return -1;
    }

    private static bool AllDigits(string s)
    {
        foreach (var c in s)
            if (!Digits.ContainsKey(c)) return false;
        return true;
    }

    /// <summary>A number below 万 (or an Arabic number of any size): 两千三百, 一千零五, 三千五,
    /// 十二, 二〇二二, 十二点五, 4000, 3千, 1.75.</summary>
    private static decimal? ParseSmall(string s)
    {
        if (AllDigits(s)) return ParsePositional(s);

        decimal section = 0;
        decimal? current = null;
        var currentIsOneDigit = false;
        var lastUnit = int.MaxValue;
        var zeroSinceUnit = false;
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (char.IsAsciiDigit(c))
            {
                if (current is not null) return null;
                var start = i;
                while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '.' && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]))) i++;
                if (!decimal.TryParse(s[start..i], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var arabic)) return null;
                current = arabic;
                currentIsOneDigit = i - start == 1;
                continue;
            }
            if (IsZero(c))
            {
                if (current is not null) return null;
                zeroSinceUnit = true;
                i++;
                continue;
            }
            if (Digits.TryGetValue(c, out var d))
            {
                if (current is not null) return null;
                current = d;
                currentIsOneDigit = true;
                i++;
                continue;
            }
            if (SmallUnits.TryGetValue(c, out var u))
            {
                if (u >= lastUnit) return null;
                decimal multiplier;
                if (current is not null) multiplier = current.Value;
                else if (i == 0) multiplier = 1; // 十二, 百余
                else return null;
                section += multiplier * u;
                lastUnit = u;
                current = null;
                zeroSinceUnit = false;
                i++;
                continue;
            }
            return null;
        }
        if (current is not null)
        {
            // 三千五 = 3500, 8千3 = 8300: a last single digit right after a unit above 十, without 零, counts in the
            // next unit down.
            if (currentIsOneDigit && lastUnit is > 10 and < int.MaxValue && !zeroSinceUnit)
                section += current.Value * (lastUnit / 10);
            else section += current.Value;
        }
        return section;
    }

    /// <summary>Digit by digit: 二〇二二 = 2022, 五 = 5, 14 = 14.</summary>
    private static decimal? ParsePositional(string s)
    {
        if (s.Length == 0) return null;
        decimal v = 0;
        foreach (var c in s)
        {
            int d;
            if (char.IsAsciiDigit(c)) d = c - '0';
            else if (!Digits.TryGetValue(c, out d)) return null;
            v = v * 10 + d;
        }
        return v;
    }

    private static decimal Pow10(int n)
    {
        var p = 1m;
        for (var k = 0; k < n; k++) p *= 10;
        return p;
    }
}
