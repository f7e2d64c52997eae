using System.Text.RegularExpressions;
using Pipeline.Extract.Lexicon;
using Pipeline.Extract.Text;

namespace Pipeline.Extract.Enterprises;

internal sealed partial class UncuedCompanyFinder
{
    // ------------------------------------------------------------------ owners of projects counted in money

    /// <summary>An amount and 的 before a project in a clause about investment (总投资3亿元的…, 投资2亿的…, …、30亿元的…).</summary>
    [GeneratedRegex(
        @"\d[\d.]*(?:(?:亿|万)(?:美元|元)?|(?:美元|元))(?:人民币)?的", RegexOptions.CultureInvariant)]
    private static partial Regex AmountBeforeProject { get; }

    /// <summary>What ends an item of a list of projects.</summary>
    private const string ProjectItemEnds = "、，,；;。：:（()）等\n";

    /// <summary>Longest item read after an amount (owner + what is built + 项目).</summary>
    private const int MaxAmountedItem = 24;

    /// <summary>Longest owner's stem at the head of such an item.</summary>
    private const int MaxProjectHeadStem = 5;

    /// <summary>Last characters of the names of places and works, not companies (凤栖湖, 滨江路, 某某村).</summary>
    private const string FeatureEnds = "湖山河江岛湾港桥路街巷村镇乡寨园苑城区";

    /// <summary>Words that carry a company's stem on as part of its name at the head of a project (宝森国际人参产业园).</summary>
    private static readonly string[] HeadNameTails = { "国际", "集团" };

    /// <summary>Owners at the head of projects a clause about investment counts in money (总投资3亿元的某某液晶模组扩建项目,
    /// 投资2亿的某某食品农林产业园, …、30亿元的某某实业): the item's opening words that are a name — single characters,
    /// words the dictionary lacks, proper nouns (not places) — with the trade words that end it, when what follows is
    /// the works (a description and 项目/产业园/基地) or nothing.</summary>
    public IReadOnlyList<(int Start, int End)> FindAmountedProjectOwners(string folded)
    {
        var found = new List<(int Start, int End)>();
        for (var at = TextCharacters.IndexOf(folded, "投资"); at >= 0; )
        {
            // The amounts of this clause: from 投资 to the clause's end.
            var clauseEnd = folded.AsSpan(at).IndexOfAny("。；;！!？?\n");
            clauseEnd = clauseEnd < 0 ? folded.Length : at + clauseEnd;
            for (var m = AmountBeforeProject.Match(folded, at, clauseEnd - at); m.Success; m = m.NextMatch())
            {
                var start = m.Index + m.Length;
                var end = start;
                while (end < clauseEnd && end - start < MaxAmountedItem && ProjectItemEnds.IndexOf(folded[end]) < 0) end++;
                // 某某食品农林产业园已完成…: the item ends with what is built.
                if (FirstWorksEnd(folded, start, end) is var works and > 0) end = works;
                if (ProjectHeadLength(folded[start..end]) is var length and > 0 && !found.Any(f => f.Start == start))
                    found.Add((start, start + length));
            }
            at = clauseEnd < folded.Length ? folded.IndexOf("投资", clauseEnd, StringComparison.Ordinal) : -1;
        }
        return found;
    }

    /// <summary>Length of the owner's name heading a project item, or 0 when the item opens with ordinary words, a place
    /// or a phrase (电子信息产业园, 城北污水处理厂, 新建年产…).</summary>
    private int ProjectHeadLength(string item)
    {
        if (item.Length < MinStemLength) return 0;
        item = ChineseScript.ToSimplified(item);
        var words = DomainDictionary.Segmenter.Tag(item, hmm: false);
        var cuts = new HashSet<int>();
        var stem = 0;
        foreach (var word in words) cuts.Add(stem += word.Word.Length);
        stem = 0;
        for (var w = 0; w < words.Count && stem < MaxProjectHeadStem + 1; w++)
        {
            var word = words[w];
            // 冷链…, 特发…: an attribute or adverb opens a description, not a name.
            if (w == 0 && word.Word.Length == 1 && word.Tag is "a" or "d" or "ad") return 0;
            // Single characters (佰, 犇), words the dictionary lacks, and proper nouns other than places (恒源 nz, 叶开泰 nr).
            var name = word.Word.Length == 1 ? ChineseScript.IsHan(word.Word[0]) && ClauseCharacters.IndexOf(word.Word[0]) < 0
                : word.Word.All(ChineseScript.IsHan) && (!DomainDictionary.Segmenter.ContainsWord(word.Word) || word.Tag is "nr" or "nrfg" or "nz" or "nt");
            if (!name || EndingAt(item, stem, _tradeEndings) != null) break;
            stem += word.Word.Length;
        }
        if (stem is < MinStemLength or > MaxProjectHeadStem) return 0;
        var end = stem;
        var trades = 0;
        // A trade word ends a word of the item (某某机械 + 配件 is 机械配件, a product).
        for (; EndingAt(item, end, _tradeEndings) is { } trade && cuts.Contains(end + trade.Length); trades++) end += trade.Length;
        if (trades == 0 && HeadNameTails.FirstOrDefault(t => string.CompareOrdinal(item, end, t, 0, t.Length) == 0) is { } tail) end += tail.Length;
        // 某某智能电子终端产品项目: two trade words and more after them describe the product, not the owner.
        // 某某集团新能源汽车零部件基地: 集团 right after the stem stays the owner's.
        if (trades >= 2 && end < item.Length) end = string.CompareOrdinal(item, stem, "集团", 0, 2) == 0 ? stem + 2 : stem;
        // 某某石油 + 海洋石油装备生产项目, 某某电力 + 储能项目: a line of business no trade ending lists, right after a stem of
        // two characters and before more of what is built, is the owner's: cut before it, the bare stem is a name the page
        // never writes (a longer stem is a name already: 某某绿能 + 光伏产业基地).
        else if (end == stem && stem == MinStemLength && LineOfBusinessAt(words, stem) is var line and > 0 && item.Length - (stem + line) >= 2 && IsProjectWorks(item[(stem + line)..]))
            end = stem + line;
        var head = item[..stem];
        if (DescriptiveStarts.Contains(head[0]) || FeatureEnds.Contains(head[^1]) || StartsLikeAPhrase(head) || HoldsFunctionWord(head)) return 0;
        if (_places.IsKnownPlace(head) || _nonStems.Contains(head) || ContextCompanyFinder.IsOrdinaryWord(head) || !_context.IsCompanyItem(item[..end])) return 0;
        // What follows the name is the works: 项目, a park or base, or nothing (…、某某实业、).
        var rest = item[end..];
        return rest.Length == 0 && end > stem || rest.Length >= 2 && IsProjectWorks(rest) ? end : 0;
    }

    private static readonly Lazy<HashSet<string>> LazyOwnerLines = new(() => new HashSet<string>(Section(Cues.Value, "owner-lines"), StringComparer.Ordinal));

    /// <summary>Length of the word of the item starting at <paramref name="at"/> when it is a line of business that ends an
    /// owner's name (<c>[owner-lines]</c>: 石油, 电力) and a word of its own there (石油化工 is another), else 0.</summary>
    private static int LineOfBusinessAt(IReadOnlyList<Segmentation.TaggedWord> words, int at)
    {
        var offset = 0;
        foreach (var (word, _) in words)
        {
            if (offset == at) return LazyOwnerLines.Value.Contains(word) ? word.Length : 0;
            if ((offset += word.Length) > at) return 0;
        }
        return 0;
    }

    // ------------------------------------------------------------------ owners of works listed or starting

    private static readonly Lazy<string[]> LazyWorksStartVerbs = new(() => Section(Cues.Value, "works-start-verbs"));
    private static readonly Lazy<string[]> LazyWorksStartAdverbs = new(() => Section(Cues.Value, "works-start-adverbs"));
    private static readonly Lazy<string[]> LazyListIntroducers = new(() => Section(Cues.Value, "list-introducers"));

    /// <summary>True when a word that opens a list (<c>[list-introducers]</c>: 包括, 分别是) ends right before
    /// <paramref name="at"/>: what starts there is the list's first item.</summary>
    internal static bool ListIntroducerEndsAt(string text, int at) =>
        LazyListIntroducers.Value.Any(w => at >= w.Length && string.CompareOrdinal(text, at - w.Length, w, 0, w.Length) == 0);

    /// <summary>Longest item that names works (owner + what is built + 项目/基地): longer than an amounted one, since no
    /// amount stands before it to bound it.</summary>
    private const int MaxWorksItem = 30;

    /// <summary>What ends an item of works on its left: a clause's or a list's break.</summary>
    private const string WorksItemStarts = "、，,；;。：:（()）！!？?\n";

    /// <summary>Owners heading works that are listed (包括某某科技产业园项目、某某西南总部基地项目等; 某某生产基地、…等多个项目) or that
    /// start as a clause's subject (某某岩棉生产线项目正式动工, 某某电力项目同步开工, 某某木材加工项目开工仪式…,
    /// <c>[works-start-verbs]</c>): each item ending with what is built is read for its owner as an amounted item is
    /// (<see cref="ProjectHeadLength"/>: a name of its own, never a place or ordinary words). The text is folded, so
    /// Simplified already (<see cref="TextNormalizer.Fold"/>).</summary>
    public IReadOnlyList<(int Start, int End)> FindWorksItemOwners(string folded)
    {
        var found = new List<(int Start, int End)>();
        foreach (var works in ListedWorkEnds)
            for (var at = TextCharacters.IndexOf(folded, works); at >= 0; at = folded.IndexOf(works, at + works.Length, StringComparison.Ordinal))
            {
                var end = at + works.Length;
                if (!IsListedWorks(folded, end) && !StartsWorks(folded, end)) continue;
                var start = WorksItemStart(folded, at);
                if (start < 0 || found.Any(f => f.Start == start)) continue;
                // 某某中心常州基地: the base of a centre, an institute, not a company's.
                if (ProjectHeadLength(folded[start..end]) is var length and > 0 && !HoldsClause(folded, start + length, at) &&
                    string.CompareOrdinal(folded, start + length, "中心", 0, 2) != 0)
                    found.Add((start, start + length));
            }
        return found;
    }

    /// <summary>Characters of a clause (某某一行先后来到…产业园: a visit, not works), never in a description of what is built.</summary>
    private const string WorksClauseCharacters = "的了在是把被将从向对说称到来去行";

    /// <summary>True when the text between an owner and its works holds a clause's characters.</summary>
    private static bool HoldsClause(string text, int from, int to) => text.AsSpan(from, to - from).IndexOfAny(WorksClauseCharacters) >= 0;

    /// <summary>Works an owner's item ends with in a list or before a start (not 中心 or 总部: 某某研发中心 is as often an
    /// institute's or a platform's; not 产业园: 某某电力双创低碳产业园 is a park named after a company, which gold leaves).</summary>
    private static readonly string[] ListedWorkEnds = { "项目", "基地" };

    /// <summary>True when the works ending at <paramref name="end"/> are an item of a list (…项目、…; …基地等).</summary>
    private static bool IsListedWorks(string text, int end) => end < text.Length && text[end] is '、' or '等';

    /// <summary>True when the works ending at <paramref name="end"/> start (正式动工, 同步开工, 开工仪式).</summary>
    private static bool StartsWorks(string text, int end)
    {
        foreach (var adverb in LazyWorksStartAdverbs.Value)
            if (string.CompareOrdinal(text, end, adverb, 0, adverb.Length) == 0) { end += adverb.Length; break; }
        return LazyWorksStartVerbs.Value.Any(v => string.CompareOrdinal(text, end, v, 0, v.Length) == 0);
    }

    /// <summary>Start of the item of works whose last word begins at <paramref name="worksAt"/>: after a break or a list's
    /// introducer (包括), or -1 when the item is longer than <see cref="MaxWorksItem"/> or holds other works before.</summary>
    private static int WorksItemStart(string text, int worksAt)
    {
        for (var start = worksAt; start > 0 && worksAt - start <= MaxWorksItem; start--)
        {
            if (WorksItemStarts.IndexOf(text[start - 1]) >= 0 || ListIntroducerEndsAt(text, start))
                // 20个重大项目有…: another project before the item makes it a clause, not an item (某某产业园项目 is one).
                return text.AsSpan(start, worksAt - start).Contains("项目", StringComparison.Ordinal) ? -1 : start;
        }
        return -1;
    }

    /// <summary>Endings of what a project builds (…扩建项目, …人参产业园, …研发生产基地).</summary>
    private static readonly string[] ProjectWorkEnds = { "项目", "产业园", "基地", "工厂", "中心", "总部" };

    /// <summary>End of the first word of what is built (项目, 产业园) in folded[start..end], or 0.</summary>
    private static int FirstWorksEnd(string folded, int start, int end)
    {
        var first = 0;
        foreach (var works in ProjectWorkEnds)
            if (folded.IndexOf(works, start, end - start, StringComparison.Ordinal) is var at and >= 0 && (first == 0 || at + works.Length < first))
                first = at + works.Length;
        return first;
    }

    private static bool IsProjectWorks(string rest) => ProjectWorkEnds.Any(e => rest.EndsWith(e, StringComparison.Ordinal));

    private static readonly Lazy<string[]> LazyDescribingTrades = new(() => Section(Cues.Value, "describing-trades"));

    /// <summary>Longest description read between a name and the works it is followed by (产业联创 + 中心, 配电网产品研发制造 + 基地).</summary>
    private const int MaxWorksDescription = 12;

    /// <summary>Shortest description that makes the trade words before it the works' (产业联创 + 中心, not 研发 + 中心).</summary>
    private const int MinWorksDescription = 3;

    /// <summary>True when a region or a known place follows <paramref name="end"/> (某某智能 + 华东总部, + 成都产业园).</summary>
    private bool IsFollowedByRegion(string folded, int end) =>
        EndingAt(folded, end, _ownerRegions) != null || _places.KnownPlaceLengthAt(folded, end) > 0;

    /// <summary>End of the name <paramref name="start"/>..<paramref name="end"/> less the trade words that end it and as often
    /// open a description of works (<c>[describing-trades]</c>: 某某智能 + 产业联创中心, 某某智能智造 + 研发生产基地), when more
    /// description and the works (项目, 基地, 中心 …) follow with no break: those words say what is built. Before a region and
    /// what a company owns there (某某智能华东总部), a cue, or no works, <paramref name="end"/>.</summary>
    public int WithoutDescribingTrades(string folded, int start, int end)
    {
        var cut = end;
        while (LazyDescribingTrades.Value.FirstOrDefault(w => cut - w.Length - start >= MinStemLength &&
                   string.CompareOrdinal(folded, cut - w.Length, w, 0, w.Length) == 0) is { } word)
            cut -= word.Length;
        if (cut == end || IsFollowedByOwnedPhase(folded, end) || IsFollowedByRegion(folded, end)) return end;
        var worksAt = -1;
        foreach (var works in ProjectWorkEnds)
            if (folded.IndexOf(works, end, Math.Min(folded.Length - end, MaxWorksDescription + works.Length), StringComparison.Ordinal) is var at and >= 0 &&
                (worksAt < 0 || at < worksAt))
                worksAt = at;
        // The description: three characters or more of text (某某智能研发中心 may be the company's own centre), no clause
        // (某某智能的研发中心) and no break.
        if (worksAt - end < MinWorksDescription) return end;
        var description = folded.AsSpan(end, worksAt - end);
        foreach (var c in description)
            if (!ChineseScript.IsHan(c) || WorksClauseCharacters.IndexOf(c) >= 0) return end;
        // The name the finder read before them stands (罗克韦尔 is a dictionary word and a company); a place does not.
        return _places.IsKnownPlace(folded[start..cut]) ? end : cut;
    }

    // ------------------------------------------------------------------ foreign companies by their country

    private static readonly Lazy<string[]> LazyCountryPrefixes = new(() => Section(Cues.Value, "country-prefixes"));

    /// <summary>Countries written before a foreign company's name (<c>[country-prefixes]</c>: 美国, 德国, 日本).</summary>
    internal static IReadOnlyList<string> CountryPrefixes => LazyCountryPrefixes.Value;

    /// <summary>Length of the country a found name begins with when a coined stem, or the short name of a company the lists know
    /// (德国宝马集团 → 宝马集团), and trade words follow it (韩国某某汽车 → 某某汽车), else 0: a country before ordinary words is
    /// part of the name (英国石油).</summary>
    internal static int CountryPrefixLength(string folded, int start, int end)
    {
        foreach (var country in LazyCountryPrefixes.Value)
        {
            if (end - start - country.Length < MinStemLength + 2 || string.CompareOrdinal(folded, start, country, 0, country.Length) != 0) continue;
            var stemEnd = end;
            while (TradeEndingAt(folded, start + country.Length, stemEnd) is { } trade)
                stemEnd -= trade.Length;
            if (stemEnd == end || stemEnd - start - country.Length < MinStemLength) return 0;
            var stem = folded[(start + country.Length)..stemEnd];
            return IsCoinedStem(stem) || IsKnownShortName(stem) || IsTransliteratedName(stem) ? country.Length : 0;
        }
        return 0;
    }

    /// <summary>True when <paramref name="stem"/> is words of two characters or more, one at least a proper noun of the dictionary
    /// and none a verb or a place (标致 + 雪铁龙): a foreign company's transliterated name, which the country before it only
    /// locates. Common nouns alone keep the country (德国大众集团: 大众 is a word; 英国石油: 石油 a trade).</summary>
    private static bool IsTransliteratedName(string stem)
    {
        var words = DomainDictionary.Segmenter.Tag(stem, hmm: false);
        return words.Any(w => w.Tag is "nz" or "nt" or "nrt" or "nr") &&
               words.All(w => w.Word.Length >= 2 && w.Tag.Length > 0 && w.Tag[0] != 'v' && w.Tag != "ns");
    }

    /// <summary>True when <paramref name="stem"/> is a hand-listed short name (宝马, 巴斯夫) or a listed company's distinctive one:
    /// a known company, though the dictionary holds its name as a word.</summary>
    private static bool IsKnownShortName(string stem) =>
        ShortNameList.Default.MatchAt(stem, 0) == stem || ListedCompanyLexicon.Default.Contains(stem);

    /// <summary>The first trade ending that ends at <paramref name="end"/> and leaves text after <paramref name="stemStart"/>, or null
    /// (a loop, not a lambda: its closure was allocated at every call, most of which never reach it).</summary>
    private static string? TradeEndingAt(string folded, int stemStart, int end)
    {
        foreach (var t in LazyTradeEndings.Value)
            if (end - t.Length > stemStart && string.CompareOrdinal(folded, end - t.Length, t, 0, t.Length) == 0) return t;
        return null;
    }

    /// <summary>Foreign companies written after their country (美国某某医疗在沪设立…, 韩国某某汽车增资…, 德国某某公司投资…):
    /// a stem of its own — coined or one proper noun, not a place — then trade words or 公司. The country is left out
    /// of the name.</summary>
    public IReadOnlyList<(int Start, int End)> FindCountryPrefixedNames(string folded)
    {
        var found = new List<(int Start, int End)>();
        foreach (var country in LazyCountryPrefixes.Value)
            for (var at = TextCharacters.IndexOf(folded, country); at >= 0; at = folded.IndexOf(country, at + country.Length, StringComparison.Ordinal))
            {
                var start = at + country.Length;
                for (var stem = MinStemLength; stem <= MaxStemLength && start + stem < folded.Length && ChineseScript.IsHan(folded[start + stem - 1]); stem++)
                {
                    var stemText = folded.Substring(start, stem);
                    if (string.CompareOrdinal(folded, start + stem, "公司", 0, 2) == 0)
                    {
                        // 美国某某公司: a stem of its own before a bare 公司 (not 美国汽车公司).
                        if (IsOwnStem(stemText) && !_places.IsKnownPlace(stemText) && !HoldsFunctionWord(stemText) && IsShapedName(stemText + "公司", stemText))
                            found.Add((start, start + stem + 2));
                        break;
                    }
                    if (EndingAt(folded, start + stem, _tradeEndings) is not { } trade) continue;
                    var end = start + stem + trade.Length;
                    while (EndingAt(folded, end, _tradeEndings) is { } more) end += more.Length;
                    if (IsOwnStem(stemText) && !_places.IsKnownPlace(stemText) && IsShapedName(folded[start..end], stemText)) found.Add((start, end));
                    break;
                }
            }
        return found;
    }

    // ------------------------------------------------------------------ Latin names with a legal form

    /// <summary>A Latin name and the legal form foreign companies register under (Caldic B.V., Siemens AG, Apple Inc.,
    /// SINA Corporation): the whole is a company's registered name.</summary>
    [GeneratedRegex(
        @"(?<![A-Za-z0-9&.\-])(?<name>[A-Z][A-Za-z0-9&\-]*(?:[ ,]{0,2}[A-Z][A-Za-z0-9&\-]*){0,4}?)[ ,]{0,2}" +
        @"(?<form>B\.V\.?|N\.V\.?|GmbH|Inc\.?|Ltd\.?|Limited|Corporation|Corp\.|LLC|S\.A\.|S\.p\.A\.?|PLC|plc|Pte\.? ?Ltd\.?|Pty\.? ?Ltd\.?| AG| SE)(?![A-Za-z])",
        RegexOptions.CultureInvariant)]
    private static partial Regex LatinRegisteredName { get; }

    /// <summary>Latin names with a legal form (<see cref="LatinRegisteredName"/>); the name must hold a word of three
    /// letters or more of its own before the form.</summary>
    public IReadOnlyList<(int Start, int End)> FindLatinRegisteredNames(string folded)
    {
        var found = new List<(int Start, int End)>();
        for (var m = LatinRegisteredName.Match(folded); m.Success; m = m.NextMatch())
        {
            if (m.Groups["name"].Value.Count(char.IsAsciiLetter) >= MinLatinLetters) found.Add((m.Index, m.Index + m.Length));
        }
        return found;
    }
}
