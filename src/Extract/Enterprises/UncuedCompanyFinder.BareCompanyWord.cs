using System.Text.RegularExpressions;
using Pipeline.Extract.Lexicon;
using Pipeline.Extract.Segmentation;
using Pipeline.Extract.Text;

namespace Pipeline.Extract.Enterprises;

/// <summary>Names written with a bare 公司 (no 有限, 集团 or 股份 before it) whose words say they are names: a proper noun
/// of the dictionary (路透公司, 汤姆森公司, 吉百利公司) or a stem of its own and trade words (亚兴测量公司). Descriptions
/// end with 公司 as often (科技公司, 平台公司, 美国公司, 该公司): their words are common words, places or pronouns.</summary>
internal sealed partial class UncuedCompanyFinder
{
    /// <summary>How far back from 公司 the words of its name are read.</summary>
    private const int MaxBareNameRun = 10;

    /// <summary>Tags of proper nouns that name a company before 公司: organisations, other proper nouns, and the
    /// transliterated names jieba tags as people's (汤姆森, 吉百利). Places (ns) are not: 美国公司, 上海公司 describe.</summary>
    private static readonly HashSet<string> CompanyNameTags = new() { "nt", "nz", "nr", "nrt", "nrfg" };

    /// <summary>Spans of names with a bare 公司, 公司 included (路透公司, 亚兴测量公司).</summary>
    public IReadOnlyList<(int Start, int End)> FindNamesBeforeBareCompanyWord(string folded)
    {
        var found = new List<(int, int)>();
        foreach (Match m in EnterpriseSpanFinder.BareCompanySuffix.Matches(folded))
        {
            var runStart = m.Index;
            while (runStart > 0 && m.Index - runStart < MaxBareNameRun && ChineseScript.IsHan(folded[runStart - 1])) runStart--;
            if (m.Index - runStart < MinStemLength) continue;
            var words = DomainDictionary.Segmenter.Tag(folded[runStart..m.Index], hmm: false);
            var nameLength = ProperNounLength(words) ?? ShapedNameLength(words);
            if (nameLength is not { } length) continue;
            var start = m.Index - length;
            var name = folded[start..m.Index];
            if (IsRefusedUncuedName(name) || CountryPrefixes.Contains(name)) continue;
            found.Add((start, m.Index + 2));
        }
        return found;
    }

    /// <summary>Refusals both finders of names without a cue (a bare 公司, a partner after 和/及/与) apply to a candidate: a
    /// known place, a word that is no stem, a generic modifier, a person's title inside it, or a word the context stage
    /// does not take for a company item.</summary>
    private bool IsRefusedUncuedName(string name) =>
        _places.IsKnownPlace(name) || _nonStems.Contains(name) || ContextCompanyFinder.IsGenericModifier(name) ||
        HoldsPersonTitle(name) || !_context.IsCompanyItem(name) || IsPersonsName(name);

    /// <summary>Length of the proper noun right before 公司 (路透, 汤姆森), or null.</summary>
    private static int? ProperNounLength(IReadOnlyList<TaggedWord> words)
    {
        var last = words[^1];
        return last.Word.Length >= MinStemLength && CompanyNameTags.Contains(last.Tag) && last.Word.All(ChineseScript.IsHan) ? last.Word.Length : null;
    }

    /// <summary>Length of a stem of its own and the trade words after it, right before 公司 (亚兴 + 电子科技), or null: one to two trade words, then a stem word (<see cref="IsStemBeforeTrade"/>).</summary>
    private int? ShapedNameLength(IReadOnlyList<TaggedWord> words)
    {
        var at = words.Count;
        var trades = 0;
        while (at > 0 && IsTradeWords(words[at - 1].Word)) { at--; trades++; }
        if (trades == 0 || at == 0) return null;
        // 上海电子公司: a place and a trade before 公司 is the place rule's (EnterpriseSpanFinder), which asks for more words.
        if (!IsStemBeforeTrade(words[at - 1]) || _places.IsKnownPlace(words[at - 1].Word)) return null;
        return words.Skip(at - 1).Sum(w => w.Word.Length);
    }

    /// <summary>A word made of trade endings only (电子, 电子科技, 新材料).</summary>
    private bool IsTradeWords(string word)
    {
        var end = word.Length;
        while (end > 0 && EndingBefore(word, end) is { } trade) end -= trade.Length;
        return end == 0;
    }
}
