using System.Text.RegularExpressions;
using Pipeline.Extract.Numbers;
using Pipeline.Extract.Pages;
using Pipeline.Extract.Text;

namespace Pipeline.Extract.Figures;

/// <summary>
/// Numbers a web page prints around its article that count nothing in it: a view counter after its label
/// (浏览次数:1, 人气:2021次, 阅读量:7911, with the labels of Resources/page-furniture.txt's @counters), a byline's
/// clock time after a date even when a counter is glued to its minutes (2022-07-08 20:22418), and the rows of a
/// stock-quote widget (• 恒生指数 26885.24 37.92: a label and numbers with only spaces between them).
/// </summary>
internal static partial class FurnitureNumbers
{
    private static readonly string[] CounterLabels = PageFurniture.Default.Rules.Setting("counters")
        .Select(ChineseScript.ToSimplified).Distinct().OrderByDescending(l => l.Length).ToArray();

    /// <summary>A date written in digits or with 年月日 right before a clock time: 2022-07-08 20:22, 7月8日 9:30.</summary>
    [GeneratedRegex(@"(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}月\d{1,2}日)\s?$")]
    private static partial Regex DateBeforeClock { get; }

    /// <summary>Quote rows: a short label (no digits, no sentence punctuation) then two or more numbers apart only by spaces
    /// (or a sign: the view drops a space before -12.30),
    /// once or several times on a line (the view joins the widget's short lines as it joins a wrapped column).</summary>
    [GeneratedRegex(@"^(\s*[•·▪*\-]?\s*[^\d\s,，。;；:：!！?？•·▪]{1,12}\s*[-+▲▼]?\d[\d.,]*%?(\s+[-+▲▼]?\d[\d.,]*%?|[-+▲▼]\d[\d.,]*%?)+)+\s*$")]
    internal static partial Regex QuoteRow { get; }

    public static bool IsFurniture(string text, NumeralRun run) =>
        run.HasArabic && (AfterCounterLabel(text, run.Start) || InClockAfterDate(text, run) || InWidgetLine(text, run) || InQuoteRow(text, run)
            || EndsDateLine(text, run) || InPhoneNumber(text, run));

    /// <summary>A telephone number with its area code in brackets: (852) 3600 3600, (010)6258-1234, （021）5080 1234.</summary>
    [GeneratedRegex(@"[(（]\+?\d{2,4}[)）]\s?\d{3,4}[\s-]?\d{3,4}(?!\d)")]
    private static partial Regex PhoneNumber { get; }

    /// <summary>Whether the run lies inside a bracketed-area-code telephone number on its line: a number to dial counts nothing.</summary>
    private static bool InPhoneNumber(string text, NumeralRun run)
    {
        var (lineStart, lineEnd) = LineAround(text, run);
        foreach (var m in PhoneNumber.EnumerateMatches(text.AsSpan(lineStart, lineEnd - lineStart)))
            if (lineStart + m.Index <= run.Start && run.End <= lineStart + m.Index + m.Length) return true;
        return false;
    }

    /// <summary>Lines this short may be a widget's (分享到:0, 点赞 35, 第1页 共3页); a sentence is longer.</summary>
    private const int MaxWidgetLine = 24;

    /// <summary>A pager: page numbers and the words around them (第1页 共3页, 上一页 1 2 3 下一页, 1/5).</summary>
    [GeneratedRegex(@"^[\s\d/|第共页頁上下一首尾末跳转轉到]*(页|頁)[\s\d/|第共页頁上下一首尾末跳转轉到]*$")]
    private static partial Regex PagerLine { get; }

    [GeneratedRegex(@"[-+]?\d[\d.,]*")]
    private static partial Regex Digits { get; }

    /// <summary>分享到:0, 点赞35, 收藏 8, 扫一扫 12, 第1页 共3页: a short line that, its numbers taken out, is a widget row, a
    /// counter or a prompt of <see cref="PageFurniture"/>, or a pager.</summary>
    private static bool InWidgetLine(string text, NumeralRun run)
    {
        var (lineStart, lineEnd) = LineAround(text, run);
        if (lineEnd - lineStart > MaxWidgetLine) return false;
        // The verdict is the line's, not the number's: the other numbers of a line (第1页 共3页, a headline's 3 and 2024) take
        // the first one's instead of classifying the line again.
        if (ReferenceEquals(_lastLine.Text, text) && _lastLine.Start == lineStart && _lastLine.End == lineEnd) return _lastLine.IsWidget;
        var isWidget = IsWidgetLine(text[lineStart..lineEnd]);
        _lastLine = (text, lineStart, lineEnd, isWidget);
        return isWidget;
    }

    /// <summary>The last line <see cref="InWidgetLine"/> judged, on this thread (articles are annotated on several).</summary>
    [ThreadStatic] private static (string? Text, int Start, int End, bool IsWidget) _lastLine;

    private static bool IsWidgetLine(string line)
    {
        if (PagerLine.IsMatch(line)) return true;
        if (PageFurniture.Default.Classify(line) is FurnitureKind.Widget or FurnitureKind.Prompt) return true;
        var words = Digits.Replace(line, " ").Trim();
        // 161 alone on its line under a date line: a counter whose label the saved page lost (a figure has a unit or a word).
        // Seven digits or more are judged by their grouping below (4 000 000 stays a figure).
        if (words.Length == 0) return line.Trim() is { Length: <= MaxLoneCounter } lone && lone.All(char.IsAsciiDigit);
        if (IsCounterLabels(words)) return true;
        return PageFurniture.Default.Classify(words) is FurnitureKind.Widget or FurnitureKind.Prompt;
    }

    /// <summary>The most digits a lone counter line holds.</summary>
    private const int MaxLoneCounter = 6;

    /// <summary>Measure words a counter line glues to its numbers (評論0條, 阅读3次).</summary>
    private const string CounterMeasures = "条次人个";

    /// <summary>0瀏覽 評論0條: the line's words, its numbers taken out, are counter labels and their measure words only.</summary>
    private static bool IsCounterLabels(string words)
    {
        var rest = ChineseScript.ToSimplified(words).Replace(" ", "");
        var labels = 0;
        for (var i = 0; i < rest.Length;)
        {
            var label = CounterLabels.FirstOrDefault(l => string.CompareOrdinal(rest, i, l, 0, l.Length) == 0);
            if (label != null)
            {
                labels++;
                i += label.Length;
            }
            else if (CounterMeasures.Contains(rest[i])) i++;
            else return false;
        }
        return labels > 0;
    }

    /// <summary>A date line's date and clock, and a few words after them (2023年03月25日20:23:05 财经 1730: the number
    /// ending such a line is the page's view count; the view may have dropped the spaces).</summary>
    [GeneratedRegex(
        @"^\s*(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)\s*\d{1,2}:\d{2}(:\d{2})?[^\d,，。;；:：!！?？]{0,12}$")]
    private static partial Regex DateLineBeforeCounter { get; }

    /// <summary>A bare whole number ending a date line, after its clock and a channel word or two.</summary>
    private static bool EndsDateLine(string text, NumeralRun run)
    {
        if (!run.Text.All(char.IsAsciiDigit)) return false;
        var (lineStart, lineEnd) = LineAround(text, run);
        for (var k = run.End; k < lineEnd; k++)
            if (!char.IsWhiteSpace(text[k])) return false;
        return DateLineBeforeCounter.IsMatch(text.AsSpan(lineStart, run.Start - lineStart));
    }

    private static (int Start, int End) LineAround(string text, NumeralRun run)
    {
        var lineStart = run.Start == 0 ? 0 : text.LastIndexOf('\n', run.Start - 1) + 1;
        var lineEnd = text.IndexOf('\n', run.End);
        return (lineStart, lineEnd < 0 ? text.Length : lineEnd);
    }

    /// <summary>浏览次数:1, 人气: 3, 阅读量：7911次: a counter's label and a colon right before the number.</summary>
    private static bool AfterCounterLabel(string text, int start)
    {
        var k = start;
        while (k > 0 && text[k - 1] == ' ') k--;
        if (k == 0 || text[k - 1] is not (':' or '：')) return false;
        k--;
        while (k > 0 && text[k - 1] == ' ') k--;
        foreach (var label in CounterLabels)
            if (k >= label.Length && string.CompareOrdinal(text, k - label.Length, label, 0, label.Length) == 0) return true;
        return false;
    }

    /// <summary>20:22 after 2022-07-08: the hour and whatever digits follow its colon (minutes, and a counter glued to
    /// them) are the byline's time.</summary>
    private static bool InClockAfterDate(string text, NumeralRun run)
    {
        var hourEnd = run.End;
        var hourStart = run.Start;
        if (run.Start >= 2 && text[run.Start - 1] == ':' && char.IsAsciiDigit(text[run.Start - 2]))
        {
            hourEnd = run.Start - 1;
            hourStart = hourEnd;
            while (hourStart > 0 && char.IsAsciiDigit(text[hourStart - 1])) hourStart--;
        }
        else if (!(run.End + 1 < text.Length && text[run.End] == ':' && char.IsAsciiDigit(text[run.End + 1]))) return false;
        else
        {
            // A run may open with a Han numeral glued to the hour (週六9:30): the hour is the digits before the colon.
            hourStart = hourEnd;
            while (hourStart > run.Start && char.IsAsciiDigit(text[hourStart - 1])) hourStart--;
        }
        if (hourEnd - hourStart is < 1 or > 2 || int.Parse(text[hourStart..hourEnd], System.Globalization.CultureInfo.InvariantCulture) > 24) return false;
        var from = Math.Max(0, hourStart - 12);
        return DateBeforeClock.IsMatch(text[from..hourStart]);
    }

    private const int MaxQuoteLine = 240;

    private static bool InQuoteRow(string text, NumeralRun run)
    {
        var (lineStart, lineEnd) = LineAround(text, run);
        if (lineEnd - lineStart > MaxQuoteLine) return false;
        var line = text.AsSpan(lineStart, lineEnd - lineStart);
        return EndsLikeQuoteRow(line) && QuoteRow.IsMatch(line);
    }

    /// <summary>What <see cref="QuoteRow"/> needs at the end: its last number (a digit, or the . , % a number may end with)
    /// then only white space (\s, which is <see cref="char.IsWhiteSpace"/>; \d is <see cref="char.IsDigit"/>). Every number
    /// of a line asks about the line, and most lines end with a sentence's stop: this answers them without the pattern.</summary>
    internal static bool EndsLikeQuoteRow(ReadOnlySpan<char> line)
    {
        var end = line.Length;
        while (end > 0 && char.IsWhiteSpace(line[end - 1])) end--;
        return end > 0 && (char.IsDigit(line[end - 1]) || line[end - 1] is '.' or ',' or '%');
    }
}
