using System.Text.RegularExpressions;
using Pipeline.Extract.Model;

namespace Pipeline.Extract.Pages;

/// <summary>Recognises the ways a Chinese newspaper names who wrote an article and parses the names
/// with their roles: byline lines (<c>◎本报记者 叶青 通讯员 范敏玲</c>, <c>▶ 本报记者 叶伟</c>),
/// datelines opening the first paragraph (<c>科技日报讯（记者陈曦）</c>, <c>新华社北京8月1日电（记者 X）</c>)
/// and credit lines closing an article (<c>(供稿:科技部火炬中心)</c>). All matching is on folded text.</summary>
internal static class Bylines
{
    /// <summary>Longest roles first, so 本报记者 wins over 记者.</summary>
    private static readonly string[] Roles =
    {
        "本报特约记者", "本报见习记者", "本报实习记者", "本报通讯员", "本报记者", "特约通讯员", "特约记者", "见习记者", "实习记者",
        "首席记者", "通讯员", "实习生", "记者", "撰文", "摄影", "编辑", "作者",
    };

    private const string Markers = "◎▶►■●▲◆◇★☆□○";
    private static readonly Regex Name = new(@"^[\p{IsCJKUnifiedIdeographs}]{2,4}$|^[\p{IsCJKUnifiedIdeographs}]{1,6}[·•][\p{IsCJKUnifiedIdeographs}]{1,8}$", RegexOptions.Compiled);
    private static readonly Regex Dateline = new(
        @"^\s*(?<outlet>[\p{IsCJKUnifiedIdeographs}]{2,8}讯|[\p{IsCJKUnifiedIdeographs}\d]{2,16}电)\s*[(（](?<who>[^()（）]{2,40})[)）]\s*",
        RegexOptions.Compiled);
    private static readonly Regex CreditLine = new(
        @"^\s*[(（]\s*(?<role>供稿|来源|稿源|撰稿|作者|文|图)\s*[:：]\s*(?<who>[^()（）]{2,60})[)）]\s*$", RegexOptions.Compiled);
    private static readonly Regex TrailingCredit = new(
        @"^(?<body>.*[。！？!?”])\s*[(（]\s*(?<role>供稿|来源|稿源|撰稿)\s*[:：]\s*(?<who>[^()（）]{2,60})[)）]\s*$", RegexOptions.Compiled);

    /// <summary>A whole line that is a byline: an optional marker, then only roles and names.</summary>
    public static bool TryParseBylineLine(string original, string folded, out List<Author> authors)
    {
        authors = new List<Author>();
        var start = 0;
        while (start < folded.Length && char.IsWhiteSpace(folded[start])) start++;
        var marked = start < folded.Length && Markers.Contains(folded[start]);
        if (marked) start++;
        var text = folded[start..].TrimEnd();
        if (text.Trim().Length == 0 || text.Length > 40) return false;
        if (!TryParseNames(original.Substring(start, text.Length), text, out authors, out var sawRole)) return false;
        return (marked || sawRole) && authors.Count > 0;
    }

    /// <summary>A first paragraph opening with a dateline: the names, and the paragraph without it.</summary>
    public static bool TryParseDateline(string original, string folded, out List<Author> authors, out int length)
    {
        authors = new List<Author>();
        length = 0;
        var m = Dateline.Match(folded);
        if (!m.Success) return false;
        var who = m.Groups["who"];
        static string Spaced(string s) => s.Replace('、', ' ').Replace(',', ' ');
        if (!TryParseNames(Spaced(original.Substring(who.Index, who.Length)), Spaced(who.Value), out authors, out _) || authors.Count == 0) return false;
        length = m.Length;
        return true;
    }

    /// <summary>A line that is only a credit, <c>(供稿:科技部火炬中心 李婧婧)</c>.</summary>
    public static bool TryParseCreditLine(string original, string folded, out List<Author> authors)
    {
        authors = new List<Author>();
        var m = CreditLine.Match(folded);
        if (!m.Success) return false;
        var who = m.Groups["who"];
        authors = CreditNames(m.Groups["role"].Value, original.Substring(who.Index, who.Length));
        return authors.Count > 0;
    }

    /// <summary>A paragraph that ends with a credit: the authors and the length of the paragraph without it.</summary>
    public static bool TryParseTrailingCredit(string original, string folded, out List<Author> authors, out int bodyLength)
    {
        authors = new List<Author>();
        bodyLength = folded.Length;
        var m = TrailingCredit.Match(folded);
        if (!m.Success) return false;
        var who = m.Groups["who"];
        authors = CreditNames(m.Groups["role"].Value, original.Substring(who.Index, who.Length));
        bodyLength = m.Groups["body"].Length;
        return authors.Count > 0;
    }

    private static List<Author> CreditNames(string role, string who)
    {
        role = role == "稿源" ? "来源" : role;
        return who.Split(new[] { ' ', '、', ',', '，' }, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(n => new Author { Name = n, Role = role }).ToList();
    }

    /// <summary>Roles and names separated by spaces; a role may be glued to the name after it
    /// (记者陈曦). A name before any role gets role "". Roles are read from the folded text, names
    /// are taken from the original (same offsets).</summary>
    private static bool TryParseNames(string original, string folded, out List<Author> authors, out bool sawRole)
    {
        authors = new List<Author>();
        sawRole = false;
        var role = "";
        foreach (Match token in Regex.Matches(folded, @"\S+"))
        {
            var rest = token.Value;
            var offset = token.Index;
            var matched = Roles.FirstOrDefault(r => rest.StartsWith(r, StringComparison.Ordinal));
            if (matched != null)
            {
                role = matched;
                sawRole = true;
                rest = rest[matched.Length..];
                offset += matched.Length;
                if (rest.Length == 0) continue;
            }
            if (!Name.IsMatch(rest)) return false;
            authors.Add(new Author { Name = original.Substring(offset, rest.Length), Role = role });
        }
        return true;
    }
}
