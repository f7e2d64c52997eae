using System.Globalization;
using Pipeline.Index;

namespace Pipeline.Cli.Reports;

public enum Granularity
{
    Month,
    Quarter,
    Year,
}

/// <summary>A month, quarter or year. <see cref="Ordinal"/> counts periods of one granularity, so the
/// difference of two ordinals is the number of periods between them.</summary>
internal readonly record struct Period(Granularity Granularity, int Ordinal) : IComparable<Period>
{
    public int Year => Granularity switch
    {
        Granularity.Month => Ordinal / 12,
        Granularity.Quarter => Ordinal / 4,
        _ => Ordinal,
    };

    public string Label => Granularity switch
    {
        Granularity.Month => $"{Ordinal / 12:D4}-{Ordinal % 12 + 1:D2}",
        Granularity.Quarter => $"{Ordinal / 4:D4}-Q{Ordinal % 4 + 1}",
        _ => Ordinal.ToString("D4", CultureInfo.InvariantCulture),
    };

    public Period Next => this with { Ordinal = Ordinal + 1 };

    public int CompareTo(Period other) => Ordinal.CompareTo(other.Ordinal);

    /// <summary>The period of a publication date, or null when the date is unknown or too coarse (2022 has no month).</summary>
    public static Period? Of(string? published, Granularity granularity)
    {
        var number = PublishedDate.ToNumber(published);
        if (number == 0) return null;
        int year = number / 10000, month = number / 100 % 100;
        if (granularity != Granularity.Year && month == 0) return null;
        return granularity switch
        {
            Granularity.Month => new Period(granularity, year * 12 + month - 1),
            Granularity.Quarter => new Period(granularity, year * 4 + (month - 1) / 3),
            _ => new Period(granularity, year),
        };
    }

    public override string ToString() => Label;
}

/// <summary>What coverage needs of an article: its date and the zones it counts for.</summary>
internal sealed record CoverageArticle(string? Published, IReadOnlyList<string> Zones)
{
    /// <param name="primaryOnly">Count the article for its primary zone only, instead of every zone it names.</param>
    public static CoverageArticle From(ArticleZones article, bool primaryOnly) => new(article.Published,
        primaryOnly ? (article.PrimaryZone is { } p ? new[] { p } : Array.Empty<string>()) : article.Zones.Distinct(StringComparer.Ordinal).ToList());
}

/// <summary>The longest stretch without coverage of one zone.</summary>
/// <param name="LongestGap">Most consecutive empty periods between two covering periods.</param>
/// <param name="GapAfter">The covering period before that gap (null when there is no gap).</param>
/// <param name="PeriodsSinceLast">Empty periods from the zone's last covering period to the archive's last period.</param>
/// <param name="LastPublished">The date of the zone's newest article.</param>
/// <param name="DaysSinceLast">Days from that date to the archive's newest date (missing month or day read as the first).</param>
internal sealed record ZoneGap(string Zone, int Articles, int LongestGap, Period? GapAfter, int PeriodsSinceLast, Period LastCovered,
    string LastPublished, int DaysSinceLast)
{
    /// <summary>The longer of the inner gap and the open one up to the archive's end.</summary>
    public int Uncovered => Math.Max(LongestGap, PeriodsSinceLast);
}

/// <summary>Articles per zone per period. An article counts once for every zone it names (or only its
/// primary zone), so a period's zone counts can add up to more than its articles.</summary>
internal sealed class CoverageReport
{
    public const string Others = "其他 (others)";

    public required Granularity Granularity { get; init; }
    /// <summary>Every period from the first dated article to the last, empty ones included.</summary>
    public required IReadOnlyList<Period> Periods { get; init; }
    /// <summary>Zones by article count, most covered first (all of them, not only the charted ones).</summary>
    public required IReadOnlyList<(string Zone, int Articles)> Zones { get; init; }
    /// <summary>Zone → period → articles.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyDictionary<Period, int>> Counts { get; init; }
    /// <summary>Distinct articles per period (with or without zones).</summary>
    public required IReadOnlyDictionary<Period, int> ArticlesPerPeriod { get; init; }
    public required int ArticlesCounted { get; init; }
    /// <summary>Articles whose date is missing or too coarse for the granularity.</summary>
    public required int ArticlesUndated { get; init; }
    /// <summary>Dated articles that name no (selected) zone.</summary>
    public required int ArticlesWithoutZone { get; init; }
    /// <summary>The zones the report was limited to (canonical names), or empty for every zone.</summary>
    public IReadOnlyCollection<string> Selected { get; init; } = Array.Empty<string>();
    /// <summary>Newest publication date in the archive (within the date range), or null when nothing is dated.</summary>
    public string? LastPublished { get; init; }
    /// <summary>Zones, longest uncovered first.</summary>
    public required IReadOnlyList<ZoneGap> Gaps { get; init; }

    public int Count(string zone, Period period) =>
        Counts.TryGetValue(zone, out var byPeriod) && byPeriod.TryGetValue(period, out var n) ? n : 0;

    /// <summary>The <paramref name="top"/> most covered zones, plus <see cref="Others"/> when more zones exist.</summary>
    public IReadOnlyList<string> Series(int top)
    {
        var series = Zones.Take(Math.Max(1, top)).Select(z => z.Zone).ToList();
        if (Zones.Count > series.Count) series.Add(Others);
        return series;
    }

    /// <summary>The count of a series: a zone's, or for <see cref="Others"/> the sum over zones outside the top.</summary>
    public int SeriesCount(string series, Period period, int top) => series == Others
        ? Zones.Skip(Math.Max(1, top)).Sum(z => Count(z.Zone, period))
        : Count(series, period);

    /// <param name="zones">Count only these zones (canonical names); empty for all.</param>
    /// <param name="from">Earliest date (YYYY, YYYY-MM or YYYY-MM-DD) or null.</param>
    public static CoverageReport Build(IEnumerable<CoverageArticle> articles, Granularity granularity,
        IReadOnlyCollection<string>? zones = null, string? from = null, string? to = null)
    {
        int low = 1, high = int.MaxValue;
        if (from != null && !PublishedDate.TryParseLowerBound(from, out low)) throw new ArgumentException($"from date '{from}' is not YYYY, YYYY-MM or YYYY-MM-DD");
        if (to != null && !PublishedDate.TryParseUpperBound(to, out high)) throw new ArgumentException($"to date '{to}' is not YYYY, YYYY-MM or YYYY-MM-DD");
        var selected = zones is { Count: > 0 } ? new HashSet<string>(zones, StringComparer.Ordinal) : null;

        var counts = new Dictionary<string, Dictionary<Period, int>>(StringComparer.Ordinal);
        var lastDate = new Dictionary<string, int>(StringComparer.Ordinal);
        var perPeriod = new Dictionary<Period, int>();
        int counted = 0, undated = 0, withoutZone = 0, newest = 0;
        foreach (var article in articles)
        {
            var number = PublishedDate.ToNumber(article.Published);
            if (number != 0 && (number < low || number > high)) continue;
            counted++;
            var period = Period.Of(article.Published, granularity);
            if (period is not { } p)
            {
                undated++;
                continue;
            }
            newest = Math.Max(newest, number);
            perPeriod[p] = perPeriod.GetValueOrDefault(p) + 1;
            var named = article.Zones.Where(z => selected == null || selected.Contains(z)).Distinct(StringComparer.Ordinal).ToList();
            if (named.Count == 0) withoutZone++;
            foreach (var zone in named)
            {
                if (!counts.TryGetValue(zone, out var byPeriod)) counts[zone] = byPeriod = new Dictionary<Period, int>();
                byPeriod[p] = byPeriod.GetValueOrDefault(p) + 1;
                lastDate[zone] = Math.Max(lastDate.GetValueOrDefault(zone), number);
            }
        }

        var periods = new List<Period>();
        if (perPeriod.Count > 0)
            for (var p = perPeriod.Keys.Min(); p.Ordinal <= perPeriod.Keys.Max().Ordinal; p = p.Next) periods.Add(p);
        var zoneTotals = counts.Select(kv => (Zone: kv.Key, Articles: kv.Value.Values.Sum()))
            .OrderByDescending(z => z.Articles).ThenBy(z => z.Zone, StringComparer.Ordinal).ToList();
        var gaps = periods.Count == 0
            ? new List<ZoneGap>()
            : zoneTotals.Select(z => GapOf(z.Zone, z.Articles, counts[z.Zone].Keys, periods[^1], lastDate[z.Zone], newest))
                .OrderByDescending(g => g.Uncovered).ThenByDescending(g => g.DaysSinceLast).ThenBy(g => g.Zone, StringComparer.Ordinal).ToList();
        return new CoverageReport
        {
            Granularity = granularity,
            Periods = periods,
            Zones = zoneTotals,
            Counts = counts.ToDictionary(kv => kv.Key, kv => (IReadOnlyDictionary<Period, int>)kv.Value, StringComparer.Ordinal),
            ArticlesPerPeriod = perPeriod,
            ArticlesCounted = counted,
            ArticlesUndated = undated,
            ArticlesWithoutZone = withoutZone,
            Selected = selected?.ToList() ?? new List<string>(),
            LastPublished = newest == 0 ? null : FormatNumber(newest),
            Gaps = gaps,
        };
    }

    private static ZoneGap GapOf(string zone, int articles, IEnumerable<Period> covered, Period archiveLast, int zoneNewest, int archiveNewest)
    {
        var sorted = covered.OrderBy(p => p.Ordinal).ToList();
        int longest = 0;
        Period? after = null;
        for (var i = 1; i < sorted.Count; i++)
        {
            var empty = sorted[i].Ordinal - sorted[i - 1].Ordinal - 1;
            if (empty > longest)
            {
                longest = empty;
                after = sorted[i - 1];
            }
        }
        var days = ToDate(archiveNewest).DayNumber - ToDate(zoneNewest).DayNumber;
        return new ZoneGap(zone, articles, longest, after, archiveLast.Ordinal - sorted[^1].Ordinal, sorted[^1], FormatNumber(zoneNewest), days);
    }

    private static DateOnly ToDate(int number) => new(number / 10000, Math.Max(1, number / 100 % 100), Math.Max(1, number % 100));

    private static string FormatNumber(int number)
    {
        int y = number / 10000, m = number / 100 % 100, d = number % 100;
        return m == 0 ? $"{y:D4}" : d == 0 ? $"{y:D4}-{m:D2}" : $"{y:D4}-{m:D2}-{d:D2}";
    }
}
