using System.Globalization;
using System.Text.RegularExpressions;

namespace Pipeline.Index;

/// <summary>Publication dates as precise as known (YYYY, YYYY-MM, YYYY-MM-DD) as sortable numbers
/// yyyymmdd, with 00 for an unknown month or day; 0 when the date is unknown.</summary>
public static partial class PublishedDate
{
    [GeneratedRegex(@"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")]
    private static partial Regex DatePattern();

    /// <summary>yyyymmdd with 00 for unknown parts; 0 when <paramref name="published"/> is missing or not a date.</summary>
    public static int ToNumber(string? published) =>
        TryParseParts(published, out var y, out var m, out var d) ? y * 10000 + m * 100 + d : 0;

    /// <summary>The date a number from <see cref="ToNumber"/> stands for, as precise as it is: 20220500 → 2022-05; 0 → null.</summary>
    public static string? FromNumber(int number)
    {
        if (number <= 0) return null;
        int year = number / 10000, month = number / 100 % 100, day = number % 100;
        var text = year.ToString("D4", CultureInfo.InvariantCulture);
        if (month == 0) return text;
        text += "-" + month.ToString("D2", CultureInfo.InvariantCulture);
        return day == 0 ? text : text + "-" + day.ToString("D2", CultureInfo.InvariantCulture);
    }

    /// <summary>Year ("2022") and month ("2022-03") of a publication date, null where unknown.</summary>
    public static (string? Year, string? Month) YearAndMonth(string? published)
    {
        if (!TryParseParts(published, out var y, out var m, out _)) return (null, null);
        var year = y.ToString("D4", CultureInfo.InvariantCulture);
        return (year, m == 0 ? null : $"{year}-{m:D2}");
    }

    /// <summary>The smallest yyyymmdd a range starting at <paramref name="text"/> admits: 2022 → 20220000.</summary>
    public static bool TryParseLowerBound(string text, out int bound)
    {
        bound = 0;
        if (!TryParseParts(text, out var y, out var m, out var d)) return false;
        bound = y * 10000 + m * 100 + d;
        return true;
    }

    /// <summary>The largest yyyymmdd a range ending at <paramref name="text"/> admits: 2022 → 20229999,
    /// 2022-03 → 20220399, so a bound covers every date inside the period it names.</summary>
    public static bool TryParseUpperBound(string text, out int bound)
    {
        bound = 0;
        if (!TryParseParts(text, out var y, out var m, out var d)) return false;
        bound = y * 10000 + (m == 0 ? 99 : m) * 100 + (d == 0 ? 99 : d);
        return true;
    }

    /// <summary>A from … to range that admits no date at all (2024 … 2023). False when it admits some, or when a bound
    /// is missing or not a date (which the caller reports itself).</summary>
    public static bool IsEmptyRange(string? from, string? to) =>
        from != null && to != null && TryParseLowerBound(from, out var low) && TryParseUpperBound(to, out var high) && low > high;

    private static bool TryParseParts(string? text, out int year, out int month, out int day)
    {
        year = month = day = 0;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var match = DatePattern().Match(text.Trim());
        if (!match.Success) return false;
        year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        if (match.Groups[2].Success) month = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        if (match.Groups[3].Success) day = int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture);
        if (month > 12 || (month == 0 && match.Groups[2].Success)) return false;
        if (day > 0 && day > DateTime.DaysInMonth(Math.Max(1, year), month)) return false;
        if (day == 0 && match.Groups[3].Success) return false;
        return year > 0;
    }
}
