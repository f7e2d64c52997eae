using System.Text.RegularExpressions;
using Pipeline.Extract.Model;
using Pipeline.Extract.Text;

namespace Pipeline.Extract.Html;

/// <summary>
/// A byline ("◎本报记者 张三 李四 通讯员 王五") → authors with their roles. A role word applies to
/// every name after it until the next role word; names with no role before them get role "".
/// </summary>
public static partial class BylineParser
{
    // Longest first, so 本报记者 wins over 记者 and 本报通讯员 over 通讯员. A constant, so that the pattern is generated at build
    // time; none of the roles holds a character the pattern would read as syntax.
    private const string Roles =
        "本报特约记者|本报见习记者|本报实习记者|本报实习生|本报通讯员|本报记者|" +
        "新华社记者|中新社记者|中央社记者|责任编辑|特约记者|见习记者|实习记者|特约撰稿人|特约撰稿|通讯员|实习生|" +
        "记者|作者|编辑|摄影|撰稿|供稿|编译|整理|文/图|文图|图/文|文|图";

    [GeneratedRegex("(" + Roles + ")", RegexOptions.CultureInvariant)]
    private static partial Regex RolePattern { get; }

    // A Chinese personal name: 2–4 Han characters, optionally a compound with a middle dot (阿依·买买提).
    [GeneratedRegex(
        @"^[\p{IsCJKUnifiedIdeographs}]{2,4}(?:[·•][\p{IsCJKUnifiedIdeographs}]{1,6})?$|^[A-Za-z][A-Za-z .'-]{1,40}$",
        RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern { get; }

    private static readonly char[] Decorations = { '◎', '○', '●', '■', '□', '△', '▲', '★', '☆', '·', '|', '丨' };

    public static List<Author> Parse(string? byline)
    {
        var authors = new List<Author>();
        if (string.IsNullOrWhiteSpace(byline)) return authors;
        var text = Normalise(byline);
        // Roles are found in the folded text (記者 → 记者, full-width → ASCII), names taken from the
        // text as printed: folding keeps every offset.
        var folded = TextNormalizer.Fold(text);
        var role = "";
        var position = 0;
        foreach (Match m in RolePattern.Matches(folded))
        {
            // A one-character role (文, 图) counts only as a standalone token or before "/", never inside a name.
            if (m.Value.Length == 1 && !IsStandaloneRole(folded, m)) continue;
            var names = text[position..m.Index];
            // An outlet glued to the role (每经记者 甲 每经编辑 乙) is no name: drop the word before it when it
            // opens the byline or follows spaced names. Names glued all through (本报记者赵一通讯员钱二) stay.
            if (m.Index > position && !char.IsWhiteSpace(text[m.Index - 1]) && m.Value.Length > 1
                && (role.Length == 0 || names.Trim().Contains(' ')))
                names = names[..(names.LastIndexOf(' ') + 1)];
            AddNames(names, role, authors);
            role = m.Value;
            position = m.Index + m.Length;
        }
        AddNames(text[position..], role, authors);
        return authors;
    }

    private static bool IsStandaloneRole(string text, Match m)
    {
        var before = m.Index == 0 || char.IsWhiteSpace(text[m.Index - 1]) || text[m.Index - 1] is '/' or '：' or ':';
        var afterIndex = m.Index + m.Length;
        var after = afterIndex >= text.Length || char.IsWhiteSpace(text[afterIndex]) || text[afterIndex] is '/' or '：' or ':';
        return before && after;
    }

    private static void AddNames(string segment, string role, List<Author> authors)
    {
        foreach (var raw in segment.Split(new[] { ' ', '、', '，', ',', '/', '：', ':', ';', '；' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var name = raw.Trim().Trim(Decorations).Trim();
            if (name.Length == 0 || !NamePattern.IsMatch(name)) continue;
            if (authors.Any(a => a.Name == name)) continue;
            authors.Add(new Author { Name = name, Role = role });
        }
    }

    private static string Normalise(string s)
    {
        var chars = s.Select(c => c is '\u00a0' or '\u3000' or '\t' or '\r' or '\n' ? ' ' : c).ToArray();
        var text = new string(chars);
        foreach (var d in Decorations.Where(d => d != '·')) text = text.Replace(d, ' ');
        // "文·图/" and "文/图" are one role each.
        text = Regex.Replace(text, "文\\s*[·/]\\s*图", "文/图");
        text = Regex.Replace(text, "图\\s*/\\s*文", "图/文");
        return Regex.Replace(text, "\\s+", " ").Trim();
    }
}
