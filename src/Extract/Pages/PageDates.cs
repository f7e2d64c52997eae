using Pipeline.Extract.Text;
using System.Text.RegularExpressions;

namespace Pipeline.Extract.Pages;

/// <summary>When a page was published: the date it prints in its header, or, failing that, a year
/// inferred from the years its text mentions.</summary>
internal static partial class PageDates
{
    [GeneratedRegex(@"(?<y>(19|20)\d{2})\s*年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日|(?<y>(19|20)\d{2})[-./](?<m>\d{1,2})[-./](?<d>\d{1,2})")]
    private static partial Regex FullDate { get; }
    [GeneratedRegex(@"(?<y>(19|20)\d{2})\s*年\s*(?<m>\d{1,2})\s*月(?!\s*\d{1,2}\s*日)")]
    private static partial Regex YearMonth { get; }

    /// <summary>A year written in the text. Group "after" is what follows it, to tell a year that has
    /// passed from a target (2030年前) and an event named by its year (2023数字经济峰会). It is looked ahead at,
    /// not consumed, so the second year of a range (2021—2023年) is read too.</summary>
    [GeneratedRegex(@"(?<![\d.])(?<y>(19|20)\d{2})(?![\d%.])(?=(?<after>.{0,6}))")]
    private static partial Regex Year { get; }

    /// <summary>A date line of a Taiwan site in Republic years (發布日期：108-08-31, 108/08/31): year 1 is 1912.</summary>
    [GeneratedRegex(@"(?<![\d./\-])(?<roc>1\d{2})(?<sep>[-/.])(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})(?![\d./\-])")]
    private static partial Regex RepublicDate { get; }

    /// <summary>The editor line a 中央社 (CNA) wire ends with, (編輯:某某)1111026: the Republic-calendar day (111-10-26) it
    /// was filed on, printed where a page shows no date line of its own.</summary>
    [GeneratedRegex(
        @"[(（]\s*[编編][辑輯]\s*[:：][^)）\n]{1,12}[)）]\s*(?<roc>1\d{2})(?<m>\d{2})(?<d>\d{2})(?!\d)")]
    private static partial Regex EditorDateCode { get; }

    /// <summary>The day a wire's editor code files it on ((编辑:某某)1121228 → 2023-12-28); null when the text holds no
    /// such code or holds two that disagree.</summary>
    public static string? FromEditorCode(string text)
    {
        string? found = null;
        foreach (Match m in EditorDateCode.Matches(text))
        {
            if (!Valid(int.Parse(m.Groups["roc"].Value) + 1911, m, out var iso)) continue;
            if (found != null && found != iso) return null;
            found = iso;
        }
        return found;
    }

    /// <summary>A date line written day first, as Hong Kong sites print it (01/12/2024 19:24); month first only where the
    /// second number cannot be a month (12/25/2024).</summary>
    [GeneratedRegex(@"(?<![\d./\-])(?<a>\d{1,2})(?<sep>[/.])(?<b>\d{1,2})\k<sep>(?<y>(19|20)\d{2})(?![\d./\-])")]
    private static partial Regex DayFirstDate { get; }

    /// <summary>The date printed by a header line (issue line or date line): YYYY-MM-DD or YYYY-MM.</summary>
    public static string? Printed(string headerLine)
    {
        var m = FullDate.Match(headerLine);
        if (m.Success && Valid(m, out var iso)) return iso;
        var dayFirst = DayFirstDate.Match(headerLine);
        if (dayFirst.Success)
        {
            int a = int.Parse(dayFirst.Groups["a"].Value), b = int.Parse(dayFirst.Groups["b"].Value), y = int.Parse(dayFirst.Groups["y"].Value);
            var (dd, mm) = b <= 12 ? (a, b) : (b, a);
            if (mm is >= 1 and <= 12 && dd >= 1 && dd <= DateTime.DaysInMonth(y, mm)) return $"{y:D4}-{mm:D2}-{dd:D2}";
        }
        var republic = RepublicDate.Match(headerLine);
        if (republic.Success && Valid(int.Parse(republic.Groups["roc"].Value) + 1911, republic, out var republicIso)) return republicIso;
        var ym = YearMonth.Match(headerLine);
        if (ym.Success && int.TryParse(ym.Groups["m"].Value, out var month) && month is >= 1 and <= 12)
            return $"{ym.Groups["y"].Value}-{month:D2}";
        return null;
    }

    /// <summary>A line that opens with the label date and a full date (date 2026-01-03 …), as saved web pages carry
    /// their date, whatever widget text or copyright notice follows on the line.</summary>
    [GeneratedRegex(@"^\s*date\s+(?<date>(19|20)\d{2}-\d{1,2}-\d{1,2})(?![\d\-])")]
    private static partial Regex LabelledDateLine { get; }

    /// <summary>A site's clock: today's date with its weekday, perhaps the time, alone on its line or after 今天是
    /// (2025年04月22日 星期二, 2023-11-05 11:00:00 星期日). Nothing on it says the page was published that day.</summary>
    [GeneratedRegex(
        @"^\s*((今天是|今天|今日|当前时间|现在时间|现在是)\s*[:：]?\s*)?(19|20)\d{2}\s*([年\-./]\s*\d{1,2}\s*[月\-./]\s*\d{1,2}\s*日?)\s*(\d{1,2}:\d{2}(:\d{2})?\s*)?[(（]?(星期|礼拜|周)[一二三四五六日天][)）]?\s*(\d{1,2}:\d{2}(:\d{2})?)?\s*$")]
    private static partial Regex ClockLine { get; }

    /// <summary>Whether the line is a site's clock (2025年04月22日 星期二) rather than a line dating the page.</summary>
    public static bool IsClockLine(string folded) => ClockLine.IsMatch(folded);

    /// <summary>The date a labelled date line prints (date 2026-01-03 Copyright © …); null for any other line.</summary>
    public static string? LabelledDate(string folded)
    {
        var m = LabelledDateLine.Match(folded);
        return m.Success ? Printed(m.Groups["date"].Value) : null;
    }

    /// <summary>A news lead that opens with its date: 【某某台 2018 年 04 月 28 日讯】, 本报讯 (2021-08-31),
    /// 某某网讯（2021年8月31日）. The date the lead files the report on is the page's.</summary>
    [GeneratedRegex(
        @"^\s*(【[^】]{0,24}?(?<date>(19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*讯】" +
        @"|[^\s,，。(（]{1,16}讯\s*[(（]\s*(?<date>(19|20)\d{2}\s*([年\-./]\s*\d{1,2}\s*[月\-./]\s*\d{1,2}\s*日?))\s*[)）])")]
    private static partial Regex LeadWithDate { get; }

    /// <summary>The date a paragraph's lead files its report on (【…2018年04月28日讯】, 本报讯(2021-08-31)); null when
    /// the paragraph opens otherwise.</summary>
    public static string? LeadDate(string folded)
    {
        var m = LeadWithDate.Match(folded);
        if (m.Success) return Printed(m.Groups["date"].Value);
        var byline = CompactDatedByline.Match(folded);
        return byline.Success ? Printed($"{byline.Groups["y"].Value}-{byline.Groups["m"].Value}-{byline.Groups["d"].Value}") : null;
    }

    /// <summary>A byline opened by its date in eight digits, as some Taiwan papers print it (20230808文/某某, 20230808 記者某某).</summary>
    [GeneratedRegex(
        @"^\s*(?<y>(19|20)\d{2})(?<m>[01]\d)(?<d>[0-3]\d)\s*(文|图|圖|记者|記者|撰文|撰稿|编辑|編輯)\s*[/／:：]?\s*\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex CompactDatedByline { get; }

    /// <summary>A web address with its date in the path: /202110/, /2021-10/27/, /20211027/, /2021/10/27/, /2021/1027/, /t20211027_,
    /// or opening a news item's serial number (/201904020127.aspx, /20180710002764-260410: the day, then the item's number that day),
    /// or a day of eight digits closing a name after a hyphen or underscore (/1660109-20211103.htm, /news_20211103.html).</summary>
    [GeneratedRegex(
        @"/t?(?<y>(19|20)\d{2})[-/]?(?<m>\d{2})(?:[-/]?(?<d>\d{2}))?(?=[/_.])" +
        @"|/(?<y>(19|20)\d{2})(?<m>[01]\d)(?<d>[0-3]\d)(?=\d{4,6}(-\d+)?([/_.?#]|$))" +
        @"|(?<=[-_])(?<y>(19|20)\d{2})(?<m>[01]\d)(?<d>[0-3]\d)(?=[/.?#]|$)")]
    private static partial Regex DatedPath { get; }

    [GeneratedRegex(@"(https?://|www\.)[A-Za-z0-9./_\-?=&%#~+:]+")]
    private static partial Regex WebAddress { get; }

    /// <summary>The date a web address's path holds (…/202110/480178.shtml → 2021-10, …/t20211027_1.html → 2021-10-27),
    /// or null when it holds none.</summary>
    public static string? FromUrl(string? url)
    {
        if (url == null) return null;
        var at = url.IndexOf("://", StringComparison.Ordinal);
        var path = url.IndexOf('/', at < 0 ? 0 : at + 3);
        if (path < 0) return null;
        foreach (Match m in DatedPath.Matches(url[path..]))
        {
            var month = int.Parse(m.Groups["m"].Value);
            if (month is < 1 or > 12) continue;
            if (!m.Groups["d"].Success) return $"{m.Groups["y"].Value}-{month:D2}";
            var iso = $"{m.Groups["y"].Value}-{month:D2}-{m.Groups["d"].Value}";
            if (Printed(iso) is { } day) return day;
        }
        return null;
    }

    /// <summary>The date of the page's own address when its text prints one (原文:https://…/202110/….shtml): the
    /// addresses the text prints with a date in their path, when they all give the same one; null otherwise.</summary>
    public static string? FromAddresses(IEnumerable<string> texts)
    {
        string? found = null;
        foreach (var text in texts)
            foreach (Match m in WebAddress.Matches(text))
            {
                if (FromUrl(m.Value) is not { } date) continue;
                if (found != null && found != date) return null;
                found = date;
            }
        return found;
    }

    /// <summary>The year a page was most likely published in, from the years it mentions as past or
    /// present: the latest such year, since a report is not older than what it reports.
    /// <list type="bullet">
    /// <item>Targets (2030年前, 到2025年, 预计2030年, 2025年，园区将…) and titles of documents are ignored.</item>
    /// <item>A year reported as finished (2020年，全区… / 2021年度 / 2020年底) means the page is from the year after.</item>
    /// <item>A year with a month, an event named by its year, or a year whose clause reports what was done
    /// (2016年在孵化器中起步, 2024年实现产值…) means that year at least.</item>
    /// <item>A year named in the same sentence as 今年 is not this year: the writer would have said 今年
    /// (2024年全区实现…；今年1至5月… is from 2025). 今年（2024年） and 去年（2023年） say it outright.</item>
    /// </list></summary>
    public static string? Infer(IEnumerable<string> texts)
    {
        int? best = null;
        int? scheduled = null;
        foreach (var raw in texts)
        {
            // 2019年計(jì)劃: the pinyin readings a saved Traditional page glues into its words are no part of them.
            var text = BookTitle().Replace(PinyinReadings.Without(raw), m => new string(' ', m.Length));
            if (SamePeriodAsToday(text) is { } year) return year.ToString("D4");
            foreach (Match m in Year.Matches(text))
            {
                var candidate = Candidate(text, m);
                if (candidate != null && (best == null || candidate > best)) best = candidate;
                else if (candidate == null && IsScheduledYear(text, m) && int.Parse(m.Groups["y"].Value) is var planned && (scheduled == null || planned < scheduled))
                    scheduled = planned;
            }
        }
        if (best is { } latest && MonthsAfterRecordSince(texts, latest)) best = latest + 1;
        return (best ?? scheduled)?.ToString("D4");
    }

    /// <summary>A record counted since a month (创2023年11月1兆4,261亿元后新高, 创2023年11月以来新高) lies before the page's date.</summary>
    [GeneratedRegex(@"(?<y>(19|20)\d{2})\s*年\s*(?<m>\d{1,2})\s*月[^。；;！!？?\n]{0,20}?(以来|后)的?(历史)?新[高低]")]
    private static partial Regex RecordSinceMonth { get; }

    /// <summary>A month written without its year (5月营收): what the page reports.</summary>
    [GeneratedRegex(@"(?<![年\d.\-/]\s*)(?<m>\d{1,2})\s*月")]
    private static partial Regex BareMonth { get; }

    /// <summary>创2023年11月…后新高 on a page whose months without a year (5月营收) all lie before November: those months, and
    /// the page, are of a later year than the record's, which the text names as past, so they cannot be of 2023.</summary>
    private static bool MonthsAfterRecordSince(IEnumerable<string> texts, int year)
    {
        var since = 0;
        foreach (var text in texts)
            foreach (Match m in RecordSinceMonth.Matches(text))
                if (int.Parse(m.Groups["y"].Value) == year) since = Math.Max(since, int.Parse(m.Groups["m"].Value));
        if (since == 0) return false;
        var any = false;
        foreach (var text in texts)
            foreach (Match m in BareMonth.Matches(text))
            {
                var month = int.Parse(m.Groups["m"].Value);
                if (month is < 1 or > 12) continue;
                if (month >= since) return false;
                any = true;
            }
        return any;
    }

    /// <summary>A plan set for a month of a year (计划于2022年8月启动), a year's own annual plan (2019年计划完成年度投资) or its
    /// good start (实现2022年“开门红”): a near plan, made in that year or shortly before. A page that names no year as past or present is dated by the
    /// earliest such year.</summary>
    private static bool IsScheduledYear(string text, Match m)
    {
        var after = text[(m.Index + m.Groups["y"].Length)..Math.Min(text.Length, m.Index + m.Groups["y"].Length + 16)];
        if (YearThenAnnualPlan().IsMatch(after)) return true;
        // 为…实现2022年“开门红”: a good start of the year is planned for as the year begins.
        if (YearThenGoodStart().IsMatch(after)) return true;
        return YearThenMonth().IsMatch(after) && (ForecastBefore(text, m.Index) || ContinuesPlan(text, m.Index)
            || IsTarget(text[Math.Max(0, m.Index - 6)..m.Index], m.Groups["after"].Value));
    }

    /// <summary>计划于2022年8月启动…，并于2023年12月投入使用: a year after 并于 sets the next step of a plan said earlier in its
    /// sentence, however far back.</summary>
    private static bool ContinuesPlan(string text, int yearStart)
    {
        if (!NextStepBefore().IsMatch(text[Math.Max(0, yearStart - 4)..yearStart])) return false;
        var from = yearStart;
        while (from > 0 && "。!！?？;；\n".IndexOf(text[from - 1]) < 0) from--;
        return PlanWords.IsMatch(text[from..yearStart]);
    }

    /// <summary>截至2022年8月 … 今年1—8月: the latest month a page reports its stocks at (截至 a month of a year) and the months
    /// of 今年 it reports flows for end alike, so 今年 is that year, whatever finished years the page also names.</summary>
    [GeneratedRegex(@"截至\s*(?<y>(19|20)\d{2})\s*年\s*(?<m>\d{1,2})\s*月")]
    private static partial Regex AsOfMonth { get; }

    private static int? SamePeriodAsToday(string text)
    {
        foreach (Match asOf in AsOfMonth.Matches(text))
        {
            var month = asOf.Groups["m"].Value;
            if (Regex.IsMatch(text, @"今年\s*(前|1\s*[-—–~～至到])?\s*" + month + @"\s*(个)?月(?!\d)"))
                return int.Parse(asOf.Groups["y"].Value);
        }
        return null;
    }

    /// <summary>An estimate of a whole year's total (预计全年实现…, 全年预计…), made before the year is over.</summary>
    [GeneratedRegex(@"预计(今年)?全年|全年预计|预估全年")]
    private static partial Regex FullYearEstimate { get; }

    /// <summary>A result only a finished period has: a comparison with the year before (同比) or a record (创历史新高).</summary>
    [GeneratedRegex(@"同比|创(出)?历史新高|(再)?创新高(?!地)|创历史最好")]
    private static partial Regex WholeYearResult { get; }

    private static int? Candidate(string text, Match m)
    {
        var year = int.Parse(m.Groups["y"].Value);
        // The page is from the year after one it reports as finished, unless the paragraph that names the year
        // still estimates its totals (预计全年实现…；2022年，经开区入选…): then the year is running.
        var finished = FullYearEstimate.IsMatch(ParagraphAround(text, m.Index)) ? year : year + 1;
        var after = m.Groups["after"].Value;
        var before = text[Math.Max(0, m.Index - 6)..m.Index];
        // 今年（2024年）, 去年(2023年), 今年是2024年: the page's year said outright.
        var glossed = GlossingYearWordBefore().Match(text[Math.Max(0, m.Index - 4)..m.Index]);
        if (glossed.Success && YearMark().IsMatch(after)) return glossed.Groups["w"].Value is "今年" or "本年" ? year : year + 1;
        var yearEnd = m.Index + m.Groups["y"].Length;
        // 截至2022年7月31日的2023财年: a fiscal year is named by the calendar year it ends in, which may still lie ahead.
        if (Dates.DateExtractor.FiscalYearEnd(text, yearEnd) != null) return null;
        // 2021—2023年营业收入分别为…: a range of years each reported in full, so its last year has passed too.
        if (RangeStartBefore().IsMatch(before) && YearMark().IsMatch(after)
            && GovernedClause(text, yearEnd).Contains("分别", StringComparison.Ordinal)
            && !GovernedClauseLooksAhead(text, yearEnd) && !ForecastBefore(text, m.Index)) return finished;
        if (IsTarget(before, after) || GovernedClauseLooksAhead(text, yearEnd) || ForecastBefore(text, m.Index) || ContinuesPlan(text, m.Index)) return null;
        // 始建于2003年, 成立于2010年: how old something is, not when the page was written, which may be any year since.
        if (FoundedInBefore().IsMatch(before)) return null;
        // 发布2016年外国在德国投资报告: a report on a year comes out after it.
        var named = text[yearEnd..Math.Min(text.Length, yearEnd + 16)];
        if (PublishedBefore().IsMatch(before) && YearReportNamed().IsMatch(named))
            return year + 1;
        int candidate;
        // 2023年度“万亩千亿”平台名单: a list or award of the year, which may come out while it runs; an annual
        // report (2023年度报告) or 2023年度，… reports the year done.
        // The list is this year's even beside 今年 (2018年度高新技术企业名单发布…今年全区共有11家).
        if (AnnualNotReport().IsMatch(after) && !AnnualReportShort().IsMatch(after)
            && !AnnualThenSinceOrPause().IsMatch(after)) return year;
        else if (YearFinishedMark().IsMatch(after)) return finished;
        // 广州开发区2020年实际使用外资创历史新高, 2020年…利用外资同比增长: the whole year's result, so the year is over.
        if (WholeYearMark().IsMatch(after)
            && WholeYearResult.IsMatch(GovernedClause(text, yearEnd)) && !SentenceAround(text, m.Index, yearEnd).Contains("今年", StringComparison.Ordinal))
            return finished;
        if (YearOfDatedThing().IsMatch(after)) candidate = year;
        else if (YearMark().IsMatch(after) && ClauseReportsDone(text, yearEnd))
        {
            // 2021年生产料理包1.5亿袋，…。今年，该公司…: a year's results in figures told beside 今年 in one paragraph are
            // last year's.
            return ResultWords.IsMatch(GovernedClause(text, yearEnd)) && ParagraphAround(text, m.Index).Contains("今年", StringComparison.Ordinal)
                ? year + 1 : year; // 2016年在孵化器中起步
        }
        else if (YearMark().IsMatch(after)) return null; // part of a name: 2035年城市愿景规划
        else if (RangeEndAfter().IsMatch(after)) return null; // a range: its end is read on its own
        else if (HanOrQuoteFirst().IsMatch(after) && !CountsFirst(text, yearEnd, after))
            candidate = year; // an event named by its year
        else return null;
        // Only a year that is not a month of this one: 2024年4月底 … 今年一季度 may be the same year.
        // 2024年是园区成立十周年，今年…: the year the sentence is about, named as its subject, is this year.
        if (YearAsSubject().IsMatch(after) || !SentenceAround(text, m.Index, yearEnd).Contains("今年", StringComparison.Ordinal)) return candidate;
        return candidate + 1;
    }

    /// <summary>A forecast said earlier in the sentence, a clause or two before the year (公司预计，新厂于2026年第一季投产后…).</summary>
    private static bool ForecastBefore(string text, int yearStart)
    {
        var from = yearStart;
        while (from > 0 && yearStart - from < 20 && "。!！?？;；\n".IndexOf(text[from - 1]) < 0) from--;
        return ForecastWords().IsMatch(text[from..yearStart]);
    }

    /// <summary>Words that make what a clause says about its year done: it is not a plan.</summary>
    [GeneratedRegex(
        @"获批|获得|获评|荣获|被|投产|开工|签约|落户|成立|起步|入选|同比|累计|举办|举行|发布|出台|印发|已|了")]
    private static partial Regex DoneWords { get; }

    /// <summary>Verbs that report a result when a figure follows (实现营收800亿元), but may state a goal without one
    /// (2035年基本实现现代化).</summary>
    [GeneratedRegex(@"(实现|完成|达到|建成|新增|引进|共有|生产|销售|出口)[^,，。;；]*\d")]
    private static partial Regex ResultWords { get; }

    /// <summary>Words that make what a clause says about its year a plan or a forecast.</summary>
    [GeneratedRegex(@"将|(?<![主重需只必])要|力争|预计|计划|有望|争取|目标|确保|拟|规划|瞄准|突破至")]
    private static partial Regex PlanWords { get; }

    /// <summary>The clause the year opens (the one after a comma right after it: 2025年，园区将…).</summary>
    private static string GovernedClause(string text, int yearEnd)
    {
        var start = yearEnd;
        if (start < text.Length && text[start] == '年') start++;
        while (start < text.Length && text[start] is ',' or '，' or ' ') start++;
        var end = start;
        while (end < text.Length && end - start < 40 && ",，。;；!！?？\n".IndexOf(text[end]) < 0) end++;
        return text[start..end];
    }

    private static bool GovernedClauseLooksAhead(string text, int yearEnd) => PlanWords.IsMatch(GovernedClause(text, yearEnd));

    private static bool ClauseReportsDone(string text, int yearEnd)
    {
        var clause = GovernedClause(text, yearEnd);
        return DoneWords.IsMatch(clause) || ResultWords.IsMatch(clause);
    }

    /// <summary>The line holding <paramref name="at"/>.</summary>
    private static string ParagraphAround(string text, int at)
    {
        var from = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
        var to = text.IndexOf('\n', at);
        return text[from..(to < 0 ? text.Length : to)];
    }

    /// <summary>The sentence (up to 。！？ or a line break) holding the span, without the span.</summary>
    private static string SentenceAround(string text, int start, int end)
    {
        var from = start;
        while (from > 0 && "。!！?？\n".IndexOf(text[from - 1]) < 0) from--;
        var to = end;
        while (to < text.Length && "。!！?？\n".IndexOf(text[to]) < 0) to++;
        return text[from..start] + text[end..to];
    }

    private static bool IsTarget(string before, string after) =>
        YearThenTargetWord().IsMatch(after)
        || YearThenDeadlineDay().IsMatch(after)
        || TargetWordBefore().IsMatch(before)
        || EditionMark().IsMatch(after);

    [GeneratedRegex(@"(?<m>\d{1,2})月(?<d>\d{1,2})日专?电")]
    private static partial Regex DatelineMonthDay { get; }

    /// <summary>The month and day an agency dateline files the page's report on (新华社成都6月12日电): the day the
    /// report was written, which the page's inferred year can be narrowed to. Several datelines within a month give
    /// the latest; null when the page has none or they lie further apart.</summary>
    public static (int Month, int Day)? DatelineDay(IEnumerable<(string Text, string Folded)> lines)
    {
        var days = new HashSet<(int, int)>();
        foreach (var (text, folded) in lines)
        {
            if (!Bylines.TryParseDateline(text, folded, out _, out var length)) continue;
            var m = DatelineMonthDay.Match(folded[..length]);
            if (!m.Success) continue;
            var month = int.Parse(m.Groups["m"].Value);
            var day = int.Parse(m.Groups["d"].Value);
            if (month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2000, month)) days.Add((month, day));
        }
        if (days.Count == 0) return null;
        // A roundup of several datelines was put together on its latest day, if they fall within a few weeks of one another.
        var ordered = days.OrderBy(d => d.Item1 * 31 + d.Item2).ToList();
        var spread = (ordered[^1].Item1 * 31 + ordered[^1].Item2) - (ordered[0].Item1 * 31 + ordered[0].Item2);
        return spread <= 31 ? ordered[^1] : null;
    }

    [GeneratedRegex(@"^\s*(?<m>\d{2})-(?<d>\d{2})\s+\d{1,2}:\d{2}(:\d{2})?\s*$")]
    private static partial Regex ClockStamp { get; }

    /// <summary>How many lines from the top a post's stamp may stand (under crumbs and the headline).</summary>
    private const int StampLines = 8;

    /// <summary>The month and day of a post's stamp printed without its year on a line of its own near the top
    /// (03-19 18:36), which the page's inferred year can be narrowed to; null when there is none.</summary>
    public static (int Month, int Day)? StampDay(IEnumerable<string> lines)
    {
        foreach (var line in lines.Take(StampLines))
        {
            var m = ClockStamp.Match(line);
            if (!m.Success) continue;
            int month = int.Parse(m.Groups["m"].Value), day = int.Parse(m.Groups["d"].Value);
            if (month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2000, month)) return (month, day);
        }
        return null;
    }

    /// <summary>YYYY-MM-DD from an inferred year and a dateline's day; the year alone when the day is not in it (29 February).</summary>
    public static string WithDay(string year, int month, int day)
    {
        var y = int.Parse(year);
        return day <= DateTime.DaysInMonth(y, month) ? $"{y:D4}-{month:D2}-{day:D2}" : year;
    }

    private static bool Valid(Match m, out string iso) => Valid(int.Parse(m.Groups["y"].Value), m, out iso);

    /// <summary>The day of the match's month and day groups in year <paramref name="y"/>, when it exists.</summary>
    private static bool Valid(int y, Match m, out string iso)
    {
        iso = "";
        var mo = int.Parse(m.Groups["m"].Value);
        var d = int.Parse(m.Groups["d"].Value);
        if (mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo)) return false;
        iso = $"{y:D4}-{mo:D2}-{d:D2}";
        return true;
    }

    [GeneratedRegex(@"^\s*年度(?!\s*(报告|决算|审计|[,，]|$))")]
    private static partial Regex AnnualNotReport();

    [GeneratedRegex(@"^\s*年度[\p{IsCJKUnifiedIdeographs}]{0,3}报")]
    private static partial Regex AnnualReportShort();

    [GeneratedRegex(@"^\s*年度(以来|全年|[,，。;；])")]
    private static partial Regex AnnualThenSinceOrPause();

    [GeneratedRegex(@"《[^》]*》")]
    private static partial Regex BookTitle();

    [GeneratedRegex(@"^[万亿千百元个家人名项件台套辆吨度米亩户位余多平公里兆倍种次]")]
    private static partial Regex CountUnitFirst();

    /// <summary>A number of things, not a year: a count or a unit word right after it (2000家, 等同2018座森林公园, 1998所学校;
    /// the count units are the figure stage's lexicon).</summary>
    private static bool CountsFirst(string text, int numberEnd, string after) =>
        CountUnitFirst().IsMatch(after)
        || Figures.UnitLexicon.MatchUnit(text, numberEnd) is { } unit && Figures.UnitLexicon.KindOfUnit(unit) == Figures.FigureKinds.Count;

    [GeneratedRegex(@"^\s*(届|级|版|款|年型)")]
    private static partial Regex EditionMark();

    [GeneratedRegex(@"预计|预期|预料|计划|力争|有望|可望|争取|规划|拟于|拟在|将于|将在|目标")]
    private static partial Regex ForecastWords();

    [GeneratedRegex(@"(始建|建|成立|创建|创立|设立|组建|始|诞生|起步)于\s*$")]
    private static partial Regex FoundedInBefore();

    /// <summary>今年（2024年）, 今年是2024年, 今年2025年第三季: the word the year glosses, right before it.</summary>
    [GeneratedRegex(@"(?<w>今年|本年|去年|上年)\s*([(（]|是|为)?\s*$")]
    private static partial Regex GlossingYearWordBefore();

    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}“]")]
    private static partial Regex HanOrQuoteFirst();

    [GeneratedRegex(@"(并|並|再|后|後)(将|將)?于\s*$")]
    private static partial Regex NextStepBefore();

    [GeneratedRegex(@"(发布|公布|发表|出炉)了?\s*$")]
    private static partial Regex PublishedBefore();

    [GeneratedRegex(@"^\s*[-—~～至到]\s*(19|20)\d{2}")]
    private static partial Regex RangeEndAfter();

    [GeneratedRegex(@"(19|20)\d{2}\s*年?\s*[-—–~～至到]\s*$")]
    private static partial Regex RangeStartBefore();

    [GeneratedRegex(@"(到|(?<![截])至|预计|计划|力争|争取|有望|将|拟|要|目标|展望|迈向|面向)(于|在)?\s*$")]
    private static partial Regex TargetWordBefore();

    [GeneratedRegex(@"^\s*年(?![\d一二三四五六七八九十第首前上下月底末初中度内以起来]|全年)")]
    private static partial Regex WholeYearMark();

    [GeneratedRegex(@"^\s*年\s*(\d|是|为|也是)")]
    private static partial Regex YearAsSubject();

    [GeneratedRegex(@"^\s*(年度|年底|年末|年年底|年全年|年[,，]|年\s*[,，])")]
    private static partial Regex YearFinishedMark();

    [GeneratedRegex(@"^\s*年")]
    private static partial Regex YearMark();

    /// <summary>A year with a month, a part of it (2025年第三季, 2025年的上半年, 2024年底) or a pause after it: that year at least.</summary>
    [GeneratedRegex(@"^\s*年(\s*\d|[月底末初中度以起内来全上下被后第,，、。;；)）\s]|的[上下第前]|$)")]
    private static partial Regex YearOfDatedThing();

    [GeneratedRegex(@"^\s*年度?[^，。,;；]{0,12}(报告|公报|统计|榜单|排行榜|白皮书)")]
    private static partial Regex YearReportNamed();

    [GeneratedRegex(@"^\s*年\s*(计划|要|将)[^,，。;；]{0,6}年度")]
    private static partial Regex YearThenAnnualPlan();

    [GeneratedRegex(@"^\s*年\s*[\d一二三四五六七八九十]{1,2}\s*月\s*[\d一二三四五六七八九十]{0,3}日?\s*前")]
    private static partial Regex YearThenDeadlineDay();

    [GeneratedRegex(@"^\s*年\s*[“""]?开门红")]
    private static partial Regex YearThenGoodStart();

    [GeneratedRegex(@"^\s*年\s*\d{1,2}\s*月")]
    private static partial Regex YearThenMonth();

    [GeneratedRegex(@"^\s*年\s*(前|以前|之前|底前|末前|将|要|力争|目标|远景)")]
    private static partial Regex YearThenTargetWord();
}
