using System.Text.RegularExpressions;
using Pipeline.Extract.Lexicon;
using Pipeline.Extract.Text;

namespace Pipeline.Extract.Enterprises;

/// <summary>Names a market report moves by a percentage (信利国际涨10.4%, 工行和交行跌逾1%, 石药集团与某某制药各跌3%): in a
/// report on a stock market — the page names its index or board ([price-move-pages]: 恒指, 蓝筹, 沪指) — the subject
/// of a rise or fall in percent is a listed company, unless it is an index, a sector, a market, a metric, a currency
/// or a commodity ([price-mover-non-names], [price-mover-endings]: 科技指数, 内银股, 营收, 油价, 人民币).</summary>
internal sealed partial class UncuedCompanyFinder
{
    /// <summary>A rise or fall in percent (升逾2%, 跌近3%, 涨4.4%, 升百分之一, 跌半成, 涨幅也超过 8%, 周涨幅达20.2%): the verb
    /// starts the match. A list of movers may print the percent alone after each name (化工股某某87.06%、光学股某某29.1%。):
    /// a percent right after a name's Han character (not after 约, 达, 增 …) that a list's separator follows, or that ends
    /// the sentence of such a list, starts the match too; a percent a comma follows (年增12%，) is no list's item.</summary>
    [GeneratedRegex(
        @"(?:升|跌|涨|挫|扬)幅?(?:也|亦)?(?:达到|达|为)?(?:近|逾|约|超过|超|了)? ?(?:\d+(?:\.\d+)?(?:%|成)|百分之[\d一二三四五六七八九十]|[一二三四五六七八九半]成)" +
        @"|(?<=\p{IsCJKUnifiedIdeographs})(?<![约近逾达为增减占比])\d+(?:\.\d+)?%(?:(?=[、;；])|(?<=%、[^、。，,;；]{1,24})(?=。))",
        RegexOptions.CultureInvariant)]
    private static partial Regex PriceMove { get; }

    /// <summary>How far back from the move a mover's run of Han characters is read.</summary>
    private const int MaxMoverRun = 16;

    private const int MaxMoverNameLength = 8;

    private static readonly Lazy<string[]> LazyPriceMovePages = new(() => Section(Cues.Value, "price-move-pages"));
    private static readonly Lazy<string[]> LazyPriceMoveAdverbs = new(() => Section(Cues.Value, "price-move-adverbs"));
    private static readonly Lazy<HashSet<string>> LazyNonMovers = new(() => new HashSet<string>(Section(Cues.Value, "price-mover-non-names")));
    private static readonly Lazy<string[]> LazyNonMoverEndings = new(() => Section(Cues.Value, "price-mover-endings"));
    private static readonly Lazy<string> LazyMoverKindEnds = new(() => string.Concat(Section(Cues.Value, "price-mover-kind-ends")));

    /// <summary>Spans of the names a market report moves by a percentage; none on a page that reports on no market.</summary>
    public IReadOnlyList<(int Start, int End)> FindPriceMovers(string folded)
    {
        var found = new List<(int, int)>();
        if (!LazyPriceMovePages.Value.Any(cue => folded.Contains(cue, StringComparison.Ordinal))) return found;
        foreach (Match m in PriceMove.Matches(folded))
        {
            var runStart = m.Index;
            while (runStart > 0 && m.Index - runStart < MaxMoverRun && ChineseScript.IsHan(folded[runStart - 1])) runStart--;
            // The run must open its clause: a Han character further back would make it the tail of a longer phrase.
            if (runStart > 0 && ChineseScript.IsHan(folded[runStart - 1])) continue;
            var runEnd = WithoutTrailingAdverbs(folded, runStart, m.Index);
            // 半导体设备机台厂某某, 矽智财股某某, IC商某某: a mover filed under its kind of business is named after the kind.
            if (AfterMoverKind(folded, runStart, runEnd) is { } afterKind)
            {
                found.Add(afterKind);
                continue;
            }
            // 工行和交行跌逾1%, 石药集团与某某制药各跌: each name joined before one move moves with it.
            var itemStart = runStart;
            for (var at = runStart; at <= runEnd; at++)
            {
                if (at < runEnd && !"和及与、".Contains(folded[at])) continue;
                if (MoverName(folded, itemStart, at) is { } name) found.Add(name);
                itemStart = at + 1;
            }
        }
        return found.Distinct().ToList();
    }

    /// <summary>Where the mover's name ends before the adverbs between it and its move (亦, 各, 再, 大, 早段).</summary>
    private static int WithoutTrailingAdverbs(string folded, int start, int end)
    {
        var cut = true;
        while (cut)
        {
            cut = false;
            foreach (var adverb in LazyPriceMoveAdverbs.Value)
                if (end - start > adverb.Length + 1 && string.CompareOrdinal(folded, end - adverb.Length, adverb, 0, adverb.Length) == 0)
                {
                    end -= adverb.Length;
                    cut = true;
                    break;
                }
        }
        return end;
    }

    /// <summary>The mover's name after the kind of business a market list files it under (化工股某某, 医疗器材厂某某,
    /// 服务商某某; a kind printed in Latin leaves the kind's last character opening the run: IC商某某), or null when the run
    /// names no kind — the kind must be two characters or more, or open the run, so that 招商局港口 keeps its 商.</summary>
    private (int Start, int End)? AfterMoverKind(string folded, int start, int end) =>
        KindEnd(folded, start, end) is var after and >= 0 ? MoverName(folded, after, end) : null;

    /// <summary>Where the kind of business a list files a company under ends before its name (化工股某某, 医疗器材厂某某, 二极体制造商某某,
    /// IC商某某: <c>[price-mover-kind-ends]</c>), leaving a stem for the name, or -1. The kind is two characters or more or opens
    /// the run, and its last character is no part of a word or known name that goes on past it (招商局, 商贸, 厂房, 股份, 的招商证券:
    /// the character begins or sits inside a word there, not a kind's end).</summary>
    internal int KindEnd(string folded, int start, int end)
    {
        for (var at = end - 1 - MinStemLength; at >= start; at--)
        {
            if (LazyMoverKindEnds.Value.IndexOf(folded[at]) < 0) continue;
            if (at > start && at - start < 2 || GoesOnPast(folded, at)) return -1;
            return at + 1;
        }
        return -1;
    }

    private static readonly Lazy<string[]> LazyKindEndWords = new(() => Section(Cues.Value, "kind-end-words"));

    /// <summary>True when the character at <paramref name="at"/> opens a word with what follows (<c>[kind-end-words]</c>: 商贸,
    /// 厂房, 股份) or sits inside a known company's name that starts up to three characters before it (招商证券).</summary>
    private static bool GoesOnPast(string folded, int at)
    {
        if (LazyKindEndWords.Value.Any(w => string.CompareOrdinal(folded, at, w, 0, w.Length) == 0)) return true;
        for (var back = 1; back <= 3 && at - back >= 0; back++)
            if ((ShortNameList.Default.MatchAt(folded, at - back)?.Length ?? 0) > back ||
                (ListedCompanyLexicon.Default.MatchAt(folded, at - back)?.Length ?? 0) > back) return true;
        return false;
    }

    /// <summary>The span of a mover's name in <paramref name="start"/>..<paramref name="end"/> after the market word
    /// that files it (重磅股友邦 → 友邦), or null when what moves is no company.</summary>
    private (int Start, int End)? MoverName(string folded, int start, int end)
    {
        if (_marketWords.FirstOrDefault(w => end - start - w.Length >= MinStemLength && string.CompareOrdinal(folded, start, w, 0, w.Length) == 0) is { } market)
            start += market.Length;
        var name = folded[start..end];
        if (name.Length < MinStemLength || name.Length > MaxMoverNameLength) return null;
        if (LazyNonMovers.Value.Contains(name) || LazyNonMoverEndings.Value.Any(e => name.EndsWith(e, StringComparison.Ordinal))) return null;
        if (_places.IsKnownPlace(name) || IsKnownCommonWord(name) || StartsLikeAPhrase(name) || HoldsFunctionWord(name) || LeadingPhraseLength(name) > 0) return null;
        return (start, end);
    }
}
