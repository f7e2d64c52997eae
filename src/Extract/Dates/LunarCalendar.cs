using Pipeline.Extract.Resources;

namespace Pipeline.Extract.Dates;

/// <summary>
/// The first month of the Chinese lunar year (正月) on the Gregorian calendar: each year's Spring Festival (正月初一)
/// and the length of its 正月, from Resources/lunar-new-year.txt. A day of 正月 (正月初八, 大年初三) is the Spring Festival
/// plus that many days less one.
/// </summary>
internal sealed class LunarCalendar
{
    public const string FileName = "lunar-new-year.txt";

    private static readonly Lazy<LunarCalendar> LazyDefault = new(() => new LunarCalendar(ResourceFile.Load(FileName)));

    private readonly Dictionary<int, (DateTime SpringFestival, int Days)> _years = new();

    private readonly string[] _lunarWords;

    internal LunarCalendar(ResourceFile table)
    {
        Table = table;
        _lunarWords = table.Setting("lunar-words");
        foreach (var entry in table.Entries)
        {
            var cells = entry.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (cells.Length != 2 || !DateTime.TryParseExact(cells[0], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
                    System.Globalization.DateTimeStyles.None, out var festival) || !int.TryParse(cells[1], out var days) || days is not (29 or 30))
                throw new InvalidDataException($"{FileName}: '{entry}' is not a Spring Festival day and a month length of 29 or 30");
            _years[festival.Year] = (festival, days);
        }
    }

    public static LunarCalendar Default => LazyDefault.Value;

    /// <summary>True when a lunar-calendar word (农历, 阴历: <c>@lunar-words</c>) stands right before <paramref name="start"/>,
    /// spaces aside: the month written there is a lunar month.</summary>
    public bool FollowsLunarWord(string text, int start)
    {
        var end = start;
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        foreach (var word in _lunarWords)
            if (end >= word.Length && string.CompareOrdinal(text, end - word.Length, word, 0, word.Length) == 0) return true;
        return false;
    }

    public ResourceFile Table { get; }

    /// <summary>The Gregorian day of day <paramref name="day"/> of 正月 in <paramref name="year"/>; null for a year the
    /// table does not hold or a day past the month's end (正月三十 of a 29-day month).</summary>
    public DateTime? FirstMonthDay(int year, int day) =>
        _years.TryGetValue(year, out var month) && day >= 1 && day <= month.Days ? month.SpringFestival.AddDays(day - 1) : null;
}
