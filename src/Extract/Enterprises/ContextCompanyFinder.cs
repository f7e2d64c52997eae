using System.Text.RegularExpressions;
using Pipeline.Extract.Lexicon;
using Pipeline.Extract.Segmentation;
using Pipeline.Extract.Text;
using Pipeline.Extract.Zones;

namespace Pipeline.Extract.Enterprises;

/// <summary>
/// Extractor for companies named without a suffix by their context rather than by a list:
/// items of an enumeration the text itself calls companies (<c>甲乙、丙丁等一批龙头企业</c>,
/// <c>…、某某农村商业银行等银行</c>) or awards a company title (<c>甲乙、丙丁入选…“小巨人”企业</c>),
/// names right after a word calling them companies (<c>龙头企业某某首创…</c>), and banks written as
/// place + 银行 (<c>泉州银行</c>).
/// Also tells which enumerations name products or platforms (<c>…、某某视频等视频号</c>), so listed
/// short names inside them are not taken for companies, and when a company name only qualifies a
/// project, park or institute (<c>某某新能源四期</c>, <c>某某集团科技研究院</c>).
/// Works on folded text; offsets are the caller's.
/// </summary>
internal sealed partial class ContextCompanyFinder
{
    /// <summary>The finder's word lists (Resources/enterprise-context-words.txt); first, as the lists below are made from it.</summary>
    private static readonly Resources.ResourceFile Words = Resources.ResourceFile.Load("enterprise-context-words.txt");

    private const int MaxItemLength = 10;
    private const int MaxHeadDistance = 12;
    private const int MaxEnumeratedLength = 16;

    /// <summary>Heads after 等 that make the items companies (等36家科技领军企业, 等大型优势国企).</summary>
    private static readonly string[] CompanyHeads = Words["company-heads"].ToArray();

    /// <summary>The head of a list of projects (某某新材料、某某科技等12个重点项目): its items are named by their owners.</summary>
    internal const string ProjectHead = "项目";

    /// <summary>Product categories written between 等 and the head (等关键零部件企业, 等配套企业): with
    /// an item that is a kind of product and no known company, the items are what the companies make.</summary>
    private static readonly string[] ProductCategories = Words["product-categories"].ToArray();

    /// <summary>Word tags of common nouns and attributes in jieba's tag set (zg: bound morphemes such as 车);
    /// names are tagged nr, ns, nt, nz or not known at all.</summary>
    private static readonly HashSet<string> CommonNounTags = new(Words["common-noun-tags"]);

    /// <summary>Heads after 等 that make the items apps, channels or brand products, not companies (…、某某视频等视频号,
    /// 某某、某某等名牌产品). Platforms (京东等电商平台) are left alone: the text may well mean the company.</summary>
    private static readonly string[] ProductHeads = Words["product-heads"].ToArray();

    /// <summary>People after a company head (等企业负责人, 等企业代表): the items may be people, so
    /// only names long enough not to be a person's (深圳某某医疗) are taken.</summary>
    private static readonly string[] PersonAfterHead = Words["person-after-head"].ToArray();

    private const int MinItemLengthBeforePeople = 4;

    /// <summary>A word for people of a company (负责人, 董事长, 创始人) begins at <paramref name="at"/> of folded text.</summary>
    internal static bool PersonWordAt(string folded, int at) =>
        PersonAfterHead.Any(p => string.CompareOrdinal(folded, at, p, 0, p.Length) == 0);

    /// <summary>Words between 等 and the head that make the items industries (等行业龙头企业);
    /// 的 there makes the items qualify the head (提供生产、维护等服务的企业) instead of naming it.</summary>
    private static readonly string[] IndustryMarkers = Words["industry-markers"].ToArray();

    /// <summary>Endings that make an item something other than a company.</summary>
    private static readonly string[] NonCompanyEndings = Words["non-company-endings"].ToArray();

    /// <summary>Firms whose names end like a public body's (某某会计师事务所): companies all the same.</summary>
    private static readonly string[] CompanyEndingsLikeBodies = Words["company-endings-like-bodies"].ToArray();

    /// <summary>What a company name placed right before these words only qualifies (研究院, 基金, 医院): institutes,
    /// funds and hospitals bear a company's name without being it.</summary>
    private static readonly string[] QualifiedHeads = Words["qualified-heads"].ToArray();

    /// <summary>Projects and parks a company name right before qualifies as their name (某某新能源四期, 某某科技产业园);
    /// with a place or region between (某某重庆产业基地, 某某华东基地) they are the company's own, and the name its mention.</summary>
    private static readonly string[] ProjectHeads = Words["project-heads"].ToArray();

    /// <summary>Modifiers that, with trade words, make an item a kind of business, not a name (高端装备).</summary>
    private static readonly HashSet<string> GenericModifiers = new(Words["generic-modifiers"]);

    /// <summary>True for a modifier that, with trade words, makes a kind of business (高端, 智慧, 民营).</summary>
    internal static bool IsGenericModifier(string word) => GenericModifiers.Contains(word);

    /// <summary>Words and characters that end the context before the first item (携极米科技 → 极米科技).</summary>
    private static readonly string[] LeadBreakers = Words["lead-breakers"].ToArray();

    private static readonly Text.WordIndex LeadBreakerIndex = new(LeadBreakers);

    private const string ClauseStops = "，,。；;：:！!？?“”\"「」『』《》()（）【】\n\r\t ";

    private const string QualifierStops = "的了在对向把被将从给让据于与及或并而是等和、，,。；;：:！!？?“”\"「」《》 \n";

    [GeneratedRegex(
        "(?:农村商业银行|农村合作银行|农商银行|村镇银行|商业银行|银行)", RegexOptions.CultureInvariant)]
    private static partial Regex BankPattern { get; }

    private readonly ZoneGazetteer _places;

    private readonly ShortNameList _shortNames;

    public ContextCompanyFinder(ZoneGazetteer places, ShortNameList shortNames)
    {
        _places = places;
        _shortNames = shortNames;
    }

    /// <summary>Items of enumerations called companies, as (start, end) in the folded text.</summary>
    public IReadOnlyList<(int Start, int End)> FindEnumerated(string folded)
    {
        var found = new List<(int, int)>();
        foreach (var (deng, head, headEnd) in EnumerationEnds(folded))
        {
            if (!CompanyHeads.Contains(head)) continue;
            if (headEnd < folded.Length && folded[headEnd] == '家') continue; // 等企业家: people, never companies
            if (head is "龙头" or "巨头" && QualifiesAfterLeader(folded, headEnd)) continue;
            var people = PersonWordAt(folded, headEnd);
            var items = ItemsBefore(folded, deng);
            if (items.Count == 0 && SingleItemAfterLead(folded, deng) is { } single) items.Add(single);
            if (NamesKindsOfProduct(folded, deng, headEnd - head.Length, items)) continue;
            foreach (var item in items)
                if (IsCompanyItem(folded[item.Start..item.End]) && (!people || item.End - item.Start >= MinItemLengthBeforePeople))
                    found.Add(item);
        }
        return found;
    }

    /// <summary>Nouns 龙头/巨头 qualify when they are no company word themselves (等龙头产业, 等龙头项目).</summary>
    private static readonly string[] LeaderQualified = Words["leader-qualified"].ToArray();

    private static bool QualifiesAfterLeader(string folded, int headEnd) =>
        LeaderQualified.Any(w => string.CompareOrdinal(folded, headEnd, w, 0, w.Length) == 0);

    /// <summary>True when an enumeration before a company head lists kinds of product, not companies:
    /// every item is a common noun of the dictionary (传感器、减速器、智能控制器等企业; not 鸿海、光宝等台厂),
    /// or a product category qualifies the head (电机、永磁同步马达等关键零部件企业), one item is a common
    /// noun and none is a known company (宁德时代、中创新航等电池材料企业 names companies).</summary>
    private bool NamesKindsOfProduct(string folded, int deng, int headStart, IReadOnlyList<(int Start, int End)> items)
    {
        if (items.Count == 0) return false;
        var texts = items.Select(i => folded[i.Start..i.End]).ToList();
        // 可满足机械加工、…: the clause before the first item is no part of what it lists.
        texts[0] = texts[0][UncuedCompanyFinder.LeadingPhraseLength(texts[0])..];
        var common = texts.Count(IsCommonNounPhrase);
        // 精密加工、电子装配等制造企业: kinds of work, listed as kinds of product are.
        if (common + texts.Count(IsActivityPhrase) == texts.Count) return true;
        var between = folded[(deng + 1)..headStart];
        return common > 0 && ProductCategories.Any(c => between.Contains(c, StringComparison.Ordinal))
            && !texts.Any(IsKnownCompany);
    }

    /// <summary>True when the whole of <paramref name="name"/> is a hand-listed short name (比亚迪, 华为).</summary>
    internal bool IsHandListedName(string name) => _shortNames.MatchAt(name, 0)?.Length == name.Length;

    /// <summary>A listed short name, or a name starting with one (格力电器), or a company suffix.</summary>
    private bool IsKnownCompany(string item) =>
        _shortNames.MatchAt(item, 0) != null || item.EndsWith("公司", StringComparison.Ordinal) || item.EndsWith("集团", StringComparison.Ordinal);

    /// <summary>A kind of product written with dictionary words only: a common noun (电机, 压缩机, 数控机床)
    /// with what qualifies it before — attributes and trade words (智能 + 控制器, 新能源 + 车), and other
    /// nouns when the head names a product (燃油 + 车, 储能 + 变流器). A head that is a trade (乳业, 电气)
    /// after a noun is a brand (光明乳业); a character that is no word alone makes a coined name (星河微电).
    /// Listed short names and names starting with one (小米, 格力电器) are never kinds.</summary>
    internal bool IsCommonNounPhrase(string item)
    {
        if (IsKnownCompany(item)) return false;
        var words = DomainDictionary.Segmenter.Tag(item, hmm: false);
        if (words.Count == 0 || words.Any(w => !DomainDictionary.Segmenter.ContainsWord(w.Word))) return false;
        var head = words[^1];
        var qualifiers = words.Take(words.Count - 1).ToList();
        // A one-character head (车, 药) needs a qualifier; inside the phrase every word has two or more.
        if (head.Word.Length < 2 && qualifiers.Count == 0 || qualifiers.Any(w => w.Word.Length < 2)) return false;
        if (!CommonNounTags.Contains(head.Tag) && !IsTermEndingInCommonNoun(head)) return false;
        var productHead = !EnterpriseShortForms.IsTradeWord(head.Word);
        return qualifiers.All(w => w.Tag == "b" || GenericModifiers.Contains(w.Word) || EnterpriseShortForms.IsTradeWord(w.Word)
                                   || productHead && CommonNounTags.Contains(w.Tag));
    }

    /// <summary>A kind of work written with dictionary words of two characters or more: a verb (办公, 转型, 研发) alone or
    /// after nouns or attributes that say what is worked on (精密 + 加工, 电子 + 装配, 智慧 + 转型); a name holds a word of its
    /// own. The item is folded text, in Simplified script as the dictionary is.</summary>
    internal static bool IsActivityPhrase(string item)
    {
        var words = DomainDictionary.Segmenter.Tag(item, hmm: false);
        if (words.Count == 0 || words.Any(w => w.Word.Length < 2 || !DomainDictionary.Segmenter.ContainsWord(w.Word))) return false;
        return words[^1].Tag is "v" or "vn" && words.Take(words.Count - 1).All(w => w.Tag is "n" or "a" or "b" or "vn" or "an");
    }

    /// <summary>jieba tags technical terms nz as well as brands: a term ending in a common noun of two or more
    /// characters (伺服电机, 锂电池) is a kind of product; a brand (腾讯, 奇瑞) ends in none.</summary>
    private static bool IsTermEndingInCommonNoun(TaggedWord word)
    {
        if (word.Tag != "nz") return false;
        for (var length = word.Word.Length - 1; length >= 2; length--)
        {
            var tail = DomainDictionary.Segmenter.Tag(word.Word[^length..], hmm: false);
            if (tail.Count == 1 && CommonNounTags.Contains(tail[0].Tag)) return true;
        }
        return false;
    }

    /// <summary>Verbs by which an enumeration is named companies later in its clause
    /// (甲乙、丙丁入选国家级专精特新“小巨人”企业).</summary>
    private static readonly string[] AwardVerbs = Words["award-verbs"].ToArray();

    private const int MaxAwardHeadDistance = 24;

    /// <summary>Items of an enumeration (at least two, no 等) right before an award verb whose clause
    /// ends in a company head (企业, 公司, 名单 of 企业).</summary>
    public IReadOnlyList<(int Start, int End)> FindAwarded(string folded)
    {
        var found = new List<(int, int)>();
        foreach (var verb in AwardVerbs)
        {
            for (var at = folded.IndexOf(verb, StringComparison.Ordinal); at > 0; at = folded.IndexOf(verb, at + 1, StringComparison.Ordinal))
            {
                if (!CalledCompanies(folded, at + verb.Length)) continue;
                // The first item may follow a count with no mark between (16家某某、…): it is read longer, then cut.
                var items = ItemsBefore(folded, at, MaxEnumeratedLength);
                if (items.Count > 0) items[0] = AfterCount(folded, items[0]);
                if (items.Count == 0) items = PairBefore(folded, at);
                if (items.Count == 0 && SubjectBefore(folded, at) is { } subject) items.Add(subject);
                foreach (var item in items)
                    if (item.End - item.Start <= MaxItemLength && IsCompanyItem(folded[item.Start..item.End])) found.Add(item);
            }
        }
        return found;
    }

    /// <summary>Two names joined by 和/与/及 that make up a clause's subject right before <paramref name="at"/>
    /// (甲乙新材料和丙丁铜业入围…); a common word on either side (政府和企业) makes no pair of names.</summary>
    private static List<(int Start, int End)> PairBefore(string folded, int at)
    {
        var start = at;
        while (start > 0 && at - start <= 2 * MaxItemLength + 1 && IsItemChar(folded[start - 1])) start--;
        if (start > 0 && IsItemChar(folded[start - 1])) return new();
        var run = folded[start..at];
        if (run.Length < 5) return new();
        var joiner = run.IndexOfAny(new[] { '和', '与', '及' }, 2);
        if (joiner < 0 || run.IndexOfAny(new[] { '和', '与', '及' }, joiner + 1) >= 0) return new();
        var first = UncuedCompanyFinder.LeadingPhraseLength(run[..joiner]);
        var pair = new List<(int Start, int End)> { (start + first, start + joiner), (start + joiner + 1, at) };
        return pair.All(p => p.End - p.Start is >= 2 and <= MaxItemLength && !IsOrdinaryWord(folded[p.Start..p.End])) ? pair : new();
    }

    /// <summary>True when the award's clause names its holders companies: it ends in 企业 or 公司, or names a title only
    /// companies are given (专精特新“小巨人”, 单项冠军; [company-designations]).</summary>
    private static bool CalledCompanies(string folded, int from)
    {
        for (var j = from; j < folded.Length && j - from <= MaxAwardHeadDistance; j++)
        {
            if (TextNormalizer.ClausePunctuation.Contains(folded[j])) return false;
            if (string.CompareOrdinal(folded, j, "企业", 0, 2) == 0) return !(j + 2 < folded.Length && folded[j + 2] == '家');
            if (string.CompareOrdinal(folded, j, "公司", 0, 2) == 0) return true;
            if (UncuedCompanyFinder.CompanyDesignationAt(folded, j)) return true;
        }
        return false;
    }

    /// <summary>The one name that makes up a clause's subject right before the award verb at <paramref name="at"/>
    /// (…；麦禾光电入选…): at least three characters from the clause's start, neither a word of the dictionary nor a phrase
    /// of its common words (该公司, 我区企业, 智能制造 are no names).</summary>
    private static (int Start, int End)? SubjectBefore(string folded, int at)
    {
        var start = at;
        while (start > 0 && at - start <= MaxItemLength && IsItemChar(folded[start - 1])) start--;
        if (start > 0 && IsItemChar(folded[start - 1])) return null;
        var name = folded[start..at];
        if (name.Length < 3 || !ChineseScript.IsHan(name[0]) && !char.IsAsciiLetter(name[0])) return null;
        // 2022年入选…, 当年入选…: a time, count or pronoun opens the clause, no name.
        if (DomainDictionary.Segmenter.Tag(name, hmm: false)[0].Tag is "t" or "m" or "q" or "r" or "f") return null;
        if (IsOrdinaryWord(name) || IsSegmentedIntoKnownWordsOnly(name)) return null;
        return (start, at);
    }

    /// <summary>The item less a count that leads it (16家某某 → 某某): a list's first item often follows the number of its
    /// items with no mark between.</summary>
    private static (int Start, int End) AfterCount(string folded, (int Start, int End) item)
    {
        for (var i = item.End - 3; i > item.Start; i--)
            if (folded[i] is '家' or '个' or '個' && char.IsAsciiDigit(folded[i - 1])) return (i + 1, item.End);
        return item;
    }

    /// <summary>Spans of enumerations of products or channels (…、某某视频等视频号): no company inside.</summary>
    public IReadOnlyList<(int Start, int End)> FindProductLists(string folded)
    {
        var found = new List<(int, int)>();
        foreach (var (deng, head, _) in EnumerationEnds(folded))
        {
            if (!ProductHeads.Contains(head)) continue;
            var items = ItemsBefore(folded, deng);
            if (items.Count >= 2) found.Add((items[0].Start, deng));
        }
        return found;
    }

    /// <summary>True for a head after 等 that makes the items products, brands or apps (名牌产品, 视频号).</summary>
    internal static bool IsProductHead(string head) => ProductHeads.Contains(head);

    /// <summary>Words that call the name right after them a company (园区企业某某, 龙头企业某某).</summary>
    private static readonly string[] AppositionCues = Words["apposition-cues"].ToArray();

    /// <summary>Words that start the clause after such a name (首创, 持续, 已, 的): they end the name.</summary>
    private static readonly string[] ClauseStarts = Words["clause-starts"].ToArray();

    private const int MaxAppositionLength = 8;

    /// <summary>Words that make what follows 龙头企业 a statement about companies (龙头企业引领作用, 数量, 规模).</summary>
    private static readonly string[] AboutCompanies = Words["about-companies"].ToArray();

    /// <summary>A name of 2–8 characters right after a word calling it a company and ended by the start
    /// of a clause (园区企业某某电子持续发力 → 某某电子), unless it is an ordinary word (龙头企业数量已…).</summary>
    public IReadOnlyList<(int Start, int End)> FindAppositions(string folded)
    {
        var found = new List<(int, int)>();
        foreach (var cue in AppositionCues)
        {
            for (var at = folded.IndexOf(cue, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(cue, at + 1, StringComparison.Ordinal))
            {
                var start = at + cue.Length;
                var end = -1;
                for (var p = start; p < folded.Length && p - start <= MaxAppositionLength; p++)
                {
                    // Only the start of a clause ends the name: punctuation first means a phrase (龙头企业带动作用明显。).
                    if (!ChineseScript.IsHan(folded[p]) && !char.IsAsciiLetterOrDigit(folded[p])) break;
                    if (ClauseStarts.Any(w => string.CompareOrdinal(folded, p, w, 0, w.Length) == 0))
                    {
                        end = p;
                        break;
                    }
                }
                // 企业家, 企业们, 企业化: the cue word is part of a longer word.
                if (end - start < 2 || "家们化界级型类群".Contains(folded[start])) continue;
                var name = folded[start..end];
                if (IsCompanyItem(name) && !IsOrdinaryWord(name) && !AboutCompanies.Any(w => name.Contains(w, StringComparison.Ordinal)))
                    found.Add((start, end));
            }
        }
        return found;
    }

    /// <summary>True when the dictionary knows the name as a word (数量, 新建) or it starts with a common
    /// verb or adverb (进行彻查): a phrase, not a name. The dictionary's word list is used, not its tags.</summary>
    internal static bool IsOrdinaryWord(string name)
    {
        var data = JiebaData.Instance;
        var node = data.Find(name);
        if (node != 0 && data.Nodes[node].Freq > 0) return true;
        return CommonVerbs.Any(v => name.StartsWith(v, StringComparison.Ordinal));
    }

    private static readonly string[] CommonVerbs = Words["common-verbs"].ToArray();

    /// <summary>Banks written as a known place, or any short name before 农村商业银行 and the like.</summary>
    public IReadOnlyList<(int Start, int End)> FindBanks(string folded)
    {
        var found = new List<(int, int)>();
        foreach (Match m in BankPattern.Matches(folded))
        {
            var end = m.Index + m.Length;
            if (end < folded.Length && folded[end] is '业' or '卡' or '家' or '间' or '系') continue; // 银行业, 银行卡, 银行家
            var runStart = m.Index;
            while (runStart > 0 && m.Index - runStart < 8 && ChineseScript.IsHan(folded[runStart - 1]) && !ClauseStops.Contains(folded[runStart - 1]))
                runStart--;
            var run = folded[runStart..m.Index];
            var start = -1;
            for (var length = Math.Min(6, run.Length); length >= 2 && start < 0; length--)
            {
                var candidate = run[^length..];
                if (_places.IsKnownPlace(candidate.TrimEnd('市', '省'))) start = m.Index - length;
            }
            if (start < 0 && m.Value != "银行" && m.Value != "商业银行")
            {
                var cut = LastBreak(run);
                var name = run[cut..];
                if (name.Length is >= 2 and <= 4) start = m.Index - name.Length;
            }
            if (start < 0 && m.Value == "银行") start = PlaceAndNameBankStart(run, m.Index);
            if (start >= 0) found.Add((start, end));
        }
        return found;
    }

    /// <summary>A bank written as a province or city and a name of its own (福建某某银行, 宁波某某银行):
    /// start index, or -1. Quantities and determiners (北京多家银行, 各) make a description instead.</summary>
    private int PlaceAndNameBankStart(string run, int bankIndex)
    {
        var name = run[LastBreak(run)..];
        if (name.Length is < 4 or > 6 || name.Any(c => "家些各多几该本这那某每个所".Contains(c))) return -1;
        for (var placeLength = 3; placeLength >= 2; placeLength--)
        {
            var rest = name[placeLength..];
            if (rest.Length is >= 2 and <= 3 && _places.IsKnownPlace(name[..placeLength]) && !_places.IsKnownPlace(rest) &&
                EnterpriseNameBoundary.IsPlausibleName(rest))
                return bankIndex - name.Length;
        }
        return -1;
    }

    /// <summary>True when an institute's word follows right after <paramref name="end"/> (某某新能源研究院, 某某医院): the name
    /// before it names the institute, which is no company.</summary>
    public static bool NamesAnInstitute(string folded, int end) =>
        QualifiedHeads.Any(h => string.CompareOrdinal(folded, end, h, 0, h.Length) == 0);

    /// <summary>True when the company name ending at <paramref name="end"/> only qualifies a project, park or
    /// institute written right after it (某某科技研究院, 某某新能源四期), not a base in a place (某某重庆产业基地).</summary>
    public static bool QualifiesAnotherName(string folded, int end, ZoneGazetteer places)
    {
        var stop = end;
        var depth = 0;
        while (stop < folded.Length && stop - end < 14)
        {
            var c = folded[stop];
            if (c == '(') depth++;
            else if (c == ')') { if (depth == 0) break; depth--; }
            else if (QualifierStops.Contains(c) && depth == 0) break;
            stop++;
        }
        if (stop == end) return false;
        var tail = folded[end..stop];
        var inPlace = StartsWithPlace(tail, places);
        for (var i = 0; i < tail.Length; i++)
        {
            // A verb before the head makes the head the object of a clause (华为公司合作建设研究院).
            if (ClauseVerbChars.Contains(tail[i])) return false;
            if (QualifiedHeads.Any(h => string.CompareOrdinal(tail, i, h, 0, h.Length) == 0)) return true;
            if (inPlace) continue;
            if (ProjectHeads.Any(h => string.CompareOrdinal(tail, i, h, 0, h.Length) == 0)) return true;
            // A project phase: 某某新能源四期, 某某二期.
            if (i > 0 && tail[i] == '期' && "一二三四五六七八九十0123456789".Contains(tail[i - 1])) return true;
        }
        return false;
    }

    /// <summary>True when <paramref name="text"/> starts with a known place or a region companies name their bases by (华东).</summary>
    private static bool StartsWithPlace(string text, ZoneGazetteer places)
    {
        if (UncuedCompanyFinder.OwnerRegions.Any(r => text.StartsWith(r, StringComparison.Ordinal))) return true;
        for (var length = Math.Min(4, text.Length - 1); length >= 2; length--)
            if (places.IsKnownPlace(text[..length])) return true;
        return false;
    }

    /// <summary>Characters of verbs that start a clause after a company name (签约, 建设, 合作, 成立).</summary>
    private const string ClauseVerbChars = "建设签落推合作发布举办成立投揭启深共携联助牵打引入获荣位";

    private const string CountDigits = "0123456789一二两三四五六七八九十";

    /// <summary>Where an enumeration ends: every 等, and every count of 家 written right after a list's last item
    /// without 等 (甲、乙2家企业, 甲、乙两家企业).</summary>
    private static IEnumerable<int> EnumerationMarks(string folded)
    {
        for (var i = NextMarkCandidate(folded, 1); i >= 0; i = NextMarkCandidate(folded, i + 1))
        {
            if (folded[i] == '等') { yield return i; continue; }
            if (CountDigits.Contains(folded[i - 1]) || !IsItemChar(folded[i - 1])) continue;
            var j = i;
            while (j < folded.Length && CountDigits.Contains(folded[j])) j++;
            if (j < folded.Length && folded[j] == '家' && j - i <= 3 && folded.LastIndexOf('、', i - 1, Math.Min(i, MaxItemLength + 1)) >= 0)
                yield return i;
        }
    }

    /// <summary>The characters an enumeration mark starts with: 等 and the count digits.</summary>
    private static readonly System.Buffers.SearchValues<char> MarkStarts = System.Buffers.SearchValues.Create("等" + CountDigits);

    private static int NextMarkCandidate(string folded, int from)
    {
        if (from >= folded.Length) return -1;
        var next = folded.AsSpan(from).IndexOfAny(MarkStarts);
        return next < 0 ? -1 : from + next;
    }

    /// <summary>The heads looked for after 等, company heads first.</summary>
    private static readonly Text.WordIndex EnumerationHeads = new(CompanyHeads.Concat(ProductHeads));

    /// <summary>The last text's enumeration ends on this thread: the resolver asks for them three times per body
    /// (companies, products, list mates), and they depend on the text alone.</summary>
    [ThreadStatic] private static (string Text, List<(int Deng, string Head, int HeadEnd)> Ends) _lastEnumerationEnds;

    /// <summary>Every 等 (or count of 家) followed, within a clause, by one of the known heads: the mark's index, the
    /// head and where it ends.</summary>
    internal static IReadOnlyList<(int Deng, string Head, int HeadEnd)> EnumerationEnds(string folded)
    {
        var last = _lastEnumerationEnds;
        if (ReferenceEquals(last.Text, folded)) return last.Ends;
        var ends = FindEnumerationEnds(folded).ToList();
        _lastEnumerationEnds = (folded, ends);
        return ends;
    }

    private static IEnumerable<(int Deng, string Head, int HeadEnd)> FindEnumerationEnds(string folded)
    {
        foreach (var i in EnumerationMarks(folded))
        {
            if (i + 1 < folded.Length && folded[i + 1] is '级' or '于' or '同' or '待' or '候') continue; // 等级, 等于, 等同
            for (var j = i + 1; j < folded.Length && j - i <= MaxHeadDistance; j++)
            {
                if (ClauseStops.Contains(folded[j]) || folded[j] == '、') break;
                var head = EnumerationHeads.FirstAt(folded, j);
                // 等54个重大项目: a list of projects (等项目企业: the companies that follow are the head).
                if (head == null && string.CompareOrdinal(folded, j, ProjectHead, 0, ProjectHead.Length) == 0 &&
                    !CompanyHeads.Any(h => string.CompareOrdinal(folded, j + ProjectHead.Length, h, 0, h.Length) == 0))
                    head = ProjectHead;
                if (head == null) continue;
                // 等龙头企业, 等巨头公司: the head is the company word that follows.
                var longer = new[] { "企业", "公司" }.FirstOrDefault(h => string.CompareOrdinal(folded, j + head.Length, h, 0, h.Length) == 0);
                if (longer != null && head is not ("企业" or "公司") && CompanyHeads.Contains(head))
                {
                    j += head.Length;
                    head = longer;
                }
                var between = folded[(i + 1)..j];
                if (!IndustryMarkers.Any(m => between.Contains(m, StringComparison.Ordinal)) || CountsCompanies(between)) yield return (i, head, j + head.Length);
                break;
            }
        }
    }

    /// <summary>A count of companies right after 等 (等多家…行业领军企业, 等12家…): industries are not counted in 家, so an
    /// industry word after it (行业, 领域) qualifies the companies; 的 still makes the items qualify the head.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:多|数|几|近|超|[0-9]+|[一二三四五六七八九十两百]+)余?家(?!.*[的地])")]
    private static partial System.Text.RegularExpressions.Regex CompanyCount { get; }

    private static bool CountsCompanies(string between) => CompanyCount.IsMatch(between);

    /// <summary>One name before 等 right after a verb that introduces companies (依托某某炼化等企业): an
    /// enumeration cut short; a dictionary word (我们等企业) or a kind of product is no name.</summary>
    private static (int Start, int End)? SingleItemAfterLead(string folded, int deng)
    {
        var start = deng;
        while (start > 0 && IsItemChar(folded[start - 1]) && deng - start <= MaxItemLength) start--;
        var run = folded[start..deng];
        var cut = LastBreak(run);
        if (cut == 0 || run.Length - cut < 3 || run.Length - cut > MaxItemLength) return null;
        var name = run[cut..];
        return IsOrdinaryWord(name) || IsSegmentedIntoKnownWordsOnly(name) ? null : (start + cut, deng);
    }

    /// <summary>A phrase of dictionary words where none is a name (新能源汽车): names are tagged ns/nr/nt/nz
    /// or unknown to the dictionary.</summary>
    internal static bool IsSegmentedIntoKnownWordsOnly(string text)
    {
        var words = DomainDictionary.Segmenter.Tag(text, hmm: false);
        return words.All(w => DomainDictionary.Segmenter.ContainsWord(w.Word) && !w.Tag.StartsWith('n') || CommonNounTags.Contains(w.Tag));
    }

    private static bool IsItemChar(char c) => ChineseScript.IsHan(c) || char.IsAsciiLetterOrDigit(c) || c is '·' or '&';

    /// <summary>The 、-separated items before 等, the first cut after its leading context.</summary>
    internal static List<(int Start, int End)> ItemsBefore(string folded, int deng, int maxItemLength = MaxItemLength)
    {
        var items = new List<(int Start, int End)>();
        var end = deng;
        while (end > 0)
        {
            var start = end;
            while (start > 0 && end - start <= 40)
            {
                var c = folded[start - 1];
                // A declaration after a full name (某某有限公司(以下简称某某)) stays inside its item.
                if (c == ')' && folded.LastIndexOf('(', start - 1, Math.Min(start, 24)) is var open and >= 0 &&
                    folded.AsSpan(open, start - open).Contains('称'))
                {
                    start = open;
                    continue;
                }
                // Symbols before an item (△某某科技, ●) end the clause like punctuation.
                if (ClauseStops.Contains(c) || c == '、' || !IsItemChar(c) && c is not ('(' or ')')) break;
                start--;
            }
            var afterDelimiter = start > 0 && folded[start - 1] == '、';
            if (!afterDelimiter)
            {
                // The first item: after the last breaker word of the clause, if it stays short.
                var run = folded[start..end];
                var cut = LastBreak(run);
                if (run.Length - cut >= 2 && run.Length - cut <= maxItemLength) items.Add((start + cut, end));
                break;
            }
            // A full name among short names (某某有限公司(以下简称某某)) is skipped, not the end of the enumeration.
            if (end - start > MaxEnumeratedLength && !IsFullNameItem(folded[start..end])) break;
            if (end - start >= 2 && end - start <= maxItemLength) items.Add((start, end));
            end = start - 1;
        }
        items.Reverse();
        // A single item is a phrase before 等, not an enumeration (我们等企业); one after a 、 is the last of an enumeration
        // whose other items are too long to be names (华中某某大学生物医学中心、某某二期等项目).
        return items.Count >= 2 || items.Count == 1 && items[0].Start > 0 && folded[items[0].Start - 1] == '、' ? items : new List<(int Start, int End)>();
    }

    private static bool IsFullNameItem(string item)
    {
        var core = EnterpriseNameBoundary.StripParentheses(item);
        return core.EndsWith("公司", StringComparison.Ordinal) || core.EndsWith("集团", StringComparison.Ordinal);
    }

    /// <summary>Index after the last breaker word in <paramref name="run"/>, 0 when none; a breaker counts only
    /// when at least two characters follow it, unless <paramref name="anywhere"/> (园区的 → 3).</summary>
    internal static int LastBreak(string run, bool anywhere = false)
    {
        var cut = 0;
        for (var i = 0; i < run.Length; i++)
            foreach (var word in LeadBreakerIndex.StartingWith(run[i]))
                if (string.CompareOrdinal(run, i, word, 0, word.Length) == 0 && (anywhere || i + word.Length < run.Length - 1))
                    cut = Math.Max(cut, i + word.Length);
        return cut;
    }

    /// <summary>市, 省, 区, 县: taken off an item before asking whether it is a place (made once: the item test runs often).</summary>
    private static readonly char[] DivisionSuffixes = ['市', '省', '区', '县'];

    internal bool IsCompanyItem(string item)
    {
        if (item.Any(c => !(ChineseScript.IsHan(c) || char.IsAsciiLetterOrDigit(c) || c is '(' or ')' or '·' or '&')))
            return false;
        var core = EnterpriseNameBoundary.StripParentheses(item);
        if (core.Length < 2 || core.All(char.IsAsciiDigit) || IsCount(core)) return false;
        if (!EnterpriseNameBoundary.IsPlausibleName(core)) return false;
        // 某市副市长某某: a person by office.
        if (UncuedCompanyFinder.HoldsPersonTitle(core)) return false;
        if (NonCompanyEndings.Any(e => core.EndsWith(e, StringComparison.Ordinal)) &&
            !CompanyEndingsLikeBodies.Any(e => core.EndsWith(e, StringComparison.Ordinal))) return false;
        if (_places.IsKnownPlace(core) || _places.IsKnownPlace(core.TrimEnd(DivisionSuffixes))) return false;
        // 来自德国、俄罗斯、意大利等国家的外资企业: countries, and where items come from, name no company.
        if (core.StartsWith("来自", StringComparison.Ordinal) || UncuedCompanyFinder.CountryPrefixes.Contains(core)) return false;
        if (CommonVerbs.Any(v => core.StartsWith(v, StringComparison.Ordinal))) return false;
        // 精密加工、电子装配等企业, 在基础设施、配套建设等方面: a kind of work names no company; one ending in a trade word
        // (国药 + 控股) or a known name's whole may.
        if (IsActivityPhrase(core) && EnterpriseShortForms.TradeWordEnding(core) == null && !IsHandListedName(core)) return false;
        return !IsKindOfBusiness(core);
    }

    /// <summary>Digits and a unit, perhaps with 多/余 or a scale between (入驻企业100家以上, 20余家, 30亿元): a count or amount,
    /// not a name (360安全 is one).</summary>
    private static bool IsCount(string core)
    {
        var digits = 0;
        while (digits < core.Length && (char.IsAsciiDigit(core[digits]) || core[digits] == '.')) digits++;
        if (digits == 0) return false;
        // 30億元: units are matched in Simplified script.
        var rest = Text.ChineseScript.ToSimplified(core[digits..].TrimStart('多', '余', '餘')).TrimStart('十', '百', '千', '万', '亿');
        return rest.Length > 0 && Figures.UnitLexicon.MatchUnit(rest, 0) == rest;
    }

    /// <summary>An item made only of trade words and generic modifiers names a kind of business (新能源汽车, 高端装备).</summary>
    private static bool IsKindOfBusiness(string core)
    {
        var rest = core;
        while (true)
        {
            if (rest.Length == 0 || GenericModifiers.Contains(rest) || EnterpriseShortForms.IsTradeWord(rest)) return true;
            var word = EnterpriseShortForms.TradeWordEnding(rest);
            if (word == null) return false;
            rest = rest[..^word.Length];
        }
    }
}
