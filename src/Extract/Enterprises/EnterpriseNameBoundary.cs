using Pipeline.Extract.Lexicon;
using Pipeline.Extract.Text;
using Pipeline.Extract.Zones;

namespace Pipeline.Extract.Enterprises;

/// <summary>
/// Finds where a company name written before its suffix (有限公司, 集团) starts. The name runs back
/// over name characters (Han, Latin, digits, short parenthesised places like (广州)) to punctuation,
/// a zone mention or another company, and then starts after the last word that cannot be inside a
/// company name (的, 位于, 龙头企业, 由, 与 …) as long as what remains still looks like a name.
/// </summary>
internal sealed class EnterpriseNameBoundary
{
    private const int MaxNameLength = 32;

    /// <summary>Prepositions and conjunctions that end the context before a name wherever they stand.</summary>
    private const string StrongBreakers = "的了由在对向把被将从给让据于与及或并而是等";

    /// <summary>Characters that start real company names too (和利时, 同方, 以岭, 为…): a cut there only
    /// at the start of the run or before a place name.</summary>
    private const string WeakBreakers = "和同以为";

    private static readonly string[] PhraseBreakers =
    {
        "位于", "来自", "包括", "其中", "例如", "比如", "作为", "联合", "携手", "牵头", "依托", "引进", "落户", "入驻", "签约",
        "龙头企业", "领军企业", "骨干企业", "链主企业", "企业", "外资", "内资", "民营", "国有", "旗下", "下属", "子公司", "以及",
        "还有", "获得", "成立", "注册", "打造", "推动", "支持", "帮助", "引导", "鼓励", "带动", "吸引", "助力", "创办", "投资",
        "收购", "并购", "入股", "公司", "单位", "厂商", "供应商", "客户", "合作", "伙伴", "如今", "目前", "近日", "日前", "此外",
        "同时", "随着", "看到", "介绍", "表示", "来到", "走进", "走访", "参观", "考察", "调研", "孵化", "培育", "服务",
        // 不含某某集团, 离不开某某集团, 关注某某有限公司, 促成某某公司: a verb whose object is the name.
        "不含", "不包括", "离不开", "关注", "促成",
        // Descriptions by origin or plant written before a name (台资封测厂某某控股): 厂 ends the description.
        "台资", "港资", "陆资", "台企", "港企", "陆企", "外企", "厂",
        // 新能源类项目有某某集团: what a list of projects or companies holds.
        "项目有", "企业有",
        // 将导入某某集团, 协议约定某某集团拟…, 董事会同意某某集团…, 在园区设立某某有限公司: a verb whose object is the name.
        "导入", "引入", "约定", "同意", "设立",
        // The part a company plays in a deal or project, written before its name (投资方某某有限公司, 运营商某某公司).
        "投资方", "出资方", "合作方", "运营方", "建设方", "承建方", "中标方", "中标人", "采购方", "供货方", "甲方", "乙方", "丙方",
        "业主", "业主方", "股东", "运营商", "服务商", "开发商", "承包商", "经销商", "投资商", "制造商", "集成商", "代理商", "供货商",
    };

    /// <summary>Words a name cannot start with: what is left after such a cut is a description.</summary>
    private static readonly string[] GenericStarts =
    {
        "管理", "服务", "发展", "技术", "科技", "孵化", "咨询", "投资", "信息", "集团", "股份", "控股", "有限", "实业", "贸易",
        "产业", "建设", "工程", "运营", "开发", "经营", "销售", "制造", "生产", "研发", "资产", "合伙", "基金", "担保",
        // 特大型产业集团: a class of company by its size.
        "特大型", "超大型", "大型", "中型",
    };

    private static readonly HashSet<string> GenericNames = new()
    {
        "该", "本", "这家", "一家", "子", "母", "分", "上市", "该集团", "本集团", "企业", "产业", "大型", "龙头", "国有", "民营",
        "央企", "跨国", "知名", "多家", "各", "其", "这些", "相关", "两家", "三家", "合资", "外资", "控股", "科技", "集团",
    };

    private readonly ZoneGazetteer _places;
    private readonly ShortNameList _shortNames;

    public EnterpriseNameBoundary(ZoneGazetteer places, ShortNameList shortNames)
    {
        _places = places;
        _shortNames = shortNames;
    }

    /// <summary>The gazetteer of places a name may start with.</summary>
    internal ZoneGazetteer Places => _places;

    /// <summary>Start of the name ending at <paramref name="end"/> (exclusive, before the suffix),
    /// or -1 when no plausible name stands there.</summary>
    /// <param name="barrier">Nothing before this index belongs to the name (end of a zone or company).</param>
    public int StartBefore(string folded, int end, int barrier)
    {
        var start = RunStart(folded, end, barrier);
        if (start < 0) return -1;
        var run = folded[start..end];
        var best = 0;
        var descriptionAt = -1;
        for (var i = 0; i < run.Length; i++)
        {
            var cut = CutAfter(run, i);
            if (cut <= best) continue;
            if (JoinsWordsOfOneName(run, best, i, cut)) continue;
            var weak = cut == i + 1 && WeakBreakers.Contains(run[i]) && !StrongBreakers.Contains(run[i]);
            // 中标单位为某某公司: right after other context a conjunction or 为 starts no name either.
            if (weak && i != 0 && i != best && !StartsWithPlace(run, cut)) continue;
            // After a list separator, at the start of a line, after 由 or 的 or a word opening a list a conjunction has nothing
            // to join (、和硕联合科技, 由和大某某、…, 包括和某某技术): it opens the name. (After 将 or 与 it may be a preposition:
            // 将和某某公司合作.)
            if (weak && EnterpriseNameEdges.JoinsNothingAt(folded, start + i)) continue;
            if (IsInsideShortName(run, i)) continue;
            // 集…于一体的特大型产业集团: after 的 a class word (特大型, 产业) begins a description, not a name.
            // A breaker after it (的发展离不开某某集团) starts the name anew.
            if (run[i] == '的') descriptionAt = cut < run.Length && StartsGeneric(run[cut..]) ? cut : -1;
            if (IsPlausibleName(run[cut..])) best = cut;
        }
        // ——记某某股份有限公司总工程师…: 记 after a dash or opening a subtitle (its dash taken off) begins a profile's
        // subtitle, it is no part of the name.
        if (best == 0 && run.Length > 1 && run[0] == '记' && (start == 0 || folded[start - 1] is '—' or '-' or '\n')) best = 1;
        if (descriptionAt >= 0 && best < descriptionAt) return -1;
        best = SkipLocationPhrase(run, best);
        var name = run[best..];
        return IsPlausibleName(name) ? start + best : -1;
    }

    /// <summary>Endings of what is a body or a company of its own before 及/和/与 (某某公司及…, 某某大学与…).</summary>
    private const string OwnNameEnds = "司团行局委部院校会府厂所馆中心";

    /// <summary>
    /// True when the breaker at <paramref name="i"/> joins words of one registered name that starts with its place
    /// (香港联合交易所, 中国联合网络通信; 香港交易及结算所): 联合 right after the place, or 及/和/与 after the place and a
    /// word of two to four characters that names no body or company of its own, before a part that starts with no place.
    /// </summary>
    private bool JoinsWordsOfOneName(string run, int from, int i, int cut)
    {
        var place = PlaceLengthAt(run, from);
        if (place == 0) return false;
        if (cut - i == 2 && string.CompareOrdinal(run, i, "联合", 0, 2) == 0) return i == from + place;
        if (cut != i + 1 || !"及和与".Contains(run[i])) return false;
        var word = run.AsSpan(from + place, i - from - place);
        if (word.Length is < 2 or > 4 || !EnterpriseSpanFinder.IsAllHan(word) || OwnNameEnds.Contains(word[^1]) || _shortNames.MatchAt(run, from) != null) return false;
        var rest = run[cut..];
        return rest.Length is >= 2 and <= 6 && PlaceLengthAt(rest, 0) == 0 && _shortNames.MatchAt(rest, 0) == null && IsPlausibleName(rest);
    }

    /// <summary>If a breaker ends at or after <paramref name="i"/> starting at i, the index after it; else 0.</summary>
    private static int CutAfter(string run, int i)
    {
        var longest = 0; // 投资方 over 投资
        foreach (var phrase in PhraseBreakers)
            if (phrase.Length > longest && string.CompareOrdinal(run, i, phrase, 0, phrase.Length) == 0) longest = phrase.Length;
        if (longest > 0) return i + longest;
        if (!StrongBreakers.Contains(run[i]) && !WeakBreakers.Contains(run[i])) return 0;
        if (InsideNameWord(run, i)) return 0;
        return StrongBreakers.Contains(run[i]) ? AfterClauseWordAt(run, i, run.Length) : i + 1;
    }

    /// <summary>After the word of a clause that starts with the character at <paramref name="at"/> (深入了|解某某集团: 了解; 与会,
    /// 从事, 据悉): a dictionary verb, adverb, preposition or conjunction of two characters or more that leaves a name of two;
    /// otherwise right after the character (的|士兰微: 的士 is a noun).</summary>
    internal static int AfterClauseWordAt(string text, int at, int end)
    {
        var (word, tag) = DomainDictionary.Segmenter.Tag(text[at..end], hmm: false)[0];
        return word.Length > 1 && end - at - word.Length >= 2 && tag.Length > 0 && tag[0] is 'v' or 'd' or 'p' or 'c' &&
               DomainDictionary.Segmenter.ContainsWord(word) ? at + word.Length : at + 1;
    }

    /// <summary>Words of company names holding a breaker character (某某数据通信, 某某在线网络): no cut inside them.</summary>
    private static readonly string[] NameWordsWithBreakers = { "数据", "在线" };

    private static bool InsideNameWord(string run, int i)
    {
        foreach (var word in NameWordsWithBreakers)
            for (var k = 0; k < word.Length; k++)
                if (word[k] == run[i] && i - k >= 0 && string.CompareOrdinal(run, i - k, word, 0, word.Length) == 0) return true;
        return false;
    }

    private int RunStart(string folded, int end, int barrier)
    {
        var j = end;
        while (j > barrier && end - j < MaxNameLength)
        {
            var c = folded[j - 1];
            if (c == ')')
            {
                var open = folded.LastIndexOf('(', j - 1, Math.Min(10, j - 1 - barrier));
                if (open < barrier || open < 0) break;
                j = open;
                continue;
            }
            if (ChineseScript.IsHan(c) || char.IsAsciiLetterOrDigit(c) || c is '·' or '&' or '-') j--;
            // Forty Seven公司, NUR Renewables Sdn Bhd公司: a Latin name goes on over the spaces between its capitalised words.
            else if (c == ' ' && char.IsAsciiLetter(folded[j]) && CapitalisedLatinWordBefore(folded, j - 1, barrier) is var word and > 0) j -= 1 + word;
            else break;
        }
        return j < end ? j : -1;
    }

    /// <summary>Length of the Latin word ending right before <paramref name="space"/> when it starts with a capital letter
    /// after a space, punctuation or Han text, else 0.</summary>
    private static int CapitalisedLatinWordBefore(string folded, int space, int barrier)
    {
        var k = space;
        while (k > barrier && char.IsAsciiLetterOrDigit(folded[k - 1])) k--;
        return k < space && char.IsAsciiLetterUpper(folded[k]) ? space - k : 0;
    }

    /// <summary>
    /// Context the word lists miss often ends right before a place that starts the name
    /// (改性塑料供广州毅昌科技 → 广州毅昌科技), unless what stands before the place is a listed company
    /// (中车株洲电力机车有限公司 stays whole). A name that carries its place in parentheses does not
    /// start with another place either (在河南开封奔腾(河南)智能制造 → 奔腾(河南)智能制造).
    /// </summary>
    private int SkipLocationPhrase(string run, int from)
    {
        from = AfterCountyAndTown(run, from);
        var depth = 0;
        // 浙江嘉兴某某, 山东省莱芜市某某: a name that starts with a province keeps the city after it.
        var province = PlaceLengthAt(run, from);
        if (province > 0 && !_places.IsProvince(run.Substring(from, province))) province = 0;
        else if (province > 0 && from + province < run.Length && run[from + province] == '省') province++;
        for (var q = from; q < run.Length - 2; q++)
        {
            if (run[q] == '(') depth++;
            else if (run[q] == ')') depth--;
            if (depth != 0 || q - from < 2 || province > 0 && q == from + province) continue;
            // A listed company before the place is the parent of a subsidiary named after its place
            // (中车株洲电力机车, 华为深圳…): part of the name, not context.
            if (_shortNames.MatchAt(run, from) is { } parent && from + parent.Length == q) break;
            if (PlaceLengthAt(run, q) > 0 && IsPlausibleName(run[q..])) { from = q; break; }
        }
        if (!run.AsSpan(from).Contains('(')) return from;
        var inner = run[(run.IndexOf('(', from) + 1)..];
        var close = inner.IndexOf(')');
        if (close < 0 || PlaceLengthAt(inner[..close], 0) == 0) return from;
        var at = from;
        while (PlaceLengthAt(run, at) is var length and > 0 && IsPlausibleName(run[(at + length)..])) at += length;
        return at;
    }

    /// <summary>After a county or city and a town in it (郓城县黄安镇某某新材料, 某某市某某区某某乡某某科技) that open the run: a
    /// registered name carries no place below a county, so the town says where the company is, and its name starts after
    /// it. A town's own company named by trade words alone (某某镇工业总公司) keeps the town.</summary>
    private int AfterCountyAndTown(string run, int from)
    {
        for (var town = run.Length - 3; town > from + 3; town--)
        {
            if (run[town] is not ('镇' or '乡')) continue;
            for (var county = town - 3; county >= town - 4 && county >= from + 2; county--)
                if (run[county] is '县' or '市' or '区' && EndsAWord(run[(county + 1)..], town - county) &&
                    IsPlausibleName(run[(town + 1)..]) && !EnterpriseShortForms.IsTradeWordsOnly(run[(town + 1)..]))
                    return town + 1;
        }
        return from;
    }

    /// <summary>True when the segmenter ends a word <paramref name="length"/> characters into <paramref name="text"/> (黄安镇|众拓,
    /// not 大田乡|村 of 乡村).</summary>
    private static bool EndsAWord(string text, int length)
    {
        var offset = 0;
        foreach (var word in DomainDictionary.Segmenter.Tag(text, hmm: false))
        {
            offset += word.Word.Length;
            if (offset >= length) return offset == length;
        }
        return false;
    }

    private int PlaceLengthAt(string text, int at)
    {
        for (var length = Math.Min(4, text.Length - at); length >= 2; length--)
            if (_places.IsKnownPlace(text.Substring(at, length)) || UncuedCompanyFinder.IsPlaceOutsideGazetteer(text.Substring(at, length))) return length;
        return 0;
    }

    /// <summary>Length of the known place (with 市/省) a name starts with, 0 when none.</summary>
    internal int LeadingPlaceLength(string name)
    {
        var length = PlaceLengthAt(name, 0);
        if (length > 0 && length < name.Length && name[length] is '市' or '省') length++;
        return length;
    }

    private bool StartsWithPlace(string run, int at) => _places.KnownPlaceLengthAt(run, at) > 0;

    private bool IsInsideShortName(string run, int i) => _shortNames.Covers(run, i);

    /// <summary>A name has at least two characters of its own and does not start with a generic word.</summary>
    internal static bool IsPlausibleName(string name)
    {
        var core = StripParentheses(name);
        if (core.Length < 2 || GenericNames.Contains(core) || StartsGeneric(core)) return false;
        // 某光电有限公司, 江苏某材料公司: an anonymised company, no name.
        if (core.Contains('某')) return false;
        return !core.All(char.IsAsciiDigit);
    }

    private static bool StartsGeneric(string text) => GenericStarts.Any(word => text.StartsWith(word, StringComparison.Ordinal));

    internal static string StripParentheses(string name)
    {
        var open = name.IndexOf('(');
        while (open >= 0)
        {
            var close = name.IndexOf(')', open);
            if (close < 0) break;
            name = name[..open] + name[(close + 1)..];
            open = name.IndexOf('(');
        }
        return name;
    }
}
