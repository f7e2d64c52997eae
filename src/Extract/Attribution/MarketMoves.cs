using Pipeline.Extract.Figures;
using Pipeline.Extract.Resources;
using Pipeline.Extract.Text;

namespace Pipeline.Extract.Attribution;

/// <summary>
/// Market copy: what a move or a close of a share price or an index measures. Stock-market wraps name no measure: a
/// company, an index or nothing at all stands before a move word (騰訊控股跌3.44%, 恒生指數跌1.93%, 智譜逆勢大漲20.89%, 大盤終場下跌
/// 283.45點, ,跌2.06%) or a closing word (收在24236.45點, 每股2330元作收). The move of a company is the move of its share price
/// (股價跌幅, 股價大漲), the move of an index or of nothing named is the move as printed (跌幅 for a bare 跌, 大升, 下挫), and a
/// close is the closing price (收盤價) of a company, the close (收盤) of an index. A clause that names a measure (營收大增, 出口下跌)
/// is not market copy and keeps its metric. The words are the [market-…] sections of Resources/metric-words.txt.
/// </summary>
internal static class MarketMoves
{
    private static readonly ResourceFile File = ResourceFile.Load("metric-words.txt");
    private static string[] Longest(string section) => File[section].OrderByDescending(w => w.Length).ToArray();

    /// <summary>Move words only market copy uses (跌, 大涨, 急挫): a move of whatever stands before them, named or not.</summary>
    private static readonly string[] Moves = Longest("market-move");

    /// <summary>Move words of any measure (上涨, 下跌, 上升): market copy only after a company or a market's name.</summary>
    private static readonly string[] Changes = Longest("market-change");

    private static readonly ResourceFile EnterpriseCues = ResourceFile.Load(Enterprises.UncuedCompanyFinder.FileName);

    /// <summary>What moves in market copy and is no company (大盘, 营收, 人民币), and endings of such (指数, 价, 额).</summary>
    private static readonly HashSet<string> NonMovers = EnterpriseCues["price-mover-non-names"].ToHashSet(StringComparer.Ordinal);
    private static readonly string[] NonMoverEndings = EnterpriseCues["price-mover-endings"].ToArray();

    /// <summary>How long an unknown company's name before a move is (智谱, 建滔积层板).</summary>
    private const int MinMoverName = 2;
    private const int MaxMoverName = 8;

    /// <summary>Both kinds of move word, the longest first.</summary>
    private static readonly string[] AllMoves = Moves.Concat(Changes).OrderByDescending(w => w.Length).ToArray();

    /// <summary>Words that say how or when a price moved (逆势, 一度; the enterprise stage's [price-move-adverbs], and 终场, 盘中):
    /// neither what moved nor who.</summary>
    private static readonly string[] Adverbs = EnterpriseCues["price-move-adverbs"]
        .Concat(File["market-adverb"]).OrderByDescending(w => w.Length).ToArray();

    /// <summary>Words that link a move to its figure (约, 近, 逾, 达).</summary>
    private static readonly string[] Links = Longest("market-link");

    /// <summary>Endings of the name of an index or a market (指数, 恒指, 大盘, 港股, 科技股).</summary>
    private static readonly string[] MarketNames = Longest("market-name");

    /// <summary>Nouns of a price already named before a move (股价上涨): the metric is the noun and the move.</summary>
    private static readonly string[] PriceNouns = Longest("market-price-noun");

    /// <summary>One-character moves and the rate each names (跌 → 跌幅).</summary>
    private static readonly Dictionary<string, string> Rates = File["market-move-rate"]
        .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);

    /// <summary>Closing words right before a level (收, 收盘; 收在 and 收于 end with a preposition, a link).</summary>
    private static readonly HashSet<string> CloseBefore = File["market-close-before"].ToHashSet(StringComparer.Ordinal);

    /// <summary>Closing words right after a level (作收, 报收).</summary>
    private static readonly string[] CloseAfter = Longest("market-close-after");

    /// <summary>How much a share may cost at most (in any currency): a larger amount is no price.</summary>
    private const decimal MaxSharePrice = 100_000m;

    /// <summary>How long a share-class tag is at most, its dash included (-SW).</summary>
    private const int MaxClassTag = 4;

    /// <summary>Each setting: its Simplified form, then its Traditional one.</summary>
    private static readonly string[] Price = File.Setting("market-price");
    private static readonly string[] ClosingPrice = File.Setting("market-closing-price");
    private static readonly string[] Close = File.Setting("market-close");

    /// <summary>
    /// The metric of a move or a close in market copy, as printed and as the view reads it; null when the figure is no
    /// move or close of a price or an index, or when its clause names a measure.
    /// </summary>
    /// <param name="inTime">Whether a view offset lies in a time the article states (今年以来 says when, not who).</param>
    /// <param name="companyEndsWithin">Whether a company the article names ends within the view span given.</param>
    /// <param name="afterMarket">Whether the figure before it in its sentence is market copy.</param>
    /// <param name="namesMeasure">Whether a phrase (view) names an indicator (营收, 盈利).</param>
    public static (string Printed, string View)? MetricOf(ArticleText text, FigureFacts facts, int clauseStart,
        Func<int, bool> inTime, Func<int, int, bool> companyEndsWithin, bool afterMarket, Func<string, bool> namesMeasure)
    {
        var figure = facts.Figure;
        var points = figure.Unit is "點" or "点";
        // 收盤價1,085元, 下跌25元: a share's price is a small amount; 主營收入5071億元 is no close.
        var price = figure.Kind == FigureKinds.Money && figure.Value is > 0 and < MaxSharePrice;
        if (!(points || figure.Unit == "%" || price)) return null;
        var traditional = PrintedTraditional(text, facts.SentenceStart, facts.ViewEnd);
        if (!facts.Change && figure.Kind != FigureKinds.Percent && Closes(text, clauseStart, facts))
        {
            var close = points ? Close : ClosingPrice;
            var word = close[traditional ? 1 : 0];
            return (word, close[0]);
        }

        var end = SkipBack(text.Text, clauseStart, facts.ViewStart, Links);
        // 下跌 before 跌: the longest move word the clause ends with.
        var move = AllMoves.FirstOrDefault(m => EndsWith(text.Text, clauseStart, end, m));
        if (move == null) return null;
        var general = Changes.Contains(move);
        var moveStart = end - move.Length;
        // 提升 is no 升: a move is a word of its own.
        if (!text.IsWordBoundary(moveStart)) return null;
        var holderEnd = SkipBack(text.Text, clauseStart, moveStart, Adverbs, inTime);
        // $阿里巴巴-W (09988.HK)$: a stock code in brackets, and the tags around it, follow the name.
        var nameEnd = holderEnd;
        while (nameEnd > clauseStart && text.Text[nameEnd - 1] is ' ' or '$') nameEnd--;
        if (nameEnd > clauseStart && text.Text[nameEnd - 1] is ')' or '）'
            && text.Text.LastIndexOfAny(['(', '（'], nameEnd - 1, nameEnd - clauseStart) is var open && open > clauseStart
            && text.Text[open..nameEnd].Any(char.IsAsciiDigit))
            for (nameEnd = open; nameEnd > clauseStart && text.Text[nameEnd - 1] == ' '; nameEnd--) { }
        // 美團 -W, 貿聯-KY: a share-class tag after the company's name is part of how it is listed.
        var dash = nameEnd > clauseStart ? text.Text.LastIndexOf('-', nameEnd - 1, Math.Min(MaxClassTag, nameEnd - clauseStart)) : -1;
        if (dash > clauseStart && text.Text[(dash + 1)..nameEnd].All(c => c is >= 'A' and <= 'Z'))
            for (nameEnd = dash; nameEnd > clauseStart && text.Text[nameEnd - 1] == ' '; nameEnd--) { }
        var holder = text.Text[clauseStart..holderEnd].Trim();
        var printedMove = text.View.Original(moveStart, end);
        var rate = Rates.TryGetValue(move, out var r) ? (r.Length > move.Length && r.StartsWith(move, StringComparison.Ordinal) ? printedMove + r[move.Length..] : r, r) : (printedMove, move);

        if (PriceNouns.FirstOrDefault(p => holder.EndsWith(p, StringComparison.Ordinal)) is { } noun)
        {
            var nounStart = clauseStart + text.Text[clauseStart..holderEnd].TrimEnd().Length - noun.Length;
            return (text.View.Original(nounStart, nounStart + noun.Length) + rate.Item1, noun + rate.Item2);
        }
        // 中微急跌: an adverb's character may end the company's name, so the name may end anywhere up to the move.
        if (nameEnd > clauseStart && companyEndsWithin(Math.Max(clauseStart, nameEnd - 1), moveStart))
            return (Price[traditional ? 1 : 0] + rate.Item1, Price[0] + rate.Item2);
        if (MarketNames.Any(n => holder.EndsWith(n, StringComparison.Ordinal))) return rate;
        // 智譜大漲: before a market-only move, a short name that is no index, market, measure, currency or commodity (the
        // enterprise stage's [price-mover-non-names] and [price-mover-endings]) is a listed company it does not know.
        // Only nouns and names (智谱; not 收窄至), none naming a measure (物业发展收入, 核心盈利).
        if (!general && holder.Length is >= MinMoverName and <= MaxMoverName && holder.All(c => ChineseScript.IsHan(c) || char.IsAsciiLetter(c))
            && !NonMovers.Contains(holder) && !NonMoverEndings.Any(e => holder.EndsWith(e, StringComparison.Ordinal))
            && text.Words.Where(w => w.Start >= clauseStart && w.End <= holderEnd).All(w => w.Tag is ['n', ..] and not "vn" or "j" or "eng")
            && !namesMeasure(holder))
            return (Price[traditional ? 1 : 0] + rate.Item1, Price[0] + rate.Item2);
        // 收在1,085元,上漲15元: a move of any measure, right after a close or a move of the market in its sentence, moves the same.
        if (general) return holder.Length == 0 && afterMarket ? rate : null;
        // 智譜大漲, ATMXJ跌近2%, ,跌2.06%: a name the enterprise stage does not know, or nothing, before a market-only move.
        // Nothing before the move: only where a clause opens after punctuation (,跌2.06%), not after a figure (由18%升…).
        if (holder.Length == 0) return OpensAfterPunctuation(text.Text, clauseStart, facts.SentenceStart) ? rate : null;
        return MetricFinder.NamesOnlyHolder(text.Words, clauseStart, holderEnd) ? rate : null;
    }

    /// <summary>Whether the clause opens its sentence or follows a punctuation mark (spaces skipped).</summary>
    private static bool OpensAfterPunctuation(string text, int clauseStart, int sentenceStart)
    {
        var at = clauseStart;
        while (at > sentenceStart && text[at - 1] is ' ' or '\u3000') at--;
        return at <= sentenceStart || char.IsPunctuation(text[at - 1]);
    }

    /// <summary>收在24236.45點, 收31961點, 每股2330元作收: whether a closing word stands right before the level (after links) or
    /// right after it.</summary>
    private static bool Closes(ArticleText text, int clauseStart, FigureFacts facts)
    {
        if (CloseAfter.Any(c => string.CompareOrdinal(text.Text, facts.ViewEnd, c, 0, c.Length) == 0)) return true;
        var i = text.FirstWordFrom(facts.ViewStart) - 1;
        while (i >= 0 && text.Words[i].Start >= clauseStart && (MetricFinder.IsLinkWord(text.Words[i].Word) || text.Words[i].Tag is "p" or "x"))
            i--;
        return i >= 0 && text.Words[i].Start >= clauseStart && CloseBefore.Contains(text.Words[i].Word);
    }

    /// <summary>Where the text before <paramref name="end"/> ends once spaces and the given words (and times, when given) are
    /// skipped from the right, no further back than <paramref name="start"/>.</summary>
    private static int SkipBack(string text, int start, int end, string[] words, Func<int, bool>? inTime = null)
    {
        while (end > start)
        {
            if (text[end - 1] is ' ' or '\u3000' || inTime?.Invoke(end - 1) == true) { end--; continue; }
            var word = words.FirstOrDefault(w => EndsWith(text, start, end, w));
            if (word == null) break;
            end -= word.Length;
        }
        return end;
    }

    private static bool EndsWith(string text, int start, int end, string word) =>
        end - start >= word.Length && string.CompareOrdinal(text, end - word.Length, word, 0, word.Length) == 0;

    /// <summary>Whether the sentence prints a Han character in Traditional script (a word the reader adds is then written so).</summary>
    private static bool PrintedTraditional(ArticleText text, int start, int end) =>
        ChineseScript.TraditionalShare(text.View.Original(start, end)) > 0;
}
