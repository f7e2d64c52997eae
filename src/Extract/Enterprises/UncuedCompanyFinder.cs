using System.Buffers;
using System.Text.RegularExpressions;
using Pipeline.Extract.Lexicon;
using Pipeline.Extract.Resources;
using Pipeline.Extract.Segmentation;
using Pipeline.Extract.Text;
using Pipeline.Extract.Zones;

namespace Pipeline.Extract.Enterprises;

/// <summary>
/// Extractor for companies named with no company word around them (cue lists in
/// Resources/enterprise-name-cues.txt):
/// <list type="bullet">
/// <item>a name shaped like a company's (a stem and a trade word: 蜜蜂科技) as the subject of a clause
/// (<c>蜜蜂科技拟投资…</c>) or as the owner of a base (<c>蜜蜂科技华东总部</c>, <c>某某智能成都产业园</c>);</item>
/// <item>a foreign company written with a gloss (<c>NVIDIA(英伟达)</c>, <c>英伟达(NVIDIA)</c>);</item>
/// <item>the other items of a 、-list one item of which is a company already (<c>华为、蜜蜂、白山云营收分别…</c>).</item>
/// </list>
/// Works on folded text; offsets are the caller's.
/// </summary>
internal sealed partial class UncuedCompanyFinder
{
    public const string FileName = "enterprise-name-cues.txt";

    private const int MaxStemLength = 6;
    private const int MinStemLength = 2;

    private static readonly Lazy<ResourceFile> Cues = new(() => ResourceFile.Load(FileName));

    private readonly ZoneGazetteer _places;
    private readonly ContextCompanyFinder _context;
    private readonly WordIndex _tradeEndings;
    private readonly string[] _financeEndings;
    private readonly HashSet<string> _nonStems;
    private readonly System.Buffers.SearchValues<char> _tradeFirstChars;
    private readonly WordIndex _subjectCues;
    private readonly WordIndex _ownerHeads;
    private readonly WordIndex _ownerRegions;
    private readonly WordIndex _ownerSites;
    private readonly string[] _projectTails;
    private readonly WordIndex _ownedPhases;
    private readonly WordIndex _phaseHeads;
    private readonly WordIndex _listIntroducers;
    private readonly string[] _projectWorks;
    private readonly WordIndex _companyNouns;
    private readonly string[] _marketWords;
    private readonly WordIndex _namePrefixes;
    private readonly WordIndex _prefixedNameEnds;
    private readonly string[] _companyContextAfter;
    private readonly HashSet<char> _surnames;
    private readonly string[] _personListLeads;
    private readonly string[] _personHonorifics;
    private readonly string[] _listingVenues;
    private readonly string[] _beforeListingVenues;

    /// <summary>Places outside the mainland gazetteer that start companies' names (香港某某科技园公司, 台北某某).</summary>
    internal static bool IsPlaceOutsideGazetteer(string text) => LazyOutsidePlaces.Value.Contains(text);

    private static readonly Lazy<HashSet<string>> LazyOutsidePlaces = new(() => new HashSet<string>(Section(Cues.Value, "places-outside-gazetteer")));

    /// <summary>True when the text holds an office a person holds (副市长, 总领事, 董事长): a list item naming a person.</summary>
    internal static bool HoldsPersonTitle(string text)
    {
        // The titles are written in Simplified script; Taiwan and Hong Kong lists write them in Traditional (次長, 署長).
        text = ChineseScript.ToSimplified(text);
        foreach (var title in LazyPersonTitles.Value)
            if (text.Contains(title, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>True when an office a person holds (总裁, 副市长) starts at <paramref name="at"/>.</summary>
    internal static bool StartsWithPersonTitle(string text, int at)
    {
        foreach (var title in LazyPersonTitles.Value)
            if (string.CompareOrdinal(text, at, title, 0, title.Length) == 0) return true;
        return false;
    }

    /// <summary>[person-titles] and the company offices of [company-context-after] (董事长, 总经理, 总裁, 首席执行官).</summary>
    private static readonly Lazy<string[]> LazyPersonTitles = new(() =>
        Section(Cues.Value, "person-titles")
            .Concat(Section(Cues.Value, "company-context-after").Where(w => w.EndsWith('长') || w.EndsWith("经理") || w.EndsWith("总裁") || w.EndsWith("官")))
            .Distinct().ToArray());

    /// <summary>Words that end a company's short name after a stem of its own (科技, 智能, 半导体).</summary>
    internal static IReadOnlyList<string> TradeEndings => LazyTradeEndings.Value;

    private static readonly Lazy<string[]> LazyTradeEndings = new(() => Section(Cues.Value, "trade-endings"));

    /// <summary>The characters that open a trade ending: a trade word starts only at one of them, so a position holding
    /// another is passed without comparing it with every ending.</summary>
    internal static SearchValues<char> TradeEndingFirstChars => LazyTradeEndingChars.Value.First;

    /// <summary>The characters a trade ending holds after its first: a name cut inside a trade word is completed only by
    /// text that starts with one of them.</summary>
    internal static SearchValues<char> TradeEndingLaterChars => LazyTradeEndingChars.Value.Later;

    private static readonly Lazy<(SearchValues<char> First, SearchValues<char> Later)> LazyTradeEndingChars = new(() =>
        (SearchValues.Create(LazyTradeEndings.Value.Where(t => t.Length > 0).Select(t => t[0]).Distinct().ToArray()),
         SearchValues.Create(LazyTradeEndings.Value.SelectMany(t => t.Skip(1)).Distinct().ToArray())));

    /// <summary>True when a title only companies are given ([company-designations]: 专精特新, 小巨人, 单项冠军) starts at
    /// <paramref name="at"/>.</summary>
    internal static bool CompanyDesignationAt(string text, int at) => LazyCompanyDesignations.Value.FirstAt(text, at) != null;

    private static readonly Lazy<WordIndex> LazyCompanyDesignations = new(() => new WordIndex(Section(Cues.Value, "company-designations")));

    /// <summary>Regions written between a company and what it owns there (华东, 西南), longest first.</summary>
    internal static IReadOnlyList<string> OwnerRegions => LazyOwnerRegions.Value;

    private static readonly Lazy<string[]> LazyOwnerRegions = new(() => Section(Cues.Value, "owner-regions"));

    public UncuedCompanyFinder(ZoneGazetteer places, ContextCompanyFinder context)
    {
        _places = places;
        _context = context;
        var cues = Cues.Value;
        _tradeEndings = new WordIndex(Section(cues, "trade-endings"));
        _financeEndings = Section(cues, "finance-endings");
        _nonStems = new HashSet<string>(Section(cues, "non-stems"));
        _tradeFirstChars = System.Buffers.SearchValues.Create(_tradeEndings.Select(w => w[0]).Distinct().ToArray());
        _subjectCues = new WordIndex(Section(cues, "subject-cues"));
        _ownerHeads = new WordIndex(Section(cues, "owner-heads"));
        _ownerRegions = new WordIndex(LazyOwnerRegions.Value);
        _ownerSites = new WordIndex(Section(cues, "owner-sites"));
        _projectTails = Section(cues, "project-tails");
        _ownedPhases = new WordIndex(Section(cues, "owned-phases"));
        _phaseHeads = new WordIndex(Section(cues, "phase-heads"));
        _listIntroducers = new WordIndex(Section(cues, "list-introducers"));
        _projectWorks = Section(cues, "project-works");
        _companyNouns = new WordIndex(Section(cues, "company-nouns"));
        _marketWords = Section(cues, "market-words");
        _namePrefixes = new WordIndex(LazyNamePrefixes.Value);
        _prefixedNameEnds = new WordIndex(Section(cues, "prefixed-name-ends"));
        _companyContextAfter = Section(cues, "company-context-after");
        _surnames = new HashSet<char>(string.Concat(cues["common-surnames"]));
        _personListLeads = Section(cues, "person-list-leads").Concat(LazyPersonTitles.Value).Distinct().OrderByDescending(w => w.Length).ToArray();
        _personHonorifics = Section(cues, "person-honorifics");
        _listingVenues = Section(cues, "listing-venues");
        _beforeListingVenues = Section(cues, "before-listing-venues");
        Ambiguous = AmbiguousCompanyNames.Default;
    }

    /// <summary>Well-known companies whose names are also common words (苹果, 大众), read where a page calls them companies.</summary>
    internal AmbiguousCompanyNames Ambiguous { get; }

    /// <summary>A section's words, longest first.</summary>
    private static string[] Section(ResourceFile cues, string name) => cues[name].OrderByDescending(w => w.Length).ToArray();

    // ------------------------------------------------------------------ names shaped like companies

    /// <summary>Names of a stem and a trade word that start a clause and are followed by a subject cue
    /// (拟, 宣布, 投资) or, with an optional region or place, by what a company owns (总部, 产业园, 二期).</summary>
    public IReadOnlyList<(int Start, int End)> FindShapedNames(string folded)
    {
        var found = new List<(int, int)>();
        for (var i = 2; i < folded.Length; i++)
        {
            var next = folded.AsSpan(i).IndexOfAny(_tradeFirstChars);
            if (next < 0) break;
            i += next;
            var trade = EndingAt(folded, i, _tradeEndings);
            if (trade == null) continue;
            var end = i + trade.Length;
            // 某某科技股份: the longest run of trade words ends the name.
            while (EndingAt(folded, end, _tradeEndings) is { } more) end += more.Length;
            var phase = IsFollowedByOwnedPhase(folded, end);
            if (!phase && !IsFollowedByCue(folded, end)) { i = end - 1; continue; }
            var start = NameStart(folded, i);
            // 比亚迪新能源二期项目: a known company's name and a trade before a phase name its project; a coined stem is
            // the only name an unknown company has.
            if (start >= 0 && IsShapedName(folded[start..end], folded[start..i]) && !(phase && _context.IsHandListedName(folded[start..i])))
                found.Add((start, end));
            i = end - 1;
        }
        AddCoinedOwners(folded, found);
        AddFinancePlatforms(folded, found);
        return found;
    }

    /// <summary>Nouns that call the name written right after them a company (电池制造厂商某某能源, 500强企业某某控股).</summary>
    internal static readonly string[] AppositionHeads = { "企业", "厂商", "厂家", "巨头", "龙头", "车企", "药企", "子公司", "下属公司", "旗下公司" };

    /// <summary>Punctuation that ends a name standing in apposition.</summary>
    private const string AppositionEnds = "，,。；;：:、！!？?)）\n ";

    /// <summary>Names shaped like companies' (a stem and trade words) right after a noun calling them companies and
    /// ending where a clause goes on (…厂商某某能源去年宣布…, …500强企业某某控股，…).</summary>
    public IReadOnlyList<(int Start, int End)> FindShapedAppositions(string folded)
    {
        var found = new List<(int, int)>();
        foreach (var head in AppositionHeads)
            for (var at = folded.Length > 1 ? TextCharacters.IndexOf(folded, head, 1) : -1; at > 0; at = folded.IndexOf(head, at + 1, StringComparison.Ordinal))
            {
                var start = at + head.Length;
                if (start >= folded.Length || "家们化界级型类群".Contains(folded[start])) continue;
                // 龙头企业某某: the name follows the whole noun.
                if (AppositionHeads.Any(h => string.CompareOrdinal(folded, start, h, 0, h.Length) == 0) ||
                    string.CompareOrdinal(folded, start, "公司", 0, 2) == 0) continue;
                for (var stem = MinStemLength; stem <= MaxStemLength && start + stem < folded.Length; stem++)
                {
                    if (!ChineseScript.IsHan(folded[start + stem - 1])) break;
                    if (EndingAt(folded, start + stem, _tradeEndings) is not { } trade) continue;
                    var end = start + stem + trade.Length;
                    while (EndingAt(folded, end, _tradeEndings) is { } more) end += more.Length;
                    var ended = end == folded.Length || AppositionEnds.Contains(folded[end]) || IsFollowedByCue(folded, end);
                    if (ended && IsShapedName(folded[start..end], folded[start..(start + stem)])) found.Add((start, end));
                    break;
                }
            }
        return found;
    }

    /// <summary>Names with no trade word before what only a company has (某某董事长, 某某旗下, 某某股价): the name starts a
    /// clause and is coined (no dictionary words: 岚芯, 沃肯) or one proper noun of the dictionary, not a person's name,
    /// place, public body or phrase.</summary>
    public IReadOnlyList<(int Start, int End)> FindNamesBeforeCompanyContext(string folded)
    {
        var found = new List<(int Start, int End)>();
        foreach (var cue in _companyContextAfter)
            for (var at = folded.Length > 2 ? TextCharacters.IndexOf(folded, cue, 2) : -1; at > 0; at = folded.IndexOf(cue, at + cue.Length, StringComparison.Ordinal))
            {
                // 公司副总经理, 联合创始人: a longer cue ends here, and what is before it is read with that cue.
                if (_companyContextAfter.Any(c => c.Length > cue.Length && c.EndsWith(cue, StringComparison.Ordinal) &&
                                                  at >= c.Length - cue.Length && string.CompareOrdinal(folded, at - (c.Length - cue.Length), c, 0, c.Length) == 0))
                    continue;
                var start = NameStart(folded, at);
                if (start < 0 || Ranges.Overlaps(found, start, at)) continue;
                start += LeadingPhraseLength(folded[start..at]);
                if (at - start >= MinStemLength && CueStartsAWord(folded, start, at, cue) && IsNameWithoutTrade(folded[start..at])) found.Add((start, at));
            }
        return found;
    }

    /// <summary>True when the segmenter begins a word where the cue begins: 北京青年报 holds 年报 inside 青年报, a newspaper, no
    /// company's annual report.</summary>
    private static bool CueStartsAWord(string folded, int start, int at, string cue)
    {
        var cut = 0;
        foreach (var word in DomainDictionary.Segmenter.Tag(folded[start..(at + cue.Length)], hmm: false))
        {
            if (cut == at - start) return true;
            if ((cut += word.Word.Length) > at - start) return false;
        }
        return cut == at - start;
    }

    private bool IsNameWithoutTrade(string name)
    {
        // 医材厂商: makers of a kind (厂商, 供应商), a place or a public body, not a name.
        if (DescriptiveStarts.Contains(name[0]) || "区市省县镇村商".Contains(name[^1]) || StartsLikeAPhrase(name)) return false;
        if (_places.IsKnownPlace(name) || _nonStems.Contains(name) || EnterpriseShortForms.IsGenericWord(name) || !_context.IsCompanyItem(name)) return false;
        // 科创板年报, 创业板市值: a market or board has reports and a value too, and is no company.
        if (_marketWords.Contains(name)) return false;
        var words = DomainDictionary.Segmenter.Tag(name, hmm: false);
        if (HoldsClauseWords(words)) return false;
        // 张建国董事长, 陈立总经理: a person's name (one word tagged nr, or a common surname and one or two characters).
        if (words.Count == 1 && words[0].Tag.StartsWith("nr", StringComparison.Ordinal)) return false;
        if (name.Length <= 3 && _surnames.Contains(name[0])) return false;
        if (words.Count == 1 && words[0].Tag is "nt" or "nz") return true;
        return IsCoinedStem(name) && !ContextCompanyFinder.IsOrdinaryWord(name);
    }

    private const int MaxPrefixedName = 10;

    /// <summary>Names right after a word saying whose company follows or what it makes (日商某某科技、…; 美商某某在…;
    /// 处理商某某国际电子迁厂 → 某某国际电子): the name ends at punctuation, at a word starting a clause
    /// (<c>[prefixed-name-ends]</c>), or after its trade words when other words follow (某某电机竹科新厂); it must
    /// look like a name (coined, a proper noun, or a stem and trade words), not a word or phrase (台商投资, 外商独资).</summary>
    public IReadOnlyList<(int Start, int End)> FindPrefixedNames(string folded)
    {
        var found = new List<(int Start, int End)>();
        foreach (var prefix in _namePrefixes)
            for (var at = TextCharacters.IndexOf(folded, prefix); at >= 0; at = folded.IndexOf(prefix, at + prefix.Length, StringComparison.Ordinal))
            {
                var start = at + prefix.Length;
                // 厂商美商某某: the name comes after the last prefix; 制造厂商某某: the prefix is the longer word 厂商.
                if (EndingAt(folded, start, _namePrefixes) != null || OverlapsLongerPrefix(folded, at, start)) continue;
                // 龙头企业…, 巨头公司: the prefix begins a longer company noun, and no name follows it.
                if (EndingAt(folded, start, _companyNouns) != null) continue;
                var end = PrefixedNameEnd(folded, start);
                // 厂商某某(Latin)公司: a bracket goes on to a longer name, which the registered and bare-公司 rules read.
                if (end < folded.Length && end > 0 && folded[end] == '(') continue;
                if (end - start >= MinStemLength && IsPrefixedName(folded[start..end]) && !Ranges.Overlaps(found, start, end))
                    found.Add((start, end));
            }
        return found;
    }

    /// <summary>Length of the prefix (日商, 制造商) a found name begins with, when a name of two characters or more
    /// follows it (日商某某精工 → 某某精工), or of its country before a coined stem and trade words (韩国某某汽车 → 某某汽车),
    /// else 0: other rules read the prefix as part of the name.</summary>
    internal static int NamePrefixLength(string folded, int start, int end)
    {
        foreach (var prefix in LazyNamePrefixes.Value)
            if (end - start - prefix.Length >= MinStemLength && string.CompareOrdinal(folded, start, prefix, 0, prefix.Length) == 0) return prefix.Length;
        return CountryPrefixLength(folded, start, end);
    }

    private static readonly Lazy<string[]> LazyNamePrefixes = new(() => Section(Cues.Value, "name-prefixes"));

    /// <summary>Words right before a company's name that say whose it is or what it makes (<c>[name-prefixes]</c>: 日商, 大厂).</summary>
    internal static IReadOnlyList<string> NamePrefixes => LazyNamePrefixes.Value;

    /// <summary>End of a name written after a prefix, or -1 when none ends within reach.</summary>
    private int PrefixedNameEnd(string folded, int start)
    {
        var limit = Math.Min(folded.Length, start + MaxPrefixedName + 1);
        for (var p = start; p < limit; p++)
        {
            var c = folded[p];
            if (!ChineseScript.IsHan(c) && !char.IsAsciiLetterOrDigit(c) || EndingAt(folded, p, _prefixedNameEnds) != null) return p;
            if (p - start < MinStemLength) continue;
            // 某某电机竹科新厂, 某某企业台南永康厂: the trade words end the name, and a place after them starts something else.
            var trade = EndingAt(folded, p, _tradeEndings) ?? (string.CompareOrdinal(folded, p, "企业", 0, 2) == 0 ? "企业" : null);
            if (trade != null)
            {
                var end = p + trade.Length;
                while (EndingAt(folded, end, _tradeEndings) is { } more) end += more.Length;
                if (end >= folded.Length || !ChineseScript.IsHan(folded[end]) || EndingAt(folded, end, _prefixedNameEnds) != null ||
                    _places.IsKnownPlace(folded.Substring(end, Math.Min(2, folded.Length - end))) || !IsInsideName(folded, end))
                    return end;
                p = end - 1;
            }
        }
        return -1;
    }

    /// <summary>A word of two characters or more tagged as a verb, preposition, conjunction, adverb, localiser, pronoun,
    /// numeral, measure word, time or particle, or a one-character function word (说, 的, 在) or adverb of "all" (厂商均到场:
    /// 均, 都, 皆): a clause, not a name.
    /// Other single characters carry the tags of their commonest use (泓 q, 斗 vn) and say nothing inside a coined name.</summary>
    private static bool HoldsClauseWords(IReadOnlyList<TaggedWord> words) =>
        words.Any(w => w.Word.Length > 1 ? ClauseTags.Contains(w.Tag) || w.Tag[0] == 'u' || w.Tag == "d" : ClauseCharacters.Contains(w.Word[0]));

    private const string ClauseCharacters = "的了在是和与及或把被将从向对说称为等上后回均都皆";

    /// <summary>Word tags that make a prefixed name a clause: verbs, prepositions, conjunctions, localisers, pronouns,
    /// numerals, measure words, times and modal particles.</summary>
    private static readonly HashSet<string> ClauseTags = new() { "v", "vd", "vn", "p", "c", "f", "r", "m", "q", "t", "y" };

    /// <summary>True when another prefix starts inside this one and ends after it (制造厂 in 制造厂商).</summary>
    private bool OverlapsLongerPrefix(string folded, int at, int end)
    {
        for (var i = at + 1; i < end; i++)
            if (EndingAt(folded, i, _namePrefixes) is { } other && i + other.Length > end) return true;
        return false;
    }

    /// <summary>True when the character at <paramref name="at"/> carries on a name after trade words (某某电子科技; 某某光电材料)
    /// rather than starting what the company does or builds (某某电子迁厂, 某某电机竹科新厂).</summary>
    private bool IsInsideName(string folded, int at) =>
        EndingAt(folded, at, _tradeEndings) != null || string.CompareOrdinal(folded, at, "企业", 0, 2) == 0;

    /// <summary>A prefixed name: a name of the items' kind (no place, public body or kind of business), not a dictionary
    /// word or phrase, and coined, a proper noun, or a stem of its own with trade words (某某农业科技).</summary>
    private bool IsPrefixedName(string name)
    {
        var core = name.EndsWith("企业", StringComparison.Ordinal) ? name[..^2] : name;
        if (core.Length < MinStemLength || DescriptiveStarts.Contains(core[0]) || StartsLikeAPhrase(core)) return false;
        if (!_context.IsCompanyItem(core)) return false;
        if (_nonStems.Contains(core) || EnterpriseShortForms.IsGenericWord(core) || ContextCompanyFinder.IsGenericModifier(core)) return false;
        var words = DomainDictionary.Segmenter.Tag(core, hmm: false);
        // 台商黄先生说, 厂商营业额初估约…, 台商座谈会上: a clause or a person, not a name.
        if (HoldsClauseWords(words) || words.Any(w => w.Word.All(char.IsAsciiDigit))) return false;
        var first = words[0];
        // 美商美光: one proper noun of the dictionary after a nationality is the company.
        if (words.Count == 1 && first.Tag is "nt" or "nz") return true;
        if (ContextCompanyFinder.IsOrdinaryWord(name) || ContextCompanyFinder.IsOrdinaryWord(core)) return false;
        // 台商记忆体厂, 陆商面板厂: a plant of a product is a kind of maker, not a name.
        if (core.Length > 2 && core[^1] == '厂' && IsKnownCommonWord(core[..^1])) return false;
        return IsCoinedStem(core) || NameTags.Contains(first.Tag) || _tradeEndings.Any(t => core.EndsWith(t, StringComparison.Ordinal) && core.Length > t.Length + 1);
    }

    private const int MaxFinanceStem = 4;

    /// <summary>Investment and state platforms written with their abbreviation (高新金投, 某某创投) as the subject of a
    /// clause (高新金投将携手…, 某某创投宣布…).</summary>
    private void AddFinancePlatforms(string folded, List<(int Start, int End)> found)
    {
        foreach (var ending in _financeEndings)
            for (var at = folded.Length > 1 ? TextCharacters.IndexOf(folded, ending, 1) : -1; at > 0; at = folded.IndexOf(ending, at + 1, StringComparison.Ordinal))
            {
                var end = at + ending.Length;
                if (!IsFollowedByCue(folded, end)) continue;
                var start = at;
                while (start > 0 && at - start < MaxFinanceStem + 4 && ChineseScript.IsHan(folded[start - 1])) start--;
                start += ContextCompanyFinder.LastBreak(folded[start..at], anywhere: true);
                start += LeadingPhraseLength(folded[start..at]);
                if (start >= at || Ranges.Overlaps(found, start, end)) continue;
                if (IsFinancePlatformName(folded[start..end])) found.Add((start, end));
            }
    }

    /// <summary>A stem of one to four characters and an abbreviation only investment and state platforms bear
    /// (市创新投, 高新建投, 某某创投): the stem may be a zone's short name or a place, but no determiner, verb or phrase.</summary>
    internal bool IsFinancePlatformName(string name)
    {
        var ending = _financeEndings.FirstOrDefault(e => name.EndsWith(e, StringComparison.Ordinal));
        if (ending == null) return false;
        var stem = name[..^ending.Length];
        if (stem.Length is < 1 or > MaxFinanceStem || !stem.All(ChineseScript.IsHan)) return false;
        if (DescriptiveStarts.Contains(stem[0]) || stem.AsSpan().ContainsAny(StemFunctionChars)) return false;
        // 高新 (which jieba tags an adverb) names the zone here; verbs, numerals, pronouns and times start clauses.
        var first = DomainDictionary.Segmenter.Tag(stem, hmm: false)[0];
        if (first.Word.Length > 1 && DomainDictionary.Segmenter.ContainsWord(first.Word) && first.Tag[0] is 'v' or 'p' or 'c' or 'm' or 'q' or 'r' or 't' or 'u')
            return false;
        return !ContextCompanyFinder.IsOrdinaryWord(name);
    }

    private static readonly System.Buffers.SearchValues<char> StemFunctionChars =
        System.Buffers.SearchValues.Create("的了由在对向把被将从给让据于与及或并而是等还为也都已就再又和个家");

    /// <summary>Length of the clause before a name at the end of <paramref name="run"/> (竣工投运…, 园区加快建设…, 今年…):
    /// up to the last dictionary verb, adverb, preposition, conjunction or time of two characters or more that leaves a
    /// name of two characters or more; 0 when there is none or the run starts with a known company (联想控股).</summary>
    internal static int LeadingPhraseLength(string run)
    {
        if (run.Length < 4) return 0;
        if (ShortNameList.Default.MatchAt(run, 0) != null || ListedCompanyLexicon.Default.MatchAt(run, 0) != null) return 0;
        var cut = 0;
        var at = 0;
        foreach (var word in DomainDictionary.Segmenter.Tag(run, hmm: false))
        {
            at += word.Word.Length;
            if (run.Length - at < 2) break;
            if (word.Word.Length >= 2 && word.Tag.Length > 0 && word.Tag[0] is 'v' or 'd' or 'p' or 'c' or 't' &&
                DomainDictionary.Segmenter.ContainsWord(word.Word))
                cut = at;
        }
        return cut;
    }

    /// <summary>Coined names (no dictionary words: 协鑫, 金螳螂, 北京大账房) before a region or place and what a
    /// company owns there (协鑫西南总部, 某某粮油江苏基地): the base makes the name a company's.</summary>
    private void AddCoinedOwners(string folded, List<(int Start, int End)> found)
    {
        foreach (var site in _ownerSites)
            for (var at = folded.Length > 2 ? TextCharacters.IndexOf(folded, site, 2) : -1; at >= 0; at = folded.IndexOf(site, at + 1, StringComparison.Ordinal))
            {
                var nameEnd = RegionStartBefore(folded, at);
                if (nameEnd < 2) continue;
                var start = NameStart(folded, nameEnd);
                if (start < 0 || Ranges.Overlaps(found, start, nameEnd)) continue;
                var name = folded[start..nameEnd];
                if (DescriptiveStarts.Contains(name[0]) || !IsCoinedStem(name) || ContextCompanyFinder.IsOrdinaryWord(name)) continue;
                if (_places.IsKnownPlace(name) || StartsLikeAPhrase(name) || HoldsAVerb(name) || !_context.IsCompanyItem(name)) continue;
                found.Add((start, nameEnd));
            }
    }

    /// <summary>A word of two characters or more tagged as a verb (在蓉设立): a clause, not a name.</summary>
    private static bool HoldsAVerb(string text) =>
        DomainDictionary.Segmenter.Tag(text, hmm: false).Any(w => w.Word.Length > 1 && w.Tag[0] == 'v');

    /// <summary>End of the owner in an item naming a company's base (协鑫西南总部 → 协鑫), or the item's end.</summary>
    private int OwnerEnd(string folded, int start, int end)
    {
        foreach (var site in _ownerSites)
            if (end - start > site.Length + 2 && string.CompareOrdinal(folded, end - site.Length, site, 0, site.Length) == 0)
                return RegionStartBefore(folded, end - site.Length) is var owner and > 0 && owner - start >= MinStemLength ? owner : end;
        return end;
    }

    /// <summary>Start of the region (西南, 川西南) or known place written right before <paramref name="at"/>, or -1.</summary>
    private int RegionStartBefore(string folded, int at)
    {
        foreach (var region in _ownerRegions)
            if (region.Length < at && string.CompareOrdinal(folded, at - region.Length, region, 0, region.Length) == 0) return at - region.Length;
        for (var length = 4; length >= 2; length--)
            if (length < at && _places.IsKnownPlace(folded.Substring(at - length, length))) return at - length;
        return -1;
    }

    /// <summary>The first word of the list (longest first) written at <paramref name="at"/>, or null.</summary>
    private static string? EndingAt(string folded, int at, WordIndex words) => words.FirstAt(folded, at);

    /// <summary>某某新材料一期项目, 某某机床二期建设: a phase of the company's own works and a project head after the name
    /// ([owned-phases], [phase-heads]); a phase alone (某某新能源四期、…) names a project.</summary>
    private bool IsFollowedByOwnedPhase(string folded, int end) =>
        EndingAt(folded, end, _ownedPhases) is { } phase && EndingAt(folded, end + phase.Length, _phaseHeads) != null;

    private bool IsFollowedByCue(string folded, int end)
    {
        if (EndingAt(folded, end, _subjectCues) != null || EndingAt(folded, end, _ownerHeads) != null) return true;
        var at = end;
        var region = EndingAt(folded, at, _ownerRegions);
        at += region?.Length ?? _places.KnownPlaceLengthAt(folded, at);
        return at > end && EndingAt(folded, at, _ownerSites) != null;
    }

    /// <summary>Start of the stem before <paramref name="tradeStart"/>: the clause's start or the end of a
    /// word that cannot be inside a name (位于, 引进, 的); -1 when the stem is too short or too long.</summary>
    private static int NameStart(string folded, int tradeStart)
    {
        var start = tradeStart;
        while (start > 0 && tradeStart - start <= MaxStemLength + 4 && ChineseScript.IsHan(folded[start - 1])) start--;
        var run = folded[start..tradeStart];
        var cut = ContextCompanyFinder.LastBreak(run, anywhere: true);
        var stem = run.Length - cut;
        if (cut == 0 && tradeStart - start > MaxStemLength) return -1; // no clause start in reach
        return stem is >= MinStemLength and <= MaxStemLength ? start + cut : -1;
    }

    /// <summary>A first word of two characters or more that is a verb, preposition, conjunction, adverb, numeral,
    /// measure word, pronoun, localiser, time, particle or attribute (实现零碳…, 当前存在…, 英寸功率…, 新型…);
    /// single characters (立柏, 采埃孚, 佰达) start coined names.</summary>
    internal static bool StartsLikeAPhrase(string name)
    {
        var first = DomainDictionary.Segmenter.Tag(name, hmm: false)[0];
        if (first.Word.Length < 2) return first.Tag is "p" or "c" or "u" or "r"; // 以大数据, 其…
        if (!DomainDictionary.Segmenter.ContainsWord(first.Word)) return false;
        return first.Tag[0] is 'v' or 'p' or 'c' or 'd' or 'm' or 'q' or 'r' or 'f' or 't' or 'u' or 'b' or 'a';
    }

    /// <summary>Adverbs and conjunctions of one character that start or join clauses (将发展为…, 已, 且符合), whatever
    /// the dictionary tags them (且 is zg there).</summary>
    private const string OneCharacterClauseWords = "将已就都也还又再才便即且而但却若则";

    /// <summary>True when the text holds a word that makes it a clause, not a name: a longer conjunction, preposition or
    /// pronoun (并且, 这些); or, beside a verb of two characters or more, a one-character preposition, conjunction, particle,
    /// pronoun or clause adverb (且符合, 订立协议符合本, 将发展为). Without such a verb one character proves nothing: coined
    /// names are cut into single characters tagged by their commonest use (伟力得: 得 u, 人本: 本 r).</summary>
    internal static bool HoldsFunctionWord(string text)
    {
        var words = DomainDictionary.Segmenter.Tag(text, hmm: false);
        var oneCharacter = false;
        var verb = false;
        foreach (var word in words)
        {
            if (word.Tag.Length == 0) continue;
            var tag = word.Tag[0];
            if (word.Word.Length == 1)
                // 自 and 我 begin names as words of their own (自如, 我乐): not taken as pronouns.
                oneCharacter |= tag is 'p' or 'c' or 'u' || tag == 'r' && word.Word is not ("自" or "我") || OneCharacterClauseWords.Contains(word.Word[0]);
            else if (DomainDictionary.Segmenter.ContainsWord(word.Word))
            {
                if (tag is 'p' or 'c' or 'r') return true;
                verb |= tag == 'v';
            }
        }
        return oneCharacter && verb;
    }

    /// <summary>Determiners and collectives that make a stem a description (全区, 该, 各, 我市).</summary>
    private const string DescriptiveStarts = "全该本各这那每某其我此多两几";

    private bool IsShapedName(string name, string stem)
    {
        if (DescriptiveStarts.Contains(stem[0]) || "区市省县镇村".Contains(stem[^1]) || StartsLikeAPhrase(stem)) return false;
        if (_places.IsKnownPlace(stem) || _nonStems.Contains(stem) || EnterpriseShortForms.IsGenericWord(stem) || ContextCompanyFinder.IsGenericModifier(stem)) return false;
        if (EnterpriseShortForms.IsTradeWord(stem) || _tradeEndings.Contains(stem)) return false;
        // 方案的某某: a particle or preposition inside makes the stem a phrase.
        if (stem.AsSpan().IndexOfAny("的了把被是") >= 0) return false;
        // 北京举办 + 科技投资…: a verb after the stem's first word makes it a clause (where + what was done).
        // A trade word at the stem's end (某某投资 + 担保) is the line of business, not a verb.
        var stemWords = DomainDictionary.Segmenter.Tag(stem, hmm: false);
        for (var w = 1; w < stemWords.Count; w++)
            if (stemWords[w].Word.Length > 1 && stemWords[w].Tag[0] == 'v' && DomainDictionary.Segmenter.ContainsWord(stemWords[w].Word) &&
                !(w == stemWords.Count - 1 && EnterpriseShortForms.IsTradeWord(stemWords[w].Word)))
                return false;
        // 人工智能, 生物医药: a word of the dictionary (a field, not a name); 智能制造企业: a verb's object.
        if (ContextCompanyFinder.IsOrdinaryWord(name) || ContextCompanyFinder.IsOrdinaryWord(stem) && IsVerbLike(stem)) return false;
        return _context.IsCompanyItem(name);
    }

    private static bool IsVerbLike(string word)
    {
        var tagged = DomainDictionary.Segmenter.Tag(word, hmm: false);
        return tagged.Count == 1 && tagged[0].Tag.StartsWith('v');
    }

    // ------------------------------------------------------------------ lists the text introduces as companies

    private const int MaxIntroducedList = 90;
    private const int MaxIntroducerGap = 2;

    /// <summary>Items of a list a company noun introduces (入选的企业包括甲乙科技、丙丁公司以及…的戊己实业及庚辛电器): each
    /// item, after the description it may carry (…方案的), that looks like a name.</summary>
    public IReadOnlyList<(int Start, int End)> FindIntroducedLists(string folded)
    {
        var found = new List<(int, int)>();
        foreach (var noun in _companyNouns)
            for (var at = TextCharacters.IndexOf(folded, noun); at >= 0; at = folded.IndexOf(noun, at + 1, StringComparison.Ordinal))
            {
                var p = at + noun.Length;
                while (p < folded.Length && p - at - noun.Length < MaxIntroducerGap && folded[p] is ',' or '，' or ' ') p++;
                var counted = false;
                if (EndingAt(folded, p, _listIntroducers) is not { } introducer)
                {
                    // 通过6家中小企业扩大投资31亿元，包括甲、乙及丙，…: companies counted (N家) are the members of the list
                    // their clause goes on to introduce, which may end at a comma.
                    if (!IsCounted(folded, at) || CountedListStart(folded, p) is not { } listStart) continue;
                    (p, introducer, counted) = (listStart, "", true);
                }
                p += introducer.Length;
                if (p < folded.Length && folded[p] is ':' or '：') p++;
                var items = IntroducedItems(folded, p, endAtComma: counted);
                if (counted && items.Count < MinCountedItems) continue;
                if (items.Count < 2) continue;
                var names = new List<(int, int)>();
                foreach (var (start, end) in items)
                {
                    var cut = start + ContextCompanyFinder.LastBreak(folded[start..end], anywhere: true);
                    if (end - cut is >= MinStemLength and <= MaxListItem && IsIntroducedName(ChineseScript.ToSimplified(folded[cut..end])))
                        names.Add((cut, end));
                    // 秀强企业: in a list of counted companies, a name's stem with 企业 after it.
                    else if (counted && ChineseScript.ToSimplified(folded[cut..end]) is { Length: >= 4 } item &&
                             item.EndsWith("企业", StringComparison.Ordinal) && IsCoinedStem(item[..^2]))
                        names.Add((cut, end));
                }
                // A counted list with an item that is no name (创投基金、私募基金、…) lists kinds of members, not companies.
                if (counted && names.Count < items.Count) continue;
                found.AddRange(names);
            }
        return found;
    }

    /// <summary>The items of a list from <paramref name="from"/> to the end of its sentence, split at 、 and 以及, and at
    /// 及, 和 or 与 before the last item.</summary>
    private static List<(int Start, int End)> IntroducedItems(string folded, int from, bool endAtComma = false)
    {
        var items = new List<(int Start, int End)>();
        var start = from;
        for (var p = from; p <= folded.Length && p - from <= MaxIntroducedList; p++)
        {
            var atEnd = p == folded.Length || "。;；!！?？\n".Contains(folded[p]) || endAtComma && folded[p] is ',' or '，';
            if (atEnd || folded[p] == '、')
            {
                items.Add((start, p));
                if (atEnd) return items;
                start = p + 1;
            }
            else if (string.CompareOrdinal(folded, p, "以及", 0, 2) == 0)
            {
                items.Add((start, p));
                start = p + 2;
                p++;
            }
            else if (!IsNameChar(folded[p])) return new(); // a clause goes on: not a bare list
            else if (ItemJoiners.Contains(folded[p]) && items.Count > 0 && p - start >= MinStemLength && LastItemFollows(folded, p + 1, endAtComma))
            {
                items.Add((start, p));
                start = p + 1;
            }
        }
        return new();
    }

    /// <summary>Fewest items a counted list needs before its names are taken on the count alone.</summary>
    private const int MinCountedItems = 3;

    /// <summary>How far a counted noun's clause is read for the word that introduces its members.</summary>
    private const int MaxCountedClause = 16;

    /// <summary>True when a count of companies precedes the noun at <paramref name="at"/> (6家企业, 六家中小企业, 3 家公司).</summary>
    private static bool IsCounted(string folded, int at)
    {
        var jia = folded.LastIndexOf('家', Math.Max(0, at - 1), Math.Min(at, 4));
        if (jia < 1) return false;
        var before = jia - 1;
        while (before > 0 && folded[before] == ' ') before--;
        return char.IsAsciiDigit(folded[before]) || "一二两三四五六七八九十百数几多".Contains(folded[before]);
    }

    /// <summary>Where the members of a counted noun start: right after an introducer (包括) met in the same clause (no
    /// sentence end on the way, one comma at most), or null.</summary>
    private int? CountedListStart(string folded, int from)
    {
        var commas = 0;
        for (var p = from; p < folded.Length && p - from <= MaxCountedClause; p++)
        {
            if ("。;；!！?？\n".Contains(folded[p])) return null;
            if (folded[p] is ',' or '，' && ++commas > 1) return null;
            if (EndingAt(folded, p, _listIntroducers) is { } introducer) return p + introducer.Length;
        }
        return null;
    }

    /// <summary>True when the rest of the sentence after a joiner is one short item (…及某某电器。).</summary>
    private static bool LastItemFollows(string folded, int from, bool endAtComma = false)
    {
        var p = from;
        while (p < folded.Length && IsNameChar(folded[p])) p++;
        return p - from is >= MinStemLength and <= MaxListItem &&
               (p == folded.Length || "。;；!！?？\n".Contains(folded[p]) || endAtComma && folded[p] is ',' or '，');
    }

    /// <summary>An item of a list called companies that is a name: a company word after a name (某某公司), a coined part
    /// or a proper noun in it (至信实业, 鹿港电器), or a trade after a stem of its own (某某纤维科技); never an ordinary word
    /// or phrase (研发设计, 生产制造).</summary>
    private bool IsIntroducedName(string item)
    {
        if (!_context.IsCompanyItem(item) && !(item.EndsWith("公司", StringComparison.Ordinal) && _context.IsCompanyItem(item[..^2])) &&
            !IsCoinedFirmName(item))
            return false;
        if (ContextCompanyFinder.IsOrdinaryWord(item) || IsKnownCommonWord(item) || DescriptiveStarts.Contains(item[0])) return false;
        var words = DomainDictionary.Segmenter.Tag(item, hmm: false);
        if (words[0].Word.Length > 1 && StartsLikeAPhrase(item)) return false;
        if (IsCoinedStem(item) || words.Any(w => NameTags.Contains(w.Tag))) return true;
        return ListedCompanyLexicon.HasOwnStemBeforeTrade(item);
    }

    /// <summary>A coined stem of two to four characters and 企业 (新沣企业, as Taiwan firms are often called): a firm's name
    /// in a list of companies, where 企业 after a word (外资企业, 骨干企业) names a kind.</summary>
    private bool IsCoinedFirmName(string item)
    {
        if (!item.EndsWith("企业", StringComparison.Ordinal)) return false;
        var stem = item[..^2];
        return stem.Length is >= MinStemLength and <= 4 && stem.All(ChineseScript.IsHan) && IsCoinedStem(stem) && !DescriptiveStarts.Contains(stem[0]) &&
               !_nonStems.Contains(stem) && !ContextCompanyFinder.IsGenericModifier(stem) && !StartsLikeAPhrase(stem) && _context.IsCompanyItem(stem);
    }

    // ------------------------------------------------------------------ owners of listed projects

    /// <summary>Owners named in lists of projects (甲乙新材料、丙丁科技等12个重点项目; 某某二期、…等项目): an item shaped
    /// like a company's name, or a company's name before a phase or base (武汉某某二期, 某某第二总部), is the company
    /// the project belongs to. Items of other kinds (道路改造、研发中心) name the works.</summary>
    public IReadOnlyList<(int Start, int End)> FindProjectOwners(string folded)
    {
        var found = new List<(int, int)>();
        foreach (var (deng, head, _) in ContextCompanyFinder.EnumerationEnds(folded))
        {
            if (head != ContextCompanyFinder.ProjectHead) continue;
            var items = ContextCompanyFinder.ItemsBefore(folded, deng, MaxProjectItem);
            var owners = new List<(int Start, int End)>();
            foreach (var (start, end) in items)
            {
                var (ownerEnd, phase) = ProjectOwnerEnd(folded, start, end);
                var owner = folded[start..ownerEnd];
                // 某某新能源四期 is how a project is called after its line of business; 武汉某芯二期 names the company.
                if (!phase && IsShapedItem(owner, namedStems: true) || ownerEnd < end && IsPlaceAndOwnStem(owner)) owners.Add((start, ownerEnd));
                else if (!phase && ShapedNameOpening(folded, start, end) is var opening and > 0) owners.Add((start, opening));
            }
            // A list of projects with a company's in it: the other items' owners are companies too.
            if (owners.Count > 0)
                foreach (var (start, end) in items)
                    if (!owners.Any(o => o.Start == start) && ProjectListOwner(folded, start, end) is { } owner) owners.Add(owner);
            found.AddRange(owners);
        }
        return found;
    }

    /// <summary>Endings of parks, bases and complexes (产业园, 基地, 科学城) a project item may be named as.</summary>
    private static readonly string[] ParkEndings = { "园", "基地", "城", "谷", "广场", "大厦", "港", "小镇" };

    /// <summary>Longest item of a list of projects: an owner and what is built (某某机电技改扩能, 某某电子电脑配件生产).</summary>
    private const int MaxProjectItem = 16;

    /// <summary>End of a name shaped like a company's (a stem of its own and trade words) that opens a project item
    /// and is followed by what is built (某某机电 + 技改扩能), or 0.</summary>
    /// <param name="shortStems">Whether any short stem before a trade counts (<see cref="IsShortStemBeforeTrade"/>), as in a
    /// list of projects that holds a company already.</param>
    private int ShapedNameOpening(string folded, int start, int end, bool shortStems = false)
    {
        for (var at = start + MinStemLength; at <= start + 4 && at < end; at++)
        {
            if (EndingAt(folded, at, _tradeEndings) is not { } trade) continue;
            var nameEnd = at + trade.Length;
            while (EndingAt(folded, nameEnd, _tradeEndings) is { } more) nameEnd += more.Length;
            if (end - nameEnd < MinStemLength || nameEnd - start > MaxListItem) return 0;
            var rest = folded[nameEnd..end];
            // 某某医疗器械产业园, 某某科技智能电子产业园: a park named after a line of business, not an owner's works.
            // The ending must end a word of its own (产业园, 基地): 退城入园 is what the company does.
            var lastWord = DomainDictionary.Segmenter.Tag(rest, hmm: false)[^1].Word;
            if (lastWord.Length > 1 && ParkEndings.Any(p => lastWord.EndsWith(p, StringComparison.Ordinal))) return 0;
            var name = folded[start..nameEnd];
            return (IsShapedItem(name, namedStems: true) || shortStems && IsShortStemBeforeTrade(name)) && !_projectWorks.Any(w => folded.AsSpan(start, end - start).Contains(w, StringComparison.Ordinal)) ? nameEnd : 0;
        }
        return 0;
    }

    /// <summary>Start of a project's phase or base written after its owner's name (二期, G6二期, 第二总部, 一体化), or
    /// <paramref name="end"/> when the item has none; whether the tail is a phase (N期).</summary>
    private (int OwnerEnd, bool Phase) ProjectOwnerEnd(string folded, int start, int end)
    {
        foreach (var tail in _projectTails)
        {
            if (end - start < tail.Length + MinStemLength || string.CompareOrdinal(folded, end - tail.Length, tail, 0, tail.Length) != 0) continue;
            var ownerEnd = end - tail.Length;
            // 某某G6二期: a line's or plant's code before the phase.
            var code = ownerEnd;
            while (code - start > MinStemLength && char.IsAsciiLetterOrDigit(folded[code - 1])) code--;
            if (ChineseScript.IsHan(folded[code - 1])) ownerEnd = code;
            return (ownerEnd, tail[^1] == '期');
        }
        return (end, false);
    }

    /// <summary>A place and a stem of its own (武汉某芯, 成都某某): the way a company in that place is called, before
    /// its project's phase.</summary>
    private bool IsPlaceAndOwnStem(string owner)
    {
        for (var length = Math.Min(4, owner.Length - MinStemLength); length >= 2; length--)
        {
            if (!_places.IsKnownPlace(owner[..length])) continue;
            var stem = owner[length..];
            if (stem.Length > 4 || !stem.All(ChineseScript.IsHan)) return false;
            return IsOwnStem(stem) && !_places.IsKnownPlace(stem) && !EnterpriseShortForms.IsGenericWord(stem) &&
                   !ContextCompanyFinder.IsGenericModifier(stem) && !StartsLikeAPhrase(stem) && _context.IsCompanyItem(owner);
        }
        return false;
    }

    /// <summary>Name tags of jieba's tag set: people, places, organisations and other proper nouns.</summary>
    private static readonly HashSet<string> NameTags = new() { "nr", "nrt", "nrfg", "ns", "nt", "nz" };

    /// <summary>A stem that is a name: coined (<see cref="IsCoinedStem"/>) or one dictionary word tagged as a proper noun
    /// (奥博, 天马 — not 视频, 航天).</summary>
    internal static bool IsOwnStem(string stem)
    {
        if (IsCoinedStem(stem)) return true;
        var words = DomainDictionary.Segmenter.Tag(stem, hmm: false);
        return words.Count == 1 && NameTags.Contains(words[0].Tag);
    }

    // ------------------------------------------------------------------ foreign names with a gloss

    [GeneratedRegex(
        @"(?<latin>[A-Za-z][A-Za-z0-9&.\-]*(?: [A-Z][A-Za-z0-9&.\-]*){0,3})\((?<han>[\u4E00-\u9FFF]{2,8})\)",
        RegexOptions.CultureInvariant)]
    private static partial Regex LatinThenGloss { get; }

    /// <summary>A Chinese name glossed in Latin letters (英伟达(NVIDIA)): <see cref="HanRunMatches"/> finds its matches.</summary>
    internal const string GlossThenLatinPattern =
        @"(?<han>[\u4E00-\u9FFF]{2,12})\((?<latin>[A-Za-z][A-Za-z0-9&.\-]*(?: [A-Za-z][A-Za-z0-9&.\-]*){0,3})\)";

    [GeneratedRegex(@"\G" + GlossThenLatinPattern, RegexOptions.CultureInvariant)]
    private static partial Regex GlossThenLatinAnchored { get; }

    private static readonly SearchValues<char> GlossOpening = SearchValues.Create("(");

    private const int MinLatinLetters = 3;

    /// <summary>Words that make a glossed name an institution, a product or a field, not a company.</summary>
    private static readonly string[] InstitutionEndings =
        { "署", "组织", "院", "所", "局", "会", "部", "委", "大学", "学院", "中心", "联盟", "基金", "计划", "指数", "系统", "平台", "模型", "芯片", "技术" };

    /// <summary>Foreign companies written in Latin letters with a Chinese gloss, either way round:
    /// (start, end) of the Chinese name and the Latin name.</summary>
    public IReadOnlyList<(int Start, int End, string Latin)> FindGlossedNames(string folded)
    {
        var found = new List<(int, int, string)>();
        // Both patterns need a bracket; without one their Han runs would be tried at every Han character of the text.
        if (!folded.Contains('(')) return found;
        foreach (Match m in LatinThenGloss.Matches(folded))
        {
            var latin = m.Groups["latin"];
            if (latin.Index > 0 && char.IsAsciiLetterOrDigit(folded[latin.Index - 1])) continue;
            var han = m.Groups["han"];
            if (IsGlossedCompany(han.Value, latin.Value)) found.Add((han.Index, han.Index + han.Length, latin.Value));
        }
        var glossed = new List<(int Start, int End, string Latin)>();
        foreach (var m in HanRunMatches.Find(folded, GlossThenLatinAnchored, GlossOpening, 2, 12))
        {
            var han = m.Groups["han"];
            // The gloss is the last word before the bracket: jieba cuts the run (AI芯片龙头英伟达 → 英伟达).
            var words = DomainDictionary.Segmenter.Tag(han.Value, hmm: true);
            var name = words[^1].Word;
            if (name.Length >= 2) glossed.Add((han.Index + han.Length - name.Length, han.Index + han.Length, m.Groups["latin"].Value));
        }
        // 专栏作家某某(Tim Culpan)指出 … 某某(Tim Culpan)认为: a name the page glosses as a person once is a person's everywhere.
        var persons = glossed.Where(g => IsPersonGlossed(folded, g.Start, g.Latin)).Select(g => (folded[g.Start..g.End], g.Latin)).ToHashSet();
        foreach (var (start, end, latin) in glossed)
            if (!persons.Contains((folded[start..end], latin)) && IsGlossedCompany(folded[start..end], latin)) found.Add((start, end, latin));
        return found;
    }

    /// <summary>A person's given and family names (Tim Culpan, Elon Musk): two or three capitalised words of letters only.</summary>
    [GeneratedRegex(@"^[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex PersonLatinName { get; }

    /// <summary>A person glossed with a Latin name (记者某某(Tim Culpan), 首席执行官伊隆·马斯克(Elon Musk)): the gloss reads as a
    /// person's names and the Chinese name follows the dot of a transliterated person's name (·, or ‧ and . between Han
    /// characters as Taiwan and Hong Kong pages write it: 赫曼‧西蒙), an office a person holds or another word for a person
    /// (<c>[glossed-person-leads]</c>: 顾问, 经济学家).</summary>
    private static bool IsPersonGlossed(string folded, int nameStart, string latin)
    {
        if (!PersonLatinName.IsMatch(latin) || nameStart == 0) return false;
        var before = folded[nameStart - 1];
        if (before is '·' or '•' or '・') return true;
        if (before is '‧' or '.' && nameStart >= 2 && ChineseScript.IsHan(folded[nameStart - 2])) return true;
        foreach (var title in LazyGlossedPersonLeads.Value)
            if (nameStart >= title.Length && string.CompareOrdinal(folded, nameStart - title.Length, title, 0, title.Length) == 0) return true;
        return false;
    }

    private static readonly Lazy<string[]> LazyGlossedPersonLeads = new(() =>
        LazyPersonTitles.Value.Concat(Section(Cues.Value, "glossed-person-leads")).Distinct().ToArray());

    private bool IsGlossedCompany(string han, string latin)
    {
        if (latin.Count(char.IsAsciiLetter) < MinLatinLetters) return false;
        // An acronym of four capitals or fewer (GDP, EDA, CEO) glosses a term far more often than a company.
        if (latin.Length <= 4 && latin.All(char.IsAsciiLetterUpper)) return false;
        if (InstitutionEndings.Any(e => han.EndsWith(e, StringComparison.Ordinal))) return false;
        if (_places.IsKnownPlace(han) || IsKnownCommonWord(han)) return false;
        return _context.IsCompanyItem(han);
    }

    /// <summary>A dictionary word that is no name (人工智能, 机器人): tagged neither nt, nz nor nr.</summary>
    private static bool IsKnownCommonWord(string word)
    {
        if (!DomainDictionary.Segmenter.ContainsWord(word)) return false;
        var tagged = DomainDictionary.Segmenter.Tag(word, hmm: false);
        return tagged.Count != 1 || tagged[0].Tag is not ("nt" or "nz" or "nr" or "nrt");
    }

    // ------------------------------------------------------------------ names before a stock code

    /// <summary>A run of Han characters right before a bracketed stock code: six digits on the mainland exchanges
    /// (300999, 300999.SZ, 300999-SZ, 股票代码:600999), four or five digits on Hong Kong's (00999.HK, 00999-HK as Hong Kong
    /// and Taiwan sites write it, or five with a leading 0 alone: 08262), four on Taiwan's (2330.TW, 2330-TW, 6488.TWO);
    /// a space may stand before the bracket (某某 (2330-TW)). A six-digit or exchange-marked code may be followed by the
    /// day's quote inside the bracket (天山生物(300313,收盘价12.25元)), as financial news prints it. A listing mark before the bracket — Taiwan's for a
    /// foreign-registered company (某某-KY(4935)), Hong Kong's for a pre-profit biotech or weighted voting rights
    /// (某某-B(2617), 某某-W, -SW) — makes four or five digits alone a code.</summary>
    internal const string NameThenStockCodePattern =
        @"(?<han>[\u4E00-\u9FFF]{2,14})(?:(?<mark>-KY)? ?\((?:(?:股票|证券|證券)?代[码碼号號][:：]?)?(?:(?:\d{6}(?:[.-](?:SZ|SH|SS|BJ))?|\d{4,5}[.-]HK)[),]|(?:0\d{4}|\d{4}[.-]TWO?)\))|(?<mark>-(?:KY|SW|SB|WR|B|W|S)) ?\(\d{4,5}(?:[.-]HK)?\))";

    [GeneratedRegex(@"\G" + NameThenStockCodePattern, RegexOptions.CultureInvariant)]
    private static partial Regex NameThenStockCodeAnchored { get; }

    /// <summary>What follows the name in <see cref="NameThenStockCodePattern"/>: the bracket, a space before it, or a listing mark's dash.</summary>
    private static readonly SearchValues<char> StockCodeOpening = SearchValues.Create("( -");

    /// <summary>A name with Taiwan's mark of a foreign-registered listing (某某-KY, GIS-KY): only companies listed on the
    /// Taiwan exchanges are written so.</summary>
    [GeneratedRegex(
        @"(?:(?<han>[\u4E00-\u9FFF]{2,14})|(?<![A-Za-z0-9])(?<han>[A-Z][A-Za-z0-9]{1,11}))(?<mark>-KY)(?![A-Za-z0-9])",
        RegexOptions.CultureInvariant)]
    private static partial Regex NameThenTaiwanMark { get; }

    private const int MaxTickerNameLength = 8;

    /// <summary>Length of Taiwan's listing mark -KY at <paramref name="at"/> (康控-KY), or 0.</summary>
    internal static int TaiwanMarkLength(string folded, int at) =>
        string.CompareOrdinal(folded, at, "-KY", 0, 3) == 0 && (at + 3 >= folded.Length || !char.IsAsciiLetterOrDigit(folded[at + 3])) ? 3 : 0;

    /// <summary>True when the name's last character and the character after it make one word of the dictionary (台達電 + 子:
    /// 電子): the name was cut inside its last word.</summary>
    private static bool CompletesLastWord(string folded, int end) =>
        end > 0 && end < folded.Length && ChineseScript.IsHan(folded[end - 1]) && ChineseScript.IsHan(folded[end]) &&
        DomainDictionary.Segmenter.ContainsWord(ChineseScript.ToSimplified(folded.Substring(end - 1, 2)));

    /// <summary>Names a stock code or Taiwan's -KY mark follows (某某医药(300999.SZ)拟…, 某某-KY): only a listed company is
    /// written so. The name starts after the clause before it (公告称某某医药 → 某某医药) and is no common word or place; the
    /// mark is part of the mention (the name the exchange lists).</summary>
    public IReadOnlyList<(int Start, int End)> FindTickerNames(string folded)
    {
        var found = new List<(int, int)>();
        // The code is in brackets, the mark after a dash; without one the Han run would be tried at every Han character of the text.
        if (folded.Contains('(')) AddTickerNames(folded, HanRunMatches.Find(folded, NameThenStockCodeAnchored, StockCodeOpening, 2, 14), found);
        if (folded.Contains("-KY", StringComparison.Ordinal)) AddTickerNames(folded, NameThenTaiwanMark.Matches(folded), found);
        return found.Distinct().ToList();
    }

    private void AddTickerNames(string folded, IEnumerable<Match> matches, List<(int, int)> found)
    {
        foreach (var m in matches)
        {
            var han = m.Groups["han"];
            var mark = m.Groups["mark"];
            if (!ChineseScript.IsHan(han.Value[0]))
            {
                found.Add((han.Index, han.Index + han.Length + mark.Length));
                continue;
            }
            var cut = LeadingPhraseLength(han.Value);
            // 某某(01171.HK)和某某(01393.HK): a joiner right after the code before joins two listed names and begins neither
            // (a known name that begins with it, 和硕, stays whole).
            if (cut == 0 && han.Index > 0 && folded[han.Index - 1] == ')' && ItemJoiners.Contains(han.Value[0]) &&
                han.Length > MinStemLength && ShortNameList.Default.MatchAt(han.Value, 0) == null && ListedCompanyLexicon.Default.MatchAt(han.Value, 0) == null)
                cut = 1;
            // 港股某某能源, 龙头股某某, 股后某某-KY: the market or board the text files it under is no part of the name.
            if (_marketWords.FirstOrDefault(w => han.Value.AsSpan(cut).StartsWith(w, StringComparison.Ordinal)) is { } market &&
                han.Length - cut - market.Length >= 2)
                cut += market.Length;
            // 导光板厂茂林-KY, 晶圆代工厂某某(2330.TW), 热交换处理的某某(8996-TW): the plant, trade or description before the company
            // is no part of its name.
            if (QualifierEnd(folded, han.Index + cut, han.Index + han.Length) is var qualified and >= 0) cut = qualified - han.Index;
            var name = han.Value[cut..];
            if (name.Length > MaxTickerNameLength) continue;
            // The -KY mark is the exchange's: a name that is also a place or a word (茂林, a district) is the company there.
            if (name.Length < 2 || StartsLikeAPhrase(name) || mark.Length == 0 && (_places.IsKnownPlace(name) || IsKnownCommonWord(name))) continue;
            found.Add((han.Index + cut, han.Index + han.Length + mark.Length));
        }
    }

    /// <summary>Exchanges named as where a company lists (向港交所递交上市申请, 在港交所挂牌): [listing-venues] after a word of
    /// [before-listing-venues]. Such a mention is no company of the article.</summary>
    public IReadOnlyList<(int Start, int End)> FindListingVenues(string folded)
    {
        var found = new List<(int, int)>();
        foreach (var venue in _listingVenues)
            for (var at = TextCharacters.IndexOf(folded, venue); at >= 0; at = folded.IndexOf(venue, at + venue.Length, StringComparison.Ordinal))
                if (_beforeListingVenues.Any(w => at >= w.Length && string.CompareOrdinal(folded, at - w.Length, w, 0, w.Length) == 0))
                    found.Add((at, at + venue.Length));
        return found;
    }

    // ------------------------------------------------------------------ lists with a known company

    private const int MaxListItem = 10;

    /// <summary>How far back from a list's first item its clause is read for the verbs before it.</summary>
    private const int MaxLeadingClause = 10;

    /// <summary>Words that end the last item of a list and start what is said of all of them (营收分别…).</summary>
    private static readonly string[] ListEnds =
    {
        "等", "分别", "均", "都", "营收", "营业收入", "净利润", "相继", "先后", "纷纷", "共同", "也", "还", "已", "将", "在", "的",
        "入选", "获得", "成为", "位列", "进入", "签约", "落户", "为代表", "为例", "为首", "为主",
    };

    /// <summary>Conjunctions that join the last two items of a list (甲、乙和丙).</summary>
    private const string ItemJoiners = "和及与";

    private const int MaxItemTail = 4;

    /// <summary>End of the 、-list item a known name begins (华润 + 矽科, 华虹 + (无锡), 通用电气 + 医疗),
    /// or <paramref name="end"/> when the name is no list item's beginning or is the whole item.</summary>
    public int ListItemEnd(string folded, int start, int end)
    {
        var p = end;
        while (p < folded.Length && p - end <= MaxItemTail && IsNameChar(folded[p]) && folded[p] != '等' && !ItemJoiners.Contains(folded[p])) p++;
        if (p < folded.Length && folded[p] == '(')
        {
            var close = folded.IndexOf(')', p);
            // 台积电(2330)、联发科(2454): a stock code in brackets follows the name, it is no part of the item; nor is a Latin
            // gloss (台积电(TSMC)、腾讯(Tencent)), the name's alias. A place in brackets is (华虹(无锡)).
            if (close > p && close - p <= 5 && folded.AsSpan(p + 1, close - p - 1).ContainsAnyExceptInRange('0', '9') &&
                !char.IsAsciiLetter(folded[p + 1])) p = close + 1;
        }
        if (p == end || p - end > MaxItemTail + 6) return end;
        var before = start > 0 && folded[start - 1] == '、';
        var after = p < folded.Length && folded[p] == '、';
        if (!after && !(before && p < folded.Length && (folded[p] == '等' || ItemJoiners.Contains(folded[p])))) return end;
        // 金螳螂川西南总部: the item names the company's base; the company is its owner.
        if (OwnerEnd(folded, start, p) is var owner && owner < p) return Math.Max(owner, end);
        var tail = folded[end..p];
        // 某某集团股份, 华为公司: a company word after the name is the suffix finders' business, and a tail that
        // is a common word (华为手机) names a product.
        // 台達電子、…: a tail that completes the name's last word (電 + 子) is the rest of the name, common word or not.
        if (IsKnownCommonWord(EnterpriseNameBoundary.StripParentheses(tail)) && !_tradeEndings.Contains(tail) && !CompletesLastWord(folded, end)) return end;
        // 宁德时代带动福州、…, 某某在上海、…: a clause after the name, not the rest of it.
        if (DomainDictionary.Segmenter.Tag(tail, hmm: false).Any(w => w.Word.Length > 1 ? w.Tag[0] is 'v' or 'p' or 'c' or 'd' : w.Tag is "p" or "c" or "u")) return end;
        return p;
    }

    /// <summary>The other items of 、-lists that hold a company already: a list's company-ness carries to
    /// all its items (华为、蜜蜂、白山云营收分别增长 …) when they look like names.</summary>
    public IReadOnlyList<(int Start, int End)> FindListMates(string folded, IReadOnlyList<(int Start, int End)> companies)
    {
        var found = new List<(int, int)>();
        var seenLists = new HashSet<int>();
        var seeds = companies.Select(c => (c.Start, c.End, Shaped: false)).Concat(FindShapedListItems(folded).Select(c => (c.Start, c.End, Shaped: true)));
        var enumerationEnds = ContextCompanyFinder.EnumerationEnds(folded);
        // Lists of projects (…、某某二期、科学会堂等重点项目) hold works as well as owners: company-ness does not carry there.
        var projectListEnds = enumerationEnds.Where(e => e.Head == ContextCompanyFinder.ProjectHead).Select(e => e.Deng).ToHashSet();
        // Lists of products, brands and apps (…、某某、某某等名牌产品, 等视频号) name what companies make: nothing carries there.
        var productListEnds = enumerationEnds.Where(e => ContextCompanyFinder.IsProductHead(e.Head)).Select(e => e.Deng).ToHashSet();
        foreach (var (start, end, shaped) in seeds)
        {
            var before = start > 0 && (folded[start - 1] == '、' ||
                                       ItemJoiners.Contains(folded[start - 1]) && folded.LastIndexOf('、', start - 1, Math.Min(start, MaxListItem + 2)) >= 0);
            var after = end < folded.Length && folded[end] == '、';
            if (!before && !after) continue;
            var items = ListAround(folded, start, end);
            if (items.Count < 2 || seenLists.Contains(items[0].Start)) continue;
            var listEnd = ListRunEnd(folded, items[^1].Start);
            var ofProjects = projectListEnds.Any(d => d > items[0].Start && d <= listEnd);
            if (productListEnds.Any(d => d > items[0].Start && d <= listEnd)) continue;
            // A list with no company known yet is one when two of its items are shaped like companies' names.
            if (shaped && items.Count(i => IsShapedItem(folded[i.Start..i.End])) < 2) continue;
            seenLists.Add(items[0].Start);
            if (IsPersonsList(folded, items, companies)) continue;
            foreach (var item in items)
            {
                if (item.Start == start && item.End == end && !shaped) continue;
                if (ofProjects)
                {
                    if (ProjectListOwner(folded, item.Start, item.End) is { } owner) found.Add(owner);
                    continue;
                }
                var ownerEnd = OwnerEnd(folded, item.Start, item.End);
                var text = folded[item.Start..ownerEnd];
                // 苹果、微软等客户: a well-known company whose name is also a word is one in a list with another company.
                if (Ambiguous.NameEndingItem(folded, item.Start, ownerEnd) is var nameStart and >= 0)
                {
                    found.Add((nameStart, ownerEnd));
                    continue;
                }
                if (IsListMateName(text)) found.Add((item.Start, ownerEnd));
            }
        }
        return found;
    }

    /// <summary>An item of a list of companies that reads as a name: a company item or a coined firm's name, no common word,
    /// kind of product or phrase, no person's name.</summary>
    private bool IsListMateName(string text) =>
        (_context.IsCompanyItem(text) || IsCoinedFirmName(text)) && !IsKnownCommonWord(text) && !_context.IsCommonNounPhrase(text) &&
        (!StartsLikeAPhrase(text) || IsFinancePlatformName(text)) && !IsPersonsName(text) && !IsNameWithHonorific(ChineseScript.ToSimplified(text));

    /// <summary>A person's name among a list's companies (与某某有限公司、某某有限公司及范某某签订): a common surname and two
    /// characters, each a word the dictionary tags only as part of a person's name (nr). None of the ~3,600 names of two or
    /// three characters in the lists and dev golds is so made (coined names hold other tags: 先正达 d d v, 新益昌 a nr nr);
    /// of two characters, 蔡司 and 金辉 are, so those are left.</summary>
    private bool IsPersonsName(string item)
    {
        if (item.Length != 3 || !_surnames.Contains(item[0])) return false;
        var words = DomainDictionary.Segmenter.Tag(item, hmm: false);
        return words.Count == 3 && words.All(w => w.Tag == "nr");
    }

    /// <summary>A list of persons' names (区领导某某、某某、某某见证; 提名某某先生、某某先生): at least two items read as persons'
    /// names, and they are half the list or a person's title or a word for officials or guests ([person-list-leads]) stands
    /// right before its first name. Company-ness does not carry there, whatever company a name holds (严中兴 holds 中兴).</summary>
    private bool IsPersonsList(string folded, List<(int Start, int End)> items, IReadOnlyList<(int Start, int End)> companies)
    {
        var (firstStart, led) = AfterPersonListLead(folded, items[0].Start, items[0].End);
        var persons = 0;
        for (var i = 0; i < items.Count; i++)
            if (ReadsAsPersonsName(folded, i == 0 ? firstStart : items[i].Start, items[i].End, companies)) persons++;
        return persons >= 2 && (led || persons * 2 >= items.Count);
    }

    /// <summary>True when a known company's name ends the first name of a list of persons right after a lead (区领导严 +
    /// 中兴、张某、戴某某见证): the name is a person's, and the company's is only its end.</summary>
    public bool EndsLedPersonsName(string folded, int start, int end, IReadOnlyList<(int Start, int End)> companies)
    {
        if (end >= folded.Length || folded[end] != '、') return false;
        var (nameStart, led) = AfterPersonListLead(folded, start, end);
        if (!led || nameStart >= start) return false;
        var items = ListAround(folded, start, end);
        return items.Count >= 2 && IsPersonsList(folded, items, companies);
    }

    /// <summary>Where the name of a list's first item starts after a lead that says it is a person's (区领导, 副主席, 嘉宾),
    /// written before the item or as its opening, and whether there is one. The name may start before the item: a known
    /// company's name can end a person's (区领导严 + 中兴).</summary>
    private (int Start, bool Led) AfterPersonListLead(string folded, int start, int end)
    {
        var windowStart = Math.Max(0, start - MaxLeadingClause);
        var window = ChineseScript.ToSimplified(folded[windowStart..end]);
        var itemAt = start - windowStart;
        foreach (var lead in _personListLeads)
        {
            var at = window.LastIndexOf(lead, StringComparison.Ordinal);
            if (at < 0) continue;
            var nameAt = at + lead.Length;
            if (nameAt >= itemAt - MaxNameBeforeItem && window.Length - nameAt >= 2) return (windowStart + nameAt, true);
        }
        return (start, false);
    }

    /// <summary>How many characters of a person's name (a surname, a given name's first) may stand before a known company's
    /// name that ends it.</summary>
    private const int MaxNameBeforeItem = 2;

    /// <summary>An item that reads as a person's name: a name and an honorific (彭某先生), or a common surname and one or two
    /// characters that no finder has taken for a company (张某, 戴某某).</summary>
    private bool ReadsAsPersonsName(string folded, int start, int end, IReadOnlyList<(int Start, int End)> companies)
    {
        var item = ChineseScript.ToSimplified(folded[start..end]);
        return IsNameWithHonorific(item) || item.Length is 2 or 3 && _surnames.Contains(item[0]) && !companies.Contains((start, end));
    }

    /// <summary>A name of two or three characters and an honorific (卫某先生, 邹某女士): a person, in any list.</summary>
    private bool IsNameWithHonorific(string item)
    {
        foreach (var honorific in _personHonorifics)
            if (item.Length - honorific.Length is >= 2 and <= 3 && item.EndsWith(honorific, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>End of the 、-chain of name runs from <paramref name="at"/> (through 等 and what follows it).</summary>
    private static int ListRunEnd(string folded, int at)
    {
        var end = ItemRunEnd(folded, at);
        while (end < folded.Length - 1 && folded[end] == '、') end = ItemRunEnd(folded, end + 1);
        return end;
    }

    /// <summary>The owner an item of a list of projects with a company in it names (某某U谷, 武汉某芯二期), or null for
    /// works and kinds of plant (科学会堂, 商用厨房设备, 某某封装): a name holding a coined part, no verb at its end.</summary>
    private (int Start, int End)? ProjectListOwner(string folded, int start, int end)
    {
        // 30亿元的某某实业: what qualifies the project (its amount) is no part of its owner's name.
        if (folded.LastIndexOf('的', end - 1, end - start) is var qualified and >= 0) start = qualified + 1;
        if (end - start < MinStemLength) return null;
        var (ownerEnd, phase) = ProjectOwnerEnd(folded, start, end);
        var owner = folded[start..ownerEnd];
        if (_projectWorks.Any(w => owner.Contains(w, StringComparison.Ordinal))) return null;
        if (phase) return IsPlaceAndOwnStem(owner) ? (start, ownerEnd) : null;
        // 某某麻业退城入园: the company that opens the item, then what it does.
        if (ShapedNameOpening(folded, start, ownerEnd, shortStems: true) is var opening and > 0) return (start, opening);
        if (owner.Length > MaxListItem) return null;
        if (!_context.IsCompanyItem(owner) || IsKnownCommonWord(owner)) return null;
        // 联创制药: a short stem before a trade in a list with a company names the company, whatever the stem's words.
        if (IsShortStemBeforeTrade(owner)) return (start, ownerEnd);
        if (StartsLikeAPhrase(owner) || !IsOwnStem(owner)) return null;
        var last = DomainDictionary.Segmenter.Tag(owner, hmm: false)[^1];
        return last.Tag.StartsWith('v') && last.Word.Length > 1 ? null : (start, ownerEnd);
    }

    private const int MaxShortStem = 3;

    /// <summary>A stem of two or three characters, no place, trade or generic word, before trade words (联创制药, 国瑞药业).</summary>
    private bool IsShortStemBeforeTrade(string name)
    {
        var stemEnd = name.Length;
        while (EndingBefore(name, stemEnd) is { } trade) stemEnd -= trade.Length;
        if (stemEnd == name.Length || stemEnd is < MinStemLength or > MaxShortStem) return false;
        var stem = name[..stemEnd];
        return !_places.IsKnownPlace(stem) && !_nonStems.Contains(stem) && !DescriptiveStarts.Contains(stem[0]) &&
               ListedCompanyLexicon.HasOwnStemBeforeTrade(name);
    }

    /// <summary>Start of the name characters ending at <paramref name="end"/>.</summary>
    private static int ItemStartBefore(string folded, int end)
    {
        var s = end;
        while (s > 0 && end - s < MaxListItem && IsNameChar(folded[s - 1])) s--;
        return s;
    }

    /// <summary>Items next to a 、 that are shaped like companies' names (立柏生物、聚磁动力).</summary>
    private List<(int Start, int End)> FindShapedListItems(string folded)
    {
        var found = new List<(int, int)>();
        for (var p = folded.IndexOf('、'); p >= 0; p = folded.IndexOf('、', p + 1))
        {
            var s = p;
            while (s > 0 && p - s < MaxListItem + MaxLeadingClause && IsNameChar(folded[s - 1])) s--;
            var run = folded[s..p];
            var cut = ContextCompanyFinder.LastBreak(run, anywhere: true);
            // 园区加快建设某某新材料、…: the clause's verbs before the first item are not part of it.
            var lead = LeadingPhraseLength(run[cut..]);
            if (lead > 0 && IsShapedItem(run[(cut + lead)..])) cut += lead;
            if (run.Length - cut <= MaxListItem && IsShapedItem(run[cut..])) found.Add((s + cut, p));
        }
        return found;
    }

    /// <summary>A stem of its own and trade words (立柏生物, 氦舶新材料), as <see cref="FindShapedNames"/> takes.</summary>
    /// <param name="namedStems">Whether a stem that is a proper noun of the dictionary (奥博) counts as well as a coined one.</param>
    private bool IsShapedItem(string item, bool namedStems = false)
    {
        if (IsFinancePlatformName(item)) return true;
        var stemEnd = item.Length;
        while (EndingBefore(item, stemEnd) is { } trade) stemEnd -= trade.Length;
        if (stemEnd == item.Length || stemEnd is < MinStemLength or > MaxStemLength) return false;
        var stem = item[..stemEnd];
        return (namedStems ? IsOwnStem(stem) : IsCoinedStem(stem)) && IsShapedName(item, stem);
    }

    /// <summary>A stem no dictionary has as words of two characters or more (立柏, 聚磁; not 视频, 大数据):
    /// a coined name, which a list of fields or means holds none of.</summary>
    internal static bool IsCoinedStem(string stem)
    {
        var words = DomainDictionary.Segmenter.Tag(stem, hmm: false);
        return !words.All(w => w.Word.Length >= 2 && DomainDictionary.Segmenter.ContainsWord(w.Word));
    }

    private string? EndingBefore(string text, int end)
    {
        foreach (var word in _tradeEndings)
            if (word.Length <= end && string.CompareOrdinal(text, end - word.Length, word, 0, word.Length) == 0) return word;
        return null;
    }

    /// <summary>The 、-separated items of the list a span sits in, the first cut after its leading
    /// context and the last before what is said of the list.</summary>
    private List<(int Start, int End)> ListAround(string folded, int start, int end)
    {
        // Back to the list's first item.
        var first = start;
        // 甲、乙和华为: the joiner before the known name is the list's last.
        if (first > 1 && ItemJoiners.Contains(folded[first - 1])) first = ItemStartBefore(folded, first - 1);
        while (first > 1 && folded[first - 1] == '、')
        {
            var s = first - 1;
            while (s > 0 && s > first - 2 - MaxListItem * 3)
            {
                if (s >= 4 && TaiwanMarkLength(folded, s - 3) > 0) s -= 3;
                else if (IsNameChar(folded[s - 1])) s--;
                else if (folded[s - 1] == ')' && folded.LastIndexOf('(', s - 1, Math.Min(s, 6)) is var open and > 0) s = open;
                else break;
            }
            first = s;
        }
        var items = new List<(int Start, int End)>();
        var at = first;
        while (at < folded.Length)
        {
            var e = ItemRunEnd(folded, at);
            var isLast = e >= folded.Length || folded[e] != '、';
            var itemStart = at;
            if (items.Count == 0 && at < start)
            {
                var run = folded[at..e];
                itemStart = at + ContextCompanyFinder.LastBreak(run);
                // 竣工投运某某新材料、…: the verbs before a first item shaped like a company's name are the clause's.
                var lead = LeadingPhraseLength(folded[itemStart..e]);
                if (lead > 0 && IsShapedItem(folded[(itemStart + lead)..e])) itemStart += lead;
            }
            // 乙和华为: the item before the joiner, then the known name.
            if (at < start && start < e && start - 1 > at && ItemJoiners.Contains(folded[start - 1]))
            {
                if (start - 1 - itemStart is >= 2 and <= MaxListItem) items.Add((itemStart, start - 1));
                itemStart = start;
            }
            // 面板厂某某显示, 快闪记忆体领导厂某某, 基板的某某: what qualifies the name before it is no part of it, nor a joiner
            // inside it (DRAM及快闪记忆体领导厂某某); what follows a list-end word (某某等20家…的企业) qualifies nothing.
            var qualifiedEnd = at >= end && ListEndIn(folded, at, e) is var closing and >= 0 ? closing : e;
            var qualified = QualifierEnd(folded, itemStart, qualifiedEnd);
            if (qualified >= 0 && (at >= end || qualified <= start)) itemStart = qualified;
            // 甲、乙和丙: the joiner splits the last run into two items.
            var joiner = -1;
            for (var q = Math.Max(itemStart + 2, start >= at && start < e ? end : 0); q < e - 2; q++)
                if (ItemJoiners.Contains(folded[q])) { joiner = q; break; }
            if (joiner > 0 && at >= end)
            {
                items.Add((itemStart, joiner));
                itemStart = joiner + 1;
            }
            var itemEnd = e;
            var ended = isLast;
            if (at <= start && e > end)
            {
                // 某某、华为等企业: the known company ends its item, and the list.
                itemEnd = end;
                ended = true;
            }
            else if (at >= end)
            {
                // After the known company a list-end word (等, 分别, 营收) closes the list, whatever follows.
                var listEnd = ListEndIn(folded, at, e);
                if (listEnd >= 0) { itemEnd = listEnd; ended = true; }
                // A run too long for a name ends the list, unless what qualifies the name made it long.
                else if (e - (qualified >= 0 ? itemStart : at) > MaxListItem) break;
            }
            if (itemEnd - itemStart is >= 2 and <= MaxListItem) items.Add((itemStart, itemEnd));
            if (ended) break;
            at = e + 1;
        }
        return items;
    }

    /// <summary>Index of the first list-end word in an item after at least two characters, or -1; a count
    /// after the last item ends it too (某某医药6家企业).</summary>
    private static int ListEndIn(string folded, int at, int runEnd)
    {
        for (var p = at + 2; p < runEnd && p - at <= MaxListItem; p++)
        {
            if (ListEnds.Any(w => string.CompareOrdinal(folded, p, w, 0, w.Length) == 0)) return p;
            if (char.IsAsciiDigit(folded[p]) && ChineseScript.IsHan(folded[p - 1])) return p;
        }
        return -1;
    }

    /// <summary>End of the run of name characters from <paramref name="at"/>, over a short bracketed
    /// place (华虹(无锡)).</summary>
    private static int ItemRunEnd(string folded, int at)
    {
        var e = at;
        while (e < folded.Length)
        {
            if (IsNameChar(folded[e])) { e++; continue; }
            if (e > at && TaiwanMarkLength(folded, e) is var mark and > 0) { e += mark; continue; }
            if (folded[e] == '(' && e > at && folded.IndexOf(')', e) is var close and > 0 && close - e <= 5 &&
                folded.AsSpan(e + 1, close - e - 1).IndexOfAnyExcept(HanRange) < 0)
            {
                e = close + 1;
                continue;
            }
            break;
        }
        return e;
    }

    private static readonly System.Buffers.SearchValues<char> HanRange =
        System.Buffers.SearchValues.Create(Enumerable.Range(0x4E00, 0x9FFF - 0x4E00 + 1).Select(c => (char)c).ToArray());

    private static bool IsNameChar(char c) => ChineseScript.IsHan(c) || char.IsAsciiLetterOrDigit(c) || c is '·' or '&';
}
