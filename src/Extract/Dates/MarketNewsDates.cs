using Pipeline.Extract.Resources;

namespace Pipeline.Extract.Dates;

/// <summary>
/// How market news dates what it reports: Resources/market-news-dates.txt and its example sentences. Read by
/// <see cref="DateExtractor"/>: a wire's dateline between book-title marks (《…28日專訊》) and a sentence opened by its day.
/// </summary>
internal sealed class MarketNewsDates
{
    public const string FileName = "market-news-dates.txt";

    private static readonly Lazy<MarketNewsDates> LazyDefault = new(() => new MarketNewsDates(ResourceFile.Load(FileName)));

    internal MarketNewsDates(ResourceFile rules)
    {
        Rules = rules;
        WireDatelineEnds = rules["wire-dateline-ends"].OrderByDescending(w => w.Length).ToArray();
        NotOpeningDayAfter = string.Concat(rules["not-opening-day-after"]);
    }

    public static MarketNewsDates Default => LazyDefault.Value;

    public ResourceFile Rules { get; }

    /// <summary>What a wire's dateline ends with after its day (日专讯, 日电).</summary>
    public string[] WireDatelineEnds { get; }

    /// <summary>Characters after an opening bare day that make it a length or a rate (年, 天, K).</summary>
    public string NotOpeningDayAfter { get; }
}
