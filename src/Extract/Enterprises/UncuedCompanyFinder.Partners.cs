using Pipeline.Extract.Lexicon;
using Pipeline.Extract.Segmentation;
using Pipeline.Extract.Text;

namespace Pipeline.Extract.Enterprises;

/// <summary>A name joined to a known company by 和, 及 or 与 (晶盛机电和京运通对外…, 友达集团及长兴化工合资…, 默克集团、新应材及立新化工陆续…):
/// a pair is a list of two, and company-ness carries across the joiner to the name on the other side when that name is shaped
/// like a company's — a stem of its own and trade words (立新化工), or a coined stem (京运通). The words after the name are
/// the clause (陆续, 对外, 合资), not part of it.</summary>
internal sealed partial class UncuedCompanyFinder
{
    /// <summary>How far past a joiner the partner's words are read.</summary>
    private const int MaxPartnerRun = 12;

    /// <summary>Spans of names joined to one of <paramref name="companies"/> (spans already found) by a joiner right after it.</summary>
    public IReadOnlyList<(int Start, int End)> FindJoinedPartners(string folded, IReadOnlyList<(int Start, int End)> companies)
    {
        var found = new List<(int, int)>();
        foreach (var (_, end) in companies)
        {
            if (end + 1 >= folded.Length || !ItemJoiners.Contains(folded[end])) continue;
            var from = end + 1;
            if (companies.Any(c => c.Start == from)) continue;
            var runEnd = from;
            while (runEnd < folded.Length && runEnd - from < MaxPartnerRun && ChineseScript.IsHan(folded[runEnd])) runEnd++;
            if (runEnd - from < MinStemLength) continue;
            var words = DomainDictionary.Segmenter.Tag(folded[from..runEnd], hmm: false);
            if (PartnerLength(words) is not { } length || !EndsBeforeClause(words, length, runCut: runEnd - from == MaxPartnerRun)) continue;
            var name = folded.Substring(from, length);
            if (IsRefusedUncuedName(name) || IsKnownCommonWord(name) || _context.IsCommonNounPhrase(name)) continue;
            found.Add((from, from + length));
        }
        return found;
    }

    /// <summary>Length of the partner's name at the start of <paramref name="words"/>, or null: a stem word of its own (coined
    /// or a proper noun, not a place alone) and the trade words after it (立新 + 化工), or a coined run of single characters with
    /// trade words (立丰化工) or of three characters (京运通).</summary>
    private int? PartnerLength(IReadOnlyList<TaggedWord> words)
    {
        var stem = words[0].Word;
        if (stem.Length >= MinStemLength)
        {
            var length = stem.Length;
            var at = 1;
            while (at < words.Count && IsTradeWords(words[at].Word)) length += words[at++].Word.Length;
            // 更加智能的…: a trade word that qualifies what follows names no company.
            if (at < words.Count && words[at].Word[0] == '的') return null;
            // A stem alone (立新) is no name; a coined stem of three characters or more (京运通) is.
            if (at > 1) return IsStemBeforeTrade(words[0]) ? length : null;
            return stem.Length >= 3 && IsCoinedStem(stem) && !DescriptiveStarts.Contains(stem[0]) ? length : null;
        }
        // 立 + 丰 + 化工, 京 + 运通 + 对外: single characters (and what follows them up to three characters) that make no word
        // together, then trade words or nothing; no common noun among them (各 + 企业, 新 + 产品 describe) and no function word
        // or pronoun first (被 + 投资, 该 + 公司).
        if (NotNameStarts.Contains(stem[0])) return null;
        var coined = 0;
        var index = 0;
        while (index < words.Count && coined < 3 && words[index].Word.Length <= 2 && words[index].Tag != "n" && !IsTradeWords(words[index].Word))
            coined += words[index++].Word.Length;
        var run = string.Concat(words.Take(index).Select(w => w.Word));
        if (coined is < 2 or > 3 || !IsCoinedStem(run) || StartsLikeAPhrase(run)) return null;
        var withTrades = coined;
        while (index < words.Count && IsTradeWords(words[index].Word)) withTrades += words[index++].Word.Length;
        return withTrades > coined || coined == 3 ? withTrades : null;
    }

    /// <summary>Whether the partner's name of <paramref name="length"/> characters ends where the text's name characters end or where what is said
    /// of the pair begins (陆续, 对外, 合资 — a verb, adverb, preposition, conjunction, auxiliary or place word of two characters
    /// or more): 华强睿 + 嘉基金, 南虹桥 + 管委办 go on with more of a name.</summary>
    private static bool EndsBeforeClause(IReadOnlyList<TaggedWord> words, int length, bool runCut)
    {
        var read = 0;
        var index = 0;
        while (index < words.Count && read < length) read += words[index++].Word.Length;
        if (read != length) return false;
        if (index == words.Count) return !runCut;
        var next = words[index];
        return next.Word.Length >= 2 && next.Tag[0] is 'v' or 'd' or 'p' or 'c' or 'u' or 's';
    }

    /// <summary>A word that can be the stem of a name before trade words (立新 + 化工, 鼎新 + 电子科技, 长兴 + 化工): a stem of its
    /// own, or a word jieba reads as an adverb (立新, 鼎新 are no adverbs before a trade) — never a common noun, verb,
    /// attribute, time or number word (石油化工, 精细化工, 高端装备, 目前化工 describe), nor a determiner or a country (美国汽车).</summary>
    private static bool IsStemBeforeTrade(TaggedWord word) =>
        word.Word.Length is >= MinStemLength and <= 4 && !NotNameStarts.Contains(word.Word[0]) && !ContextCompanyFinder.IsGenericModifier(word.Word) &&
        !CountryPrefixes.Contains(word.Word) && (IsOwnStem(word.Word) || word.Tag == "d");

    /// <summary>Characters that begin a phrase, not a name: function words, pronouns and determiners.</summary>
    private const string NotNameStarts = "的了由在对向把被将从给让据于与及或并而是等还为也都已就再又和全该本各这那每某其我此多两几";

}
