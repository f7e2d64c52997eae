using System.Globalization;
using System.Text.RegularExpressions;

namespace Pipeline.Extract.Html;

/// <summary>Small parsers for header strings printed on newspaper article pages.</summary>
public static partial class ArticlePageHeader
{
    [GeneratedRegex(@"第\s*([0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})\s*版\s*[:：]?\s*(.*)$")]
    private static partial Regex PageLabel { get; }
    [GeneratedRegex(@"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")]
    private static partial Regex IsoDate { get; }

    /// <summary>"第01版：要闻" → (1, "要闻"); null when the text is no page label.</summary>
    public static (int Number, string? Name)? ParsePageLabel(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var m = PageLabel.Match(HtmlText.Clean(text));
        if (!m.Success) return null;
        var number = ParseNumber(m.Groups[1].Value);
        if (number == null) return null;
        var name = m.Groups[2].Value.Trim();
        return (number.Value, name.Length > 0 ? name : null);
    }

    /// <summary>The first calendar date in the text ("2023-03-15", "2023年3月15日", "2023/03/15") as YYYY-MM-DD.</summary>
    public static string? FindDate(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        foreach (Match m in IsoDate.Matches(text))
        {
            var y = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            var mo = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            var d = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
            if (mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo))
                return $"{y:0000}-{mo:00}-{d:00}";
        }
        return null;
    }

    private static int? ParseNumber(string s)
    {
        s = new string(s.Select(c => c is >= '０' and <= '９' ? (char)('0' + (c - '０')) : c).ToArray());
        if (int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return n;
        const string digits = "一二三四五六七八九";
        var value = 0;
        var pending = 0;
        foreach (var c in s)
        {
            var i = digits.IndexOf(c);
            if (i >= 0) pending = i + 1;
            else if (c == '十')
            {
                value += (pending == 0 ? 1 : pending) * 10;
                pending = 0;
            }
            else return null;
        }
        return value + pending;
    }
}
