using Pipeline.Extract.Text;
using System.Text.RegularExpressions;
using Pipeline.Extract.Zones;

namespace Pipeline.Extract.Enterprises;

/// <summary>A company named in full: a registered name (…有限公司) or a group (…集团), with the short
/// names the text declares for it right after (以下简称X).</summary>
internal sealed record NamedCompany(int Start, int End, string Name, string Kind, IReadOnlyList<string> DeclaredAliases);

/// <summary>A listed short name (华为, 招商银行) found in the text.</summary>
internal sealed record ListedCompany(int Start, int End, string Name);

/// <summary>
/// Extractor: proposes company names — registered names by their suffix, groups by 集团, and
/// listed short names — with their left boundary found by <see cref="EnterpriseNameBoundary"/>.
/// Works on the folded text (Traditional → Simplified, full-width → half-width) with the same offsets.
/// </summary>
internal sealed partial class EnterpriseSpanFinder
{
    public const string Registered = "registered";
    public const string Group = "group";
    public const string Short = "short";

    [GeneratedRegex(
        "(?:集团股份有限公司|股份有限公司|有限责任公司|集团有限公司|有限公司)",
        RegexOptions.CultureInvariant)]
    private static partial Regex RegisteredSuffix { get; }

    /// <summary>集团 not followed by the rest of a registered suffix, nor making a longer word (集团化, 集团军); 集团控股
    /// as Hong Kong companies are named (某某集团控股(00055)) where punctuation or a bracket follows it.</summary>
    [GeneratedRegex(
        @"集团(?:控股(?=[\s(（,，。;；:：、)]|$)|公司)?(?!股份|有限|公司|化|军|式|内|外)",
        RegexOptions.CultureInvariant)]
    private static partial Regex GroupSuffix { get; }

    /// <summary>The short name a full name declares in the brackets right after it: 以下简称X, also after a Latin name
    /// (某某制造公司(TSMC,简称X)) and before the other quoted words a filing declares (以下简称“X”、“发行人”或“本公司”).</summary>
    [GeneratedRegex(
        @"\G\s*\(\s*(?:[A-Za-z][A-Za-z0-9 .&-]*[,，;；]\s*)?(?:以下简称|以下称|下称|简称)\s*[:：]?\s*[“""「『‘]?(?<alias>[^”""」』’)，,、]{1,16}?)(?:[”""」』’]\s*[、，,或及和]\s*[“""「『‘][^()]{1,40}?|[”""」』’]?)\s*\)",
        RegexOptions.CultureInvariant)]
    private static partial Regex DeclaredAlias { get; }

    /// <summary>What a group core ending with these words names is not a company.</summary>
    private static readonly string[] NonCompanyEndings =
    {
        "局", "委员会", "管委会", "部", "厅", "大学", "学院", "研究院", "研究所", "中心", "实验室", "基金", "协会", "联盟",
        "医院", "学校", "产业园", "基地",
    };

    private readonly EnterpriseNameBoundary _boundary;
    private readonly ShortNameList _shortNames;

    public EnterpriseSpanFinder(EnterpriseNameBoundary boundary, ShortNameList shortNames)
    {
        _boundary = boundary;
        _shortNames = shortNames;
    }

    /// <param name="barriers">Spans no name may reach into (zone mentions), sorted or not.</param>
    public IReadOnlyList<NamedCompany> FindNamed(string text, string folded, IReadOnlyList<(int Start, int End)> barriers)
    {
        var found = new List<NamedCompany>();
        var taken = new List<(int Start, int End)>(barriers);
        foreach (Match m in RegisteredSuffix.Matches(folded))
        {
            var barrier = BarrierBefore(taken, m.Index);
            var start = _boundary.StartBefore(folded, m.Index, barrier);
            // 张江科技投资有限公司: a zone's bare name (no zone word) glued to a registered name starts that name.
            if ((start < 0 || start == barrier) && BareZoneEndingAt(folded, barriers, barrier) is { } zoneStart)
            {
                var whole = _boundary.StartBefore(folded, m.Index, BarrierBefore(taken.Where(t => t != (zoneStart, barrier)).ToList(), m.Index));
                if (whole >= 0 && whole <= zoneStart) start = zoneStart;
            }
            if (start < 0) continue;
            var end = m.Index + m.Length;
            AddNamed(start, end, Registered);
        }
        foreach (Match m in GroupSuffix.Matches(folded))
        {
            var end = m.Index + m.Length;
            if (Ranges.Overlaps(taken, m.Index, end)) continue;
            var start = _boundary.StartBefore(folded, m.Index, BarrierBefore(taken, m.Index));
            if (start < 0) continue;
            // 由某某集团控股。: 控股 is the verb of a clause there (held by the group), not part of a name.
            if (m.Value.EndsWith("控股", StringComparison.Ordinal) && start > 0 && "由被为所".Contains(folded[start - 1])) end = m.Index + 2;
            var core = EnterpriseNameBoundary.StripParentheses(folded[start..m.Index]);
            if (core.Length > 12 || NonCompanyEndings.Any(e => core.EndsWith(e, StringComparison.Ordinal))) continue;
            // 产能已占集团一半, 将发展为集团, 符合本集团: a clause's adverb, conjunction or pronoun, which no group's name holds.
            if (core.Contains('已') || UncuedCompanyFinder.HoldsFunctionWord(core)) continue;
            // 所在的集团, 多家企业和集团, 医疗集团: a phrase or a field alone before 集团, no name (现代汽车集团 is one).
            if (IsPhraseBeforeGroup(core) || ContextCompanyFinder.IsGenericModifier(core) || EnterpriseShortForms.IsTradeWord(core)) continue;
            if (ContextCompanyFinder.QualifiesAnotherName(folded, end, _boundary.Places)) continue; // 某某集团科技研究院
            AddNamed(start, end, Group);
        }
        // …公司 without 有限: a name only when it starts with its place and says more than a trade
        // after it (某地农业云服务公司); 该公司, 上市公司, 担保公司 are descriptions.
        foreach (Match m in BareCompanySuffix.Matches(folded))
        {
            var end = m.Index + m.Length;
            if (Ranges.Overlaps(taken, m.Index, end)) continue;
            var start = _boundary.StartBefore(folded, m.Index, BarrierBefore(taken, m.Index));
            if (start < 0) continue;
            var core = folded[start..m.Index];
            var place = _boundary.LeadingPlaceLength(core);
            var coined = place == 0 && IsCoinedBareName(core) && (start == 0 || BeforeCoinedBareName.Contains(folded[start - 1]));
            if (!coined && (place == 0 || core.Length - place < MinBareCompanyWords || core.Contains('('))) continue;
            // 北京一家科技公司, 深圳某公司: a description of a company, not its name.
            if ("一两几某这那该各多每".Contains(core[place]) || core.Contains('家')) continue;
            // 某某仍为本公司的控股股东, 某某持有该公司: a pronoun before 公司 ends a clause about the company, no name.
            if (EndsWithCompanyPronoun(core)) continue;
            if (NonCompanyEndings.Any(e => core.EndsWith(e, StringComparison.Ordinal))) continue;
            // 某大学硕士毕业后进入公司: a clause about a person ending in 公司, no name.
            if (ClauseInBareName.Any(w => core.Contains(w, StringComparison.Ordinal))) continue;
            AddNamed(start, end, Short);
        }
        foreach (Match m in FirmSuffix.Matches(folded))
        {
            var end = m.Index + m.Length;
            if (Ranges.Overlaps(taken, m.Index, end)) continue;
            var start = _boundary.StartBefore(folded, m.Index, BarrierBefore(taken, m.Index));
            if (start < 0 || m.Index - start < 2) continue;
            var core = folded[start..m.Index];
            if (DescriptiveFirmStarts.Contains(core[0]) || core.Contains('家') || ClauseInBareName.Any(w => core.Contains(w, StringComparison.Ordinal))) continue;
            // 推动企业改制为股份公司: a clause before the firm word, no name.
            if (core.AsSpan().ContainsAny(FunctionChars) || UncuedCompanyFinder.StartsLikeAPhrase(core)) continue;
            if (NonCompanyEndings.Any(e => core.EndsWith(e, StringComparison.Ordinal))) continue;
            AddNamed(start, end, Registered);
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;

        // A full name with the short name it declares right after (以下简称X); the declaration is taken too.
        void AddNamed(int start, int end, string kind)
        {
            var aliases = new List<string>();
            var alias = DeclaredAlias.Match(folded, end);
            if (alias.Success) aliases.Add(text.Substring(alias.Groups["alias"].Index, alias.Groups["alias"].Length).Trim());
            found.Add(new NamedCompany(start, end, text[start..end], kind, aliases));
            taken.Add((start, alias.Success ? alias.Index + alias.Length : end));
        }
    }

    /// <summary>True when the core before a bare 公司 ends with a pronoun of the company (该, 我, 贵, or 本 after a function
    /// character: 仍为本公司, 是本公司): the text is a clause that refers to a company, not its name (日本公司 is a country's).</summary>
    private static bool EndsWithCompanyPronoun(string core) =>
        "该我贵".Contains(core[^1]) || core[^1] == '本' && core.Length >= 2 && FunctionChars.Contains(core[^2]);

    /// <summary>A group core that is a phrase: it holds 的 or 了, a count of companies (多家, 两家), or ends with a conjunction.</summary>
    private static bool IsPhraseBeforeGroup(string core) =>
        core.Contains('的') || core.Contains('了') || "和与及或".Contains(core[^1]) ||
        core.AsSpan().IndexOf('家') is var at and > 0 && "多几两数一各每些".Contains(core[at - 1]);

    private const int MinBareCompanyWords = 3;

    private const int MaxCoinedBareName = 8;

    /// <summary>Where a coined bare name may start: after punctuation, a list mark or 是/的 (某某公司是…的配套企业).</summary>
    private const string BeforeCoinedBareName = "，,。；;：:、！!？?“”\"「」《》()\n 是的";

    private static readonly System.Buffers.SearchValues<char> FunctionChars =
        System.Buffers.SearchValues.Create("的了由在对向把被将从给让据于与及或并而是等还为也都已就再又和");

    /// <summary>A bare 公司 after a coined name of three characters or more (伟力得公司, 耀东华公司, 某某现代筑美公司):
    /// words no dictionary holds make a name, where dictionary words make a description (高科技公司, 平台公司).</summary>
    private static bool IsCoinedBareName(string core)
    {
        if (core.Length is < MinBareCompanyWords or > MaxCoinedBareName || core.Contains('(')) return false;
        // 平台还在公司, 先后为公司, 且符合公司, 园方会协助这些公司: a clause.
        if (core.AsSpan().ContainsAny(FunctionChars) || UncuedCompanyFinder.HoldsFunctionWord(core)) return false;
        if ("一两几某这那该各多每全本其我此新".Contains(core[0]) || ContextCompanyFinder.IsOrdinaryWord(core)) return false;
        return UncuedCompanyFinder.IsCoinedStem(core) && !UncuedCompanyFinder.StartsLikeAPhrase(core);
    }

    /// <summary>Words that make the text before a bare 公司 a clause (毕业后进入公司, 加入公司) or a class of
    /// companies (上市公司), not a name.</summary>
    private static readonly string[] ClauseInBareName =
    {
        "大学", "学院", "毕业", "进入", "加入", "回到", "离开", "之后", "以后",
        // 某市科创板公司, 某地生物制药上市公司: a class of companies by their listing.
        "上市", "科创板", "创业板", "主板", "北交所", "挂牌",
    };

    /// <summary>公司 not ending a registered or group suffix, nor part of 公司制 and the like.</summary>
    [GeneratedRegex(
        "(?<!有限|集团|股份|子|分|总|母)公司(?!制|法|化|章程|债)", RegexOptions.CultureInvariant)]
    internal static partial Regex BareCompanySuffix { get; }

    /// <summary>Firms that are companies without 公司 in their name: partnerships of accountants, lawyers, tax agents
    /// and valuers (某某会计师事务所(特殊普通合伙)), and joint-stock companies written 股份公司 without 有限.</summary>
    [GeneratedRegex(
        @"(?:(?:会计师|律师|税务师|资产评估|评估|专利代理)事务所(?:\((?:特殊)?普通合伙\))?|(?<!有限)股份公司(?!制|化|章程))",
        RegexOptions.CultureInvariant)]
    private static partial Regex FirmSuffix { get; }

    /// <summary>Words that make the text before a firm suffix a description (该会计师事务所, 多家律师事务所).</summary>
    private const string DescriptiveFirmStarts = "一两几某这那该各多每其本我此";

    /// <summary>True when the text from <paramref name="start"/> to <paramref name="end"/> glosses a hand-listed Chinese name or
    /// is glossed by one: in brackets right after it (英伟达(NVIDIA)) or right before a bracket that opens with it (NVIDIA(英伟达)),
    /// a space allowed before the bracket. 广东欧珀(OPPO)公司 glosses no listed name: OPPO is the company named there.</summary>
    private bool IsInGloss(string folded, int start, int end)
    {
        var nameEnd = NameGloss.GlossedNameEnd(folded, start);
        for (var from = Math.Max(0, nameEnd - MaxGlossedName); from < nameEnd - 1; from++)
            if (_shortNames.MatchAt(folded, from) is { } name && from + name.Length == nameEnd) return true;
        return NameGloss.Inside(folded, end) is var (inside, close) && _shortNames.MatchAt(folded, inside) is { } glossed &&
               inside + glossed.Length == close;
    }

    private const int MaxGlossedName = 8;

    /// <summary>Listed short names outside <paramref name="taken"/>, not glued to Latin letters.</summary>
    /// <param name="wordBoundaries">True where the segmenter cuts words: a name must begin at a cut or end at one
    /// (中华电信 holds no 华电), or null to take every match.</param>
    public IReadOnlyList<ListedCompany> FindListed(string folded, IReadOnlyList<(int Start, int End)> taken, IReadOnlyList<bool>? wordBoundaries = null)
    {
        var found = new List<ListedCompany>();
        for (var i = 0; i < folded.Length; i++)
        {
            var name = _shortNames.MatchAt(folded, i);
            if (name == null) continue;
            // 华润燃气 is a listed company of its own, not 华润 and a word after it.
            if (ListedCompanyLexicon.Default.MatchAt(folded, i) is { } listed && listed.Length > name.Length &&
                (wordBoundaries == null || wordBoundaries[i + listed.Length]))
                name = listed;
            var end = i + name.Length;
            var glued = char.IsAsciiLetter(name[0]) &&
                        (i > 0 && char.IsAsciiLetter(folded[i - 1]) || end < folded.Length && char.IsAsciiLetter(folded[end]));
            if (glued || Ranges.Overlaps(taken, i, end)) continue;
            // 英伟达(NVIDIA), NVIDIA(英伟达): a Latin name glossing a Chinese one, or glossed by it, is that name's alias (the gloss rules').
            if (char.IsAsciiLetter(name[0]) && IsInGloss(folded, i, end)) { i = end - 1; continue; }
            // A name of two characters must end where a word does, or before 公司 (深远海信息 holds no 海信; 华为公司 is 华为),
            // and begin where one does (the person 施小鹏 holds no 小鹏).
            if (wordBoundaries != null && (!wordBoundaries[i] || name.Length == 2 && EnterpriseNameEdges.CompanyWordEnd(folded, end) == end) && !wordBoundaries[end]) continue;
            if (wordBoundaries != null && name.Length == 2 && !wordBoundaries[i] && EnterpriseNameEdges.CompanyWordEnd(folded, end) == end) continue;
            if (ContextCompanyFinder.QualifiesAnotherName(folded, end, _boundary.Places)) { i = end - 1; continue; } // 某某新能源四期
            var branchEnd = BranchEnd(folded, end);
            if (branchEnd > end && !Ranges.Overlaps(taken, end, branchEnd))
            {
                end = branchEnd;
                name = folded[i..end];
            }
            found.Add(new ListedCompany(i, end, name));
            i = end - 1;
        }
        return found;
    }

    private static readonly string[] BranchWords = { "分公司", "分行", "支行" };

    /// <summary>End of a branch written right after a company's name, a known place and a branch word
    /// (中国工商银行 + 苏州 + 分行): the branch is the company the text deals with; else <paramref name="end"/>.</summary>
    private int BranchEnd(string folded, int end)
    {
        var place = _boundary.LeadingPlaceLength(folded[end..Math.Min(folded.Length, end + 5)]);
        if (place > 0)
        {
            foreach (var word in BranchWords)
                if (string.CompareOrdinal(folded, end + place, word, 0, word.Length) == 0) return end + place + word.Length;
            // 中国移动浙江公司: a provincial company written with the province and 公司 alone.
            if (string.CompareOrdinal(folded, end + place, "公司", 0, 2) == 0) return end + place + 2;
        }
        // 中国农业银行慈溪支行, 宁波银行杭州湾分行: a town or district the place list lacks, two to four characters
        // of one word before 分行 or 支行 (branch words no other phrase ends with).
        for (var length = MaxBranchPlace; length >= 2; length--)
        {
            if (end + length + 2 > folded.Length) continue;
            var between = folded.AsSpan(end, length);
            if (between.ContainsAny(NotInBranchPlace) || !IsAllHan(between)) continue;
            if (string.CompareOrdinal(folded, end + length, "分行", 0, 2) == 0 || string.CompareOrdinal(folded, end + length, "支行", 0, 2) == 0)
                return end + length + 2;
        }
        return end;
    }

    private const int MaxBranchPlace = 4;

    /// <summary>Characters that join two phrases, so a branch word after them belongs to another name (银行与某分行).</summary>
    private static readonly System.Buffers.SearchValues<char> NotInBranchPlace = System.Buffers.SearchValues.Create("的和与及或等在、向为对把被将从由是");

    internal static bool IsAllHan(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (c is < '\u4E00' or > '\u9FFF') return false;
        return true;
    }

    /// <summary>Characters a zone word ends with (高新区, 生态城, 产业园); a zone's bare name (张江, 光谷) ends otherwise.</summary>
    private const string ZoneWordEnds = "区城园";

    /// <summary>Start of a zone mention without a zone word ending right at <paramref name="end"/>, or null.</summary>
    private static int? BareZoneEndingAt(string folded, IReadOnlyList<(int Start, int End)> zones, int end)
    {
        foreach (var (start, zoneEnd) in zones)
            if (zoneEnd == end && end > 0 && !ZoneWordEnds.Contains(folded[end - 1])) return start;
        return null;
    }

    private static int BarrierBefore(IReadOnlyList<(int Start, int End)> taken, int index)
    {
        var barrier = 0;
        foreach (var (start, end) in taken)
            if (end <= index && end > barrier) barrier = end;
            else if (start < index && index < end) barrier = index;
        return barrier;
    }
}
