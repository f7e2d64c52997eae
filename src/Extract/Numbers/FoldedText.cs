using Pipeline.Extract.Text;
using System.Text;
using Pipeline.Extract.Lexicon;

namespace Pipeline.Extract.Numbers;

/// <summary>
/// A view of an article body made for scanning numbers and dates: full-width ASCII is folded to
/// half-width (１２３，％ → 123,%), horizontal white space is dropped (“超过 8000 人次”), and a line break
/// that only wraps a printed column is removed (“2\n000万元”, “400公\n里”), while a break that ends a
/// heading or a paragraph stays as '\n'. Every view position maps back to its body offset.
/// </summary>
internal sealed class FoldedText
{
    private readonly int[] _source;

    private readonly string _body;

    private FoldedText(string text, int[] source, string body)
    {
        Text = text;
        _source = source;
        _body = body;
        SourceLength = body.Length;
    }

    public string Text { get; }
    public int SourceLength { get; }

    /// <summary>A line this long or longer that does not end a sentence is taken as wrapped.
    /// Headings and captions (“200家”, “增长30.5%”) are shorter and keep their break.</summary>
    internal const int WrappedLineMinLength = 8;

    private const string LineFinal = "。！？!?；;：:”\"’》）)】」』…";

    public static FoldedText Create(string body)
    {
        var text = new StringBuilder(body.Length);
        var map = new List<int>(body.Length);
        var lineLength = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c == '\r') continue;
            if (c == '\n')
            {
                var lastKept = text.Length > 0 ? text[^1] : '\n';
                var wrapped = lineLength >= WrappedLineMinLength && lastKept != '\n' && !LineFinal.Contains(lastKept)
                    && !StartsWithListMarker(body, i + 1) && !DateAfterNumber(text, body, i + 1);
                if (!wrapped && lastKept != '\n')
                {
                    text.Append('\n');
                    map.Add(i);
                }
                lineLength = 0;
                continue;
            }
            // 萬(wàn)元, 業(yè): a pinyin reading glued after a character by some sites' copies is not the text.
            if (c is '(' or '（' && text.Length > 0 && PinyinReadings.LengthAt(body, i, text[^1]) is > 0 and var reading)
            {
                i += reading - 1;
                continue;
            }
            if (IsHorizontalSpace(c))
            {
                // Between two numbers a space is dropped only as a thousands separator (10 000, 2 000万元);
                // 2023-11-02 08:30 or 第3 5号 keep it, or the two numbers would run into one.
                if (text.Length > 0 && char.IsAsciiDigit(text[^1]) && (SeparatesNumbers(body, i) || IsListNumberBeforeName(text, lineLength, body, i)))
                {
                    text.Append(' ');
                    map.Add(i);
                    while (i + 1 < body.Length && IsHorizontalSpace(body[i + 1])) i++;
                }
                continue;
            }
            text.Append(TextNormalizer.IsSmallStopDecimalPoint(body, i) ? '.' : Fold(c));
            map.Add(i);
            lineLength++;
        }
        // Traditional → Simplified one char for one char (萬, 億, 約, 達到 read like 万, 亿, 约, 达到).
        return new FoldedText(ChineseScript.ToSimplified(text.ToString()), map.ToArray(), body);
    }

    private static bool IsHorizontalSpace(char c) => c is ' ' or '\t' or '\u3000' or '\u00A0' or '\u2002' or '\u2003' or '\u2009' or '\u200B';

    /// <summary>True when the spaces at <paramref name="i"/> stand between two numbers rather than inside one: the
    /// digits after them are not a group of exactly three (a thousands group) closing the number.</summary>
    private static bool SeparatesNumbers(string body, int i)
    {
        var j = i;
        while (j < body.Length && IsHorizontalSpace(body[j])) j++;
        var digits = 0;
        while (j + digits < body.Length && IsDigit(body[j + digits])) digits++;
        if (digits == 0) return false;
        return digits != 3;
    }

    /// <summary>“7 成都高新区” in a chart's list: one to three digits that open a line and a space after them are a
    /// list number; dropping the space would glue it to the next word (7成 read as seventy per cent).</summary>
    private static bool IsListNumberBeforeName(StringBuilder text, int lineLength, string body, int i)
    {
        const int longestListNumber = 3;
        if (lineLength > longestListNumber) return false;
        var j = i;
        while (j < body.Length && IsHorizontalSpace(body[j])) j++;
        // “12 月 5 日”, “3 个月”: a date or a unit after the space still belongs to the number; 成 with a word
        // after it begins a name (7 成都高新区), where “10 成” alone is a tenth.
        if (j >= body.Length || !IsIdeograph(body[j]) || "年月日号號时時点點分秒".Contains(body[j])
            || global::Pipeline.Extract.Figures.UnitLexicon.MatchUnit(body, j) is { } unit && !(unit == "成" && j + 1 < body.Length && IsIdeograph(body[j + 1]))) return false;
        for (var k = 1; k <= lineLength; k++)
            if (!char.IsAsciiDigit(text[^k])) return false;
        return text.Length == lineLength || text[^(lineLength + 1)] == '\n';
    }

    private static bool IsIdeograph(char c) => c is >= '\u4E00' and <= '\u9FFF';

    private static bool IsDigit(char c) => char.IsAsciiDigit(c) || c is >= '０' and <= '９';

    /// <summary>“2. 推行…”, “3、…”, “(4)”: a numbered item starts a line of its own.</summary>
    private static bool StartsWithListMarker(string body, int i)
    {
        while (i < body.Length && body[i] is ' ' or '\t' or '\u3000') i++;
        if (i < body.Length && body[i] is '(' or '（' or '\uFF08') return true;
        var digits = i;
        while (digits < body.Length && (char.IsAsciiDigit(body[digits]) || body[digits] is >= '０' and <= '９')) digits++;
        if (digits == i || digits > i + 2 || digits >= body.Length) return false;
        var marker = body[digits];
        if (marker is '、' or ')' or '）') return true;
        return marker is '.' or '．' && (digits + 1 >= body.Length || !char.IsAsciiDigit(body[digits + 1]) && body[digits + 1] is not (>= '０' and <= '９'));
    }

    /// <summary>
    /// 位列第9\n2021年…: a line that opens with a date (2021年, 2021-05, 3月, 15日) after a line that ends with a number
    /// starts a paragraph of its own when joining the two would make the date impossible (92021年, 93月, 915日); a
    /// number the column cut (20\n21年, 1\n2月) still joins, as it makes a date.
    /// </summary>
    private static bool DateAfterNumber(StringBuilder text, string body, int i)
    {
        var before = 0;
        while (before < text.Length && IsDigit(text[^(before + 1)])) before++;
        if (before == 0) return false;
        while (i < body.Length && IsHorizontalSpace(body[i])) i++;
        var digits = i;
        while (digits < body.Length && IsDigit(body[digits])) digits++;
        if (digits == i || digits >= body.Length) return false;
        var own = digits - i;
        var value = 0;
        for (var k = i; k < digits && k - i < 5; k++) value = value * 10 + (Fold(body[k]) - '0');
        var year = own == 4 && value is >= 1900 and <= 2099;
        return Fold(body[digits]) switch
        {
            '年' => year,
            '-' or '/' or '.' => year && digits + 1 < body.Length && IsDigit(body[digits + 1]),
            '月' => own <= 2 && value is >= 1 and <= 12 && Joined(text, before, body, i, digits) > 12,
            '日' or '号' => own <= 2 && value is >= 1 and <= 31 && Joined(text, before, body, i, digits) > 31,
            _ => false,
        };
    }

    /// <summary>The number the digits ending the line and those opening the next make together (capped, to compare with a
    /// month or a day).</summary>
    private static int Joined(StringBuilder text, int before, string body, int from, int to)
    {
        if (before + to - from > 3) return int.MaxValue;
        var value = 0;
        for (var k = before; k >= 1; k--) value = value * 10 + (Fold(text[^k]) - '0');
        for (var k = from; k < to; k++) value = value * 10 + (Fold(body[k]) - '0');
        return value;
    }

    /// <summary>Full-width forms U+FF01–U+FF5E to ASCII; everything else unchanged.</summary>
    public static char Fold(char c) => c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;

    /// <summary>The body's characters behind the view span [viewStart, viewEnd): the text as written
    /// (Traditional stays Traditional), without the spaces and wrapping breaks the view dropped.</summary>
    public string Original(int viewStart, int viewEnd)
    {
        // Written into the string itself: no array copied into it.
        return string.Create(Math.Max(0, viewEnd - viewStart), (View: this, Start: viewStart), static (chars, at) =>
        {
            for (var k = 0; k < chars.Length; k++)
            {
                var source = at.View._source[at.Start + k];
                var body = at.View._body;
                chars[k] = source < body.Length && body[source] != '\n' && body[source] != '\r' ? body[source] : at.View.Text[at.Start + k];
            }
        });
    }

    /// <summary>Body offset of the view character at <paramref name="viewIndex"/>.</summary>
    public int ToSource(int viewIndex) =>
        viewIndex < _source.Length ? _source[viewIndex] : SourceLength;

    /// <summary>Body offset just after the view span ending (exclusive) at <paramref name="viewEnd"/>.</summary>
    public int ToSourceEnd(int viewEnd) =>
        viewEnd <= 0 ? 0 : viewEnd - 1 < _source.Length ? _source[viewEnd - 1] + 1 : SourceLength;

    /// <summary>True when the view dropped something (a space, a wrapping break) right before <paramref name="viewIndex"/>:
    /// the body keeps apart what the view runs together (www.sina.com.cn 2011年 → cn2011年).</summary>
    public bool ApartFromBefore(int viewIndex) =>
        viewIndex > 0 && viewIndex < _source.Length && _source[viewIndex] - _source[viewIndex - 1] > 1;

    /// <summary>View index of the first view character at or after body offset <paramref name="sourceIndex"/>.</summary>
    public int FromSource(int sourceIndex)
    {
        if ((uint)sourceIndex > (uint)SourceLength) return FirstAtOrAfter(sourceIndex);
        // Asked twice for every word of the body (attribution's word view) and for every annotation: a table of the
        // answers for every body offset, made on the first question, instead of a binary search each time.
        return (_fromSource ??= AnswersFromSource())[sourceIndex];
    }

    private int[]? _fromSource;

    private int[] AnswersFromSource()
    {
        var answers = new int[SourceLength + 1];
        var view = 0;
        for (var offset = 0; offset <= SourceLength; offset++)
        {
            while (view < _source.Length && _source[view] < offset) view++;
            answers[offset] = view;
        }
        return answers;
    }

    /// <summary>The binary search <see cref="FromSource"/> answers from its table (the view's body offsets only grow).</summary>
    internal int FirstAtOrAfter(int sourceIndex)
    {
        var i = Array.BinarySearch(_source, sourceIndex);
        return i >= 0 ? i : ~i;
    }
}
