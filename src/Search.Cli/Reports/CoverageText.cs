using System.Globalization;
using System.Text;

namespace Pipeline.Cli.Reports;

/// <summary>The coverage report as terminal text: a period × zone table and the zones uncovered the longest.</summary>
internal static class CoverageText
{
    public static string Unit(Granularity g, int n) => g switch
    {
        Granularity.Month => n == 1 ? "month" : "months",
        Granularity.Quarter => n == 1 ? "quarter" : "quarters",
        _ => n == 1 ? "year" : "years",
    };

    public static string Render(CoverageReport report, int top, bool primaryOnly, NeverCovered? neverCovered = null)
    {
        var text = new StringBuilder();
        var unit = Unit(report.Granularity, 1);
        text.Append(CultureInfo.InvariantCulture, $"Articles per zone per {unit}")
            .Append(primaryOnly ? " (primary zone only)" : " (an article counts for every zone it names)").Append('\n');
        if (report.Periods.Count == 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"no article is dated precisely enough for a {unit} ({report.ArticlesUndated} undated).\n");
            return text.ToString();
        }
        var series = report.Series(top);
        var table = new TextTable(series.Prepend(unit).Append("articles").ToArray()) { RightAlignedFrom = 1 };
        foreach (var period in report.Periods)
            table.Add(series.Select(s => Number(report.SeriesCount(s, period, top))).Prepend(period.Label)
                .Append(Number(report.ArticlesPerPeriod.GetValueOrDefault(period))).ToArray());
        table.Add(series.Select(s => Number(report.Periods.Sum(p => report.SeriesCount(s, p, top)))).Prepend("total")
            .Append(Number(report.ArticlesPerPeriod.Values.Sum())).ToArray());
        text.Append(table);
        var none = report.Selected.Count == 0 ? "name no zone" : report.Selected.Count == 1 ? "do not name it" : "name none of them";
        var zones = report.Selected.Count == 0 ? $"{report.Zones.Count:N0} zones" : $"{report.Zones.Count:N0} of the {report.Selected.Count:N0} zones asked for";
        text.Append(CultureInfo.InvariantCulture,
            $"{report.ArticlesCounted:N0} articles, {zones}; {report.ArticlesWithoutZone:N0} {none}, {report.ArticlesUndated:N0} undated at this granularity.\n");
        var unnamed = report.Selected.Where(z => report.Zones.All(c => c.Zone != z)).ToList();
        if (unnamed.Count > 0) text.Append("No counted article names ").Append(string.Join("、", unnamed)).Append(".\n");

        text.Append('\n').Append("Zones uncovered the longest").Append(CultureInfo.InvariantCulture, $" (up to the archive's last date {report.LastPublished})").Append('\n');
        var gaps = new TextTable("zone", "articles", "longest gap", "since last", "last article") { RightAlignedFrom = 1 };
        foreach (var gap in report.Gaps.Take(Math.Max(1, top)))
            gaps.Add(gap.Zone, Number(gap.Articles), GapText(report.Granularity, gap), $"{gap.PeriodsSinceLast} {Unit(report.Granularity, gap.PeriodsSinceLast)}",
                $"{gap.LastPublished} ({gap.DaysSinceLast:N0} days)");
        text.Append(gaps);
        if (neverCovered != null)
            text.Append('\n').Append("Never named in this range: ").Append(neverCovered.Summary()).Append('\n');
        return text.ToString();
    }

    public static string GapText(Granularity g, ZoneGap gap) => gap.GapAfter is { } after
        ? $"{gap.LongestGap} {Unit(g, gap.LongestGap)} ({new Period(g, after.Ordinal + 1).Label}…{new Period(g, after.Ordinal + gap.LongestGap).Label})"
        : "none";

    private static string Number(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
