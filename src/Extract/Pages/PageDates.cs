using System.Text.RegularExpressions;

namespace Pipeline.Extract.Pages;

/// <summary>When a page was published: the date it prints in its header, or, failing that, a year
/// inferred from the years its text mentions.</summary>
internal static class PageDates
{
    private static readonly Regex FullDate = new(@"(?<y>(19|20)\d{2})\s*年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日|(?<y>(19|20)\d{2})[-./](?<m>\d{1,2})[-./](?<d>\d{1,2})", RegexOptions.Compiled);
    private static readonly Regex YearMonth = new(@"(?<y>(19|20)\d{2})\s*年\s*(?<m>\d{1,2})\s*月(?!\s*\d{1,2}\s*日)", RegexOptions.Compiled);

    /// <summary>A year written in the text. Group "after" is what follows it, to tell a year that has
    /// passed from a target (2030年前) and an event named by its year (2023数字经济峰会).</summary>
    private static readonly Regex Year = new(@"(?<![\d.])(?<y>(19|20)\d{2})(?![\d%.])(?<after>.{0,6})", RegexOptions.Compiled);

    /// <summary>The date printed by a header line (issue line or date line): YYYY-MM-DD or YYYY-MM.</summary>
    public static string? Printed(string headerLine)
    {
        var m = FullDate.Match(headerLine);
        if (m.Success && Valid(m, out var iso)) return iso;
        var ym = YearMonth.Match(headerLine);
        if (ym.Success && int.TryParse(ym.Groups["m"].Value, out var month) && month is >= 1 and <= 12)
            return $"{ym.Groups["y"].Value}-{month:D2}";
        return null;
    }

    /// <summary>The year a page was most likely published in, from the years it mentions:
    /// targets (2030年前, 到2025年, 预计2030年) and titles of documents are ignored; a year reported
    /// as finished (2020年，全区… / 2021年度 / 2020年底) means the page is from the year after;
    /// a year named with a month or as an event's name means that year.</summary>
    public static string? Infer(IEnumerable<string> texts)
    {
        int? best = null;
        foreach (var raw in texts)
        {
            var text = Regex.Replace(raw, @"《[^》]*》", m => new string(' ', m.Length));
            foreach (Match m in Year.Matches(text))
            {
                var year = int.Parse(m.Groups["y"].Value);
                var after = m.Groups["after"].Value;
                var before = text[Math.Max(0, m.Index - 4)..m.Index];
                if (IsTarget(before, after)) continue;
                int candidate;
                if (Regex.IsMatch(after, @"^\s*(年度|年底|年末|年年底|年全年|年[,，]|年\s*[,，])")) candidate = year + 1;
                else if (Regex.IsMatch(after, @"^\s*年(\s*\d|[月底末初中度以起内来全上下被后,，、。;；)）\s]|$)")) candidate = year;
                else if (Regex.IsMatch(after, @"^\s*年")) continue; // part of a name: 2035年城市愿景规划
                else if (Regex.IsMatch(after, @"^\s*[-—~～至到]\s*(19|20)\d{2}")) continue; // a range: its end is read on its own
                else if (Regex.IsMatch(after, @"^[\p{IsCJKUnifiedIdeographs}“]") && !Regex.IsMatch(after, @"^[万亿千百元个家人名项件台套辆吨度米亩户位余多平公里兆倍种次]"))
                    candidate = year; // an event named by its year
                else continue;
                if (best == null || candidate > best) best = candidate;
            }
        }
        return best?.ToString("D4");
    }

    private static bool IsTarget(string before, string after) =>
        Regex.IsMatch(after, @"^\s*年\s*(前|以前|之前|底前|末前|将|要|力争|目标|远景)")
        || Regex.IsMatch(after, @"^\s*年\s*[\d一二三四五六七八九十]{1,2}\s*月\s*[\d一二三四五六七八九十]{0,3}日?\s*前")
        || Regex.IsMatch(before, @"(到|至|预计|计划|力争|争取|将于|目标|展望|迈向|面向)\s*$")
        || Regex.IsMatch(after, @"^\s*(届|级|版|款|年型)");

    private static bool Valid(Match m, out string iso)
    {
        iso = "";
        var y = int.Parse(m.Groups["y"].Value);
        var mo = int.Parse(m.Groups["m"].Value);
        var d = int.Parse(m.Groups["d"].Value);
        if (mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo)) return false;
        iso = $"{y:D4}-{mo:D2}-{d:D2}";
        return true;
    }
}
