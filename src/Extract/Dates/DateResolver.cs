using Pipeline.Extract.Model;
using Pipeline.Extract.Pipeline;

namespace Pipeline.Extract.Dates;

/// <summary>
/// Gives a proposed date its calendar value. A relative year (今年, 去年) counts from the publication
/// year; a mention without a year takes the year its sentence already named, else the publication year,
/// and is marked year_inferred. Without a known year such mentions get no value (null).
/// </summary>
internal static class DateResolver
{
    /// <param name="sentenceYear">The year an earlier mention in the same sentence resolved to, if any.</param>
    public static DateEntity? Resolve(DateSpan span, PublicationDate? published, int? sentenceYear)
    {
        var fromPoint = Anchor(span.From, published);
        if (fromPoint is null) return null;
        var from = YearOf(fromPoint, published, sentenceYear);
        if (from is null) return null;
        // 正月初八: the Gregorian day of that lunar day in the year.
        if (fromPoint.LunarFirstMonthDay is { } lunarDay)
        {
            if (LunarCalendar.Default.FirstMonthDay(from.Value, lunarDay) is not { } gregorian) return null;
            fromPoint = fromPoint with { Month = gregorian.Month, Day = gregorian.Day };
        }
        int? to = null;
        DatePoint? toPoint = null;
        if (span.To is { } end)
        {
            // 23日至26日: the end of a range of days written without their month lies in its start's month, wherever the
            // publication day would put it alone.
            toPoint = end.DayNearPublication && span.From.DayNearPublication && fromPoint.Month != null
                ? fromPoint with { Day = end.Day } : Anchor(end, published);
            if (toPoint is null) return null;
            // The end of a range without its own year lies in the start's year (今年3月至5月).
            to = toPoint.YearKind == YearKind.None ? from : YearOf(toPoint, published, sentenceYear);
            if (to is null) return null;
            // 12月1日至1月1日, 十二月至一月: an end without a year that falls before its start lies in the next year.
            if (toPoint.YearKind == YearKind.None && toPoint.Month is { } endMonth && fromPoint.Month is { } startMonth
                && (endMonth < startMonth || endMonth == startMonth && toPoint.Day < fromPoint.Day)) to++;
        }
        return new DateEntity
        {
            Value = Format(from.Value, fromPoint),
            ValueEnd = toPoint is { } e ? Format(to!.Value, e) : null,
            Granularity = fromPoint.Day != null ? "day" : fromPoint.Month != null ? "month" : "year",
            YearInferred = span.From.YearKind != YearKind.Explicit || span.From.CenturyInferred,
            Relative = span.From.YearKind == YearKind.Relative || span.To?.YearKind == YearKind.Relative,
        };
    }

    /// <summary>A month or day said relative to the publication date (上个月, 昨天) as a calendar point, counted from
    /// the publication year; null when the publication month or day it needs is unknown.</summary>
    private static DatePoint? Anchor(DatePoint point, PublicationDate? published)
    {
        if (point.DayNearPublication && point.Day is { } written)
        {
            if (published is not { Month: { } month }) return null;
            var first = new DateTime(published.Year, month, 1);
            var target = published.Day is { } day ? first.AddDays(day - 1 + (point.DayOffset ?? 0)) : first.AddDays(written - 1);
            // The written day in the publication month or the one before or after, whichever is nearest the day meant.
            var best = Enumerable.Range(-1, 3).Select(first.AddMonths)
                .Where(m => written <= DateTime.DaysInMonth(m.Year, m.Month))
                .Select(m => new DateTime(m.Year, m.Month, written))
                .OrderBy(d => Math.Abs((d - target).TotalDays)).FirstOrDefault();
            if (best == default) return null;
            return new DatePoint(YearKind.Relative, best.Year - published.Year, best.Month, best.Day);
        }
        if (point.QuarterOffset is { } quarters)
        {
            if (published is not { Month: { } month }) return null;
            var index = published.Year * 12 + (month - 1) / 3 * 3 + quarters * 3 + (point.Month ?? 0);
            return new DatePoint(YearKind.Relative, index / 12 - published.Year, index % 12 + 1, null);
        }
        if (point.DayOffset is { } days)
        {
            if (published is not { Month: { } pm, Day: { } pd }) return null;
            var date = new DateTime(published.Year, pm, pd).AddDays(days);
            return new DatePoint(YearKind.Relative, date.Year - published.Year, date.Month, date.Day);
        }
        if (point.MonthOffset is { } months)
        {
            if (published is not { Month: { } month }) return null;
            var index = (published.Year + point.Year) * 12 + month - 1 + months;
            return new DatePoint(YearKind.Relative, index / 12 - published.Year, index % 12 + 1, point.Day);
        }
        return point;
    }

    /// <summary>
    /// The year a bare part of the year (四季度, 下半年) means in a story about the annual report of
    /// <paramref name="reportYear"/>: results are reported for the part of that year when the report year is the one
    /// before publication and the part has not yet begun in the publication year (四季度 in a story of April), or the
    /// publication month is unknown. Null when the rule does not apply and the usual year stands.
    /// </summary>
    public static int? YearOfReportedPart(DatePoint from, PublicationDate? published, int? reportYear)
    {
        if (reportYear is not { } year || published is null || year != published.Year - 1) return null;
        if (published.Month is not { } month) return year;
        return from.Month is { } first && first > month ? year : null;
    }

    /// <summary>
    /// The year a bare part of the year (第1季, 四季度) means as the time of an event still to come: the next year when
    /// the part is over by the publication month (预计第1季完工 in a story of April). Null when it is not over, or the
    /// publication month is unknown.
    /// </summary>
    public static int? YearOfComingPart(DatePoint to, PublicationDate? published) =>
        published is { Month: { } month } && to.Month is { } last && last < month ? published.Year + 1 : null;

    /// <summary>Whether a whole month with no year of its own, read in the publication year, would lie after the
    /// publication month (12月 in a story of January). A day is not: a day ahead is most often a deadline or an event
    /// to come (5月20日前填报, 自3/19起停止買賣). False when the publication month is unknown.</summary>
    public static bool MonthLiesAfter(DatePoint point, PublicationDate published) =>
        point is { Month: { } month, Day: null, DayOffset: null } && published.Month is { } publishedMonth && month > publishedMonth;

    /// <summary>The calendar year of a point, or null when it cannot be known.</summary>
    public static int? YearOf(DatePoint point, PublicationDate? published, int? sentenceYear) => point.YearKind switch
    {
        YearKind.Explicit => point.Year,
        YearKind.Relative => published?.Year + point.Year,
        _ => sentenceYear ?? published?.Year,
    };

    private static string Format(int year, DatePoint p) =>
        p.Month is null ? $"{year:D4}" : p.Day is null ? $"{year:D4}-{p.Month:D2}" : $"{year:D4}-{p.Month:D2}-{p.Day:D2}";
}
