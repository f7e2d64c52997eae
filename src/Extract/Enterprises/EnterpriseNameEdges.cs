using Pipeline.Extract.Lexicon;
using Pipeline.Extract.Resources;
using Pipeline.Extract.Text;
using Pipeline.Extract.Zones;

namespace Pipeline.Extract.Enterprises;

/// <summary>
/// The last word on where a proposed company mention starts, whichever finder proposed it, and whether it is a
/// company at all (word lists in Resources/enterprise-name-edges.txt): a mention starts after a character no name
/// holds (并就某某 → 某某), after a ranking (500强某某集团) and after a clause opened by a pronoun and its verb
/// (本次会议审理某某有限公司); a place right before a short name belongs to it after a conjunction or list mark
/// (与郎溪某某电子); a class of companies (跨国公司, 上市公司) is none.
/// </summary>
internal sealed class EnterpriseNameEdges
{
    public const string FileName = "enterprise-name-edges.txt";

    private static readonly Lazy<ResourceFile> Rules = new(() => ResourceFile.Load(FileName));

    /// <summary>The rules' example sentences, for the tests.</summary>
    internal static IReadOnlyList<(string Input, string Expected)> Examples => Rules.Value.Examples;

    private readonly ZoneGazetteer _places;
    private readonly ShortNameList _shortNames;
    private readonly ListedCompanyLexicon _listed;
    private readonly System.Buffers.SearchValues<char> _neverInNames;
    private readonly string[] _rankingEnds;
    private readonly string[] _leaderNouns;
    private readonly string[] _neverInNameWords;
    private readonly string[] _classHeads;

    /// <summary>Numerals a counter of companies follows (487间, 三家).</summary>
    private const string CountNumerals = "0123456789一二两三四五六七八九十百千万几多数";
    private readonly string[] _companyWords;
    private readonly string _placeJoins;
    private readonly string _neverLast;
    private readonly string _neverFirst;
    private readonly HashSet<string> _clauseTags;
    private readonly string _countryLetters;
    private readonly string[] _nonCompanyEndings;
    private readonly string[] _organisationEnds;
    private readonly string _countMeasures;
    private readonly HashSet<string> _clauseTimes;
    private readonly string _verbComplements;

    public EnterpriseNameEdges(ZoneGazetteer places, ShortNameList shortNames, ListedCompanyLexicon listed)
    {
        _places = places;
        _shortNames = shortNames;
        _listed = listed;
        var rules = Rules.Value;
        _neverInNames = System.Buffers.SearchValues.Create(string.Concat(rules["never-in-names"]));
        _rankingEnds = rules["ranking-ends"].ToArray();
        _leaderNouns = rules["leader-nouns"].ToArray();
        _neverInNameWords = rules["never-in-names-words"].ToArray();
        _classHeads = rules["class-heads"].OrderByDescending(w => w.Length).ToArray();
        _companyWords = rules["company-words"].OrderByDescending(w => w.Length).ToArray();
        _placeJoins = string.Concat(rules["place-joins"]);
        _neverLast = string.Concat(rules["never-last-in-names"]);
        _neverFirst = string.Concat(rules["never-first-in-names"]);
        _clauseTags = new HashSet<string>(rules["clause-tags"], StringComparer.Ordinal);
        _countryLetters = string.Concat(rules["country-letters"]);
        _nonCompanyEndings = rules["non-company-endings"].ToArray();
        _organisationEnds = rules["organisation-ends"].ToArray();
        _countMeasures = string.Concat(rules["count-measures"]);
        _clauseTimes = new HashSet<string>(rules["clause-times"], StringComparer.Ordinal);
        _verbComplements = string.Concat(rules["verb-complements"]);
    }

    /// <summary>Where the mention <paramref name="start"/>..<paramref name="end"/> of the folded text really starts, or
    /// -1 when what is left is no company's name. <paramref name="coreEnd"/> ends the part a name's context may be
    /// glued to (before a registered suffix); the end is never moved, and the start only moves right.</summary>
    public int StartOf(string folded, int start, int end, int coreEnd)
    {
        if (coreEnd - start < 1) return start;
        // …manufacturing sector大众汽车集团: the last word of an English sentence glued to the name is no part of it.
        start = AfterGluedEnglishWord(folded, start, coreEnd);
        // (四)长春集团: the mark of an enumerated item is no part of the name.
        start = AfterEnumerationMark(folded, start, coreEnd);
        var at = start;
        // 并就某某新材料, 收入占英国某某集团: a character no name holds ends the context.
        var last = folded.AsSpan(at, coreEnd - at).LastIndexOfAny(_neverInNames);
        if (last >= 0) at = EnterpriseNameBoundary.AfterClauseWordAt(folded, at + last, coreEnd);
        at = AfterLastWordNoNameHolds(folded, at, coreEnd);
        at = AfterInnerDate(folded, at, coreEnd);
        at = AfterRanking(folded, at, coreEnd);
        at = AfterLeaderNoun(folded, at, coreEnd);
        var registered = folded.AsSpan(coreEnd, end - coreEnd).Contains("公司", StringComparison.Ordinal);
        if (!registered) at = AfterOpeningConjunction(folded, at, end);
        at = AfterPronounClause(folded, at, coreEnd);
        at = AfterLastClauseWord(folded, at, coreEnd, end, registered);
        // 2019年上市, 2011年集团: a date opening the mention says when, and 到某某科技: a character no name begins with
        // opens a clause; the name, if any, starts after them.
        at = AfterLeadingDate(folded, at, coreEnd);
        if (IsCounted(folded, start) && IsBareCompanyWordPhrase(folded[at..end]) || IsCounted(folded, at, opening: true)) return -1;
        while (coreEnd - at > 2 && _neverFirst.Contains(folded[at])) at++;
        at = AfterVerbComplement(folded, at, coreEnd);
        if (coreEnd - at < 2 && end - at < 4 || at >= coreEnd) return -1;
        if (at > start && !IsNameAfterCut(folded[at..end])) return -1;
        if (_neverLast.Contains(folded[coreEnd - 1]) && !IsKnownName(folded[at..end]) || IsClassOfCompanies(folded[at..end]) || IsNoName(folded[at..coreEnd])) return -1;
        if (DescribesTheNameAfter(folded, at, end) || IsKnownNamesThing(folded, at, end)) return -1;
        // (603226,股吧)企业发展有限公司: a legal form after trade words alone, its name cut off before them.
        if (coreEnd < end && EnterpriseShortForms.IsTradeWordsOnly(folded[at..coreEnd])) return -1;
        foreach (var ending in _nonCompanyEndings)
            if (folded.AsSpan(at, end - at).EndsWith(ending, StringComparison.Ordinal)) return -1;
        return at;
    }

    /// <summary>After a complement (<c>[verb-complements]</c>: 出) that opens the mention right after a verb the text writes
    /// before it (孵化出某某微电子, 培育出某某科技): the complement ends the verb's word, and the name starts after it.
    /// Else <paramref name="at"/>: a known name beginning with the character is whole after a verb too (投资出门问问).</summary>
    private int AfterVerbComplement(string folded, int at, int coreEnd)
    {
        if (at < 2 || coreEnd - at <= 2 || !_verbComplements.Contains(folded[at])) return at;
        if (_shortNames.MatchAt(folded, at) != null || _listed.MatchAt(folded, at, distinctiveOnly: false) != null) return at;
        // 孵化出 (孵化: v), 投资过 (投资: vn): a verb of any of the dictionary's verb tags.
        var before = DomainDictionary.Segmenter.Tag(folded[(at - 2)..at], hmm: false);
        return before.Count == 1 && before[0].Tag.StartsWith('v') ? at + 1 : at;
    }

    /// <summary>After a lowercase English word that opens the mention and ends an English sentence run into it (text of a
    /// bilingual page whose lines were joined: `…in China's manufacturing sector大众汽车集团`), or <paramref name="start"/>.
    /// Only a word after a space and another Latin word is cut: a lowercase brand glued to its Chinese text
    /// (vivo中国) has no English before it.</summary>
    private static int AfterGluedEnglishWord(string folded, int start, int coreEnd)
    {
        var at = start;
        while (at < coreEnd && char.IsAsciiLetterLower(folded[at])) at++;
        if (at - start < 2 || at >= coreEnd || !ChineseScript.IsHan(folded[at])) return start;
        return start >= 2 && folded[start - 1] == ' ' && char.IsAsciiLetter(folded[start - 2]) ? at : start;
    }

    /// <summary>True when a count in digits and a measure of companies (19家, 487间) stands right before
    /// <paramref name="at"/>, or, when <paramref name="opening"/>, opens the text at it: the mention is a class of the
    /// companies counted (19家高科技公司), never one company.</summary>
    private bool IsCounted(string folded, int at, bool opening = false)
    {
        if (!opening) return IsCountOfCompaniesAt(folded, at - 1, digitsOnly: true);
        var measure = at;
        while (measure < folded.Length && char.IsAsciiDigit(folded[measure])) measure++;
        return measure > at && IsCountOfCompaniesAt(folded, measure, digitsOnly: true);
    }

    /// <summary>True when a count of companies ends at <paramref name="measure"/>: a measure of companies (家, 间) there,
    /// right after a numeral — in digits only when <paramref name="digitsOnly"/> (19家, 487间: where a mention opens,
    /// 万家乐 is a name), else any (3家, 三家, 几家: before a company word the count is the class counted).</summary>
    private bool IsCountOfCompaniesAt(ReadOnlySpan<char> text, int measure, bool digitsOnly) =>
        measure > 0 && measure < text.Length && _countMeasures.Contains(text[measure]) &&
        (digitsOnly ? char.IsAsciiDigit(text[measure - 1]) : CountNumerals.Contains(text[measure - 1]));

    /// <summary>A mention ending with a bare company word (高科技公司, 科技企业), no legal form: after a count it is the
    /// class counted, where a name after a count is a list's item (上市公司16家某某、某某).</summary>
    private bool IsBareCompanyWordPhrase(string mention) =>
        !mention.Contains("有限", StringComparison.Ordinal) && _companyWords.Any(w => mention.EndsWith(w, StringComparison.Ordinal));

    /// <summary>台积电的商业模式, 台积电的起源: a known company's name, 的 and more is a thing of that company, no name
    /// (美的, 绿的谐波 hold 的, but no known name stands before it there).</summary>
    private bool IsKnownNamesThing(string folded, int at, int end)
    {
        var of = folded.IndexOf('的', at, end - at);
        return of > at + 1 && of < end - 1 && IsKnownName(folded[at..of]);
    }

    private const string EnumerationNumerals = "一二三四五六七八九十0123456789";

    /// <summary>After a date of digits opening the mention (2019年, 2021年3月, 2021年3月5日), or <paramref name="start"/>:
    /// no name begins with a year written in digits and 年.</summary>
    private static int AfterLeadingDate(string folded, int start, int coreEnd)
    {
        var at = start;
        foreach (var unit in "年月日")
        {
            var digits = at;
            while (digits < coreEnd && char.IsAsciiDigit(folded[digits])) digits++;
            var needed = unit == '年' ? 2 : 1;
            if (digits - at < needed || digits >= coreEnd || folded[digits] != unit) break;
            at = digits + 1;
        }
        return at;
    }

    /// <summary>After a date of digits inside the mention and the verbs right after it (上市委员会2023年10月13日发信通知|某某
    /// 有限公司), or <paramref name="at"/>: no name holds a year written in digits and 年, so what stands before the date is
    /// a clause, the date says when, and the verbs of two characters or more right after it (发信, 通知) say what was done
    /// to the company named after them. A date opening the mention is read after the clause words (AfterLeadingDate).</summary>
    private int AfterInnerDate(string folded, int at, int coreEnd)
    {
        var after = at;
        for (var p = at + 1; p < coreEnd; p++)
            if (char.IsAsciiDigit(folded[p]) && !char.IsAsciiDigit(folded[p - 1]) && AfterLeadingDate(folded, p, coreEnd) is var dateEnd && dateEnd > p)
                after = p = dateEnd;
        if (after == at || coreEnd - after < 3) return after;
        var offset = after;
        foreach (var (word, tag) in DomainDictionary.Segmenter.Tag(folded[after..coreEnd], hmm: false))
        {
            if (word.Length < 2 || tag is not ("v" or "vn") || coreEnd - (offset + word.Length) < 2) break;
            offset += word.Length;
        }
        return offset;
    }

    /// <summary>After the mark of an enumerated item opening the mention ((四), （12）), or <paramref name="start"/>.</summary>
    private static int AfterEnumerationMark(string folded, int start, int coreEnd)
    {
        if (folded[start] != '(') return start;
        var at = start + 1;
        while (at < coreEnd && at - start <= 3 && EnumerationNumerals.Contains(folded[at])) at++;
        return at > start + 1 && at < coreEnd - 1 && folded[at] == ')' ? at + 1 : start;
    }

    /// <summary>
    /// 德国工业集团西门子, 德国化工集团巴斯夫: a country and common words of the dictionary (no proper noun) before a company
    /// word, written right before a known company's name, describes that company (an apposition) and names none itself.
    /// </summary>
    private bool DescribesTheNameAfter(string folded, int at, int end)
    {
        if (end >= folded.Length || end - at < 6 || !(folded.AsSpan(at, end - at).EndsWith("集团") || folded.AsSpan(at, end - at).EndsWith("公司"))) return false;
        var country = UncuedCompanyFinder.CountryPrefixes.FirstOrDefault(c => folded.AsSpan(at, end - at).StartsWith(c, StringComparison.Ordinal));
        if (country == null) return false;
        var middle = folded[(at + country.Length)..(end - 2)];
        if (middle.Length < 2 || !ContextCompanyFinder.IsSegmentedIntoKnownWordsOnly(middle)) return false;
        return _shortNames.MatchAt(folded, end) != null || _listed.MatchAt(folded, end) != null;
    }

    /// <summary>A name is left after a cut: a known company (苹果), or a name that starts with a letter, is not a pronoun,
    /// class word, time or number (该, 这家, 2月下旬) and is not a phrase of common words (优质).</summary>
    private bool IsNameAfterCut(string name)
    {
        if (IsKnownName(name)) return true;
        var core = EnterpriseNameBoundary.StripParentheses(name);
        if (!EnterpriseNameBoundary.IsPlausibleName(core) || !ChineseScript.IsHan(core[0]) && !char.IsAsciiLetter(core[0])) return false;
        if (DomainDictionary.Segmenter.Tag(core, hmm: false)[0].Tag is "t" or "m" or "q" or "f" or "r") return false;
        return !ContextCompanyFinder.IsOrdinaryWord(core) && !ContextCompanyFinder.IsSegmentedIntoKnownWordsOnly(core);
    }

    /// <summary>A mention that names nothing, unless it is a known company's name: countries only (美中日), or, after a
    /// leading place, only verbs, adverbs, numerals and function words with a verb among them — a verb of two characters,
    /// or any after a place (成为, 会成为, 中国首设). Coined names are cut into single characters tagged by their commonest
    /// use (先正达: d d v), and numerals name companies (三一), so neither alone says anything.</summary>
    private bool IsNoName(string core)
    {
        if (core.Length == 0 || IsKnownName(core)) return false;
        if (core.Length <= 4 && core.All(c => _countryLetters.Contains(c))) return true;
        var place = _places.KnownPlaceLengthAt(core, 0);
        if (place == core.Length) return false;
        var words = DomainDictionary.Segmenter.Tag(core[place..], hmm: false);
        // 中教控股, 中润控股: a name's first character tagged as a locality word (中, 东, 南) opens no clause.
        if (words[0].Word.Length == 1 && words[0].Tag == "f") return false;
        return words.All(w => _clauseTags.Contains(w.Tag)) && words.Any(w => w.Tag == "v" && (w.Word.Length > 1 || place > 0));
    }

    private bool IsKnownName(string name) =>
        _shortNames.MatchAt(name, 0)?.Length == name.Length || _listed.MatchAt(name, 0, distinctiveOnly: false)?.Length == name.Length ||
        AmbiguousCompanyNames.Default.Contains(name); // 美的: a known company whose name is a word (read only where the page says so)

    /// <summary>After the last word no name holds (今年, 核准) in the mention, or <paramref name="at"/>.</summary>
    private int AfterLastWordNoNameHolds(string folded, int at, int coreEnd)
    {
        var after = at;
        var knownEnd = KnownNameEndBeforeTrade(folded, at);
        foreach (var word in _neverInNameWords)
        {
            // 收购人|中国某某集团: a word the mention's first characters end counts too.
            var from = Math.Max(0, at - word.Length + 1);
            var found = coreEnd - from >= word.Length ? folded.LastIndexOf(word, coreEnd - 1, coreEnd - from, StringComparison.Ordinal) : -1;
            if (found >= from && found + word.Length > after && !StraddlesKnownNameEnd(found, found + word.Length, at, knownEnd)) after = found + word.Length;
        }
        return after;
    }

    /// <summary>
    /// After the last word of a clause inside the mention, or <paramref name="at"/>: a word of two characters or more that
    /// the dictionary tags a verb, adverb, preposition, conjunction, pronoun, numeral or time (一行来到, 带领, 先后深入, 一批,
    /// 2020年) and that no known company's name holds (控股, 发展, 创新, 第一 are in names; 来到, 带领, 成为 in none of
    /// the ~18,000 names of the lists), or a preposition (or, before no legal form, a conjunction) of one character after a
    /// word of two or more that no name holds with it (保荐机构为某某证券: no name holds 机构为; 华为, 天有为 hold 为 after one
    /// character; 港深创新及科技园有限公司 is a name). The mention is then a clause about the company, which starts after it.
    /// Verbs count only before no legal form, and not opening the mention or after a place (see below); locality words
    /// (南麓) never.
    /// </summary>
    /// <summary>Dictionary frequency from which a verb is common (jieba: 调研 605, 带领 1893, 成为 35966; 合十 300, 奔腾 558).</summary>
    private const int CommonVerbFrequency = 600;

    private int AfterLastClauseWord(string folded, int at, int coreEnd, int end, bool registered)
    {
        if (coreEnd - at < 3) return at;
        var words = DomainDictionary.Segmenter.Tag(folded[at..coreEnd], hmm: false);
        var after = at;
        var offset = at;
        var firstKept = 0; // the first word after the last cut
        var knownEnd = KnownNameEndBeforeTrade(folded, at);
        for (var i = 0; i < words.Count; i++)
        {
            var (word, tag) = words[i];
            offset += word.Length;
            if (StraddlesKnownNameEnd(offset - word.Length, offset, at, knownEnd)) continue;
            var isClauseWord = word.Length >= 2
                ? (_clauseTags.Contains(tag) || tag is "vn" or "t") && tag != "f" && (!AnyKnownNameHolds(word) || _clauseTimes.Contains(word) && !KnownNameStartsAt(folded, offset - word.Length))
                : i > 0 && (tag == "p" || tag == "c" && (!registered || EndsAnOrganisation(words[i - 1].Word))) && words[i - 1].Word.Length >= 2 &&
                  !AnyKnownNameHolds(words[i - 1].Word + word);
            if (!isClauseWord) continue;
            if (tag is "v" or "vn")
            {
                // A registered name is made of verbs of its trade (中船海洋探测技术研究院有限公司, 北京共享易得…有限公司), and a
                // verb opening the mention or right after a place is a coined stem or a branch's head (奔腾(河南)智能制造,
                // 河南奔腾, 某某银行杭州湾分行) — unless, in a registered name, the verb ends a clause that opens the mention
                // and a name of its own follows it (莅临某某(江苏)有限公司, 苗栗出席某某股份有限公司, 共同建立-某某有限公司): then
                // the name after it says the verb is no coined stem, however rare (莅临, 剖析).
                if (registered || i == 0 || words[i - 1].Tag == "ns" || _places.IsPlaceName(words[i - 1].Word))
                {
                    var nameStart = AfterJoiningMarks(folded, offset, coreEnd);
                    if (registered && OpensTheMention(words, firstKept, i) && IsNameAfterCut(folded[nameStart..end]))
                    {
                        after = nameStart;
                        firstKept = i + 1;
                    }
                    continue;
                }
                // A rare verb is a coined stem too (萬緯合十供應鏈: 合十), a clause's verbs are common (来到, 带领, 调研).
                if (DomainDictionary.Segmenter.Frequency(word) < CommonVerbFrequency) continue;
            }
            after = offset;
            firstKept = i + 1;
        }
        return after;
    }

    /// <summary>True when every word from word <paramref name="from"/> (the first after a cut) to word <paramref name="i"/> is a word of a clause (an adverb, numeral, time or
    /// function word, or a verb no name holds), or a place or person that opens the mention (苗栗|出席, 共同|建立, 董事长某某|
    /// 带领): the mention opens with a clause.</summary>
    private bool OpensTheMention(IReadOnlyList<Segmentation.TaggedWord> words, int from, int i)
    {
        for (var k = from; k < i; k++)
        {
            var (word, tag) = words[k];
            if (k == from && (tag is "ns" or "nr" && word.Length >= 2 || _places.IsPlaceName(word))) continue;
            if (!(_clauseTags.Contains(tag) || tag is "vn" or "t") || tag == "f" || tag is "v" or "vn" && AnyKnownNameHolds(word)) return false;
        }
        return true;
    }

    /// <summary>After the dashes that join a clause to the name it introduces (共同建立-某某有限公司), or <paramref name="at"/>.</summary>
    private static int AfterJoiningMarks(string folded, int at, int coreEnd)
    {
        while (at < coreEnd - 1 && folded[at] is '-' or '—' or '－' or ':') at++;
        return at;
    }

    /// <summary>A word that ends an organisation's name (某某事务所, 某某公司): a conjunction after it joins two names
    /// (某某税务师事务所和某某家具有限公司), where inside one registered name it joins its trades (港深创新及科技园).</summary>
    private bool EndsAnOrganisation(string word) => _organisationEnds.Any(e => word.EndsWith(e, StringComparison.Ordinal));

    /// <summary>Every known company's name (the listed, Taiwan, large-company, foreign and short-name lists), one a line,
    /// to ask whether any holds a word.</summary>
    private string KnownNamesText => _knownNamesText ??= string.Join('\n', _listed.Names.Concat(_shortNames.Names));
    private string? _knownNamesText;

    private bool AnyKnownNameHolds(string word) => KnownNamesText.Contains(word, StringComparison.Ordinal);

    /// <summary>A known company's name starts at <paramref name="at"/>: a day's time word some name holds (今天国际) is
    /// that name's only there; elsewhere it opens a clause (今天某某新材料有限公司).</summary>
    private bool KnownNameStartsAt(string folded, int at) =>
        _shortNames.MatchAt(folded, at) != null || _listed.MatchAt(folded, at, distinctiveOnly: false) != null;

    /// <summary>True when the word <paramref name="start"/>..<paramref name="end"/> begins inside the known name that opens the
    /// mention and runs past its end (长实 + 地产 holds 实地): the characters belong to the name and the trade words after it,
    /// and the word opens no clause.</summary>
    private static bool StraddlesKnownNameEnd(int start, int end, int nameStart, int knownEnd) =>
        knownEnd > nameStart && start >= nameStart && start < knownEnd && end > knownEnd;

    /// <summary>End of the known company's name starting at <paramref name="at"/> when trade words follow it (长实 + 地产), else
    /// <paramref name="at"/>: a known name before other words (上海银行 + 业) is read as the segmenter cuts the text.</summary>
    private int KnownNameEndBeforeTrade(string folded, int at)
    {
        var end = at + Math.Max(_shortNames.MatchAt(folded, at)?.Length ?? 0, _listed.MatchAt(folded, at, distinctiveOnly: false)?.Length ?? 0);
        if (end == at) return at;
        foreach (var trade in UncuedCompanyFinder.TradeEndings)
            if (string.CompareOrdinal(folded, end, trade, 0, trade.Length) == 0) return end;
        return at;
    }

    /// <summary>After the last ranking (500强, 百强) in the mention, or <paramref name="at"/>.</summary>
    private int AfterRanking(string folded, int at, int coreEnd)
    {
        foreach (var end in _rankingEnds)
        {
            var found = folded.LastIndexOf(end, coreEnd - 1, coreEnd - at, StringComparison.Ordinal);
            // 500强|某某: a ranking's end opening the mention after its number is the ranking's too.
            if (found >= at && found > 0 && (char.IsAsciiDigit(folded[found - 1]) || "十百千".Contains(folded[found - 1]))) at = found + end.Length;
        }
        return at;
    }

    /// <summary>After the last noun in the mention that calls the name after it a leader of its trade (<c>[leader-nouns]</c>:
    /// 全球封测龙头某某集团, 行业巨头某某集团), or <paramref name="at"/>: the words before it describe the company. A known
    /// name holding the noun (龙头股份) stays whole.</summary>
    private int AfterLeaderNoun(string folded, int at, int coreEnd)
    {
        foreach (var noun in _leaderNouns)
        {
            var found = coreEnd - at > noun.Length ? folded.LastIndexOf(noun, coreEnd - 1, coreEnd - at, StringComparison.Ordinal) : -1;
            if (found >= at && coreEnd - found - noun.Length >= 2 && _shortNames.MatchAt(folded, found) == null
                && _listed.MatchAt(folded, found, distinctiveOnly: false) == null) at = found + noun.Length;
        }
        return at;
    }

    /// <summary>A list mark, a line break, 由 and 的: a conjunction right after them joins nothing (由和大某某, 产业的和大某某).</summary>
    private const string NothingToJoinBefore = "、\n由的";

    /// <summary>True when a conjunction of one character at <paramref name="at"/> joins nothing and opens a name: at the text's
    /// start, after a list mark, a line break, 由 or 的, or right after a word that opens a list (包括和某某科技…).</summary>
    internal static bool JoinsNothingAt(string folded, int at) =>
        at == 0 || NothingToJoinBefore.Contains(folded[at - 1]) || UncuedCompanyFinder.ListIntroducerEndsAt(folded, at);

    /// <summary>After a conjunction word of one character opening a mention with no legal form (人工智能和大数据: 和 joins
    /// the words before it; a registered name keeps it, 和某某科技股份有限公司), or <paramref name="at"/>; a known name of
    /// three characters or more beginning with the character (和而泰), or the whole mention, stays whole (a two-character
    /// one, 和大, is as likely the conjunction and a word). After a list mark, a line's start, 由 or 的 (、和大某某,
    /// 由和大某某) the character joins nothing: it opens the name.</summary>
    private int AfterOpeningConjunction(string folded, int at, int end)
    {
        if (end - at < 3 || JoinsNothingAt(folded, at)) return at;
        var known = Math.Max(_shortNames.MatchAt(folded, at)?.Length ?? 0, _listed.MatchAt(folded, at, distinctiveOnly: false)?.Length ?? 0);
        if (known >= 3 || known == end - at) return at;
        var words = DomainDictionary.Segmenter.Tag(folded[at..end], hmm: false);
        return words.Count > 1 && words[0].Word.Length == 1 && words[0].Tag == "c" ? at + 1 : at;
    }

    /// <summary>本次会议审理某某有限公司: a mention opening with a pronoun or time word (本次, 该, 今年) is a clause; the name
    /// starts after the clause's first verb, and without a verb there is none to find here.</summary>
    private static int AfterPronounClause(string folded, int at, int coreEnd)
    {
        if (coreEnd - at < 4) return at;
        var words = DomainDictionary.Segmenter.Tag(folded[at..coreEnd], hmm: false);
        if (words.Count < 3 || words[0].Word.Length < 2 || words[0].Tag is not ("r" or "t")) return at;
        var offset = 0;
        for (var i = 0; i < words.Count - 1; i++)
        {
            offset += words[i].Word.Length;
            if (i > 0 && words[i].Tag is "v" or "vn" && words[i].Word.Length >= 2) return at + offset;
        }
        return at;
    }

    /// <summary>True when the mention is a kind of company (上海累计引进跨国公司, 家上市公司, 一批高新技术企业): it ends
    /// with a class head, or a number and a counter (487间), and a company word.</summary>
    public bool IsClassOfCompanies(string name)
    {
        foreach (var word in _companyWords)
        {
            if (!name.EndsWith(word, StringComparison.Ordinal)) continue;
            var before = name.AsSpan(0, name.Length - word.Length);
            foreach (var head in _classHeads)
                if (before.EndsWith(head, StringComparison.Ordinal)) return true;
            // 487间公司, 3家企业: a number and a counter before the company word count companies.
            return IsCountOfCompaniesAt(before, before.Length - 1, digitsOnly: false);
        }
        return false;
    }

    /// <summary>Start of a known place (深圳, 苏州市, 郎溪) written right before <paramref name="start"/> at the start of a
    /// line, after punctuation, a conjunction or a list mark (与郎溪某某电子, 、深圳某某): the place is part of the name.
    /// Else <paramref name="start"/>: after 在, 落户, 位于 and the like the place says where.</summary>
    public int PlaceStartBefore(string folded, int start)
    {
        for (var length = 4; length >= 2; length--)
        {
            var at = start - length;
            if (at < 0) continue;
            var place = folded.Substring(at, length);
            if (!_places.IsPlaceName(place) && !(length > 2 && place[^1] == '市' && _places.IsPlaceName(place[..^1]))) continue;
            if (at == 0 || !ChineseScript.IsHan(folded[at - 1]) || _placeJoins.Contains(folded[at - 1])) return at;
        }
        return start;
    }

    /// <summary>End of 公司 written right after a short name (辉瑞 + 公司), not part of a longer word (公司制) nor a
    /// registered suffix; else <paramref name="end"/>.</summary>
    public static int CompanyWordEnd(string folded, int end) =>
        string.CompareOrdinal(folded, end, "公司", 0, 2) == 0 && (end + 2 == folded.Length || !"制法化章债".Contains(folded[end + 2])) &&
        (end < 2 || !folded.AsSpan(end - 2, 2).SequenceEqual("有限")) ? end + 2 : end;
}
