using Pipeline.Extract.Resources;

namespace Pipeline.Extract.Dates;

/// <summary>
/// The words that list a day after a full day (十月十七日及十八日, 8月23日、24日): Resources/day-lists.txt and its example
/// sentences. Read by <see cref="DateExtractor"/>, which dates the listed day in its first item's month and year.
/// </summary>
internal sealed class DayLists
{
    public const string FileName = "day-lists.txt";

    private static readonly Lazy<DayLists> LazyDefault = new(() => new DayLists(ResourceFile.Load(FileName)));

    internal DayLists(ResourceFile rules)
    {
        Rules = rules;
        // Longest first, so 以及 is read whole before 及.
        ListWords = rules["list-words"].OrderByDescending(w => w.Length).ToArray();
    }

    public static DayLists Default => LazyDefault.Value;

    public ResourceFile Rules { get; }

    /// <summary>Words that join a day to the one before it (及, 和, 、).</summary>
    public string[] ListWords { get; }
}
