using System.Buffers;
using System.Text.RegularExpressions;
using Pipeline.Extract.Numbers;

namespace Pipeline.Extract.Dates;

/// <summary>How a date mention gives its year.</summary>
internal enum YearKind
{
    /// <summary>Not written: 8月12日, 3月底.</summary>
    None,
    /// <summary>Written as a number: 2022年, 二〇二二年.</summary>
    Explicit,
    /// <summary>Said relative to the publication year: 今年 (0), 去年 (-1), 前年 (-2), 明年 (+1).</summary>
    Relative,
}

/// <summary>One calendar point as written; Month is set by 年底 (12) and 年初 (1) too. A month or day said
/// relative to the publication date (上个月 → MonthOffset -1, 昨天 → DayOffset -1) leaves Month and Day unset.</summary>
internal sealed record DatePoint(YearKind YearKind, int Year, int? Month, int? Day)
{
    public int? MonthOffset { get; init; }
    public int? DayOffset { get; init; }
    /// <summary>A quarter counted from the publication quarter (上季 → -1); Month then counts from that quarter's
    /// first month (0 to 2).</summary>
    public int? QuarterOffset { get; init; }
    /// <summary>Day written in brackets after a relative day word (昨（15）日): the day of the month nearest the
    /// publication day moved by DayOffset, in the publication month or one next to it.</summary>
    public bool DayNearPublication { get; init; }
    /// <summary>A year whose century the text leaves out (90年代): written, but the century is inferred.</summary>
    public bool CenturyInferred { get; init; }
    /// <summary>A year counted from the year the text named last (同年, 当年 → 0; 次年, 翌年 → 1), not from the publication.</summary>
    public int? ContextYearOffset { get; init; }
    /// <summary>A day of the lunar year's first month (正月初八 → 8): Month and Day are the Gregorian ones of the year the
    /// point falls in, which <see cref="LunarCalendar"/> gives once the year is known.</summary>
    public int? LunarFirstMonthDay { get; init; }
}

/// <summary>A proposed date mention in a <see cref="FoldedText"/> view: a point or a range.</summary>
internal sealed record DateSpan(int Start, int End, DatePoint From, DatePoint? To);

/// <summary>
/// Proposes calendar mentions: 2022年8月15日, 2022.8.15, 2022-08-15, 8月12日, 2017年6月, 2020年底, 3月底,
/// 6月下旬, 今年2月, 去年10月, 2030年前, 2021年度, 2018-2020年, 2018年至2020年, 1-9月, 二〇二二年八月.
/// Leaves out mentions inside a document or event name (《…(2022-2030年)》), 今年以来, and words with no
/// calendar value (近日, 年初 alone, 十四五).
/// </summary>
internal static partial class DateExtractor
{
    private static readonly (string Word, int Offset)[] RelativeYears =
    {
        ("今年", 0), ("本年", 0), ("去年", -1), ("上年", -1), ("前年", -2), ("明年", 1), ("后年", 2), ("後年", 2), ("下年", 1),
    };

    /// <summary>Whether <paramref name="text"/> says a year relative to the publication between <paramref name="from"/> and
    /// <paramref name="to"/> (今年是…, 今年度的…), placing what follows in a year a page without its own date does not give.</summary>
    internal static bool SaysRelativeYear(string text, int from, int to)
    {
        foreach (var (word, _) in RelativeYears)
            if (text.AsSpan(from, to - from).Contains(word, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>Dashes of every kind (em, en, figure, horizontal bar, hyphen, wave, the long-vowel bar ー a Japanese input
    /// method types for a dash) and 至/到 between the ends of a range.</summary>
    private static readonly string[] RangeSeparators = { "——", "――", "—", "―", "–", "‒", "‐", "‑", "－", "-", "~", "～", "〜", "ー", "至", "到" };
    private const string ChineseDigits = "〇零○一二三四五六七八九";

    /// <param name="apartFromBefore">Whether the text as written kept a position apart from the character before it (a space
    /// the folded view dropped): a date may follow a word of Latin letters only so (…sina.com.cn 2011年05月16日).</param>
    /// <param name="republicCalendar">Whether the text dates in Republic of China years without saying 民国
    /// (<see cref="RepublicCalendar"/>): its two-digit years before a month (98年7-8月) and its bare three-digit years
    /// (108年) are read as such.</param>
    public static List<DateSpan> Extract(string text, Func<int, bool>? apartFromBefore = null, bool republicCalendar = false)
    {
        var inName = InsideBookTitle(text);
        var spans = new List<DateSpan>();
        var i = 0;
        while (i < text.Length)
        {
            // Only where a reader can start: most characters of a text start none, and skipping them is one vector scan.
            var skip = text.AsSpan(i).IndexOfAny(DateStarts);
            if (skip < 0) break;
            i += skip;
            var span = TryAt(text, i);
            // AB2023年, IMG_2024-11-17: a date glued to a word of Latin letters or a file name's underscore is part of a code,
            // unless it is a timestamp (转载 julia2024/09/27 12:36:14 发布: a user name glued to the day it posted).
            if (span != null && i > 0 && (char.IsAsciiLetter(text[i - 1]) || text[i - 1] == '_') && apartFromBefore?.Invoke(i) != true
                && !(text[i - 1] != '_' && IsTimestamp(text, span))) span = null;
            if (span == null || inName[span.Start] || IsYearOfName(text, span))
            {
                i++;
                continue;
            }
            spans.Add(span);
            i = span.End;
        }
        if (republicCalendar)
        {
            ReadTwoDigitYearsAsRepublic(text, spans);
            AddSlashedMonthDays(text, spans, inName);
        }
        AddBareRepublicYears(text, spans, inName, republicCalendar);
        AddEnglishDates(text, spans, inName);
        AddCompactDates(text, spans, inName, apartFromBefore);
        AddListedDays(text, spans, inName);
        AddListedYears(text, spans, inName);
        return spans;
    }

    /// <summary>2022、2023年上市, 2018、2019和2020年: a year listed before a year written with 年 (the list words of
    /// Resources/day-lists.txt between them) is a year of its own; the list writes 年 once, on its last item. Only earlier
    /// four-digit years less than <see cref="ListedYearsReach"/> before the one after them (产值分别为1980、2025年目标…: a value,
    /// not a year of the list), each read back from the one after it.</summary>
    private const int ListedYearsReach = 10;

    private static void AddListedYears(string text, List<DateSpan> spans, bool[] inName)
    {
        List<DateSpan>? listed = null;
        foreach (var last in spans)
        {
            if (last is not { To: null, From: { YearKind: YearKind.Explicit, Month: null, Day: null, MonthOffset: null } }
                || JoinedYearLength(text, last.Start) == 0) continue;
            var (at, later) = (last.Start, last.From.Year);
            while (DayLists.Default.ListWords.FirstOrDefault(w => at >= w.Length && string.CompareOrdinal(text, at - w.Length, w, 0, w.Length) == 0) is { } word)
            {
                var start = at - word.Length - 4;
                if (start < 0 || start > 0 && (char.IsAsciiDigit(text[start - 1]) || text[start - 1] == '.') || inName[start]
                    || !ReadDigits(text, start, 4, 4, out var year, out _) || !IsYear(year) || year >= later || later - year > ListedYearsReach
                    || Overlaps(spans, start, start + 4)) break;
                (listed ??= new List<DateSpan>()).Add(new DateSpan(start, start + 4, new DatePoint(YearKind.Explicit, year, null, null), null));
                (at, later) = (start, year);
            }
        }
        if (listed == null) return;
        spans.AddRange(listed);
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>十月十七日及十八日, 7月14日(星期六)及15日(星期日), 8月23日、24日和25日: a later day of the month listed after a
    /// day (its weekday in brackets between them) with a list word of Resources/day-lists.txt is a date in the first day's
    /// month and year, which the list writes once. Not a count (和3家企业) or a length of time (及30日内).</summary>
    private static void AddListedDays(string text, List<DateSpan> spans, bool[] inName)
    {
        var added = false;
        for (var n = 0; n < spans.Count; n++)
        {
            var first = spans[n];
            if (first.To != null || first.From.Day is not { } firstDay || first.From.DayOffset is not (null or 0)
                || first.From.LunarFirstMonthDay != null) continue;
            var at = AfterWeekday(text, first.End);
            var word = DayLists.Default.ListWords.FirstOrDefault(w => Follows(text, at, w));
            if (word == null) continue;
            var start = at + word.Length;
            if (start >= text.Length || inName[start] || ReadBareDayNumber(text, start) is not { } listed || listed.Day <= firstDay
                || !Follows(text, listed.End, "日", "号") || NotBareDayAfter.Contains(At(text, listed.End + 1))
                || Overlaps(spans, start, listed.End + 1)) continue;
            // Inserted right after its first item, so a third day (及25日) is read after the second.
            spans.Insert(n + 1, new DateSpan(start, listed.End + 1, first.From with { Day = listed.Day }, null));
            added = true;
        }
        if (added) spans.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>Past a day's weekday in brackets ((周六), （星期三）), where a list or a range goes on; else <paramref name="at"/>.</summary>
    private static int AfterWeekday(string text, int at)
    {
        if (At(text, at) is not ('(' or '（')) return at;
        var close = text.IndexOfAny(new[] { ')', '）' }, at + 1);
        return close > at && close - at <= 5 && WeekdayWords.Any(w => Follows(text, at + 1, w)) ? close + 1 : at;
    }

    /// <summary>2024/09/27 12:36: a day written in digits and followed by its clock time, as a post or a log stamps it.</summary>
    private static bool IsTimestamp(string text, DateSpan span)
    {
        if (span.To != null || span.From.Day == null || span.End <= span.Start || !char.IsAsciiDigit(text[span.End - 1])) return false;
        var k = At(text, span.End) == ' ' ? span.End + 1 : span.End;
        return ReadDigits(text, k, 1, 2, out var hour, out var j) && hour < 24 && At(text, j) == ':' && ReadDigits(text, j + 1, 2, 2, out var minute, out _) && minute < 60;
    }

    /// <summary>20230808, 20260308: a day written as eight digits, year, month and day run together.</summary>
    [GeneratedRegex(@"(?<![\dA-Za-z.])(?<y>19[89]\d|20\d\d)(?<m>0[1-9]|1[0-2])(?<d>0[1-9]|[12]\d|3[01])(?![\dA-Za-z.%])")]
    private static partial Regex CompactDate { get; }

    /// <summary>新聞自選輯 20260308, a line opening 20230808文/王妙琴: eight digits that run a date together are one where a date
    /// line puts them, at the start of a line or apart from the word before (a space the view dropped); inside a sentence
    /// (订单号20230808) they are a code.</summary>
    private static void AddCompactDates(string text, List<DateSpan> spans, bool[] inName, Func<int, bool>? apartFromBefore)
    {
        var added = false;
        foreach (Match m in CompactDate.Matches(text))
        {
            var end = m.Index + m.Length;
            var opensLine = m.Index == 0 || text[m.Index - 1] == '\n';
            if (inName[m.Index] || !opensLine && apartFromBefore?.Invoke(m.Index) != true || Overlaps(spans, m.Index, end)) continue;
            int year = int.Parse(m.Groups["y"].Value), month = int.Parse(m.Groups["m"].Value), day = int.Parse(m.Groups["d"].Value);
            if (!IsDay(year, month, day)) continue;
            spans.Add(new DateSpan(m.Index, end, new DatePoint(YearKind.Explicit, year, month, day), null));
            added = true;
        }
        if (added) spans.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>Feb 25, 2022, February 25 2022, 25 Feb 2022: a day written with an English month name, as pages of Hong Kong
    /// and overseas sites print their date. The year is required: alone, May and March are words too.</summary>
    [GeneratedRegex(
        @"(?<![A-Za-z\d])(?:(?<mon>" + EnglishMonthNames + @")\.?\s?(?<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?,?\s?(?<y>(?:19|20)\d{2})" +
        @"|(?<d>3[01]|[12]\d|0?[1-9])\s?(?<mon>" + EnglishMonthNames + @")\.?,?\s?(?<y>(?:19|20)\d{2}))(?![A-Za-z\d])",
        RegexOptions.IgnoreCase)]
    private static partial Regex EnglishDate { get; }

    private const string EnglishMonthNames =
        "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";

    private static void AddEnglishDates(string text, List<DateSpan> spans, bool[] inName)
    {
        // Only texts holding a Latin month name pay for the regex.
        if (!text.AsSpan().ContainsAny(EnglishMonthInitials)) return;
        var added = false;
        foreach (Match m in EnglishDate.Matches(text))
        {
            var end = m.Index + m.Length;
            // A month name starts with a capital (may, march in lower case are words).
            if (inName[m.Index] || !char.IsAsciiLetterUpper(m.Groups["mon"].Value[0]) || spans.Any(s => s.Start < end && m.Index < s.End)) continue;
            int year = int.Parse(m.Groups["y"].Value), day = int.Parse(m.Groups["d"].Value);
            var month = EnglishMonth(m.Groups["mon"].Value);
            if (!IsDay(year, month, day)) continue;
            spans.Add(new DateSpan(m.Index, end, new DatePoint(YearKind.Explicit, year, month, day), null));
            added = true;
        }
        if (added) spans.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    private static readonly SearchValues<char> EnglishMonthInitials = SearchValues.Create("JFMASONDjfmasond");

    private static readonly string[] EnglishMonthPrefixes = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };

    private static int EnglishMonth(string name) =>
        Array.FindIndex(EnglishMonthPrefixes, p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase)) + 1;

    /// <summary>Whether a span is a fiscal year written as its two years (<see cref="ReadYearPair"/>).</summary>
    public static bool IsYearPair(string text, DateSpan span) =>
        span.To is { YearKind: YearKind.Explicit, Month: null } to && span.From is { YearKind: YearKind.Explicit, Month: null } && to.Year == span.From.Year + 1
        && text.AsSpan(span.Start, span.End - span.Start).Contains('/');

    /// <summary>2022/2023, 2022/23: a fiscal year or season that spans two calendar years, written as its two years (Hong Kong
    /// companies' 2022/2023全年業績). Only consecutive years: any other pair is no such span.</summary>
    private static DateSpan? ReadYearPair(string text, int i)
    {
        if (!ReadDigits(text, i, 4, 4, out var first, out var slash) || !IsYear(first) || At(text, slash) != '/') return null;
        if (!ReadDigits(text, slash + 1, 2, 4, out var second, out var end) || end - slash - 1 == 3) return null;
        if (char.IsAsciiDigit(At(text, end)) || At(text, end) is '/' or '.' or '%' || At(text, end) == ',' && char.IsAsciiDigit(At(text, end + 1))) return null;
        var next = end - slash - 1 == 2 ? (first + 1) % 100 : first + 1;
        if (second != next) return null;
        return new DateSpan(i, end, new DatePoint(YearKind.Explicit, first, null, null), new DatePoint(YearKind.Explicit, first + 1, null, null));
    }

    /// <summary>9/4前, (資料來源:經濟部9/23): month and day with a slash, as Taiwan news writes a day without its year.</summary>
    [GeneratedRegex(@"(?<![\d./:／])(?<m>1[0-2]|0?[1-9])/(?<d>3[01]|[12]\d|0?[1-9])(?![\d./:%])")]
    private static partial Regex SlashedMonthDay { get; }

    /// <summary>Words before a number that make m/d a fraction (占1/3, 約1/4, 近2/3, 的1/5).</summary>
    private const string BeforeFraction = "占佔约約近逾超过過达達为為的之及和与與或、";

    /// <summary>What may follow m/d as a day: a deadline or start (前, 起, 止), a range's end, a closing bracket, a weekday's
    /// bracket, or the end of a clause.</summary>
    private const string AfterSlashedDay = "前起止至到~～-—)）(（,，。;；、 \n";

    /// <summary>In a text that dates in Republic years (a Taiwan text), m/d in the places a day stands (9/4前, 經濟部9/23)) is
    /// a day of the publication year; a fraction keeps its words before it (占1/3) and is never followed by a unit.</summary>
    private static void AddSlashedMonthDays(string text, List<DateSpan> spans, bool[] inName)
    {
        foreach (Match m in SlashedMonthDay.Matches(text))
        {
            var end = m.Index + m.Length;
            if (inName[m.Index] || spans.Any(s => s.Start < end && m.Index < s.End)) continue;
            if (m.Index > 0 && BeforeFraction.Contains(text[m.Index - 1]) || end < text.Length && !AfterSlashedDay.Contains(text[end])) continue;
            int month = int.Parse(m.Groups["m"].Value), day = int.Parse(m.Groups["d"].Value);
            if (!IsDay(2000, month, day)) continue;
            spans.Add(new DateSpan(m.Index, end, new DatePoint(YearKind.None, 0, month, day), null));
        }
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>The first year a two-digit year is read as (98年 → 1998) when the text does not date in Republic years.</summary>
    private const int TwoDigitCenturyStart = 1951;

    /// <summary>97年9月, 98年7-8月, 98年度 in a text that dates in Republic years: the two-digit year is the Republic's
    /// (2008, 2009), not 1997 or 1998. Years up to 50 (read as 20xx) stay: the Republic's first fifty years are no
    /// news dates.</summary>
    private static void ReadTwoDigitYearsAsRepublic(string text, List<DateSpan> spans)
    {
        static DatePoint Shift(DatePoint point) => point.YearKind == YearKind.Explicit && point.Year is >= TwoDigitCenturyStart and <= 1999
            ? point with { Year = point.Year - 1900 + RepublicYearOffset } : point;
        for (var k = 0; k < spans.Count; k++)
        {
            var span = spans[k];
            if (!ReadDigits(text, span.Start, 2, 2, out _, out var end) || !Follows(text, end, "年") || span.From.Year is < TwoDigitCenturyStart or > 1999) continue;
            // 民國55年、58年: read as the Republic's already (ContinuesRepublicList).
            if (ContinuesRepublicList(text, span.Start)) continue;
            spans[k] = span with { From = Shift(span.From), To = span.To is { } to ? Shift(to) : null };
        }
    }

    /// <summary>The Republic of China years a text dates its mentions with (112年3月, 民国112年, 112年度), as calendar years.</summary>
    private static List<int> RepublicYears(string text, List<DateSpan> spans)
    {
        var years = new List<int>();
        foreach (var span in spans)
            if (span.From.YearKind == YearKind.Explicit && ReadRepublicYear(text, span.Start) is { } republic && republic.Year == span.From.Year)
                years.Add(republic.Year);
        return years;
    }

    /// <summary>How far from a Republic year the text itself dates with a bare 1xx年 may lie and still be read as one.</summary>
    private const int RepublicYearReach = 10;

    /// <summary>Words after a bare 1xx年 that make it a count of years (100年来, 100年的历史, 100年前).</summary>
    private static readonly string[] CountOfYearsAfter = { "来", "來", "以来", "前", "后", "後", "间", "間", "内", "內", "之", "的", "历史", "歷史", "多", "余", "餘", "左右", "以上", "老", "校庆", "纪念", "紀念", "周年", "週年" };

    /// <summary>103年總營收, 較102年成長: a bare three-digit year where the text dates other mentions in Republic years
    /// (103年上半年), close to one of them. A bare 1xx年 in a text that uses no such year counts years (建党100年).</summary>
    private static void AddBareRepublicYears(string text, List<DateSpan> spans, bool[] inName, bool republicCalendar)
    {
        var known = RepublicYears(text, spans);
        if (known.Count == 0 && !republicCalendar) return;
        var added = false;
        for (var i = 0; i + 4 <= text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]) && text[i] != '一' || i > 0 && (char.IsAsciiDigit(text[i - 1]) || text[i - 1] is '.' or '第' or '近' or '约' or '約' or '逾' or '超' or '满' or '滿')) continue;
            if (!ReadDigits(text, i, 3, 3, out var roc, out var end) && !ReadRepublicDigits(text, i, out roc, out end) || roc is < 100 or > 199 || inName[i]) continue;
            var year = roc + 1911;
            if (!republicCalendar && !IsNearAny(known, year)) continue;
            var opening = new DatePoint(YearKind.Explicit, year, null, null);
            // 111至113年, 111-113年: a range of Republic years written with 年 once.
            if (!Follows(text, end, "年"))
            {
                if (ReadRepublicYearRangeEnd(text, end, roc) is not { } last || Overlaps(spans, i, last.End)) continue;
                spans.Add(new DateSpan(i, last.End, opening, opening with { Year = last.Year }));
                added = true;
                continue;
            }
            if (Follows(text, end + 1, CountOfYearsAfter) && !CountsFromTheYear(text, i, end + 1) || Overlaps(spans, i, end + 1)) continue;
            var span = new DateSpan(i, end + 1, opening, null);
            // 114年第1次电价费率审议会, 115年农民节表彰大会: a year opening a name, as 2024年工作要点 is.
            if (IsYearOfName(text, span)) continue;
            spans.Add(span);
            added = true;
        }
        if (added) spans.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>自105年後, 從98年以來, 自90年起: 自 or 從 before a year makes it the year a time is counted from, so 後 or 以來
    /// after it says "since", not "after so many years" (100年後).</summary>
    internal static bool CountsFromTheYear(string text, int start, int afterYear) =>
        start > 0 && text[start - 1] is '自' or '从' or '從' && Follows(text, afterYear, "后", "後", "以来", "以來", "起");

    /// <summary>至113年 after a Republic year written without 年 (111至113年): the last year and where the range ends; null when
    /// no later three-digit year with 年 follows a range's separator.</summary>
    private static (int Year, int End)? ReadRepublicYearRangeEnd(string text, int at, int firstRoc)
    {
        foreach (var sep in RangeSeparators)
        {
            if (!Follows(text, at, sep)) continue;
            if (!ReadDigits(text, at + sep.Length, 3, 3, out var lastRoc, out var end) || !Follows(text, end, "年") || lastRoc <= firstRoc || lastRoc > 199) return null;
            return Follows(text, end + 1, CountOfYearsAfter) ? null : (lastRoc + RepublicYearOffset, end + 1);
        }
        return null;
    }

    internal static DateSpan? TryAt(string text, int i)
    {
        if (i > 0 && (char.IsAsciiDigit(text[i - 1]) || text[i - 1] == '.' && !FollowsListNumber(text, i))) return null;
        // 同, 次, 翌 start no other reader: the prefilter stops at them (同比, 次数) for 同年/次年/翌年 only.
        if (text[i] is '同' or '次' or '翌') return ReadContextYearMonth(text, i);
        if (ReadContextYearMonth(text, i) is { } contextYear) return contextYear;
        if (ReadNumericDate(text, i) is { } numeric) return WithNumericRangeEnd(text, numeric);
        if (ReadYearPair(text, i) is { } pair) return pair;
        if (ReadStampedMonthDay(text, i) is { } stamped) return stamped;
        if (ReadDayFirstNumericDate(text, i) is { } dayFirst) return dayFirst;
        if (ReadRepublicNumericDate(text, i) is { } republicDate) return republicDate;
        if (ReadBracketedDay(text, i) is { } bracketed) return bracketed;
        if (ReadLunarFirstMonthDay(text, i) is { } lunar) return lunar;
        if (ReadBareDay(text, i) is { } bareDay) return bareDay;
        if (ReadRelativeDay(text, i) is { } day) return day;
        if (ReadRelativeQuarter(text, i) is { } quarter) return quarter;
        if (ReadBarePartOfYear(text, i) is { } barePart) return barePart;
        if (ReadDecade(text, i) is { } decade) return decade;

        // 上年 and 上年末 compare with the year before as 去年 does; only a month or a part of the year after it is a date (上年12月).
        // 下年 (the year after) is read the same way: 下年3月.
        if (Follows(text, i, "上年", "下年") && ReadMonth(text, i + 2, false) == null && ReadPartOfYear(text, i + 2) == null) return null;
        var first = ReadPoint(text, i);
        if (first is { } f)
        {
            // 今年以来 has no calendar value (GUIDE); 去年12月以来, 去年底以来 keep their month, as 2020年以来 keeps its year.
            if (f.Point is { YearKind: YearKind.Relative, Month: null, MonthOffset: null } && Follows(text, f.End, "以来", "以來")) return null;
            if (f.Point is { YearKind: not YearKind.None, Month: null, MonthOffset: null } && ReadLunarFirstMonthDay(text, f.End) is { } lunarDay)
                return lunarDay with { Start = i, From = lunarDay.From with { YearKind = f.Point.YearKind, Year = f.Point.Year } }; // 2021年正月初七
            // 2025年的上半年: 的 may stand between the year and its part.
            if (f.Point.YearKind != YearKind.None && f.Point.Month == null && f.Point.MonthOffset == null
                && (ReadPartOfYear(text, f.End) ?? (Follows(text, f.End, "的") ? ReadPartOfYear(text, f.End + 1) : null)) is { } part)
                return new DateSpan(i, part.End, f.Point with { Month = part.From }, part.To == part.From ? null : f.Point with { Month = part.To }); // 2022年一季度
            if (f.Point is { Month: not null, Day: null } && ReadDayRange(text, f.End) is { } days)
                return new DateSpan(i, days.End, f.Point with { Day = days.From }, f.Point with { Day = days.To }); // 4月12-19日
            if (f.Point.YearKind != YearKind.None && f.Point.Month == null && ReadBareRange(text, f.End) is { } months)
                return new DateSpan(i, months.End, months.From with { YearKind = f.Point.YearKind, Year = f.Point.Year }, months.To); // 2022年1-9月
            if (ReadRangeEnd(text, f.End, f.Point) is { } to) return new DateSpan(i, to.End, f.Point, to.Point);
            // 今年, 去年 alone and 今年年初 have no calendar value of their own (the guide's 今年以来, 年初).
            if (f.Point is { YearKind: YearKind.Relative, MonthOffset: null }
                && (f.Point.Month == null || f.End > 0 && text[f.End - 1] is '初' or '始')) return null;
            return new DateSpan(i, f.End, f.Point, null);
        }

        if (ReadBareRange(text, i) is { } bare) return new DateSpan(i, bare.End, bare.From, bare.To);
        return ReadYearsAfterFrom(text, i);
    }

    /// <summary>Words after a year that name the report of that year's results: 2024年年度报告, 2024年年报, 2024年度业绩.</summary>
    private static readonly string[] ReportWords = { "年年度报告", "年年度報告", "年度报告", "年度報告", "年年报", "年年報", "年报", "年報", "年度业绩", "年度業績", "年业绩", "年業績" };

    /// <summary>The year whose annual report the text speaks of (…披露2024年年度报告), when it names exactly one; else null.</summary>
    public static int? ReportYear(string text)
    {
        int? found = null;
        for (var i = 0; i + 4 < text.Length; i++)
        {
            if (i > 0 && char.IsAsciiDigit(text[i - 1]) || !ReadDigits(text, i, 4, 4, out var year, out var end) || !IsYear(year)) continue;
            if (!Follows(text, end, ReportWords)) continue;
            if (found is { } other && other != year) return null;
            found = year;
        }
        return found;
    }

    /// <summary>A part of a year written without one (四季度, 下半年), as proposed by <see cref="ReadBarePartOfYear"/>.</summary>
    public static bool IsBarePartOfYear(string text, DateSpan span) =>
        span.From.YearKind == YearKind.None && span.To != null && span.From.Day == null
        && (text.AsSpan(span.Start, span.End - span.Start).Contains('季') || text.AsSpan(span.Start, span.End - span.Start).Contains("半年", StringComparison.Ordinal)
            || ReadLatinPartOfYear(text, span.Start) != null);

    /// <summary>Whether a [forecast] word (预计, 将, 计划) stands before the date in its clause, up to 16 characters back.</summary>
    public static bool SaysForecast(string text, DateSpan span)
    {
        var from = span.Start;
        while (from > 0 && span.Start - from < 16 && "。!！?？;；,，\n".IndexOf(text[from - 1]) < 0) from--;
        var before = text.AsSpan(from, span.Start - from);
        foreach (var w in ForecastWords)
            if (before.Contains(w, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>Words that put what follows ahead of the writer (预计第1季完工).</summary>
    private static readonly string[] ForecastWords = { "预计", "预期", "计划", "有望", "可望", "力争", "争取", "拟", "将", "要" };

    /// <summary>Events a forecast dates (完工, 投产 …): they happen at a time, unlike results a company may forecast
    /// for a quarter already over (预计一季度净利润增长).</summary>
    private static readonly string[] ForecastEvents =
    {
        "完工", "竣工", "投产", "开工", "动工", "建成", "完成", "上市", "量产", "启用", "开业", "交付", "落成", "运营", "投用", "装机", "通车", "开通",
    };

    /// <summary>预计第1季完工, 将于四季度投产: a part of a year said as the time of an event still to come.</summary>
    public static bool IsForecastEvent(string text, DateSpan span)
    {
        if (!SaysForecast(text, span)) return false;
        var after = text.AsSpan(span.End, Math.Min(8, text.Length - span.End));
        foreach (var e in ForecastEvents)
            if (after.Contains(e, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>从2016到2018, 从2016-2018: years written without 年 after 从; © 1996-2011 and © 2026, the years of a copyright.</summary>
    private static DateSpan? ReadYearsAfterFrom(string text, int i)
    {
        if (i == 0 || text[i - 1] is not ('从' or '從' or '©')) return null;
        if (!ReadDigits(text, i, 4, 4, out var from, out var j) || !IsYear(from)) return null;
        foreach (var sep in RangeSeparators)
        {
            if (!Follows(text, j, sep)) continue;
            if (!ReadDigits(text, j + sep.Length, 4, 4, out var to, out var end) || !IsYear(to) || to <= from) return null;
            // © 1996-2011 SINA Corporation: the owner's name follows a copyright's years (the view dropped the space).
            if (end < text.Length && (char.IsAsciiDigit(text[end]) || char.IsAsciiLetter(text[end]) && text[i - 1] != '©')) return null;
            var endsWithYear = Follows(text, end, "年");
            return new DateSpan(i, endsWithYear ? end + 1 : end, new DatePoint(YearKind.Explicit, from, null, null),
                new DatePoint(YearKind.Explicit, to, null, null));
        }
        // © 2026 SingTao Ltd.: a copyright's single year.
        if (text[i - 1] == '©' && !char.IsAsciiDigit(At(text, j)) && At(text, j) is not ('-' or '.' or '/'))
            return new DateSpan(i, j, new DatePoint(YearKind.Explicit, from, null, null), null);
        return null;
    }

    /// <summary>Parts of a year after the year: 第一季度, 一季度, 首季度 (its three months), 前三季度, 前两个季度,
    /// 上半年, 下半年, 前十一个月 (from January). Only after a year word: a bare 上半年 or 三季度 is not annotated.</summary>
    private static (int From, int To, int End)? ReadPartOfYear(string text, int at)
    {
        if (Follows(text, at, "上半年")) return (1, 6, at + 3);
        if (Follows(text, at, "下半年")) return (7, 12, at + 3);
        if (ReadLatinPartOfYear(text, at) is { } latin) return latin;
        var i = at;
        var leading = Follows(text, i, "前");
        if (leading || Follows(text, i, "第")) i++;
        int count;
        if (Follows(text, i, "首") && ReadSmallNumber(text, i + 1, out var firstMonths, out var afterCount)
            && Follows(text, afterCount, "个月", "個月", "月") && firstMonths is >= 1 and <= 12)
            return (1, firstMonths, afterCount + (Follows(text, afterCount, "月") ? 1 : 2)); // 首10个月: from January, as 前十个月
        if (Follows(text, i, "首") && !ReadSmallNumber(text, i + 1, out _, out _)) { count = 1; i++; }
        else
        {
            // 首3季: the first three quarters, as 前3季 (Macau's statistics write it so).
            if (Follows(text, i, "首")) { leading = true; i++; }
            if (!ReadSmallNumber(text, i, out count, out i)) return null;
        }
        if (Follows(text, i, "个", "個")) i++;
        // 季度, or 季 alone as Taiwan and Hong Kong write it (今年前三季, 明年第一季), but not 季节 or 季军.
        var quarterWord = Follows(text, i, "季度") ? 2 : IsQuarterWord(text, i) ? 1 : 0;
        if (quarterWord > 0)
        {
            if (count is < 1 or > 4) return null;
            // 一季度末, 三季度底: the quarter's last month, a point in time (截至一季度末 is March).
            // 三季度期末 too, as a report dates its balance (截至2014年三季度期末).
            if (Follows(text, i + quarterWord, "末", "底")) return (count * 3, count * 3, i + quarterWord + 1);
            if (Follows(text, i + quarterWord, "期末")) return (count * 3, count * 3, i + quarterWord + 2);
            return leading ? (1, count * 3, i + quarterWord) : (count * 3 - 2, count * 3, i + quarterWord);
        }
        if (leading && Follows(text, i, "月") && count is >= 1 and <= 12) return (1, count, i + 1); // 前十一个月
        return null;
    }

    /// <summary>Q1 to Q4 and H1, H2 as financial news writes the quarters and halves of a year (2023年Q2, Q3营收), or with the
    /// number first as Taiwan writes them (09年2Q, 1H營收), not inside a longer code (H1N1, Q10, 12Q).</summary>
    private static (int From, int To, int End)? ReadLatinPartOfYear(string text, int at)
    {
        if (at + 2 > text.Length || char.IsAsciiLetterOrDigit(At(text, at + 2)) || at > 0 && char.IsAsciiLetterOrDigit(text[at - 1])) return null;
        var (letter, digit) = char.IsAsciiDigit(text[at]) ? (text[at + 1], text[at]) : (text[at], text[at + 1]);
        if (letter is not ('Q' or 'H') || !char.IsAsciiDigit(digit)) return null;
        var n = digit - '0';
        if (letter == 'Q') return n is >= 1 and <= 4 ? (n * 3 - 2, n * 3, at + 2) : null;
        return n is 1 or 2 ? (n * 6 - 5, n * 6, at + 2) : null;
    }

    /// <summary>Characters before a part of the year that make it a count or a repeat, not a date
    /// (连续三季度, 近两季度, 每一季度, 几个季度), or a year word that governs it (每年上半年, 全年).</summary>
    /// <summary>Characters before 前 that make a word of it (目前, 之前, 以前, 此前, 提前, 当前, 空前, 史前, 事前, 生前, 门前, 面前, 眼前, 向前, 往前, 日前).</summary>
    private const string WordsEndingInQian = "目之以此提当當空史事生门門面眼向往日";

    private const string NotBarePartBefore = "续近每几幾数數多余餘超逾约約共个個年第前0123456789";

    /// <summary>上半年, 下半年, 四季度, 第二季度, 前三季度 with no year word before them: a part of the year the
    /// sentence is about, resolved like 8月12日 (the year the sentence named, else the publication year). A year or
    /// 去年 written before it is read with it (2023年上半年, 去年四季度), so only bare ones come here.</summary>
    private static DateSpan? ReadBarePartOfYear(string text, int i)
    {
        if (i > 0 && NotBarePartBefore.Contains(text[i - 1])) return null;
        if (!Follows(text, i, "上半年", "下半年", "前", "第", "首") && !ChineseDigits.Contains(At(text, i)) && !char.IsAsciiDigit(At(text, i))
            && At(text, i) is not ('十' or '两' or '兩' or 'Q' or 'H')) return null;
        if (ReadPartOfYear(text, i) is not { } part) return null;
        if (ReadLatinPartOfYear(text, i) != null)
        {
            var quarter = new DatePoint(YearKind.None, 0, part.From, null);
            return new DateSpan(i, part.End, quarter, quarter with { Month = part.To });
        }
        // 两个季度, 三个季度: a length of time unless 前 makes it the first quarters of a year (前两个季度).
        var counted = text.AsSpan(i, part.End - i).IndexOfAny('个', '個') >= 0;
        if (counted && !Follows(text, i, "前")) return null;
        // 前三个月 alone is as often a length of time before something (投产前3个月) as the year's first months;
        // 前2月 without 个, as Taiwan writes the year's first months (中科前2月營業額), is a date unless 前 ends a word (目前2月).
        var written = text[i..part.End];
        // 进展顺利，前10个月已完成投资: opening a clause, 前10个月 has no event before it to count back from, so it is the year's first months.
        var opensClause = i == 0 || Text.TextNormalizer.ClausePunctuation.Contains(text[i - 1]);
        var firstMonths = (!counted || opensClause) && written.StartsWith('前') && written.EndsWith('月')
            && (i == 0 || !WordsEndingInQian.Contains(text[i - 1])) && !Follows(text, part.End, "日", "号", "號", "份", "底", "初", "末")
            && !char.IsAsciiDigit(At(text, part.End)) && !ChineseDigits.Contains(At(text, part.End));
        if (!firstMonths && !written.Contains('季') && !written.Contains("半年", StringComparison.Ordinal)) return null;
        // 四季 alone is the four seasons (四季如春); a bare quarter without 度 needs 第, 前 or 首 (第一季, 前三季).
        if (!written.EndsWith("季度", StringComparison.Ordinal) && written.EndsWith('季') && !Follows(text, i, "第", "前", "首")) return null;
        if (NamesAMeeting(text, part.End)) return null;
        var start = new DatePoint(YearKind.None, 0, part.From, null);
        return new DateSpan(i, part.End, start, part.To == part.From ? null : start with { Month = part.To });
    }

    /// <summary>三季度重点项目调度会: the part of the year is the first word of a meeting's name that runs on to
    /// 会 with no clause words between, a label rather than a time.</summary>
    private static bool NamesAMeeting(string text, int at)
    {
        var run = at;
        while (run < text.Length && run - at < 12 && Figures.FigureExtractor.IsIdeograph(text[run])) run++;
        var after = text[at..run];
        var meeting = after.IndexOf('会');
        if (meeting < 2) return false;
        var name = after[..meeting];
        // 二季度业绩说明会: a meeting on the quarter's results is dated by them; the quarter is a time, not a label.
        if (ResultsWords.Any(w => name.StartsWith(w, StringComparison.Ordinal))) return false;
        // 推进会, 发布会, 启动会: a verb right before 会 names the meeting's kind, it is not the clause's verb.
        var kind = MeetingKinds.FirstOrDefault(k => name.EndsWith(k, StringComparison.Ordinal));
        if (kind != null) name = name[..^kind.Length];
        return !name.Any(c => NameBreakers.Contains(c)) && !YearNames.Default.ActionWords.Any(w => name.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>Words naming a period's results (业绩, 財報 …), after which a part of the year is that period.</summary>
    private static readonly string[] ResultsWords = { "业绩", "業績", "财报", "財報" };

    private static readonly string[] MeetingKinds = { "推进", "发布", "启动", "调度", "对接", "推介", "座谈", "洽谈", "签约", "总结", "部署", "动员", "观摩" };

    /// <summary>季 standing for a quarter: not the start of 季节, 季军, 季风, 季刊 ….</summary>
    private static bool IsQuarterWord(string text, int i) =>
        Follows(text, i, "季") && !"节军风候刊报赛末".Contains(At(text, i + 1));

    private static readonly (string Word, int Offset)[] RelativeQuarters =
    {
        ("上一季", -1), ("上个季", -1), ("上個季", -1), ("上季", -1), ("本季", 0), ("当季", 0), ("當季", 0),
        ("下一季", 1), ("下个季", 1), ("下個季", 1), ("下季", 1),
    };

    /// <summary>上季, 本季度, 下个季度: the three months of a quarter counted from the publication quarter.</summary>
    private static DateSpan? ReadRelativeQuarter(string text, int i)
    {
        foreach (var (word, offset) in RelativeQuarters)
        {
            if (!Follows(text, i, word)) continue;
            var end = i + word.Length;
            if (Follows(text, end, "度")) end++;
            else if (!IsQuarterWord(text, end - 1)) return null;
            var first = new DatePoint(YearKind.Relative, 0, 0, null) { QuarterOffset = offset };
            return new DateSpan(i, end, first, first with { Month = 2 });
        }
        return null;
    }

    /// <summary>正月初八, 农历正月十五, 大年初三 (= 正月初三): a day of the lunar year's first month. 正月 alone is no date: it is
    /// no Gregorian month.</summary>
    private static DateSpan? ReadLunarFirstMonthDay(string text, int i)
    {
        var at = Follows(text, i, "农历") ? i + 2 : i;
        if (Follows(text, at, "正月")) at += 2;
        else if (Follows(text, at, "大年初")) at += 2;
        else return null;
        if (ReadLunarDayNumber(text, at) is not { } day) return null;
        var end = Follows(text, day.End, "日") ? day.End + 1 : day.End;
        return new DateSpan(i, end, new DatePoint(YearKind.None, 0, null, null) { LunarFirstMonthDay = day.Value }, null);
    }

    /// <summary>A lunar day's numeral: 初一…初十, 十一…十九, 二十 or 廿 (+ 一…九), 三十.</summary>
    private static (int Value, int End)? ReadLunarDayNumber(string text, int i)
    {
        static int? Unit(char c) => "一二三四五六七八九".IndexOf(c) is >= 0 and var k ? k + 1 : null;
        (int Value, int End)? found = null;
        if (Follows(text, i, "初"))
            found = At(text, i + 1) == '十' ? (10, i + 2) : Unit(At(text, i + 1)) is { } d ? (d, i + 2) : null;
        else if (At(text, i) == '十' && Unit(At(text, i + 1)) is { } teen) found = (10 + teen, i + 2);
        else if (Follows(text, i, "二十") || At(text, i) == '廿')
        {
            var after = At(text, i) == '廿' ? i + 1 : i + 2;
            found = Unit(At(text, after)) is { } d ? (20 + d, after + 1) : At(text, i) == '廿' ? null : (20, after);
        }
        else if (Follows(text, i, "三十")) found = (30, i + 2);
        // 正月十五万元: a number runs on; the day ends where the numeral does.
        return found is { } f && !ChineseDigits.Contains(At(text, f.End)) && "十百千万萬亿億".IndexOf(At(text, f.End)) < 0 ? f : null;
    }

    private static readonly (char Word, int Offset)[] BracketedDayWords = { ('昨', -1), ('今', 0), ('前', -2), ('明', 1) };

    /// <summary>昨（15）日, 今(16)日, 昨（二十六）日: a relative day with its day of the month in brackets, as Taiwan papers
    /// write, in digits or written out.</summary>
    private static DateSpan? ReadBracketedDay(string text, int i)
    {
        if (!Follows(text, i + 1, "(") || BracketedDayOffset(text[i]) is not { } offset) return null;
        if (i > 0 && RelativeDays.Default.NotBefore.Contains(text[i - 1])) return null;
        if (!ReadDigits(text, i + 2, 1, 2, out var day, out var close) && !ReadChineseDayNumber(text, i + 2, out day, out close)) return null;
        if (day is < 1 or > 31) return null;
        if (!Follows(text, close, ")日", ")号", ")號")) return null;
        var point = new DatePoint(YearKind.Relative, 0, null, day) { DayOffset = offset, DayNearPublication = true };
        return new DateSpan(i, close + 2, point, null);
    }

    /// <summary>A day of the month written out (二十六, 十五, 三, 廿八, 卅一): up to three numeral characters, read whole.</summary>
    private static bool ReadChineseDayNumber(string text, int i, out int day, out int end)
    {
        day = 0;
        end = i;
        while (end < text.Length && end - i < 3 && (ChineseDigits.Contains(text[end]) || text[end] is '十' or '廿' or '卅')) end++;
        if (end == i || !NumeralParser.TryParse(text[i..end], out var value) || value is < 1 or > 31) return false;
        day = (int)value;
        return true;
    }

    private static int? BracketedDayOffset(char c)
    {
        foreach (var (word, offset) in BracketedDayWords)
            if (word == c) return offset;
        return null;
    }

    /// <summary>Characters before a bare day count that make it a count or a list, not a date (每15日, 为期15日, 10日、15日).</summary>
    private const string NotBareDayBefore = "月每第前近数數几幾个個约約逾超共达達为為是期隔余餘多等和及至到或与與、,，-~";

    /// <summary>Characters after 日 that make it a count (15日内, 30日以上), a currency (15日元), a rate (日均), a tour (5日游) or a
    /// moving average (5日线).</summary>
    private const string NotBareDayAfter = "内內以之左后後元圆圓币幣均间間来來游遊线線";

    /// <summary>经济部15日公布: a day of the month with no month, as Taiwan and Hong Kong news write a day near
    /// the publication day, right after the one who acted. Resolved like 昨（15）日, in the publication month or
    /// one next to it.</summary>
    private static DateSpan? ReadBareDay(string text, int i)
    {
        if (i > 0 && text[i - 1] is '(' or '（') return ReadBracketedBareDay(text, i);
        if (i == 0 || SentenceEnds.Contains(text[i - 1])) return ReadBareDayOpeningParagraph(text, i);
        var actor = AfterBracketedAside(text, i) is { } open ? open : i;
        if (actor == 0) return null;
        // 闽侯县,16日举办…: the one who acted, a comma, then the day and what was done.
        var afterClause = text[actor - 1] is ',' or '，' && actor >= 2 && Figures.FigureExtractor.IsIdeograph(text[actor - 2])
                          && !NotBareDayBefore.Contains(text[actor - 2]) && text[actor - 2] is not ('日' or '号' or '號');
        // “…研讨会”26日在港举行: the event or body named in quotes, then the day it acted.
        afterClause |= text[actor - 1] is '”' or '」' or '』' && actor >= 2 && Figures.FigureExtractor.IsIdeograph(text[actor - 2]);
        var destination = IsDestinationDay(text, actor);
        if (!afterClause && !destination && (!Figures.FigureExtractor.IsIdeograph(text[actor - 1]) || NotBareDayBefore.Contains(text[actor - 1]))) return null;
        if (ReadBareDayNumber(text, i) is not { } first || !Follows(text, first.End, "日")) return null;
        var (day, end) = first;
        if (end + 1 < text.Length && NotBareDayAfter.Contains(text[end + 1])) return null;
        if (destination && !Follows(text, end + 1, PartsOfDay)) return null;
        var point = new DatePoint(YearKind.Relative, 0, null, day) { DayOffset = 0, DayNearPublication = true };
        // 在19日至21日停止演出: a range of days written without their month, its end read as its start is.
        foreach (var sep in RangeSeparators)
        {
            if (!Follows(text, end + 1, sep) || ReadBareDayNumber(text, end + 1 + sep.Length) is not { } last
                || last.Day <= day || !Follows(text, last.End, "日") || NotBareDayAfter.Contains(At(text, last.End + 1))) continue;
            if (afterClause && !Figures.FigureExtractor.IsIdeograph(At(text, last.End + 1))) return null;
            return new DateSpan(i, last.End + 1, point, point with { Day = last.Day });
        }
        if (afterClause && !Figures.FigureExtractor.IsIdeograph(At(text, end + 1))) return null;
        return new DateSpan(i, end + 1, point, null);
    }

    /// <summary>A day of the month in digits (1 to 31), or written out in two or three numerals (十一, 二十六, 廿八, 卅一) or as
    /// 廿 or 卅 alone, not the tail of a longer numeral (三十一 read from its 十一). A single other written-out numeral (三日, 十日)
    /// counts days as often as it dates one (三日内, 一日游), so it is read only after a month (三月三日).</summary>
    private static (int Day, int End)? ReadBareDayNumber(string text, int i)
    {
        if (ReadDigits(text, i, 1, 2, out var day, out var end)) return day is >= 1 and <= 31 ? (day, end) : null;
        if (i > 0 && NumeralParser.IsChineseNumeralChar(text[i - 1])) return null;
        return ReadChineseDayNumber(text, i, out day, out end) && (end - i >= 2 || text[i] is '廿' or '卅') ? (day, end) : null;
    }

    /// <summary>Parts of a day, after a day a verb moves something to (推迟到22日下午).</summary>
    private static readonly string[] PartsOfDay = { "上午", "下午", "中午", "晚", "早", "凌晨", "傍晚", "夜" };

    /// <summary>Verbs that move an event to another day (推迟到22日下午, 改至15日晚).</summary>
    private static readonly string[] MovingVerbs = { "推迟", "延迟", "延期", "延后", "推后", "顺延", "提前", "调整", "改期", "改", "移" };

    /// <summary>推迟到22日下午, 改至15日晚: 到 or 至 after a verb that moves an event sends it to a day, its part of the day (checked
    /// by the caller) making it a time; 至15日 after a date ends a range, and 达到15日 counts.</summary>
    private static bool IsDestinationDay(string text, int at)
    {
        if (at < 2 || text[at - 1] is not ('到' or '至')) return false;
        foreach (var verb in MovingVerbs)
            if (at - 1 >= verb.Length && Follows(text, at - 1 - verb.Length, verb)) return true;
        return false;
    }

    /// <summary>稍晚(16 日), 当天（9日）: a bracket holding only a day of the month glosses the time word or the one who acted
    /// before it, as a news story dates a later event; resolved like 经济部15日公布. Spaces a saved page kept (16 日) may stand
    /// around the number.</summary>
    private static DateSpan? ReadBracketedBareDay(string text, int i)
    {
        if (i < 2 || !Figures.FigureExtractor.IsIdeograph(text[i - 2]) || NotBareDayBefore.Contains(text[i - 2])) return null;
        if (!ReadDigits(text, i, 1, 2, out var day, out var end) || day is < 1 or > 31) return null;
        while (At(text, end) == ' ') end++;
        if (!Follows(text, end, "日") && !Follows(text, end, "号") && !Follows(text, end, "號")) return null;
        var close = end + 1;
        while (At(text, close) == ' ') close++;
        // 期限(30日)内: a length of time, as 30日内 is.
        if (At(text, close) is not (')' or '）') || NotBareDayAfter.Contains(At(text, close + 1))) return null;
        var point = new DatePoint(YearKind.Relative, 0, null, day) { DayOffset = 0, DayNearPublication = true };
        return new DateSpan(i, end + 1, point, null);
    }

    /// <summary>What ends a sentence or a paragraph before a bare day that opens the next (…晚会；14日晚间，…).</summary>
    private const string SentenceEnds = "\n。；;！!？?";

    /// <summary>Parts of a day, or a comma, after a bare day that opens a paragraph (16日上午，…; 16日，…).</summary>
    private static readonly string[] AfterParagraphDay = { "上午", "下午", "中午", "晚", "早", "凌晨", "傍晚", "夜", ",", "，" };

    /// <summary>16日上午，园区召开…: a paragraph or sentence of a news story may open with the day alone, as its time.</summary>
    private static DateSpan? ReadBareDayOpeningParagraph(string text, int i)
    {
        if (!ReadDigits(text, i, 1, 2, out var day, out var end) || day is < 1 or > 31 || !Follows(text, end, "日")) return null;
        var point = new DatePoint(YearKind.Relative, 0, null, day) { DayOffset = 0, DayNearPublication = true };
        // 22日至24日，博览会在…举办: a range of days opening the sentence.
        foreach (var sep in RangeSeparators)
        {
            if (!Follows(text, end + 1, sep) || ReadDay(text, end + 1 + sep.Length) is not { } last || last.Value <= day) continue;
            if (!Follows(text, last.End, AfterParagraphDay)) return null;
            return new DateSpan(i, last.End, point, point with { Day = last.Value });
        }
        if (!Follows(text, end + 1, AfterParagraphDay) && !OpensSentenceAsItsTime(text, i, end + 1)) return null;
        return new DateSpan(i, end + 1, point, null);
    }

    /// <summary>27日加权指数刷新收盘新高。28日台股则…: a paragraph or sentence of market news may open with the day and go
    /// straight on to what moved that day, with no comma after it.</summary>
    private static bool OpensSentenceAsItsTime(string text, int dayStart, int afterDay) =>
        afterDay < text.Length && Figures.FigureExtractor.IsIdeograph(text[afterDay])
        && !NotBareDayAfter.Contains(text[afterDay]) && !MarketNewsDates.Default.NotOpeningDayAfter.Contains(text[afterDay]);

    /// <summary>乌鲁木齐高新区（新市区）10日: where a short bracketed aside of ideographs closing right before
    /// <paramref name="at"/> opens, so the one who acted is read before it; null when no such aside closes there.</summary>
    private static int? AfterBracketedAside(string text, int at)
    {
        if (text[at - 1] is not (')' or '）')) return null;
        var k = at - 2;
        while (k >= 0 && at - 2 - k < 10 && Figures.FigureExtractor.IsIdeograph(text[k])) k--;
        return k >= 0 && k < at - 2 && text[k] is '(' or '（' ? k : null;
    }

    /// <summary>一 to 十二 or 1 to 12.</summary>
    private static bool ReadSmallNumber(string text, int i, out int value, out int end)
    {
        if (ReadDigits(text, i, 1, 2, out value, out end)) return true;
        end = i;
        while (end < text.Length && end - i < 3 && (ChineseDigits.Contains(text[end]) || text[end] is '十' or '两' or '兩')) end++;
        if (end == i || !NumeralParser.TryParse(text[i..end], out var v) || v is < 1 or > 12) return false;
        value = (int)v;
        return true;
    }

    /// <summary>12-19日 after a month: a range of days written once.</summary>
    private static (int From, int To, int End)? ReadDayRange(string text, int at)
    {
        if (!ReadDigits(text, at, 1, 2, out var from, out var j) || from is < 1 or > 31) return null;
        foreach (var sep in RangeSeparators)
        {
            if (!Follows(text, j, sep)) continue;
            if (ReadDay(text, j + sep.Length) is not { } to || to.Value <= from || Follows(text, to.End, "月")) return null;
            return (from, to.Value, to.End);
        }
        return null;
    }

    /// <summary>昨天, 前天, 明天 …: a day counted from the publication day (resolved only when that day is known).</summary>
    private static DateSpan? ReadRelativeDay(string text, int i)
    {
        var words = RelativeDays.Default;
        foreach (var (word, offset) in words.Days)
        {
            if (!Follows(text, i, word)) continue;
            if (words.IsNoDay(text, i, word)) return null;
            // 持续到今天, 今天的高新区: the present, as an end of a span or described, is no calendar day (今天公布 is).
            if (offset == 0 && (i > 0 && text[i - 1] is '到' or '至' || Follows(text, i + word.Length, "的"))) return null;
            if (ReadGlossedDay(text, i + word.Length) is { } glossed) return glossed with { Start = i };
            return new DateSpan(i, i + word.Length, new DatePoint(YearKind.Relative, 0, null, null) { DayOffset = offset }, null);
        }
        return null;
    }

    /// <summary>今日(1月3日), 今天(18/2): the day a relative day word stands for, glossed in brackets after it — a month and
    /// day, or day/month as Hong Kong writes it. The gloss is the date (one mention with the word before it).</summary>
    private static DateSpan? ReadGlossedDay(string text, int at)
    {
        if (!Follows(text, at, "(")) return null;
        var inside = at + 1;
        DatePoint? day = null;
        var end = inside;
        if (ReadPoint(text, inside) is { Point: { YearKind: YearKind.None, Month: not null, Day: not null } written }) (day, end) = (written, ReadPoint(text, inside)!.Value.End);
        else if (ReadDigits(text, inside, 1, 2, out var d, out var slash) && At(text, slash) == '/' && ReadDigits(text, slash + 1, 1, 2, out var m, out var afterMonth)
                 && IsDay(2000, m, d))
            (day, end) = (new DatePoint(YearKind.None, 0, m, d), afterMonth);
        if (day == null || At(text, end) != ')') return null;
        return new DateSpan(at, end + 1, day, null);
    }

    /// <summary>本月, 上月, 上个月, 下月, 下个月: a month counted from the publication month.</summary>
    /// <summary>同年, 当年 (the year the text named last) and 次年, 翌年 (the year after it), read only before a month: alone
    /// they are as often "back then" or "the next year" of a plan as a calendar year.</summary>
    private static readonly (string Word, int Offset)[] ContextYears = { ("同年", 0), ("当年", 0), ("當年", 0), ("次年", 1), ("翌年", 1) };

    /// <summary>次年3月, 同年十月底, 翌年5月8日: a month (or day) whose year is counted from the year named before it.</summary>
    private static DateSpan? ReadContextYearMonth(string text, int i)
    {
        foreach (var (word, offset) in ContextYears)
        {
            if (!Follows(text, i, word)) continue;
            if (ReadPoint(text, i + word.Length) is not { Point: { YearKind: YearKind.None, Month: not null } point } read) return null;
            return new DateSpan(i, read.End, point with { ContextYearOffset = offset }, null);
        }
        return null;
    }

    private static readonly (string Word, int Offset)[] RelativeMonths =
    {
        ("本月", 0), ("上个月", -1), ("上個月", -1), ("上月", -1), ("下个月", 1), ("下個月", 1), ("下月", 1),
    };

    /// <summary>After a year: its end (2020年底, 今年年尾 → December) and its beginning (2022年初, 2022年伊始 → January).</summary>
    private static readonly string[] YearEnds = { "年底", "年末", "年尾", "期末", "底", "末" };
    private static readonly string[] YearBeginnings = { "年初", "初", "伊始" };

    /// <summary>How far after its year a name may run to its name word (…2020年国家级经开区考核评价结果专题发布会).</summary>
    private const int NameReach = 20;

    /// <summary>Characters that cannot be inside a name written after its year.</summary>
    private const string NameBreakers = "的在了将是和与及对把被为于等并已由从向至到";

    /// <summary>Characters that, right after 年, make it part of a time phrase (年底, 年中, 上半年 …).</summary>
    private const string TimeAfterYear = "上下中内底末初前后度起";

    /// <summary>
    /// A year written as part of a name is no date: an issue label (2022年第13期), or a document or
    /// event whose name runs on from the year to its name word with nothing that makes it a clause
    /// (联合国2030年可持续发展议程; the words are Resources/year-names.txt), or a quarter or half opening the name of its
    /// own report or results briefing (2023年第三季度业绩说明会). 2030年前, 2021年底, 2022年8月 are dates, and so is
    /// 2021年度 (the GUIDE writes 2021年度 → 2021, and its own gold counts it in 2021年度国家高新区综合评价结果).
    /// </summary>
    internal static bool IsYearOfName(string text, DateSpan span)
    {
        if (span.From.YearKind != YearKind.Explicit || span.End <= 0) return false;
        var names = YearNames.Default;
        if (NamedPartOfYear(text, span)) return OpensName(text, span.End, names.PartNameEndings, alone: true);
        // 2023年度中国民营企业500强排行榜, 省2023年度园区高质量发展考核结果: a ranking or an evaluation's results named by the year
        // they rank is no date, though 2021年度 itself dates (2021年度国家高新区综合评价结果 stays one, as the golds count it).
        if (span.To == null && span.From.Month == null && span.End >= 2 && text[span.End - 1] == '度' && text[span.End - 2] == '年')
            return OpensAnnualRanking(text, span.End);
        if (span.To != null || span.From.Month != null || text[span.End - 1] != '年') return false;
        // 入选2022年国家智能制造示范工厂: what is chosen for is a list or an award, named with its year.
        if (names.ChosenForWords.Any(w => span.Start >= w.Length && string.CompareOrdinal(text, span.Start - w.Length, w, 0, w.Length) == 0)) return true;
        var i = span.End;
        if (i < text.Length && text[i] == '第')
        {
            var k = i + 1;
            while (k < text.Length && (char.IsAsciiDigit(text[k]) || NumeralParser.IsChineseNumeralChar(text[k]))) k++;
            if (k > i + 1 && k < text.Length && text[k] == '期') return true;
        }
        if (OpensNumberedRound(text, i)) return true;
        if (NamesRanking(text, i)) return true;
        if (LabelsEdition(text, span.Start, i)) return true;
        // A one-character name word is one only where no word glues to it (2018年版《…》, not 2024年版权).
        if (names.NamesAlone.Any(w => string.CompareOrdinal(text, i, w, 0, w.Length) == 0 &&
                                      (w.Length > 1 || !Figures.FigureExtractor.IsIdeograph(At(text, i + 1))))) return true;
        return OpensName(text, i, names.NameEndings, alone: false);
    }

    /// <summary>…应急预案(2024年修订), …指南（2020年修订版）: a year alone between brackets with an edition's label
    /// (Resources/year-names.txt) after a document's name labels the edition, and dates nothing the text reports.</summary>
    private static bool LabelsEdition(string text, int yearStart, int afterYear)
    {
        if (yearStart == 0 || text[yearStart - 1] is not ('(' or '（')) return false;
        foreach (var label in YearNames.Default.EditionLabels)
            if (Follows(text, afterYear, label) && At(text, afterYear + label.Length) is ')' or '）') return true;
        return false;
    }

    /// <summary>Whether the text from <paramref name="i"/>, right after a year written with 年度, names a ranking or an
    /// evaluation's results (2023年度中国民营企业500强排行榜, 2023年度园区高质量发展考核结果).</summary>
    private static bool OpensAnnualRanking(string text, int i) =>
        NamesRanking(text, i) || OpensName(text, i, YearNames.Default.AnnualRankingEndings, alone: true);

    /// <summary>The years written 2023年度 that open a ranking's or an evaluation's name, which the date stage leaves out:
    /// the attribution stage still reads them as the period of the counts the ranking gives (我市4个产业园区获评优秀).</summary>
    public static IEnumerable<(int Start, int End, int Year)> AnnualRankingYears(string text)
    {
        for (var at = text.IndexOf("年度", StringComparison.Ordinal); at >= 4; at = text.IndexOf("年度", at + 2, StringComparison.Ordinal))
        {
            var start = at - 4;
            if (start > 0 && char.IsAsciiDigit(text[start - 1]) || !ReadDigits(text, start, 4, 4, out var year, out _) || !IsYear(year)) continue;
            if (OpensAnnualRanking(text, at + 2)) yield return (start, at + 2, year);
        }
    }

    /// <summary>Whether the text from <paramref name="i"/> runs on to one of <paramref name="endings"/> as a name, with no
    /// clause word between. A name word with fewer than two characters before it makes a name only when
    /// <paramref name="alone"/> or for a meeting (…会); the words that name alone right after the year (百强, 版) are read
    /// before this by <see cref="IsYearOfName"/>.</summary>
    private static bool OpensName(string text, int i, string[] endings, bool alone)
    {
        var names = YearNames.Default;
        var after = NameRunAfterYear(text, i);
        // The name ends at its first name word (2024年全省科技工作会议上的报告: the meeting, not the report given at it).
        var firstAt = -1;
        string? firstEnding = null;
        foreach (var word in endings)
        {
            var found = after.IndexOf(word, StringComparison.Ordinal);
            if (found >= 0 && (firstAt < 0 || found < firstAt)) (firstAt, firstEnding) = (found, word);
        }
        if (firstEnding is { } ending)
        {
            var at = firstAt;
            var name = after[..at];
            if (name.Length < 2 && !alone && !ending.EndsWith("会", StringComparison.Ordinal)) return false;
            var namesCountry = name.StartsWith("中国", StringComparison.Ordinal) || name.StartsWith("中华", StringComparison.Ordinal);
            if (name.Length > 0 && TimeAfterYear.Contains(name[0]) && !namesCountry) return false;
            // 国民经济和社会发展统计公报: the fixed title of a statistics bulletin, its 和 no clause word.
            var words = name.Replace("国民经济和社会发展", "国民经济社会发展", StringComparison.Ordinal);
            if (words.Any(c => NameBreakers.Contains(c)) || HoldsAny(words, names.ActionWords)) return false;
            return true;
        }
        return false;
    }

    /// <summary>How many characters a bracketed aside inside a name may hold: a place (中国(江门)摩托车工业博览会) or a
    /// pinyin reading a copy glued after a character (工業(yè)博覽會).</summary>
    private const int NameAsideReach = 6;

    /// <summary>The name characters that run on from <paramref name="i"/> (up to <see cref="NameReach"/>), leaving out bracketed
    /// asides of a few letters or characters, which neither end the name nor count in it; a name written as 2023年工作总结暨
    /// 2024年工作部署大会 runs on through 暨 and the second year.</summary>
    private static string NameRunAfterYear(string text, int i)
    {
        var name = new System.Text.StringBuilder();
        var k = i;
        while (k < text.Length && name.Length < NameReach)
        {
            if (Figures.FigureExtractor.IsIdeograph(text[k]))
            {
                name.Append(text[k++]);
                continue;
            }
            if (text[k] is '(' or '（' && BracketedAsideEnd(text, k) is { } asideEnd)
            {
                k = asideEnd;
                continue;
            }
            // 2023年工作总结暨2024年工作部署大会: 暨 joins two names into one, the second opening on its own year.
            if (name.Length > 0 && name[^1] == '暨' && JoinedYearLength(text, k) is > 0 and var yearLength)
            {
                k += yearLength;
                continue;
            }
            break;
        }
        return name.ToString();
    }

    /// <summary>Where a bracketed aside of at most <see cref="NameAsideReach"/> Han characters or letters that opens at
    /// <paramref name="open"/> ends (after its closing bracket); null when there is none.</summary>
    private static int? BracketedAsideEnd(string text, int open)
    {
        var k = open + 1;
        while (k < text.Length && k - open - 1 < NameAsideReach && (Figures.FigureExtractor.IsIdeograph(text[k]) || char.IsLetter(text[k]))) k++;
        return k > open + 1 && k < text.Length && text[k] is ')' or '）' ? k + 1 : null;
    }

    /// <summary>The length of a four-digit year and 年 at <paramref name="at"/> (2024年), 0 when none stands there.</summary>
    private static int JoinedYearLength(string text, int at) =>
        at + 5 <= text.Length && text[at + 4] == '年' && text.AsSpan(at, 4).IndexOfAnyExceptInRange('0', '9') < 0 ? 5 : 0;

    /// <summary>Whether <paramref name="text"/> holds one of <paramref name="words"/> (a loop: a lambda over the text was a closure
    /// allocated for every ending tried, found or not).</summary>
    private static bool HoldsAny(string text, string[] words)
    {
        foreach (var word in words)
            if (text.Contains(word, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>2023年第三季度, 2024年上半年: a written year and one part of it, quarter or half, that a name may open with.</summary>
    private static bool NamedPartOfYear(string text, DateSpan span) =>
        span.To is { } to && to.YearKind == YearKind.Explicit && to.Year == span.From.Year && span.From.Day == null
        && span.From.Month != null && to.Month != null && text.IndexOf('年', span.Start, span.End - span.Start) > 0
        && (text.AsSpan(span.Start, span.End - span.Start).EndsWith("季度") || text.AsSpan(span.Start, span.End - span.Start).EndsWith("半年"));

    /// <summary>A ranking named by a count of its members: 500强, 百强 (Traditional 強 too).</summary>
    [GeneratedRegex(@"(?:\d{2,4}|[十百千])[强強]")]
    private static partial Regex RankingCount { get; }

    /// <summary>Verbs that place a company or zone in a ranking: after them the year dates the placing (2023年位列世界500强).</summary>
    private static readonly string[] RankingVerbs = { "位列", "位居", "名列", "排名", "排在", "进入", "進入", "跻身", "躋身", "入围", "入圍", "上榜", "居" };

    /// <summary>How far after its year a ranking's name may run to its count (2024年「财星500强」, 2023年中国企业500强).</summary>
    private const int RankingNameReach = 10;

    /// <summary>2024年「財星500強」, 2023年中国民营企业500强: the year opens the name of a ranking counted by its members, quoted or
    /// not, with no clause or placing verb between (2023年位列世界500强 is a date).</summary>
    private static bool NamesRanking(string text, int at)
    {
        var start = At(text, at) is '「' or '“' or '『' or '"' ? at + 1 : at;
        var reach = Math.Min(text.Length, start + RankingNameReach + 4);
        var m = RankingCount.Match(text, start, reach - start);
        if (!m.Success) return false;
        var name = text[start..m.Index];
        if (name.Length > RankingNameReach || name.Any(c => !Figures.FigureExtractor.IsIdeograph(c) && !char.IsAsciiLetter(c))) return false;
        if (name.Length > 0 && TimeAfterYear.Contains(name[0]) && !name.StartsWith("中国", StringComparison.Ordinal)) return false;
        return !name.Any(c => NameBreakers.Contains(c)) && !YearNames.Default.ActionWords.Any(w => name.Contains(w, StringComparison.Ordinal))
               && !RankingVerbs.Any(w => name.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>Words that end the name of an event held in numbered rounds (…第9次集中开工活动, …第三届论坛).</summary>
    private static readonly string[] RoundEventEndings = { "活动", "仪式", "儀式", "会", "會", "论坛", "論壇", "大赛", "大賽", "峰会", "展" };

    /// <summary>How far after its year the name of a numbered round may run to its event word.</summary>
    private const int RoundNameReach = 32;

    /// <summary>2018年武汉市招商引资暨重大项目第9次集中开工活动: the year opens the name of one round of an event
    /// (第N次, 第N届, 第N批) that runs on to its event word with no clause words between.</summary>
    private static bool OpensNumberedRound(string text, int at)
    {
        var run = at;
        while (run < text.Length && run - at < RoundNameReach && (Figures.FigureExtractor.IsIdeograph(text[run]) || char.IsAsciiDigit(text[run]))) run++;
        var name = text[at..run];
        var ordinal = name.IndexOf('第');
        if (ordinal < 0) return false;
        var k = ordinal + 1;
        while (k < name.Length && (char.IsAsciiDigit(name[k]) || NumeralParser.IsChineseNumeralChar(name[k]))) k++;
        if (k == ordinal + 1 || k >= name.Length || name[k] is not ('次' or '届' or '屆' or '批')) return false;
        var endAt = RoundEventEndings.Select(e => name.IndexOf(e, k + 1, StringComparison.Ordinal)).Where(x => x > k).DefaultIfEmpty(-1).Min();
        if (endAt < 0) return false;
        var words = name[..endAt];
        return !words.Any(c => NameBreakers.Contains(c)) && !YearNames.Default.ActionWords.Any(w => words.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>A range whose unit is written once, at its end: 2018-2020年, 1-9月, 一至三月, 十二至一月.</summary>
    private static (DatePoint From, DatePoint To, int End)? ReadBareRange(string text, int i)
    {
        var bareEnd = i;
        while (bareEnd < text.Length && char.IsAsciiDigit(text[bareEnd])) bareEnd++;
        var digits = bareEnd - i;
        if (digits == 0) return ReadBareChineseMonthRange(text, i);
        if (digits is not (1 or 2 or 4)) return null;
        var bare = int.Parse(text[i..bareEnd]);
        foreach (var sep in RangeSeparators)
        {
            if (!Follows(text, bareEnd, sep)) continue;
            var second = ReadPoint(text, bareEnd + sep.Length);
            if (second is not { } s) return null;
            var p = s.Point;
            if (digits == 4 && p.YearKind == YearKind.Explicit && p.Month == null && IsYear(bare) && bare < p.Year)
                return (new DatePoint(YearKind.Explicit, bare, null, null), p, s.End);
            if (digits <= 2 && p.YearKind == YearKind.None && p.Day == null && p.Month is { } m && bare is >= 1 and <= 12 && bare < m)
                return (new DatePoint(YearKind.None, 0, bare, null), p, s.End);
            return null;
        }
        return null;
    }

    /// <summary>Characters an ideograph before a bare Chinese month may be: a year's 年 or a word that puts the
    /// range in time (从一至三月); any other ideograph makes the numeral part of a word (统一至三月底).</summary>
    private const string BeforeBareChineseMonth = "年从從自于於在是为為的和与與及、，,";

    /// <summary>一至三月, 十二至一月: months in Chinese numerals with 月 written once, at the end (the end may be in
    /// the next year: the resolver reads 十二月至一月 so).</summary>
    private static (DatePoint From, DatePoint To, int End)? ReadBareChineseMonthRange(string text, int i)
    {
        if (i > 0 && FigureExtractorIsIdeograph(text[i - 1]) && !BeforeBareChineseMonth.Contains(text[i - 1])) return null;
        foreach (var (word, month) in ChineseMonths)
        {
            if (!Follows(text, i, word)) continue;
            var j = i + word.Length;
            foreach (var sep in RangeSeparators)
            {
                if (!Follows(text, j, sep)) continue;
                // 一至七月全市园区…: the range is a date by its shape, so its end month need not end the phrase.
                var second = ReadPoint(text, j + sep.Length)
                             ?? (ReadMonth(text, j + sep.Length, false) is { } bareMonth ? (new DatePoint(YearKind.None, 0, bareMonth.Value, null), bareMonth.End) : null);
                if (second is not { Point: { YearKind: YearKind.None, Day: null, Month: { } to } } end || to == month) return null;
                return (new DatePoint(YearKind.None, 0, month, null), end.Point, end.End);
            }
            return null;
        }
        return null;
    }

    /// <summary>發布日期：108-08-31, 108/08/31 opening a line: a Taiwan site's date line in Republic years (year 1 is 1912).</summary>
    private static DateSpan? ReadRepublicNumericDate(string text, int i)
    {
        if (i > 0 && text[i - 1] is not (':' or '\n')) return null;
        if (!ReadDigits(text, i, 3, 3, out var roc, out var j) || roc is < 100 or > 199 || j >= text.Length || text[j] is not ('-' or '/' or '.')) return null;
        var sep = text[j];
        if (!ReadDigits(text, j + 1, 1, 2, out var month, out var k) || At(text, k) != sep || !ReadDigits(text, k + 1, 1, 2, out var day, out var end)) return null;
        if (!IsDay(roc + 1911, month, day) || char.IsAsciiDigit(At(text, end)) || At(text, end) == sep) return null;
        return new DateSpan(i, end, new DatePoint(YearKind.Explicit, roc + 1911, month, day), null);
    }

    /// <summary>2022.8.15, 2022-08-15, 2022/8/15 (same separator twice); 2022-08 and 2022/08.</summary>
    /// <summary>03-19 18:36 opening a line: a post's stamp, month and day (two digits each) with the time, its year the
    /// page's.</summary>
    private static DateSpan? ReadStampedMonthDay(string text, int i)
    {
        if (i > 0 && text[i - 1] != '\n' || !ReadDigits(text, i, 2, 2, out var month, out var dash) || At(text, dash) != '-'
            || !char.IsAsciiDigit(At(text, dash + 1)) || !char.IsAsciiDigit(At(text, dash + 2))) return null;
        var (day, clock) = ((At(text, dash + 1) - '0') * 10 + At(text, dash + 2) - '0', dash + 3);
        while (At(text, clock) == ' ') clock++;
        if (!IsDay(2000, month, day) || !ReadDigits(text, clock, 1, 2, out var hour, out var colon) || hour > 23 || At(text, colon) != ':'
            || !ReadDigits(text, colon + 1, 2, 2, out _, out var after) || char.IsAsciiDigit(At(text, after))) return null;
        return new DateSpan(i, dash + 3, new DatePoint(YearKind.None, 0, month, day), null);
    }

    private static DateSpan? ReadNumericDate(string text, int i)
    {
        if (!ReadDigits(text, i, 4, 4, out var year, out var j) || year is < 1000 or > 2999 || j >= text.Length) return null;
        var sep = text[j];
        if (sep is not ('-' or '.' or '/')) return null;
        if (!ReadDigits(text, j + 1, 1, 2, out var month, out var k) || month is < 1 or > 12) return null;
        if (k < text.Length && text[k] == sep && ReadDigits(text, k + 1, 1, 2, out var day, out var end) && IsDay(year, month, day)
            && (end >= text.Length || !char.IsAsciiDigit(text[end]) && text[end] != sep))
            return new DateSpan(i, Follows(text, end, "日") ? end + 1 : end, new DatePoint(YearKind.Explicit, year, month, day), null);
        // 国土储2024-02号: a year and a number before 号 are a file or lot number, not a month.
        if (IsYear(year) && sep != '.' && k - j - 1 == 2 && (k >= text.Length || !char.IsAsciiDigit(text[k]) && text[k] is not ('-' or '.' or '/'))
            && !Follows(text, k, "号") && !Follows(text, k, "號"))
            return new DateSpan(i, k, new DatePoint(YearKind.Explicit, year, month, null), null);
        // 1999.08-2002.02: a year and month with a point read as a date only as the start of a range of two of them.
        if (IsYear(year) && sep == '.' && k - j - 1 == 2 && FirstFollowing(text, k, RangeSeparators) is { } dash
            && ReadDigits(text, k + dash.Length, 4, 4, out var endYear, out var p) && IsYear(endYear) && endYear >= year && At(text, p) == '.'
            && ReadDigits(text, p + 1, 2, 2, out var endMonth, out var q) && endMonth is >= 1 and <= 12 && !char.IsAsciiDigit(At(text, q)) && At(text, q) != '.')
            return new DateSpan(i, q, new DatePoint(YearKind.Explicit, year, month, null), new DatePoint(YearKind.Explicit, endYear, endMonth, null));
        return null;
    }

    /// <summary>01/12/2024, 18/2/2016: the day first and the year last, as Hong Kong (and British-style) pages write a date;
    /// read month first only where the first number cannot be a month's day order otherwise (12/25/2024).</summary>
    private static DateSpan? ReadDayFirstNumericDate(string text, int i)
    {
        if (!ReadDigits(text, i, 1, 2, out var first, out var j) || At(text, j) is not ('/' or '.') || !ReadDigits(text, j + 1, 1, 2, out var second, out var k)
            || At(text, k) != text[j] || !ReadDigits(text, k + 1, 4, 4, out var year, out var end) || !IsYear(year)
            || char.IsAsciiDigit(At(text, end)) || At(text, end) is '/' or '.' && char.IsAsciiDigit(At(text, end + 1))) return null;
        var (day, month) = second <= 12 ? (first, second) : (second, first);
        return IsDay(year, month, day) ? new DateSpan(i, end, new DatePoint(YearKind.Explicit, year, month, day), null) : null;
    }

    /// <summary>2019.3.1-2019.5.1, 2019-03-01至2019-05-01: two numeric dates joined by a dash or 至 are one range; so are a
    /// full date and a month and day without the year (2023.6.1—6.3, 2023.6.1-6月3日), the end in the start's year.</summary>
    private static DateSpan WithNumericRangeEnd(string text, DateSpan first)
    {
        var at = first.From.Day != null ? AfterDayAside(text, first.End) : first.End;
        foreach (var sep in RangeSeparators)
        {
            if (!Follows(text, at, sep)) continue;
            var s = at + sep.Length;
            DatePoint? to = null;
            var end = s;
            if (ReadNumericDate(text, s) is { } n) (to, end) = (n.From, n.End);
            else if (ReadPoint(text, s) is { Point.YearKind: YearKind.Explicit } p) (to, end) = (p.Point, p.End);
            else if (first.From.Day != null && ReadNumericMonthDay(text, s, text[first.Start + 4]) is { } monthDay) (to, end) = monthDay;
            else if (first.From.Day != null && ReadPoint(text, s) is { } q && q.Point == new DatePoint(YearKind.None, 0, q.Point.Month, q.Point.Day)
                     && q.Point is { Month: not null, Day: not null })
                (to, end) = (q.Point, q.End);
            if (to is null || (to.Day == null) != (first.From.Day == null)) return first;
            return first with { End = end, To = to };
        }
        return first;
    }

    /// <summary>6.3 after 2023.6.1—: a month and day written with the full date's own separator and nothing after them
    /// that makes them a number (6.3%, 6.35).</summary>
    private static (DatePoint Point, int End)? ReadNumericMonthDay(string text, int i, char separator)
    {
        if (!ReadDigits(text, i, 1, 2, out var month, out var j) || At(text, j) != separator || !ReadDigits(text, j + 1, 1, 2, out var day, out var end)
            || !IsDay(2000, month, day) || char.IsAsciiDigit(At(text, end)) || At(text, end) is '%' or '％' || At(text, end) == separator) return null;
        return (new DatePoint(YearKind.None, 0, month, day), end);
    }

    /// <summary>Words after a year that make it a fiscal year (folded: 財年 reads 财年, 會計年度 会计年度).</summary>
    private static readonly string[] FiscalYearWords = { "财年", "財年", "会计年度", "财政年度", "财务年度" };

    /// <summary>Where a fiscal year's word after its year ends (2022会计年度, with 年 between: 2022年会计年度), or null.</summary>
    internal static int? FiscalYearEnd(string text, int afterYear)
    {
        var at = Follows(text, afterYear, "年") ? afterYear + 1 : afterYear;
        foreach (var word in FiscalYearWords)
            if (Follows(text, at, word)) return at + word.Length;
        return null;
    }

    private static (DatePoint Point, int End)? ReadPoint(string text, int i)
    {
        var yearKind = YearKind.None;
        var year = 0;
        var j = i;
        // 2023财年, 2022会计年度, 2022年會計年度: a company's or government's fiscal year, named by its calendar year.
        if (ReadDigits(text, i, 4, 4, out var fiscal, out var afterFiscal) && IsYear(fiscal) && FiscalYearEnd(text, afterFiscal) is { } fiscalEnd)
            return (new DatePoint(YearKind.Explicit, fiscal, null, null), fiscalEnd);
        if (ReadDigits(text, i, 4, 4, out var y, out var afterDigits) && Follows(text, afterDigits, "年")
            && (IsYear(y) || y is >= 1000 and <= 2999 && ReadMonth(text, afterDigits + 1, false) != null))
        {
            yearKind = YearKind.Explicit;
            year = y;
            j = afterDigits + 1;
        }
        else if (ReadRepublicYear(text, i) is { } republic)
        {
            yearKind = YearKind.Explicit;
            year = republic.Year;
            j = republic.End;
        }
        else if (ReadBracketedYear(text, i) is { } bracketedYear)
        {
            yearKind = YearKind.Explicit;
            year = bracketedYear.Year;
            j = bracketedYear.End;
        }
        else if (ReadShortYear(text, i) is { } shortYear)
        {
            yearKind = YearKind.Explicit;
            year = shortYear.Year;
            j = shortYear.End;
        }
        else if (i + 5 <= text.Length && !text.AsSpan(i, 4).ContainsAnyExcept(ChineseDigits) && text[i + 4] == '年')
        {
            yearKind = YearKind.Explicit;
            year = text.Substring(i, 4).Aggregate(0, (v, c) => v * 10 + NumeralParser.Digits[c]);
            if (!IsYear(year)) return null;
            j = i + 5;
        }
        else
        {
            foreach (var (word, offset) in RelativeYears)
                if (Follows(text, i, word))
                {
                    yearKind = YearKind.Relative;
                    year = offset;
                    j = i + word.Length;
                    break;
                }
        }

        // 民國100年(2011年)6月1日, 2011年(民國100年)6月1日: the same year given again in the other calendar, in brackets, is
        // part of the one date.
        if (yearKind == YearKind.Explicit && AfterBracketedSameYear(text, j, year) is { } afterSameYear) j = afterSameYear;

        if (yearKind != YearKind.None)
        {
            if (Follows(text, j, "度")) return (new DatePoint(yearKind, year, null, null), j + 1);
            // 2024年年度报告: the year's annual report, written with 年 twice.
            if (yearKind == YearKind.Explicit && Follows(text, j, "年度")) return (new DatePoint(yearKind, year, null, null), j + 2);
            foreach (var end in YearEnds)
                if (Follows(text, j, end)) return (new DatePoint(yearKind, year, 12, null), j + end.Length);
            foreach (var begin in YearBeginnings)
                if (Follows(text, j, begin)) return (new DatePoint(yearKind, year, 1, null), j + begin.Length);
        }

        foreach (var (word, offset) in RelativeMonths)
        {
            if (!Follows(text, j, word)) continue;
            if (yearKind == YearKind.None && i > 0 && text[i - 1] is '每' or '当' or '當' or '同') return null;
            var point = new DatePoint(yearKind == YearKind.None ? YearKind.Relative : yearKind, year, null, null) { MonthOffset = offset };
            var after = j + word.Length;
            if (ReadDay(text, after) is { } relativeDay) return (point with { Day = relativeDay.Value }, relativeDay.End);
            foreach (var modifier in new[] { "上旬", "中旬", "下旬", "底", "末", "初" })
                if (Follows(text, after, modifier)) return (point, after + modifier.Length);
            return (point, after);
        }

        if (ReadMonth(text, j, requireDayOrModifier: yearKind == YearKind.None && !char.IsAsciiDigit(At(text, j))) is { } month)
        {
            if (yearKind == YearKind.None && !MonthMayStartHere(text, i)) return null;
            var k = month.End;
            if (Follows(text, k, "份")) k++;
            if (ReadDay(text, k) is { } day)
                return IsDay(yearKind == YearKind.Explicit ? year : 2000, month.Value, day.Value)
                    ? (new DatePoint(yearKind, year, month.Value, day.Value), day.End) : null;
            // 二零零四年八月十五, 三月一: a written-out date may leave out 日 at its end; 6月3, 2019年7月2 in digits too.
            if ((ReadBareChineseDay(text, k) ?? ReadBareDigitDay(text, k)) is { } bareDay
                && IsDay(yearKind == YearKind.Explicit ? year : 2000, month.Value, bareDay.Value))
                return (new DatePoint(yearKind, year, month.Value, bareDay.Value), bareDay.End);
            foreach (var modifier in new[] { "上旬", "中旬", "下旬", "底", "末", "尾", "初", "中" })
                if (Follows(text, k, modifier)) return (new DatePoint(yearKind, year, month.Value, null), k + modifier.Length);
            return (new DatePoint(yearKind, year, month.Value, null), k);
        }
        if (yearKind == YearKind.None) return null;
        // 今年 alone, 2021年, 2030年前: the year.
        return (new DatePoint(yearKind, year, null, null), j);
    }

    /// <summary>Where a bracketed year right at <paramref name="at"/> that is <paramref name="year"/> again, in either calendar
    /// ((2011年) or (民国100年) after 民國100年 or 2011年), ends; null when none stands there.</summary>
    private static int? AfterBracketedSameYear(string text, int at, int year)
    {
        if (At(text, at) is not ('(' or '（')) return null;
        var inner = at + 1;
        var same = ReadDigits(text, inner, 4, 4, out var written, out var afterWritten) && written == year && Follows(text, afterWritten, "年")
            ? afterWritten + 1
            : ReadRepublicYear(text, inner) is { } republic && Follows(text, inner, "民国") && republic.Year == year ? republic.End : (int?)null;
        return same is { } close && At(text, close) is ')' or '）' ? close + 1 : null;
    }

    /// <summary>A year written with two digits (15年, 03年, 零七年, 九零年) or counted out (两千零四年), only before a
    /// month, 底/末 or a part of the year, since 15年 alone counts years. Two digits up to 50 are 20xx, others 19xx.</summary>
    private static (int Year, int End)? ReadShortYear(string text, int i)
    {
        var k = i;
        while (k < text.Length && k - i < 6 && (char.IsAsciiDigit(text[k]) || ChineseDigits.Contains(text[k]) || text[k] is '千' or '百' or '两' or '兩')) k++;
        if (k == i || !Follows(text, k, "年")) return null;
        var written = text[i..k];
        int year;
        if (written.Length == 2 && written.All(c => char.IsAsciiDigit(c) || ChineseDigits.Contains(c)))
        {
            var yy = written.Aggregate(0, (v, c) => v * 10 + (char.IsAsciiDigit(c) ? c - '0' : NumeralParser.Digits[c]));
            year = yy <= 50 ? 2000 + yy : 1900 + yy;
        }
        else if (written.Contains('千') && NumeralParser.TryParse(written, out var counted) && counted is >= 1900 and <= 2100) year = (int)counted;
        else return null;
        var after = k + 1;
        // 98年7-8月, 98年度 too: a range of months or 度 makes the two digits a year as a month does, but not the end of
        // a fiscal year (2023-24年度 runs from April to March).
        var fiscalYearEnd = i > 0 && "-—–~～至到".Contains(text[i - 1]);
        // 07年, 零七年: a leading zero never counts years, so the two digits are a year wherever they stand (公司07年主营业务收入).
        // Not the tail of a longer number (三百零七年, 1,007年).
        var zeroLed = written.Length == 2 && written[0] is ('0' or '零' or '〇' or '○')
                      && (i == 0 || !NumeralParser.IsChineseNumeralChar(text[i - 1]) && text[i - 1] is not (',' or '，'));
        // 較96年衰退, 自90年以來: a year compared with or counted from (96年 is the Republic's where the text dates so);
        // not a length before 前 or 期 (较10年前, 较10年期国债).
        var comparedOrCountedFrom = written.Length == 2 && i > 0 && text[i - 1] is '较' or '較' && !Follows(text, after, "前", "以前", "来", "來", "代", "间", "間", "期")
                                    || CountsFromTheYear(text, i, after);
        var continues = zeroLed || comparedOrCountedFrom || IsWrittenOutYearNotACount(text, i, written, after) || ReadMonth(text, after, false) != null || Follows(text, after, "底", "末", "年底", "年末", "上半年", "下半年")
                        || Follows(text, after, "度") && !fiscalYearEnd || ReadPartOfYear(text, after) != null || ReadBareRange(text, after) != null;
        return continues || IsYearTwoThousand(text, i, written, after) ? (year, after) : null;
    }

    /// <summary>一六年澳企…, 九八年: two Chinese digits that no count of years is written with are a year wherever they stand
    /// (Hong Kong and Macau write years so). Counts are one number (十六年) or two neighbours (三四年, 七八年), or 三五年
    /// ("a few years"); not the tail of a longer number, nor before what makes a length of time (一六年来).</summary>
    private static bool IsWrittenOutYearNotACount(string text, int start, string written, int after)
    {
        if (written.Length != 2 || !written.All(c => ChineseDigits.Contains(c))) return false;
        int first = NumeralParser.Digits[written[0]], second = NumeralParser.Digits[written[1]];
        if (second == first + 1 || first == second || written == "三五") return false;
        if (start > 0 && (NumeralParser.IsChineseNumeralChar(text[start - 1]) || text[start - 1] is '第' or '前' or '后' or '後')) return false;
        return !Follows(text, after, "来", "來", "前", "后", "後", "间", "間", "多", "代", "级", "級", "的", "之", "内", "內");
    }

    /// <summary>二千年 (not 两千年, which counts two thousand years): the year 2000 as it is said, unless what follows
    /// makes it a length of time (二千年来, 二千年前, 二千年的历史).</summary>
    private static bool IsYearTwoThousand(string text, int start, string written, int after) =>
        written is "二千" && (start == 0 || !NumeralParser.IsChineseNumeralChar(text[start - 1]) && text[start - 1] is not ('近' or '约' or '約' or '逾' or '数' or '數' or '几' or '幾'))
        && !Follows(text, after, "来", "來", "前", "的", "历史", "歷史", "之", "多", "间", "間");

    /// <summary>
    /// A year of the Republic of China calendar as Taiwan writes it (year 1 is 1912): 民國112年 always; a bare
    /// three-digit 1xx年 only before a month, a range of months, a part of the year or 度 (112年3月, 107年1到2月,
    /// 112年第1季, 112年度), since
    /// 100年 alone is a count of years.
    /// </summary>
    private const int RepublicYearOffset = 1911;

    /// <summary>今(2024)年, 去（2020）年, 今(102)年: a year said relative to the publication with the year itself in brackets,
    /// as Taiwan papers write it (as 今(15)日): that year, a Republic year's three digits plus 1911.</summary>
    private static (int Year, int End)? ReadBracketedYear(string text, int i)
    {
        if ("今去明前".IndexOf(At(text, i)) < 0 || !Follows(text, i + 1, "(", "（") || !ReadDigits(text, i + 2, 3, 4, out var digits, out var close))
            return null;
        var year = close - i - 2 == 3 ? (digits is >= 100 and <= 199 ? digits + RepublicYearOffset : 0) : digits;
        return IsYear(year) && Follows(text, close, ")年", "）年") ? (year, close + 2) : null;
    }

    private static (int Year, int End)? ReadRepublicYear(string text, int i)
    {
        const int offset = RepublicYearOffset;
        var marked = Follows(text, i, "民国");
        var at = marked ? i + 2 : i;
        // 民國55年、58年: a year listed after one written with 民國 is of the same calendar.
        marked = marked || ContinuesRepublicList(text, i);
        if (!ReadDigits(text, at, marked ? 1 : 3, 3, out var roc, out var k) && !ReadRepublicDigits(text, at, out roc, out k)
            || !Follows(text, k, "年")) return null;
        if (roc is < 1 or > 199 || !marked && roc < 100) return null;
        var after = k + 1;
        if (!marked && ReadMonth(text, after, false) == null && ReadPartOfYear(text, after) == null && ReadBareRange(text, after) == null
            && !Follows(text, after, "度", "底", "年底", "上半年", "下半年") && !StartsRepublicRange(text, after, roc)) return null;
        return (roc + offset, after);
    }

    /// <summary>A Republic year's three digits as Taiwan's papers print them in Chinese digits (一〇五, 一一二) or, on a page set
    /// vertically, with the Arabic zero among them (一0五年): 100 to 199, not the tail of a longer number.</summary>
    private static bool ReadRepublicDigits(string text, int i, out int value, out int end)
    {
        value = 0;
        end = i;
        if (i > 0 && (char.IsAsciiDigit(text[i - 1]) || NumeralParser.IsChineseNumeralChar(text[i - 1]))) return false;
        while (end < text.Length && end - i < 4 && (char.IsAsciiDigit(text[end]) || ChineseDigits.Contains(text[end]))) end++;
        if (end - i != 3 || text[i] != '一') return false;
        for (var k = i; k < end; k++) value = value * 10 + (char.IsAsciiDigit(text[k]) ? text[k] - '0' : NumeralParser.Digits[text[k]]);
        return value is >= 100 and <= 199;
    }

    /// <summary>Whether a year at <paramref name="i"/> follows a list separator after a year written with 民国 (民国55年、58年,
    /// 民国55年、58年及60年).</summary>
    private static bool ContinuesRepublicList(string text, int i)
    {
        if (i < 4 || text[i - 1] is not ('、' or '和' or '及' or '与') || text[i - 2] != '年') return false;
        var k = i - 2;
        while (k > 0 && i - 2 - k < 3 && char.IsAsciiDigit(text[k - 1])) k--;
        if (k == i - 2) return false;
        return k >= 2 && text[k - 2] == '民' && text[k - 1] == '国' || ContinuesRepublicList(text, k);
    }

    /// <summary>至106年6月底 after 105年: a range's separator, then a later Republic year read as one (with its month or part).</summary>
    private static bool StartsRepublicRange(string text, int at, int roc)
    {
        foreach (var sep in RangeSeparators)
            if (Follows(text, at, sep))
                return ReadDigits(text, at + sep.Length, 3, 3, out var last, out _) && last > roc && ReadRepublicYear(text, at + sep.Length) != null;
        return false;
    }

    /// <summary>十五, 二十三 ending a written-out date without 日, or starting a range of days (二月十三到十五).</summary>
    private static (int Value, int End)? ReadBareChineseDay(string text, int i)
    {
        var k = i;
        while (k < text.Length && k - i < 3 && (ChineseDigits.Contains(text[k]) || text[k] == '十')) k++;
        if (k == i || k < text.Length && (FigureExtractorIsIdeograph(text[k]) && !BeforeDayRangeEnd(text, k) || char.IsAsciiDigit(text[k]))) return null;
        return NumeralParser.TryParse(text[i..k], out var v) && v is >= 1 and <= 31 ? ((int)v, k) : null;
    }

    private static bool FigureExtractorIsIdeograph(char c) => Figures.FigureExtractor.IsIdeograph(c);

    /// <summary>至 or 到 and a day after it, with or without 日 (至十五日, 到十五): the end of a range of days.</summary>
    private static bool BeforeDayRangeEnd(string text, int at) =>
        Follows(text, at, "至", "到") && (ReadDay(text, at + 1) != null || ReadBareChineseDay(text, at + 1) != null);

    /// <summary>Characters after the digits of a day written without 日 that make them something else: a range
    /// (6月3-5日), a decimal or a percentage, a list (3、4日), a number's next scale (2023年11月1兆4,261亿元 is 1.4 trillion).</summary>
    private const string NotAfterBareDay = "日号號.%％-~～—–至到、／/:：点點时時兆";

    /// <summary>6月3, 2019年7月2: a day after its month with no 日, when nothing after it makes the digits a count
    /// (6月3家企业) or part of another number.</summary>
    private static (int Value, int End)? ReadBareDigitDay(string text, int i)
    {
        if (!ReadDigits(text, i, 1, 2, out var d, out var end) || d is < 1 or > 31) return null;
        if (end < text.Length)
        {
            var next = text[end];
            if (char.IsAsciiLetterOrDigit(next) || NotAfterBareDay.Contains(next) || NumeralParser.IsChineseNumeralChar(next)) return null;
            if (Figures.UnitLexicon.MatchUnit(text, end) != null || Figures.UnitLexicon.StartsYearWord(text, end, out _)) return null;
            if (next is '多' or '余' or '餘' or '几' or '幾' or '成' or '倍') return null;
        }
        return (d, end);
    }

    private static (DatePoint Point, int End)? ReadRangeEnd(string text, int at, DatePoint first)
    {
        if (first.Day != null) at = AfterDayAside(text, at);
        foreach (var sep in RangeSeparators)
        {
            if (!Follows(text, at, sep)) continue;
            var s = at + sep.Length;
            if (first.Day != null && ReadDay(text, s) is { } dayOnly && !Follows(text, dayOnly.End, "月"))
                return (first with { Day = dayOnly.Value }, dayOnly.End); // 8月12日至15日
            if (first.Day != null && ReadBareChineseDay(text, s) is { } bareDay && bareDay.Value > first.Day)
                return (first with { Day = bareDay.Value }, bareDay.End); // 二月十三到十五
            if (ReadPoint(text, s) is not { } to) return null;
            var p = to.Point;
            // 105年至106年6月底, 2022年底至2024年: a range may open on a whole year and close on a month of a later one, or open
            // on a month (a year's end, most often) and close on a whole later year, as written.
            var sameShape = (p.Month == null) == (first.Month == null) || p.YearKind == YearKind.None
                            || first is { YearKind: YearKind.Explicit, Day: null } && p.YearKind == YearKind.Explicit && p.Year > first.Year;
            if (!sameShape) return null;
            if (p.YearKind == YearKind.None && first.YearKind == YearKind.None && first.Month == null) return null;
            return (p, to.End);
        }
        return null;
    }

    /// <summary>Weekday words a day may be glossed with in brackets: 2023年11月1日(星期三)至11月7日.</summary>
    private static readonly string[] WeekdayWords = { "星期", "礼拜", "禮拜", "周", "週" };

    /// <summary>
    /// Where a range's separator may stand after its first day: past the day's weekday in brackets (2023年11月1日(星期三)至
    /// 11月7日) and an hour (2024年9月13日17时至2024年9月19日8时, 9月1日8:00至…). Only digits glued to the day count as its
    /// hour; a part of the day (上午9:15至下午15:00) makes the range one of hours, not of days.
    /// </summary>
    private static int AfterDayAside(string text, int at)
    {
        var k = AfterWeekday(text, at);
        if (ReadDigits(text, k, 1, 2, out var hour, out var j) && hour <= 24)
        {
            if (At(text, j) is '时' or '時' or '点' or '點')
            {
                k = j + 1;
                if (ReadDigits(text, k, 1, 2, out var minutes, out var m) && minutes < 60 && At(text, m) == '分') k = m + 1;
            }
            else if (At(text, j) is ':' or '：' && ReadDigits(text, j + 1, 2, 2, out var minute, out var m) && minute < 60) k = m;
        }
        return k;
    }

    /// <summary>Characters after which a Chinese month alone qualifies the noun after it (的六月业绩, 暨七月重点项目).</summary>
    private const string MonthOfWhatFollowsAfter = "的暨";

    private static (int Value, int End)? ReadMonth(string text, int i, bool requireDayOrModifier)
    {
        if (ReadDigits(text, i, 1, 2, out var m, out var j))
            return m is >= 1 and <= 12 && Follows(text, j, "月") ? (m, j + 1) : null;
        foreach (var (word, value) in ChineseMonths)
            if (Follows(text, i, word) && Follows(text, i + word.Length, "月"))
            {
                var end = i + word.Length + 1;
                // 三月, 十二月至一月: a Chinese month alone stands as a date only where its phrase ends.
                // 第二高的六月业绩, 暨七月重点项目签约仪式: after 的 or 暨 it names the month of what follows.
                var endsPhrase = end >= text.Length || !FigureExtractorIsIdeograph(text[end]) && !char.IsAsciiLetterOrDigit(text[end]) || Follows(text, end, "至", "到")
                                 || i > 0 && MonthOfWhatFollowsAfter.Contains(text[i - 1]);
                if (requireDayOrModifier && ReadDay(text, end) == null && ReadBareChineseDay(text, end) == null && !"底末尾初上中下份".Contains(At(text, end))
                    && !endsPhrase) return null;
                return (value, end);
            }
        return null;
    }

    private static (int Value, int End)? ReadDay(string text, int i)
    {
        if (ReadDigits(text, i, 1, 2, out var d, out var j))
            return d is >= 1 and <= 31 && (Follows(text, j, "日") || Follows(text, j, "号") || Follows(text, j, "號")) ? (d, j + 1) : null;
        return ReadChineseDayNumber(text, i, out var v, out var k) && (Follows(text, k, "日") || Follows(text, k, "号")) ? (v, k + 1) : null;
    }

    /// <summary>上世纪90年代, 20世纪八十年代: a decade of the last (or a named) century, as the range of its ten years.</summary>
    private static DateSpan? ReadDecade(string text, int i)
    {
        int century;
        int j;
        if (Follows(text, i, "上世纪")) (century, j) = (19, i + 3);
        else if (ReadDigits(text, i, 2, 2, out var c, out var afterDigits) && Follows(text, afterDigits, "世纪") && c is >= 19 and <= 21)
            (century, j) = (c - 1, afterDigits + 2);
        else if (Follows(text, i, "二十世纪")) (century, j) = (19, i + 4);
        else if (Follows(text, i, "二十一世纪")) (century, j) = (20, i + 5);
        else if (ReadDigits(text, i, 4, 4, out var year, out var yearEnd) && year % 10 == 0 && IsYear(year) && Follows(text, yearEnd, "年代")
                 && At(text, yearEnd + 2) != '表') // 2020年代表团 is the year's delegation
            return new DateSpan(i, yearEnd + 2, new DatePoint(YearKind.Explicit, year, null, null), new DatePoint(YearKind.Explicit, year + 9, null, null)); // 1980年代
        else return ReadDecadeWithoutCentury(text, i);
        int tens;
        var k = j;
        if (ReadDigits(text, j, 2, 2, out var digits, out var end) && digits % 10 == 0) (tens, k) = (digits, end);
        else
        {
            while (k < text.Length && k - j < 2 && (ChineseDigits.Contains(text[k]) || text[k] == '十')) k++;
            if (k == j || !NumeralParser.TryParse(text[j..k], out var spelled) || spelled % 10 != 0 || spelled > 90) return null;
            tens = (int)spelled;
        }
        if (!Follows(text, k, "年代")) return null;
        var first = century * 100 + tens;
        return new DateSpan(i, k + 2, new DatePoint(YearKind.Explicit, first, null, null), new DatePoint(YearKind.Explicit, first + 9, null, null));
    }

    /// <summary>90年代, 八十年代: a decade written without its century is one of the last century's (the 20s to the 90s),
    /// its century inferred; 00年代 and 10年代 are left, as they may be either century's.</summary>
    private static DateSpan? ReadDecadeWithoutCentury(string text, int i)
    {
        if (i > 0 && (char.IsAsciiDigit(text[i - 1]) || ChineseDigits.Contains(text[i - 1]) || text[i - 1] == '十')) return null;
        int tens, k;
        if (ReadDigits(text, i, 2, 2, out var digits, out var end)) (tens, k) = (digits, end);
        else
        {
            k = i;
            while (k < text.Length && k - i < 2 && (ChineseDigits.Contains(text[k]) || text[k] == '十')) k++;
            if (k == i || !NumeralParser.TryParse(text[i..k], out var spelled)) return null;
            tens = (int)spelled;
        }
        if (tens % 10 != 0 || tens is < 20 or > 90 || !Follows(text, k, "年代")) return null;
        var first = new DatePoint(YearKind.Explicit, 1900 + tens, null, null) { CenturyInferred = true };
        return new DateSpan(i, k + 2, first, first with { Year = 1900 + tens + 9 });
    }

    private static readonly (string Word, int Value)[] ChineseMonths =
    {
        ("十一", 11), ("十二", 12), ("十", 10), ("一", 1), ("二", 2), ("三", 3), ("四", 4), ("五", 5),
        ("六", 6), ("七", 7), ("八", 8), ("九", 9),
    };

    /// <summary>A month with no year must not continue a number or a count (3个月, 第3月, 12.5月).</summary>
    private static bool MonthMayStartHere(string text, int i)
    {
        if (i == 0) return true;
        var before = text[i - 1];
        if (before == '.' && FollowsListNumber(text, i)) return true;
        if (char.IsAsciiDigit(before) || before is '.' or '个' or '個' or '第' or '每' or '数' or '數' or '几' or '幾') return false;
        return !ChineseDigits.Contains(before) && before != '十';
    }

    /// <summary>A month and day written with 日 or 号 (10月25日), tried where a list's number ends.</summary>
    private static readonly Regex MonthDayAt = new(@"\G(?:1[0-2]|0?[1-9])月(?:3[01]|[12][0-9]|0?[1-9])[日号號]", RegexOptions.Compiled);

    /// <summary>1.10月25日 at the start of a line: a list's number and its point glued on before a month and day. The month
    /// starts a date there, as a decimal (12.5月) or a count of months (1.5个月) is never followed by a day.</summary>
    private static bool FollowsListNumber(string text, int i)
    {
        if (i < 2 || text[i - 1] != '.') return false;
        var k = i - 1;
        while (k > 0 && i - 1 - k < 2 && char.IsAsciiDigit(text[k - 1])) k--;
        if (k == i - 1 || k > 0 && !char.IsWhiteSpace(text[k - 1])) return false;
        return MonthDayAt.IsMatch(text, i);
    }

    private static bool[] InsideBookTitle(string text)
    {
        var inside = new bool[text.Length + 1];
        var depth = 0;
        var open = 0;
        for (var k = 0; k < text.Length; k++)
        {
            if (text[k] is '《' or '〈')
            {
                if (depth == 0) open = k;
                depth++;
            }
            else if (text[k] is '》' or '〉' && depth > 0)
            {
                depth--;
                if (depth == 0 && EndsWithWireDateline(text, k)) Array.Clear(inside, open, k - open);
            }
            else if (text[k] == '\n') depth = 0;
            inside[k] = depth > 0;
        }
        return inside;
    }

    /// <summary>《經濟通通訊社28日專訊》: a Hong Kong wire's dateline between book-title marks, its day a date (the words are
    /// Resources/market-news-dates.txt).</summary>
    private static bool EndsWithWireDateline(string text, int close)
    {
        foreach (var end in MarketNewsDates.Default.WireDatelineEnds)
            if (close >= end.Length + 1 && char.IsAsciiDigit(text[close - end.Length - 1]) && Follows(text, close - end.Length, end)) return true;
        return false;
    }

    private static bool ReadDigits(string text, int i, int min, int max, out int value, out int end)
    {
        value = 0;
        end = i;
        while (end < text.Length && char.IsAsciiDigit(text[end]) && end - i < max + 1) end++;
        var n = end - i;
        if (n < min || n > max) return false;
        value = int.Parse(text.AsSpan(i, n));
        return true;
    }

    /// <summary>The characters a date can start with (<see cref="TryAt"/> proposes none anywhere else): digits and
    /// Chinese numerals (2022年, 二〇二二年, 三月, 十五日, 两千零四年), 正月, 民国, 第/首/前 of a part of the year, 上 of 上世纪
    /// and 上半年, and the first characters of the relative words (今年, 上个月, 本季, 昨天, 大前天, 昨（15）日).
    /// Keep it in step with the readers when one learns a new first word.</summary>
    private static readonly SearchValues<char> DateStarts = SearchValues.Create(string.Concat(
        "0123456789", ChineseDigits, "十两兩千百", "廿卅" /* 廿八日 */, "正民第首前上下农" /* 农历正月 */, "QH" /* Q3, H1 */, "同当當次翌" /* 同年, 次年 */,
        string.Concat(RelativeYears.Select(w => w.Word[0])), string.Concat(RelativeMonths.Select(w => w.Word[0])),
        string.Concat(RelativeQuarters.Select(w => w.Word[0])), string.Concat(RelativeDays.Default.Days.Select(w => w.Word[0])),
        string.Concat(BracketedDayWords.Select(w => w.Word)), string.Concat(ChineseMonths.Select(w => w.Word[0]))));

    /// <summary>Whether the prefilter lets <see cref="TryAt"/> run at a position holding <paramref name="c"/>.</summary>
    internal static bool CanStart(char c) => DateStarts.Contains(c);

    private static bool IsYear(int y) => y is >= 1900 and <= 2100;
    private static bool IsDay(int y, int m, int d) => m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m);
    private static char At(string text, int i) => i < text.Length ? text[i] : '\0';
    // Called at every position of every text: the one- and two-word forms spare a params array and a lambda per call.
    private static bool Follows(string text, int at, string word) => Text.WordAt.Follows(text, at, word);

    private static bool Follows(string text, int at, string word, string other) => Follows(text, at, word) || Follows(text, at, other);

    /// <summary>Whether one of <paramref name="words"/> follows: a span, so that a call with words written out allocates no
    /// array at each position the rules try.</summary>
    private static bool Follows(string text, int at, params ReadOnlySpan<string> words) => FirstFollowing(text, at, words) != null;

    /// <summary>The first of <paramref name="words"/> that follows <paramref name="at"/>, or null (a loop: a lambda's closure was
    /// allocated at every call).</summary>
    private static string? FirstFollowing(string text, int at, ReadOnlySpan<string> words)
    {
        foreach (var w in words)
            if (Follows(text, at, w)) return w;
        return null;
    }

    // Loops rather than lambdas: a lambda capturing a loop's variables allocates a closure at every position tried.
    private static bool IsNearAny(List<int> years, int year)
    {
        foreach (var known in years)
            if (Math.Abs(known - year) <= RepublicYearReach) return true;
        return false;
    }

    private static bool Overlaps(List<DateSpan> spans, int start, int end)
    {
        foreach (var s in spans)
            if (start < s.End && end > s.Start) return true;
        return false;
    }
}
