using Pipeline.Extract.Model;
using Pipeline.Extract.Numbers;
using Pipeline.Extract.Pipeline;

namespace Pipeline.Extract.Dates;

/// <summary>Calendar mentions in the body: <see cref="DateExtractor"/> proposes spans,
/// <see cref="DateResolver"/> resolves them against the publication date. Runs before the
/// figure stage, which leaves dates out. It reads the body and the publication date, no other stage's annotations, so it
/// may run alone (<see cref="ExtractionPipeline"/> does, on the page header's lines).</summary>
public sealed class DateStage : IStage
{
    public string Name => "dates";

    public void Annotate(ArticleDocument document)
    {
        var view = document.View;
        var reportYear = DateExtractor.ReportYear(view.Text);
        var sentenceStart = -1;
        int? sentenceYear = null;
        var paragraphStart = -1;
        PublicationDate? paragraphDay = null;
        PublicationDate? textDay = null; // the day the text named last, in any paragraph
        int? namedYear = null; // the year the text named last: 次年, 同年 count from it
        var republicCalendar = RepublicCalendar.Default.IsUsedBy(document.Body, view.Text);
        var spans = DateExtractor.Extract(view.Text, view.ApartFromBefore, republicCalendar);
        var writtenDays = YearsOfWrittenDays(spans);
        foreach (var span in spans)
        {
            var (start, _) = Figures.FigureResolver.SentenceAround(view.Text, span.Start, span.End);
            if (start != sentenceStart)
            {
                sentenceStart = start;
                sentenceYear = null;
            }
            var paragraph = span.Start == 0 ? 0 : view.Text.LastIndexOf('\n', span.Start - 1) + 1;
            if (paragraph != paragraphStart)
            {
                paragraphStart = paragraph;
                paragraphDay = null;
            }
            // 农历九月初六: a lunar month other than 正月 (read by LunarCalendar) is no month of the Gregorian calendar.
            if (span.From.LunarFirstMonthDay == null && LunarCalendar.Default.FollowsLunarWord(view.Text, span.Start)) continue;
            var year = sentenceYear;
            // 戈龙汇11月18日丨…公司将于2020年11月18日召开董事会: a month and day the text also writes with a year later than the
            // page's is that day, whatever year the page's date (read from older years the text names) would give it. Not a
            // year before the page's: 1995年10月8日建区…10月8日举行建区20周年大会 is an anniversary.
            if (span is { To: null, From: { YearKind: YearKind.None, Month: { } month, Day: { } dayOfMonth, MonthOffset: null, DayOffset: null, LunarFirstMonthDay: null } }
                && writtenDays.TryGetValue((month, dayOfMonth), out var writtenYear) && writtenYear > (document.Published?.Year ?? 0))
                year = writtenYear;
            if (span.From.ContextYearOffset is { } offset)
            {
                if (namedYear == null) continue; // 次年3月 with no year named before it: no year to count from
                year = namedYear + offset;
            }
            // A page that prints no date of its own (a repost, a saved list page): a mention without its year takes the year
            // the text named last, as GUIDE's "the year the sentence plainly refers to" (2019年…1—8月份…截止8月底), where the
            // publication year it would take is unknown. Not after its sentence said 今年 or 去年 (今年是…55周年，…2月3日公布):
            // that year is the unknown present one, and the year named before may be a past one the text looked back on.
            if (year == null && document.Published == null && span.From.YearKind == YearKind.None
                && !DateExtractor.SaysRelativeYear(view.Text, sentenceStart, span.Start)) year = namedYear;
            // 114年12月出口…。12月出口 in a story of January 2026: a whole month the publication year would put after the
            // publication date is in the year before it when that is the year the text named last, unless a forecast word
            // dates it ahead (预计12月投产).
            if (year == null && span.From.YearKind == YearKind.None && document.Published is { } published && namedYear == published.Year - 1
                && DateResolver.MonthLiesAfter(span.From, published) && !DateExtractor.SaysForecast(view.Text, span))
                year = namedYear;
            if (year == null && DateExtractor.IsBarePartOfYear(view.Text, span))
                year = DateResolver.YearOfReportedPart(span.From, document.Published, reportYear)
                       ?? (DateExtractor.IsForecastEvent(view.Text, span) ? DateResolver.YearOfComingPart(span.To!, document.Published) : null);
            // 北京3月15日电 … 记者15日从…获悉, 南京5月26日电 24日…: a day said without its month is read near the day its
            // paragraph named last (a dateline, most often), not near the publication day, which a repost may put months later.
            // When the page's own date has no day (a repost dated by its year), the day the text named last stands in for it:
            // `7月10日发布…（16日）的说明会` is July 16, where the publication year alone gives no month to read 16日 in.
            // With no publication date at all, the day the text named last is the only one to read a bare day near
            // (111-07-27 改善芬园乡道路…县长27日下午前往视察).
            var nearDay = paragraphDay ?? (document.Published is null or { Day: null } ? textDay : null);
            var reference = span.From.DayNearPublication && nearDay != null ? nearDay : document.Published;
            var date = DateResolver.Resolve(span, reference, year);
            if (date == null) continue;
            // (记者…台中2日电)…局长今天表示: today is the day the paragraph's dateline already gave, not a mention of its own.
            var today = span.From is { DayOffset: 0, DayNearPublication: false } && span.To == null;
            if (today && paragraphDay != null && date.Value == paragraphDay.ToString()) continue;
            // In a later paragraph (屏东县31日电…, a paragraph on: 今天举行上梁典礼) it is no mention of its own either, as the
            // development golds count it (heldout10, 12, 16, 23 leave every such later 今天 out), but it still dates what is
            // said of it, as it did (PeriodReader reads it as a relative time).
            var repeatsTheTextsDay = today && textDay != null && date.Value == textDay.ToString();
            // A fiscal year written as its two years (2022/2023) ends in the second: a month after it (截至6月底) is that year's.
            // 自民國一0五年起再傳出病例；七月下旬…: a year the text counts from looks back; what follows is not dated by it.
            if ((span.From.YearKind != YearKind.None || span.From.ContextYearOffset != null) && !DateExtractor.CountsFromTheYear(view.Text, span.Start, span.End))
                sentenceYear = namedYear = int.Parse((DateExtractor.IsYearPair(view.Text, span) ? date.ValueEnd! : date.Value)[..4]);
            if (date.Granularity == "day" && date.ValueEnd == null && IsoDay(date.Value) is { } day)
                paragraphDay = textDay = day;
            date.Text = view.Original(span.Start, span.End);
            date.Start = view.ToSource(span.Start);
            date.End = view.ToSourceEnd(span.End);
            var label = IsBareRelativeTime(span) || repeatsTheTextsDay ? Labels.RelativeTime : Labels.Date;
            document.Add(new Annotation(label, date.Start, date.End, document.Body[date.Start..date.End], date));
        }
    }

    /// <summary>The year of each month and day the text writes in full (2020年11月18日), 0 where it writes the same day in two
    /// years: a bare 11月18日 elsewhere in the text is read in that year when it is later than the page's.</summary>
    private static Dictionary<(int Month, int Day), int> YearsOfWrittenDays(List<DateSpan> spans)
    {
        var years = new Dictionary<(int Month, int Day), int>();
        foreach (var span in spans)
        {
            if (span is not { To: null, From: { YearKind: YearKind.Explicit, Month: { } month, Day: { } day, ContextYearOffset: null, LunarFirstMonthDay: null } })
                continue;
            var year = span.From.Year;
            years[(month, day)] = years.TryGetValue((month, day), out var seen) && seen != year ? 0 : year;
        }
        return years;
    }

    /// <summary>上个月, 本月初: a month given only by its distance from the publication date, with no number of its own
    /// (本月9日 carries one). Relative days (昨天, 前日, 今晚, 明早) stay dates: issue #13 counts them as days, from the
    /// gold of real news it was measured on, though the annotators of heldout5–12 left them out.</summary>
    private static bool IsBareRelativeTime(DateSpan span) =>
        span.To == null && span.From.Day == null && span.From.DayOffset == null && span.From.MonthOffset != null && span.From.Month == null;

    /// <summary>The day a resolved value YYYY-MM-DD names, null when it is no calendar day (2024-02-30): what
    /// <c>DateTime.TryParseExact(value, "yyyy-MM-dd", InvariantCulture)</c> accepts, without its culture-aware parser,
    /// which cost more than the rest of the stage's resolving.</summary>
    internal static PublicationDate? IsoDay(string value)
    {
        if (value.Length != 10 || value[4] != '-' || value[7] != '-') return null;
        if (!Digits(value, 0, 4, out var year) || !Digits(value, 5, 2, out var month) || !Digits(value, 8, 2, out var day)) return null;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new PublicationDate(year, month, day);

        static bool Digits(string s, int start, int length, out int number)
        {
            number = 0;
            for (var i = start; i < start + length; i++)
            {
                if (!char.IsAsciiDigit(s[i])) return false;
                number = number * 10 + (s[i] - '0');
            }
            return true;
        }
    }

    public void Project(ArticleDocument document)
    {
        document.Record.Dates = document.Get(Labels.Date)
            .OrderBy(a => a.Start)
            .Select(a => a.Value)
            .OfType<DateEntity>()
            .ToList();
    }
}
