using System.Buffers;
using System.Text.RegularExpressions;
using Pipeline.Extract.Model;
using Pipeline.Extract.Text;

namespace Pipeline.Extract.Pages;

/// <summary>Recognises the ways a Chinese newspaper names who wrote an article and parses the names
/// with their roles: byline lines (<c>◎本报记者 叶青 通讯员 范敏玲</c>, <c>▶ 本报记者 叶伟</c>),
/// datelines opening the first paragraph (<c>科技日报讯（记者陈曦）</c>, <c>新华社北京8月1日电（记者 X）</c>)
/// and credit lines closing an article (<c>(供稿:科技部火炬中心)</c>). All matching is on folded text.</summary>
internal static partial class Bylines
{
    /// <summary>Longest roles first, so 本报记者 wins over 记者.</summary>
    private static readonly string[] Roles =
    {
        "本报特约记者", "新华社记者", "中新社记者", "中央社记者", "本报见习记者", "本报实习记者", "本报通讯员", "本报记者", "特约通讯员", "特约记者", "见习记者", "实习记者",
        "首席记者", "通讯员", "实习生", "记者", "撰文", "摄影", "编辑", "作者",
    };

    /// <summary>A role led by the outlet's name: 湖南日报记者, 南方日报特约记者, 央视网通讯员, 南方财经全媒体记者, and an editor
    /// signing the paper's own column (晋江经济报总编辑 吴美章).</summary>
    [GeneratedRegex(
        @"^[\p{IsCJKUnifiedIdeographs}]{1,8}?(日报|晚报|早报|时报|商报|报|通讯社|社|电视台|台|网|新闻|全媒体|融媒体)(?<role>特约记者|见习记者|实习记者|首席记者|记者|通讯员|副总编辑|总编辑|主编)")]
    private static partial Regex OutletRole { get; }

    /// <summary>Every role <see cref="OutletRole"/> ends with holds one of these.</summary>
    private static readonly string[] OutletRoleWords = { "记者", "通讯员", "编辑", "主编" };

    private const string BylineMarkers = "◎▶►";
    private const string Markers = "◎▶►■●▲◆◇★☆□○";
    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}]{2,4}$|^[\p{IsCJKUnifiedIdeographs}]{1,6}[·•][\p{IsCJKUnifiedIdeographs}]{1,8}$")]
    private static partial Regex Name { get; }
    [GeneratedRegex(
        @"^\s*(?<outlet>[\p{IsCJKUnifiedIdeographs}]{2,8}(讯|消息)|[\p{IsCJKUnifiedIdeographs}]{1,8}(报|社|台|网)(\d{1,2}月)?\d{1,2}日(讯|消息)|[\p{IsCJKUnifiedIdeographs}\d]{2,16}电)\s*[(（](?<who>[^()（）]{2,40})[)）]\s*[:：]?\s*")]
    private static partial Regex Dateline { get; }
    /// <summary>A Taiwanese agency's dateline with the reporter inside (中央社记者林志成台北15日电), bracketed or
    /// not; the place follows the names with nothing between.</summary>
    [GeneratedRegex(
        @"^\s*[(（【〔]?\s*(?<agency>[\p{IsCJKUnifiedIdeographs}]{2,6}?社)(?<role>记者|特派员|特约记者)(?<who>[\p{IsCJKUnifiedIdeographs}、]{4,30}?)(\d{1,2}月)?\d{1,2}日专?电\s*[)）】〕]?\s*")]
    private static partial Regex AgencyReporterDateline { get; }
    /// <summary>An agency dateline naming no one (人民网北京6月12日电 …): an outlet, a place, a date and 电.
    /// Not a quoted one (据新华社…电), which is inside a report.</summary>
    [GeneratedRegex(
        @"^\s*[(（【〔]?\s*(?!据)[\p{IsCJKUnifiedIdeographs}]{0,8}?(社|网|报|台|新闻)[\p{IsCJKUnifiedIdeographs}]{1,8}?(\d{1,2}月)?\d{1,2}日专?电\s*[)）】〕]?\s*")]
    private static partial Regex AgencyDateline { get; }
    /// <summary>An outlet's tag opening a report: 本报讯, 【明报专讯】, (香港中通社), 【大公报讯】, 【本报综合报导】.</summary>
    [GeneratedRegex(
        @"^\s*(本报讯|[【\[(（〔]\s*[\p{IsCJKUnifiedIdeographs}]{2,10}(专讯|讯|社|电|报导|报道)\s*[】\])）〕])\s*[:：]?\s*")]
    private static partial Regex OutletTag { get; }
    /// <summary>A site's or paper's tag alone on its line, the report starting on the next (光伏产业网讯, 某某日报讯): the
    /// outlet's name ends as a site's or paper's does, then 讯.</summary>
    [GeneratedRegex(@"^\s*[\p{IsCJKUnifiedIdeographs}]{2,10}(网|網|报|報|台|社|新闻|新聞)讯\s*[:：]?\s*$")]
    private static partial Regex LoneOutletTag { get; }
    /// <summary>A place byline opening a paragraph, as Taiwan and Hong Kong papers print the reporter in front of
    /// the lead: 【记者 王小明/新竹报导】园区…, 记者王小明/综合报导)园区…. Unbracketed it must start with a reporter's role.</summary>
    [GeneratedRegex(
        @"^\s*[【\[(（〔]?\s*(?<who>(本报)?记者[^/【】\[\]()（）〔〕。，,]{2,30}?)\s*/\s*[\p{IsCJKUnifiedIdeographs}]{2,8}(报导|报道)\s*[】\])）〕]?\s*[:：]?\s*")]
    private static partial Regex LeadingPlaceByline { get; }
    /// <summary>Bylines naming the place reported from, as Taiwanese papers print them: 记者王小明/新竹报导,
    /// 【记者陈美玲/台南报导】, 记者王小明、李大华/综合报导, 記者黃某某◎臺中報導 (a bullseye for the slash).</summary>
    [GeneratedRegex(
        @"^\s*[【\[(（〔]?\s*([\p{IsCJKUnifiedIdeographs}]{2,8}\s*/\s*)?(?<who>[^/◎【】\[\]()（）〔〕]{2,40}?)\s*[/◎]\s*[\p{IsCJKUnifiedIdeographs}]{2,8}(报导|报道)\s*[】\])）〕]?\s*$")]
    private static partial Regex PlaceByline { get; }
    /// <summary>A role and two three-character names glued together (记者简永祥马瑞璿), as a place byline prints them.</summary>
    [GeneratedRegex(@"^\s*(本报)?记者\s*[\p{IsCJKUnifiedIdeographs}]{3}(?<second>[\p{IsCJKUnifiedIdeographs}]{3})\s*$")]
    private static partial Regex GluedNamePair { get; }
    /// <summary>A role before a slash or colon, then names: 文/王大明, 撰文:李小华, 文、图/赵一, 采访整理/钱二, and a page's
    /// labelled credit row (记者:林某某 刘某, 通讯员:王某, 摄影报道:某某 某某). Not an editor's row (责编:, 编辑:): those close articles, and read as
    /// bylines they made the line above them a new article's headline.</summary>
    [GeneratedRegex(
        @"^\s*[【\[(（〔]?\s*(?<role>文字|文|图文|文图|文、图|图、文|撰文|采访整理|采访|整理|口述|翻译|编译|作者|记者|通讯员|摄影报道|摄影)\s*[/:]\s*(?<who>[^/:【】\[\]()（）〔〕]{2,40}?)\s*[】\])）〕]?\s*$")]
    private static partial Regex SlashByline { get; }
    [GeneratedRegex(
        @"^\s*[(（\[【]\s*(?<role>供稿|来源|稿源|撰稿|作者|责任编辑|编辑|责编|文|图)\s*[:：]\s*(?<who>[^()（）\[\]【】]{2,60}?)\s*[)）\]】]\s*\d{0,8}\s*$")]
    private static partial Regex CreditLine { get; }
    [GeneratedRegex(
        @"^(?<body>.*[。！？!?”])\s*[(（\[【]\s*(?<role>供稿|来源|稿源|撰稿|责任编辑|编辑|责编)\s*[:：]\s*(?<who>[^()（）\[\]【】]{2,60}?)\s*[)）\]】]\s*\d{0,8}\s*$")]
    private static partial Regex TrailingCredit { get; }

    /// <summary>A whole line that is a byline: an optional marker, then only roles and names.</summary>
    /// <summary>The whole line is one pair of brackets: (记者 王小明 李大华).</summary>
    public static bool IsBracketed(string folded)
    {
        var t = folded.Trim();
        return t.Length > 2 && t[0] is '(' or '（' && t[^1] is ')' or '）' && t.IndexOfAny(new[] { '(', '（', ')', '）' }, 1, t.Length - 2) < 0;
    }

    public static bool TryParseBylineLine(string original, string folded, out List<Author> authors)
    {
        authors = new List<Author>();
        var start = 0;
        while (start < folded.Length && char.IsWhiteSpace(folded[start])) start++;
        // A byline printed in brackets under the last paragraph ((记者 王小明 李大华)): the role must be there, as
        // brackets also hold notes and credits.
        var end = folded.TrimEnd().Length;
        if (IsBracketed(folded))
            return TryParseNames(original.Substring(start + 1, end - start - 2), folded[(start + 1)..(end - 1)], out authors, out var roleInBrackets)
                   && roleInBrackets && authors.Count > 0;
        var marked = start < folded.Length && Markers.Contains(folded[start]);
        if (marked) start++;
        var text = folded[start..].TrimEnd();
        if (text.Trim().Length == 0 || text.Length > 40) return false;
        if (!TryParseNames(original.Substring(start, text.Length), text, out authors, out var sawRole)) return false;
        // Without a role only a byline's own markers (◎, ▶) make names of the words: a box or bullet also heads a
        // section (■台商心声, ■汇率), whose name may look like a person's.
        return (sawRole || marked && BylineMarkers.Contains(folded[start - 1]) || SpacedNamesOnly.IsMatch(text.Trim())) && authors.Count > 0;
    }

    /// <summary>A photo credit under a picture: a byline closed by its own word 摄 or 摄影 (海南日报全媒体记者 陈某某 摄,
    /// 本报记者 王某 通讯员 李某 摄影). Only the headline chooser asks: the body keeps such lines as its text.</summary>
    public static bool IsPhotoCredit(string original, string folded)
    {
        var trimmed = folded.TrimEnd();
        foreach (var word in PhotoCreditWords)
            if (trimmed.EndsWith(word, StringComparison.Ordinal) && trimmed.Length > word.Length && char.IsWhiteSpace(trimmed[^(word.Length + 1)]))
            {
                var cut = trimmed[..^word.Length].TrimEnd();
                return TryParseBylineLine(original[..cut.Length], cut, out var authors) && authors.Count > 0;
            }
        return false;
    }

    private static readonly string[] PhotoCreditWords = { "摄影", "摄" };

    /// <summary>A whole line that is a byline in the forms that put a slash or colon in it
    /// (记者王小明/新竹报导, 文/王大明, 撰文:李小华), or an outlet's tag alone (本报讯, 【明报专讯】): then
    /// the authors may be none.</summary>
    public static bool TryParseMarkedByline(string original, string folded, out List<Author> authors)
    {
        authors = new List<Author>();
        if (folded.Length > 50) return false;
        var outlet = OutletTag.Match(folded);
        if (outlet.Success && outlet.Length == folded.Length) return true;
        if (LoneOutletTag.IsMatch(PinyinReadings.Without(folded))) return true;
        if (LoneDateline(original, folded) is { Count: > 0 } datelined)
        {
            authors = datelined;
            return true;
        }
        var place = PlaceByline.Match(folded);
        if (place.Success)
        {
            var who = place.Groups["who"];
            var (whoNames, foldedNames) = (Spaced(original.Substring(who.Index, who.Length)), Spaced(who.Value));
            // 聯合報／記者簡永祥馬瑞璿／台北報導: a Taiwan paper glues two reporters' three-character names after the role.
            if (GluedNamePair.Match(foldedNames) is { Success: true } pair)
            {
                var at = pair.Groups["second"].Index;
                (whoNames, foldedNames) = (whoNames[..at] + " " + whoNames[at..], foldedNames[..at] + " " + foldedNames[at..]);
            }
            return TryParseNames(whoNames, foldedNames, out authors, out _) && authors.Count > 0;
        }
        var slash = SlashByline.Match(folded);
        if (!slash.Success) return false;
        var names = slash.Groups["who"];
        if (!TryParseNames(Spaced(original.Substring(names.Index, names.Length)), Spaced(names.Value), out authors, out var sawRole) || authors.Count == 0) return false;
        // 文/记者王小明: the role after the slash says more than the one before it.
        if (!sawRole) authors = authors.Select(a => new Author { Name = a.Name, Role = RoleName(slash.Groups["role"].Value) }).ToList();
        return true;
    }

    private static string RoleName(string role) => role switch
    {
        "文字" => "文",
        "文图" or "文、图" or "图、文" => "图文",
        _ => role,
    };

    private static string Spaced(string s) => s.Replace('、', ' ').Replace(',', ' ').Replace('，', ' ');

    /// <summary>The day an agency files on, in digits or written out (新华社长沙3月14日电, 中新社悉尼四月七日电, 中通社廿七日电).</summary>
    [GeneratedRegex(@"(\d{1,2}|[一二三四五六七八九十廿卅]{1,3})日专?电")]
    private static partial Regex DatelineDate { get; }

    /// <summary>Where the body starts in a paragraph whose dateline is <paramref name="datelineLength"/>
    /// long: an agency dateline carrying the report's date (新华社合肥6月12日电) stays in the body, where
    /// the date stages find it; a dateless one (本报讯（记者…）) is only the byline and goes.</summary>
    public static int BodyStart(string folded, int datelineLength) =>
        HasAgencyDay(folded, datelineLength) ? 0 : datelineLength;

    /// <summary>Whether the dateline, the first <paramref name="datelineLength"/> characters, files its report on a day
    /// (新华社长沙3月14日电), as an agency's does.</summary>
    public static bool HasAgencyDay(string folded, int datelineLength) => DatelineDate.IsMatch(folded.AsSpan(0, datelineLength));

    /// <summary>A dateline printed alone on its line, the report starting on the next (临汾新闻网讯(记者 孙宗林), pinyin
    /// readings a copy glued in not counted): its reporters; none when the line is no such thing.</summary>
    private static readonly char[] DatelineEnds = { '讯', '息', '电' };

    private static List<Author> LoneDateline(string original, string folded)
    {
        // A dateline's outlet ends with 讯, 消息 or 电: most lines hold none of them and are done with at once.
        if (folded.IndexOfAny(DatelineEnds) < 0) return new List<Author>();
        var (o, f) = (PinyinReadings.Without(original).Trim(), PinyinReadings.Without(folded).Trim());
        var m = Dateline.Match(f);
        if (o.Length != f.Length || !m.Success || m.Length != f.Length) return new List<Author>();
        var who = m.Groups["who"];
        return TryParseNames(Spaced(o.Substring(who.Index, who.Length)), Spaced(who.Value), out var authors, out var sawRole) && sawRole
            ? authors : new List<Author>();
    }

    /// <summary>A first paragraph opening with a dateline: the names, and the paragraph without it.</summary>
    public static bool TryParseDateline(string original, string folded, out List<Author> authors, out int length)
    {
        authors = new List<Author>();
        length = 0;
        var m = Dateline.Match(folded);
        if (m.Success)
        {
            var who = m.Groups["who"];
            if (TryParseNames(Spaced(original.Substring(who.Index, who.Length)), Spaced(who.Value), out authors, out _) && authors.Count > 0)
            {
                length = m.Length;
                return true;
            }
            authors = new List<Author>();
        }
        var place = LeadingPlaceByline.Match(folded);
        if (place.Success && place.Length < folded.Length)
        {
            var who = place.Groups["who"];
            if (TryParseNames(Spaced(original.Substring(who.Index, who.Length)), Spaced(who.Value), out authors, out _) && authors.Count > 0)
            {
                length = place.Length;
                return true;
            }
            authors = new List<Author>();
        }
        var agency = AgencyReporterDateline.Match(folded);
        if (agency.Success && Balanced(agency.Value))
        {
            authors = AgencyReporters(original, agency.Groups["who"], agency.Groups["role"].Value);
            if (authors.Count > 0)
            {
                length = agency.Length;
                return true;
            }
        }
        foreach (var nameless in new[] { AgencyDateline.Match(folded), OutletTag.Match(folded) })
        {
            if (!nameless.Success || !Balanced(nameless.Value) || nameless.Length >= folded.Length) continue;
            authors = new List<Author>();
            length = nameless.Length;
            return true;
        }
        return false;
    }

    /// <summary>A dateline's opening and closing brackets either both printed or neither (CNA texts
    /// often keep only the closing one: 中央社记者…15日电）).</summary>
    private static bool Balanced(string s)
    {
        var opens = s.Count(c => c is '(' or '（' or '【' or '〔');
        var closes = s.Count(c => c is ')' or '）' or '】' or '〕');
        return opens <= closes && opens <= 1 && closes <= 1;
    }

    /// <summary>中央社记者林志成、王大同台北: names before the place, which is glued to the last name.
    /// Names are taken as three characters when the last piece leaves a place of two or more.</summary>
    private static List<Author> AgencyReporters(string original, Group who, string role)
    {
        var text = original.Substring(who.Index, who.Length);
        var pieces = text.Split('、', StringSplitOptions.RemoveEmptyEntries);
        var last = pieces[^1];
        if (last.Length < 4) return new List<Author>();
        var nameLength = last.Length >= 5 ? 3 : 2;
        var names = pieces[..^1].Append(last[..nameLength]).ToList();
        if (!names.All(n => Name.IsMatch(TextNormalizer.Fold(n)))) return new List<Author>();
        return names.Select(n => new Author { Name = n, Role = role }).ToList();
    }

    [GeneratedRegex(@"^\s*[\p{IsCJKUnifiedIdeographs}]{2,3}(\s*、\s*[\p{IsCJKUnifiedIdeographs}]{2,3}){1,3}\s*$")]
    private static partial Regex NameList { get; }

    /// <summary>Two to four names alone, between 、 (赵一、钱二): the reporters, where the page's place says it is a byline.</summary>
    public static bool TryParseNameList(string original, string folded, out List<Author> authors)
    {
        authors = new List<Author>();
        if (!NameList.IsMatch(folded)) return false;
        authors = original.Split('、', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(n => new Author { Name = n, Role = "" }).ToList();
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

    private static readonly SearchValues<char> CreditOpenings = SearchValues.Create("(（[【");

    /// <summary>A paragraph that ends with a credit: the authors and the length of the paragraph without it.</summary>
    public static bool TryParseTrailingCredit(string original, string folded, out List<Author> authors, out int bodyLength)
    {
        authors = new List<Author>();
        bodyLength = folded.Length;
        // The credit is bracketed: a paragraph without an opening bracket (most of them) is not run through the pattern.
        if (!folded.AsSpan().ContainsAny(CreditOpenings)) return false;
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
        var tokens = Words(folded);
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            var rest = token.Value;
            var offset = token.Index;
            // Two-character names spaced out to the width of three-character ones (刘　垠, 李　强 王　芳): a run of
            // single characters pairs up into names; an odd run cannot be read that way.
            if (IsSingleHan(rest) && SingleHanRun(tokens, t) is var run && run >= 2 && run % 2 == 0)
            {
                var next = tokens[++t];
                authors.Add(new Author { Name = original.Substring(offset, 1) + original.Substring(next.Index, 1), Role = role });
                continue;
            }
            var matched = RoleOpening(rest);
            // A paper's own name before the role (湖南日报记者, 经济日报通讯员, 某某报总编辑) instead of 本报.
            if (matched == null && OutletRoleWords.Any(w => rest.Contains(w, StringComparison.Ordinal))
                && OutletRole.Match(rest) is { Success: true } outletRole) matched = outletRole.Value;
            if (matched != null)
            {
                role = matched;
                sawRole = true;
                rest = rest[matched.Length..];
                offset += matched.Length;
                if (rest.Length == 0) continue;
            }
            // 记者归鸿亭台北特稿: the reporter, the place written from and the kind of piece, in one word.
            if (matched != null && PlaceReport.Match(rest) is { Success: true } report) rest = report.Groups["name"].Value;
            // … 实习生钟言 广州报道: the place written from closes the byline as a word of its own; it names no one.
            else if (matched == null && t == tokens.Count - 1 && sawRole && authors.Count > 0 && PlaceOnlyReport.IsMatch(rest)) break;
            if (!Name.IsMatch(rest) || ColumnNouns.Contains(rest)) return false;
            authors.Add(new Author { Name = original.Substring(offset, rest.Length), Role = role });
        }
        return true;
    }

    /// <summary>The first of <see cref="Roles"/> the word opens with, or null.</summary>
    private static string? RoleOpening(string word)
    {
        foreach (var role in Roles)
            if (word.StartsWith(role, StringComparison.Ordinal)) return role;
        return null;
    }

    /// <summary>The words of a line between white space (what the pattern \S+ finds: char.IsWhiteSpace is the
    /// same set as the pattern's \s), with where each starts.</summary>
    private static List<(int Index, string Value)> Words(string line)
    {
        var words = new List<(int Index, string Value)>();
        var i = 0;
        while (i < line.Length)
        {
            while (i < line.Length && char.IsWhiteSpace(line[i])) i++;
            var start = i;
            while (i < line.Length && !char.IsWhiteSpace(line[i])) i++;
            if (i > start) words.Add((start, line[start..i]));
        }
        return words;
    }

    [GeneratedRegex(@"^(?<name>[\p{IsCJKUnifiedIdeographs}]{2,4}?)[\p{IsCJKUnifiedIdeographs}]{2}(特稿|报导|报道|综合报导)$")]
    private static partial Regex PlaceReport { get; }
    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}]{2,4}(报导|报道|報導|報道)$")]
    private static partial Regex PlaceOnlyReport { get; }

    /// <summary>What a column is called after its writer (记者手记, 编辑札记): the words after the role are no name.</summary>
    private static readonly HashSet<string> ColumnNouns = new(StringComparer.Ordinal)
    {
        "手记", "札记", "笔记", "手札", "随笔", "观察", "调查", "来信", "专访", "连线", "探访", "视角", "日记", "感言", "走访",
    };

    /// <summary>Names alone, each two characters spaced out (刘　垠, 李　强　王　芳): a signature, which a headline never spaces so.</summary>
    [GeneratedRegex(
        @"^[\p{IsCJKUnifiedIdeographs}]\s+[\p{IsCJKUnifiedIdeographs}](\s+[\p{IsCJKUnifiedIdeographs}]\s+[\p{IsCJKUnifiedIdeographs}])*$")]
    private static partial Regex SpacedNamesOnly { get; }

    private static bool IsSingleHan(string token) => token.Length == 1 && ChineseScript.IsHan(token[0]);

    private static int SingleHanRun(List<(int Index, string Value)> tokens, int from)
    {
        var end = from;
        while (end < tokens.Count && IsSingleHan(tokens[end].Value)) end++;
        return end - from;
    }
}
