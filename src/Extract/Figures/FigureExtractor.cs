using Pipeline.Extract.Text;
using Pipeline.Extract.Numbers;

namespace Pipeline.Extract.Figures;

/// <summary>A proposed figure in a <see cref="FoldedText"/> view, split into the parts the
/// resolver reads: [Start, End) covers approximation words, numbers and unit.</summary>
internal sealed record FigureSpan
{
    public required int Start { get; init; }
    public required int End { get; init; }
    public required NumeralRun Number { get; init; }
    /// <summary>Upper end of a range (25%—35%, 8—15分钟).</summary>
    public NumeralRun? Max { get; init; }
    /// <summary>Denominator of a fraction (1/3).</summary>
    public NumeralRun? Denominator { get; init; }
    /// <summary>Scale words after an approximation inside the number: 10多万 → 万.</summary>
    public string ScaleAfterApprox { get; init; } = "";
    /// <summary>Spelled percentage: 百分之三十, 千分之五.</summary>
    public string PercentPrefix { get; init; } = "";
    public string ApproxPrefix { get; init; } = "";
    /// <summary>Written with 负 or a minus sign before the number (负13.5千米, -22.2%).</summary>
    public bool Negative { get; init; }
    public string ApproxSuffix { get; init; } = "";
    public string Unit { get; init; } = "";
    /// <summary>兆 between the number and a currency (1.2兆元): 10^12, as Taiwan and Hong Kong write trillions.</summary>
    public bool Trillion { get; init; }
    /// <summary>The part after 兆 in 4兆2,000億元: added to the trillions.</summary>
    public NumeralRun? TrillionRest { get; init; }
    /// <summary>The unit is a currency word written before the number (新台幣500億), none following it.</summary>
    public bool UnitBefore { get; init; }
    /// <summary>A spoken approximate range in one numeral (两三万, 七八百): its two ends come from the numeral itself.</summary>
    public bool SpokenRange { get; init; }
    /// <summary>Money below the main unit written after it: 角/毛 and 分 (九元五角, 二十块五毛, 八块三), in that unit.</summary>
    public decimal? Subunits { get; init; }
    /// <summary>The same after the range's end: 五元六角-五元七毛八分 ends at 5 元 and 0.78.</summary>
    public decimal? MaxSubunits { get; init; }
}

/// <summary>
/// Proposes figures: every run of numerals that is a quantity, with its approximation words,
/// unit and range. Leaves out what the guide says is not a figure: dates (the excluded ranges),
/// years and durations in 年, ordinals (第13期), codes and names (5G, TOP100, 6+2+X, “551”, 2、3号线,
/// 2.0版), list numbering, vague amounts (数十万, 千百亿级) and Chinese numerals without a scale word.
/// </summary>
internal static class FigureExtractor
{
    private static readonly string[] ApproxPrefixes =
        { "不超过", "不超過", "将近", "將近", "接近", "近乎", "大约", "大約", "约合", "超过", "超過", "不到", "不足", "逾", "约", "約", "近", "超", "过", "過", "破" };

    private static readonly string[] ApproxSuffixesAfterUnit = { "以上", "以下", "以内", "以內", "左右", "上下", "多", "余", "餘", "许", "許" };
    private const string ApproxInfix = "多余餘几幾";
    private static readonly string[] RangeSeparators = { "——", "--", "—", "–", "－", "-", "~", "～", "至", "到" };

    /// <summary>“(含)” between a bound and what follows: 1万(含)-5万元, 50万元(含)以上.</summary>
    private static readonly string[] InclusiveMarks = { "(含)", "（含）" };

    /// <summary>Where a minus sign may stand before a number: a text's or clause's start, after 为/是/达, or right
    /// after a rate or an amount word (增长-3.5%, 增速-2.1%, 年成長率-18%, 涨幅-5%, 净利润-8507.59万元, 净额-2亿元), where a
    /// dash can't open a range.</summary>
    private const string BeforeMinusSign = "\n为為是达達:：,，(（率长長速幅润潤额額";

    /// <summary>Characters that make a Chinese numeral vague: 数十万, 几百, 上万, 成千.</summary>
    private const string VagueBefore = "数數几幾上成好";

    /// <summary>After a number with no unit: words that make it part of a name or a rank (500强, 2022届, 2.0版,
    /// 3号线), or a slogan's count of categories (4大主导产业, 五大工程).</summary>
    private const string NameSuffix = "号號届屆强強级級版代期楼樓大";

    /// <summary>Where a number without a unit may end and still be a quantity.</summary>
    private const string Terminators = ",，。.;；:：、!！?？)）」』”\"\n的和与與及或等";

    /// <summary>Words a bare number labels rather than counts: 图1, 表2, 附件3, 第4页.</summary>
    private const string LabelBefore = "图圖表页頁版卷章节節款件号號";

    private const string Openers = "“\"「『";
    private const string Closers = "”\"」』";

    /// <param name="apartBefore">True where the view dropped a space or a wrapping line break right before an index: a
    /// spelled amount may end there though an ideograph follows in the view (…提升至九成 / 他透露…).</param>
    public static List<FigureSpan> Extract(string text, IReadOnlyList<(int Start, int End)> excluded, Func<int, bool>? apartBefore = null)
    {
        apartBefore ??= _ => false;
        var found = new List<(FigureSpan? Span, NumeralRun Run, bool NameLike, string Unit)>();
        var consumedUntil = 0;
        FigureSpan? previous = null;
        foreach (var run in NumeralScanner.Scan(text))
        {
            if (run.Start < consumedUntil) continue;
            if (Overlaps(excluded, run.Start, run.End)) continue;
            // 头部1-30名, 分列2-10位: the end of a range whose start is a rank or a code shares its fate.
            if (found.Count > 0 && found[^1] is { Span: null, NameLike: true } last && IsRangeSeparator(text, last.Run.End, run.Start))
            {
                found.Add((null, run, true, ""));
                continue;
            }
            var (span, nameLike, unit) = Propose(text, run, excluded, previous, apartBefore);
            found.Add((span, run, nameLike, unit));
            if (span != null)
            {
                consumedUntil = span.End;
                previous = span;
            }
        }

        // A bare number listed before another takes that one's unit or fate: 3、5家; 2、3号线.
        for (var k = found.Count - 2; k >= 0; k--)
        {
            var (span, run, _, unit) = found[k];
            var next = found[k + 1];
            if (unit.Length > 0 || run.HasScale || run.End >= text.Length || text[run.End] != '、' || next.Run.Start != run.End + 1) continue;
            if (next.NameLike || next.Span == null) found[k] = (null, run, next.NameLike, next.Unit);
            else if (span != null) found[k] = (span with { Unit = next.Unit }, run, false, next.Unit);
        }
        return found.Where(f => f.Span != null).Select(f => f.Span!).ToList();
    }

    /// <summary>Whether exactly one range separator (spaces around it allowed) stands between two numbers.</summary>
    private static bool IsRangeSeparator(string text, int from, int to)
    {
        if (to <= from) return false;
        var between = text[from..to].Trim();
        return RangeSeparators.Contains(between);
    }

    private static (FigureSpan? Span, bool NameLike, string Unit) Propose(
        string text, NumeralRun run, IReadOnlyList<(int Start, int End)> excluded, FigureSpan? previous, Func<int, bool> apartBefore)
    {
        if (FurnitureNumbers.IsFurniture(text, run) || IsCode(text, run)) return (null, true, "");
        var spoken = run.HasArabic ? null : NumeralParser.TryParseSpokenRange(run.Text);
        decimal value;
        if (spoken is { } spokenEnds) value = spokenEnds.Low;
        else if (!NumeralParser.TryParseInFigure(run.Text, out value)) return (null, false, "");
        var start = run.Start;
        var before = start > 0 ? text[start - 1] : '\n';

        var percentPrefix = "";
        foreach (var p in new[] { "百分之", "千分之" })
            if (start >= p.Length && string.CompareOrdinal(text, start - p.Length, p, 0, p.Length) == 0)
            {
                percentPrefix = p;
                start -= p.Length;
                before = start > 0 ? text[start - 1] : '\n';
            }

        // 百分百: a hundred per cent, written without 之.
        if (percentPrefix.Length == 0 && run.Text is "百" && Follows(text, run.End, "分百"))
        {
            var whole = new NumeralRun(run.End + 1, run.End + 2, "百");
            var approxHundred = MatchApproxPrefix(text, start);
            return (new FigureSpan { Start = start - approxHundred.Length, End = run.End + 2, Number = whole, PercentPrefix = "百分之", ApproxPrefix = approxHundred }, false, "%");
        }

        // 五百分之2 is a fraction of five hundred, not a percentage.
        if (percentPrefix.Length > 0 && NumeralParser.IsChineseNumeralChar(before)) return (null, false, "");

        var negative = false;
        if (percentPrefix.Length == 0 && (before is '负' or '負' || before == '-' && (start == 1 || BeforeMinusSign.Contains(text[start - 2]))))
        {
            negative = true;
            start--;
            before = start > 0 ? text[start - 1] : '\n';
        }

        // 同比+70.4%, 创科(+14.8%): a plus sign after a word or a bracket marks a rise; kept only for a percentage (below),
        // since after a digit or a letter it joins a code (6+2+X, 5G+).
        var plusSign = percentPrefix.Length == 0 && !negative && before == '+'
                       && (start == 1 || !char.IsAsciiLetterOrDigit(text[start - 2]) && text[start - 2] is not ('+' or '_' or '.' or '%'));
        if (plusSign)
        {
            start--;
            before = start > 0 ? text[start - 1] : '\n';
        }

        // 320兆瓦/640兆瓦时: after a slash a number is a figure only as the second of a pair right after a figure
        // with a unit; once its own unit is read, that must be of the same kind.
        var pairedAfterSlash = before == '/' && percentPrefix.Length == 0 && !negative
                               && previous is { Unit.Length: > 0, UnitBefore: false } && previous.End == start - 1;
        if (before is '第' or '#' or '+' or '_' || before == '/' && !pairedAfterSlash
            || char.IsAsciiLetter(before) && UnitLexicon.CurrencyEndingAt(text, start) == null)
            return (null, true, "");
        if (!run.HasArabic && VagueBefore.Contains(before)) return (null, false, "");
        // 截至2025年6月30日止六個月: the months a report covers, ending on the date before 止, are its period, not a figure.
        if (before == '止' && excluded.Any(e => e.End == start - 1)) return (null, true, "");
        if (IsListNumber(text, run) || IsSecuritiesCode(text, run)) return (null, true, "");
        // 每万人, 每10万人口, 每百户: a rate's denominator; the figure is the amount per it.
        var perDenominator = before == '每' && percentPrefix.Length == 0;

        var approxPrefix = percentPrefix.Length == 0 ? MatchApproxPrefix(text, start) : "";
        start -= approxPrefix.Length;

        if (percentPrefix.Length == 0 && !negative && !pairedAfterSlash && !perDenominator && FractionAfter(text, run, excluded) is { } fraction)
        {
            // The guide counts spelled amounts only with a scale word or as 百分之…: 三分之一 is not a figure,
            // 3分之1, 五百分之二 and 百万分之五 are.
            var (over, numerator) = fraction;
            if (!over.HasArabic && !numerator.HasArabic && !over.HasScale) return (null, true, "");
            return ProposeFraction(text, over, numerator, start, approxPrefix);
        }

        var i = run.End;
        var scaleAfterApprox = "";
        var approxSuffix = "";
        if (i < text.Length && ApproxInfix.Contains(text[i]))
        {
            var j = i + 1;
            while (j < text.Length && (NumeralParser.BigUnits.ContainsKey(text[j]) || text[j] is '十' or '百' or '千')) j++;
            if (j > i + 1) scaleAfterApprox = text[(i + 1)..j];
            approxSuffix = text[i].ToString();
            i = j;
        }
        // 營收324億年升13.7%: after an amount in 億 or 万, 年 opens a year-on-year change (年增, 年升), not years.
        if (UnitLexicon.StartsYearWord(text, i, out _) && !(run.HasScale && YearOnYearAfterAmount(text, i))) return (null, true, "年");
        var trillion = IsTrillionBeforeCurrency(text, i);
        NumeralRun? trillionRest = null;
        if (trillion) i++;
        else if (approxSuffix.Length == 0 && TrillionRestAt(text, i) is { } rest)
        {
            trillion = true;
            trillionRest = rest;
            i = rest.End;
        }
        else if (IsBareTrillion(text, i))
        {
            trillion = true;
            i++;
        }

        // 4大主导产业, 3大科學園區: an Arabic count before 大 is a count with unit 大 (五大工程, in words, is a slogan's count).
        var countWord = run.HasArabic && !run.Text.Contains('.') && approxSuffix.Length == 0 && percentPrefix.Length == 0
            ? UnitLexicon.MatchCountWord(text, i) : null;
        var (unit, afterUnit, nameLike) = percentPrefix.Length > 0 ? ("%", i, false)
            : countWord != null ? (countWord, i + countWord.Length, false) : ReadUnit(text, i, excluded);
        if (nameLike) return (null, true, unit);
        // 跌131點, 以85.6分居首: points of an index or a score, read as a unit only after a cue (Resources/point-cues.txt).
        if (unit.Length == 0 && percentPrefix.Length == 0 && PointCues.Default.UnitAt(text, start, afterUnit) is { } points)
        {
            unit = points;
            afterUnit += points.Length;
        }
        i = afterUnit;
        if (plusSign && UnitLexicon.KindOfUnit(unit) != FigureKinds.Percent) return (null, true, unit);
        // 2 位數增幅: a count of digits, not of people.
        if (unit is "位" && i < text.Length && text[i] is '数' or '數') return (null, true, unit);
        // 今年首8個月, 前10个月: the months counted from the year's start are a period, not a duration.
        if (unit is "个月" or "個月" && IsMonthsFromStart(text, run.Start)) return (null, true, unit);
        // 100亿元级项目, 50亿元级: an amount of money before 级 names a size class of projects (as 百亿级 does), not an amount.
        if (i < text.Length && text[i] is '级' or '級' && UnitLexicon.KindOfUnit(unit) == FigureKinds.Money) return (null, true, unit);
        if (approxSuffix.Length == 0 && percentPrefix.Length == 0 && DurationAfterGeApprox(text, i, unit) is { } more)
        {
            // 两个多月, 3个多小时: the approximation stands between 个 and the duration.
            approxSuffix = text[i].ToString();
            unit = more.Unit;
            i = more.End;
        }
        decimal? subunits = null;
        if (percentPrefix.Length == 0 && ReadMoneySubunits(text, i, unit) is { } cents)
        {
            subunits = cents.Value;
            i = cents.End;
        }
        else if (percentPrefix.Length == 0 && !apartBefore(i) && ReadHundredthAfterTenths(text, i, unit) is { } hundredth)
        {
            // 九成五, 8成5: the digit after 成 is the next tenth down (95 %); not across a space (約八成 四分一).
            subunits = hundredth / 10m;
            i++;
        }
        else if (percentPrefix.Length == 0 && ReadLiangAfterJin(text, i, unit) is { } liang)
        {
            // 3斤5两, 六斤八两: the 两 (a tenth of a 斤) after the 斤.
            subunits = liang.Value;
            i = liang.End;
        }
        else if (percentPrefix.Length == 0 && ReadHalfAfterUnit(text, i, unit, excluded) is { } half)
        {
            // 一吨半, 3斤半, 两个半小时: half of the unit more.
            subunits = 0.5m;
            unit = half.Unit;
            i = half.End;
        }
        if (pairedAfterSlash && (unit.Length == 0 || UnitLexicon.KindOfUnit(unit) != UnitLexicon.KindOfUnit(previous!.Unit))) return (null, true, unit);
        if (perDenominator && UnitLexicon.KindOfUnit(unit) != FigureKinds.Duration) return (null, true, unit);
        if (approxPrefix.Length == 0 && (IsRank(text, run.Start, unit) || IsRankAfterWord(text, run.Start, unit))) return (null, true, unit);
        if (IsRankChange(text, start, unit)) return (null, true, unit);

        NumeralRun? denominator = null;
        if (unit.Length == 0 && percentPrefix.Length == 0 && i + 1 < text.Length && text[i] == '/' && char.IsAsciiDigit(text[i + 1]) && run.HasArabic)
        {
            var end = NumeralScanner.Extend(text, i + 1);
            var d = new NumeralRun(i + 1, end, text[(i + 1)..end]);
            if (Overlaps(excluded, d.Start, d.End) || !NumeralParser.TryParse(d.Text, out var dv) || dv == 0) return (null, true, "");
            // 20/16及28奈米 (two process nodes), 01/10 15:21 (a month and day): a written fraction is below one and
            // its numerator has no leading zero.
            if (run.Text.Length > 1 && run.Text[0] == '0' && run.Text[1] != '.'
                || NumeralParser.TryParse(run.Text, out var nv) && nv >= dv && nv == decimal.Truncate(nv) && dv == decimal.Truncate(dv))
                return (null, true, "");
            denominator = d;
            i = end;
        }

        NumeralRun? max = null;
        if (percentPrefix.Length > 0 && ReadPercentRangeEnd(text, i, excluded) is { } percentMax)
        {
            max = percentMax;
            i = percentMax.End;
        }
        decimal? maxSubunits = null;
        var moneyWithSubunits = MainMoneyUnits.Contains(unit);
        if (denominator == null && percentPrefix.Length == 0 && (subunits == null || moneyWithSubunits) && spoken == null)
        {
            var afterMark = i;
            foreach (var mark in InclusiveMarks)
                if (Follows(text, i, mark)) afterMark = i + mark.Length;
            var range = ReadRangeEnd(text, afterMark, unit, excluded);
            if (range is { } r)
            {
                if (r.NameLike) return (null, true, r.Unit);
                max = r.Max;
                unit = r.Unit;
                i = r.End;
                // 百强园区16-20名:南京高新区、…: a band of places in a ranking heads the list of who holds them.
                if (unit is "名" or "位" && i < text.Length && text[i] is ':' or '：') return (null, true, unit);
                trillion |= r.Trillion;
                if (moneyWithSubunits && ReadMoneySubunits(text, i, unit) is { } maxCents)
                {
                    maxSubunits = maxCents.Value;
                    i = maxCents.End;
                }
                if (r.ApproxSuffix.Length > 0) approxSuffix = r.ApproxSuffix;
            }
        }

        if (approxSuffix.Length == 0)
            foreach (var s in ApproxSuffixesAfterUnit)
                if (string.CompareOrdinal(text, i, s, 0, s.Length) == 0 && (unit.Length > 0 || s.Length > 1))
                {
                    approxSuffix = s;
                    i += s.Length;
                    break;
                }

        // 新台幣500億: a currency named before a number that has no unit after it is the unit.
        var unitBefore = false;
        if (unit.Length == 0 && denominator == null && percentPrefix.Length == 0 && !negative && UnitLexicon.CurrencyEndingAt(text, start) is { } currency)
        {
            unit = currency;
            unitBefore = true;
        }

        var span = new FigureSpan
        {
            Start = start, End = i, Number = run, Max = max, Denominator = denominator, ScaleAfterApprox = scaleAfterApprox,
            PercentPrefix = percentPrefix, ApproxPrefix = approxPrefix, ApproxSuffix = approxSuffix, Unit = unit, Negative = negative,
            Trillion = trillion, TrillionRest = trillionRest, UnitBefore = unitBefore, SpokenRange = spoken != null, Subunits = subunits,
            MaxSubunits = maxSubunits,
        };
        var approx = approxPrefix.Length > 0 || approxSuffix.Length > 0;
        // 亿元以上项目, 千万元以下企业: a scale word with no numeral bounded by 以上/以下 names a class of projects;
        // 超亿元, 近亿元 still state an amount.
        if (run.IsScaleOnly && approxPrefix.Length == 0 && approxSuffix is "以上" or "以下") return (null, true, unit);
        // 超亿元的项目, 千万元投资建设项目, 超亿美元的外资项目: 亿元, 千万元 and 万元 are the names of the size classes of
        // projects and companies, and before the nouns they size they are classes too (超10亿元的项目 and 超百亿元企业,
        // with a multiple, state a threshold and stay figures).
        if (run.Text is "亿" or "千万" or "万" && UnitLexicon.KindOfUnit(unit) == FigureKinds.Money && SizesProjects(text, i)) return (null, true, unit);
        if (IsCapacityInProjectName(text, start, i, unit, approxPrefix.Length > 0 || approxSuffix.Length > 0)) return (null, true, unit);
        if (run.HasArabic && unit.Length == 0 && IsMapScale(text, start, i)) return (null, true, unit);
        if (!(countWord != null || IsQuantity(text, span, value, approx, apartBefore))) return (null, false, unit);
        if (InsideShortQuote(text, span.Start, span.End) && !IsQuotedAmount(text, span) || InsideBookTitle(text, span.Start)) return (null, true, unit);
        return (span, false, unit);
    }

    /// <summary>Chinese numerals need a scale word (or a spelled percentage); a lone scale word needs an
    /// approximation (百余名); a number without unit needs a scale word or must end where a quantity may end.</summary>
    private static bool IsQuantity(string text, FigureSpan span, decimal value, bool approx, Func<int, bool> apartBefore)
    {
        var run = span.Number;
        if (span.PercentPrefix.Length > 0) return true;
        if (!run.HasArabic)
        {
            // The guide counts Chinese numerals only with a scale word or as 百分之…: 四成, 两个 are not figures.
            // The scale may follow an approximation (十多万) or end the range (两到三万元).
            var scaled = run.HasScale || span.Trillion || span.ScaleAfterApprox.Length > 0 || span.Max is { HasScale: true };
            if (!scaled) return span.Unit == "成" ? IsSpelledTenth(text, span, approx, apartBefore) : IsSpelledAmount(text, span);
            // A class, not an amount: 百亿级, 千亿元级, 千万门级.
            if (span.End < text.Length && text[span.End] is '级' or '級') return false;
            // A scale word alone is one of it (千名, 百企, 百倍, 亿元企业, 百亿产出) unless it is part of an idiom
            // (千家万户, 千方百计) or an adverb (千万不要): it needs a unit or 亿, or an approximation.
            if (run.IsScaleOnly && !approx)
            {
                if (InsideIdiom(text, run.Start)) return false;
                // Without a unit only 亿-amounts stand alone (百亿产出); one scale word by itself begins a name (亿纬锂能, 万科).
                if (span.Unit.Length == 0 && (run.Text.Length == 1 || !run.Text.Any(c => c is '亿' or '億'))) return false;
            }
        }
        if (span.Unit.Length > 0 || span.Denominator != null) return true;
        var next = span.End < text.Length ? text[span.End] : '\n';
        if (span.ScaleAfterApprox.Length == 0 && !run.HasScale && !span.Trillion && span.Max is not { HasScale: true })
        {
            var before = span.Start > 0 ? text[span.Start - 1] : '\n';
            if (LabelBefore.Contains(before)) return false; // 图1, 附件2, 第3版
            if (IsClockTime(text, run)) return false;
            if (IsRatioPart(text, span)) return true;
            if (run.HasArabic && !run.Text.Contains('.') && value is >= 1900 and <= 2100) return false; // a year without 年
            // QQ群：123456789, 热线 88001234: seven digits or more with no unit, scale or thousands separator (4 000 000) are a number to
            // dial or an id; an amount that large is written with a unit or a scale word.
            if (run.Text.Length >= 7 && run.Text.All(char.IsAsciiDigit) && !Enumerable.Range(run.Start + 1, run.Text.Length - 1).Any(apartBefore))
                return false;
            if (!Terminators.Contains(next)) return false;
        }
        // 十亿人口, 百亿产出: an amount in 亿 needs no unit; smaller ones in words must end their phrase.
        else if (!run.HasArabic && !Terminators.Contains(next) && !run.Text.Any(c => c is '亿' or '億')) return false;
        return true;
    }

    /// <summary>Units that, after a Chinese numeral with no scale word, are an adverb or a name rather than an amount:
    /// 一度/两度 (once, twice), 四周 (all around), 三季度 (a quarter of the year, not three of them).</summary>
    private static readonly string[] NotAmountUnitsAfterWords = { "度", "周", "週", "季度" };

    /// <summary>Units that 一 makes a word with (一米阳光, 最后一公里, 一度): 一 before them is no amount; before other
    /// measures (一升, 一吨) it is.</summary>
    private static readonly string[] WordsWithOne = { "米", "公里", "千米", "里", "度", "步", "寸", "尺", "斤" };

    /// <summary>Characters that may follow a spelled amount (票价九元，历时廿四个月后): punctuation, or one of these.</summary>
    private const string AfterSpelledAmount = "的内內以左上下多余餘后後前之钱錢整就便才即里裏中时時了起为為至到和与與或及每，";

    /// <summary>
    /// 票价九元, 历时廿四个月, 四十一摄氏度, 三点七五元, 六个百分点: a Chinese numeral without a scale word is a figure when its
    /// unit is money, a measure, a duration or a percentage (a count with a classifier, 两个, 三家, stays a small count). It must
    /// end its phrase when the unit is 元 (三元锂电池 is a ternary battery), and 一 alone (一天, 一米阳光) is an article's word, not an amount.
    /// </summary>
    private static bool IsSpelledAmount(string text, FigureSpan span)
    {
        if (span.Subunits != null) return true;
        // 两三天, 三四个月: a spoken range of single digits with no scale word is as vague as 几天.
        if (span.SpokenRange) return false;
        var kind = UnitLexicon.KindOfUnit(span.Unit);
        if (kind is not (FigureKinds.Money or FigureKinds.Measure or FigureKinds.Duration or FigureKinds.Percent) || span.UnitBefore) return false;
        // 壹, 贰 … are written for amounts of money only, never as an article (一天) or inside a word (三元锂电池).
        if (span.Number.Text.Any(FinancialNumerals.Contains)) return true;
        // 一元 ending its phrase (每投资一元便…) is an amount; 一块 is as often a classifier (一块钢板).
        if (span.Number.Text is "一" && span.Max == null && span.ApproxPrefix.Length == 0
            && (kind is not (FigureKinds.Measure or FigureKinds.Money) || kind == FigureKinds.Measure && WordsWithOne.Contains(span.Unit)
                || kind == FigureKinds.Money && span.Unit is "块" or "塊")) return false;
        if (NotAmountUnitsAfterWords.Contains(span.Unit) && span.Max == null) return false;
        // 三元锂电池, 二元结构: 元 after a bare digit begins a word unless the amount ends there (票价九元。).
        if (span.Unit is not ("元" or "圆")) return true;
        var next = span.End < text.Length ? text[span.End] : '\n';
        return !IsIdeograph(next) || AfterSpelledAmount.Contains(next);
    }

    /// <summary>The financial (大写) numerals of cheques and invoices: 壹贰叁肆伍陆柒捌玖拾佰仟 and their Traditional forms.</summary>
    private const string FinancialNumerals = "壹贰貳叁參肆伍陆陸柒捌玖拾佰仟";

    /// <summary>一吨半, 十五斤半 (半 ending the amount) and 两个半小时, 一个半月 (个半 before a duration): the unit, and where
    /// the amount ends.</summary>
    private static (string Unit, int End)? ReadHalfAfterUnit(string text, int at, string unit, IReadOnlyList<(int Start, int End)> excluded)
    {
        if (unit.Length == 0 || at >= text.Length || text[at] != '半' || Overlaps(excluded, at, at + 1)) return null;
        if (unit is "个" or "個")
        {
            var rest = UnitLexicon.MatchUnit(text, at + 1) ?? (Follows(text, at + 1, "月") ? "月" : null);
            if (rest == null) return null;
            var whole = UnitLexicon.MatchUnit(unit + rest, 0) is { } w && w.Length == unit.Length + rest.Length ? w : rest;
            return UnitLexicon.KindOfUnit(whole) == FigureKinds.Duration ? (whole, at + 1 + rest.Length) : null;
        }
        if (UnitLexicon.KindOfUnit(unit) is not (FigureKinds.Measure or FigureKinds.Duration or FigureKinds.Money)) return null;
        return at + 1 < text.Length && WordsStartingWithBan.Contains(text[at + 1]) ? null : (unit, at + 1);
    }

    /// <summary>两个多月, 3个余小时: after 个 and 多/余, a duration (月 or a duration unit) that the 个 belongs to.</summary>
    private static (string Unit, int End)? DurationAfterGeApprox(string text, int at, string unit)
    {
        if (unit is not ("个" or "個") || at + 1 >= text.Length || text[at] is not ('多' or '余' or '餘')) return null;
        var rest = UnitLexicon.MatchUnit(text, at + 1) ?? (Follows(text, at + 1, "月") ? "月" : null);
        if (rest == null) return null;
        var whole = UnitLexicon.MatchUnit(unit + rest, 0) is { } w && w.Length == unit.Length + rest.Length ? w : rest;
        return UnitLexicon.KindOfUnit(whole) == FigureKinds.Duration ? (whole, at + 1 + rest.Length) : null;
    }

    /// <summary>Characters after 半 that make a word of it (半径, 半岛, 半导体, 半数, 半年): no half of the unit before.</summary>
    private const string WordsStartingWithBan = "径徑岛島导導数數场場价價天年月小个個夜山边邊壁成";

    /// <summary>Money units that take 角/毛 and 分 after them.</summary>
    private static readonly string[] MainMoneyUnits = { "元", "圆", "块", "塊" };

    /// <summary>
    /// 九元五角, 二十块五毛, 两毛五, 八块三, 5元3角2分: the 角 (毛) and 分 written after 元 or 块, as a part of that unit;
    /// after 块 a lone digit is its 毛 (八块三 = 8.3). Null when none follow.
    /// </summary>
    private static (decimal Value, int End)? ReadMoneySubunits(string text, int at, string unit)
    {
        if (!MainMoneyUnits.Contains(unit)) return null;
        var i = at;
        decimal value = 0;
        var read = false;
        // 零角零分, 零元壹角零分: 零 before 角 or 分 is a digit of it; before a digit (十元零五分) it only marks the gap.
        if (!IsZeroBefore(text, i, "角毛分") && i < text.Length && text[i] is '零' or '〇') i++;
        if ((IsZeroBefore(text, i, "角毛") ? 0 : SubunitDigit(text, i)) is { } jiao && i + 1 < text.Length && text[i + 1] is '角' or '毛'
            && !Follows(text, i + 2, "形") && !Follows(text, i + 2, "钱"))
        {
            value += jiao / 10m;
            i += 2;
            read = true;
            // 两毛五: a digit after 毛 is its 分.
            if (SubunitDigit(text, i) is { } lone && (i + 1 >= text.Length || text[i + 1] != '分') && EndsAmount(text, i + 1))
                return (value + lone / 100m, i + 1);
        }
        if ((IsZeroBefore(text, i, "分") ? 0 : SubunitDigit(text, i)) is { } fen && i + 1 < text.Length && text[i + 1] == '分'
            && !Follows(text, i + 2, "钟") && !Follows(text, i + 2, "之")
            && !Follows(text, i + 2, "鐘"))
        {
            value += fen / 100m;
            i += 2;
            read = true;
        }
        if (read) return (value, i);
        // 三块零四: a lone digit after 零 is the 分.
        if (i > at && SubunitDigit(text, i) is { } zeroFen && EndsAmount(text, i + 1)) return (zeroFen / 100m, i + 1);
        // 八块三, 一块二: a lone digit after 块 is its 毛.
        if (unit is "块" or "塊" && i == at && SubunitDigit(text, i) is { } mao && EndsAmount(text, i + 1)) return (mao / 10m, i + 1);
        return null;
    }

    /// <summary>The 两 written after 斤 (3斤5两 = 3.5斤): one digit and 两 ending the amount; null when none follows.</summary>
    private static (decimal Value, int End)? ReadLiangAfterJin(string text, int at, string unit)
    {
        if (unit != "斤" || SubunitDigit(text, at) is not { } liang || at + 1 >= text.Length || text[at + 1] is not ('两' or '兩')
            || !EndsAmount(text, at + 2)) return null;
        return (liang / 10m, at + 2);
    }

    private static bool IsZeroBefore(string text, int i, string subunits) =>
        i + 1 < text.Length && text[i] is '零' or '〇' && subunits.Contains(text[i + 1]);

    private static int? SubunitDigit(string text, int i)
    {
        if (i >= text.Length) return null;
        if (char.IsAsciiDigit(text[i]) && (i + 1 >= text.Length || !char.IsAsciiDigit(text[i + 1]))) return text[i] - '0';
        return NumeralParser.Digits.TryGetValue(text[i], out var d) && d > 0 ? d : null;
    }

    /// <summary>The lone digit after 成 (九成五, 约8成5以上, 九成五都…), unless a unit or another number makes it a count of its
    /// own (三成五家, 两成五个月, 九成五年).</summary>
    private static int? ReadHundredthAfterTenths(string text, int at, string unit)
    {
        if (unit != "成" || SubunitDigit(text, at) is not { } digit) return null;
        var next = at + 1;
        if (EndsAmount(text, next)) return digit;
        return UnitLexicon.MatchUnit(text, next) == null && !UnitLexicon.StartsYearWord(text, next, out _)
               && !NumeralParser.IsChineseNumeralChar(text[next]) && !char.IsAsciiLetterOrDigit(text[next]) && text[next] is not ('月' or '日')
            ? digit : null;
    }

    private static bool EndsAmount(string text, int i) =>
        i >= text.Length || !IsIdeograph(text[i]) && !char.IsAsciiLetterOrDigit(text[i]) || "的钱錢整".Contains(text[i])
        || text[i] is '至' or '到' && i + 1 < text.Length && (char.IsAsciiDigit(text[i + 1]) || NumeralParser.IsChineseNumeralChar(text[i + 1])); // 八块三到九块

    /// <summary>百分之二十到三十五, 百分之二十至百分之三十五: the upper end of a spelled percentage.</summary>
    private static NumeralRun? ReadPercentRangeEnd(string text, int at, IReadOnlyList<(int Start, int End)> excluded)
    {
        foreach (var sep in RangeSeparators)
        {
            if (!Follows(text, at, sep)) continue;
            var s = at + sep.Length;
            if (Follows(text, s, "百分之")) s += 3;
            var e = NumeralScanner.Extend(text, s);
            if (e == s || Overlaps(excluded, s, e)) return null;
            var max = new NumeralRun(s, e, text[s..e]);
            if (!NumeralParser.TryParseInFigure(max.Text, out _)) return null;
            // 百分之二十到30家: the end must be a percentage too, not a number with a unit of its own.
            if (UnitLexicon.MatchUnit(text, e) is { } unit && UnitLexicon.KindOfUnit(unit) != FigureKinds.Percent) return null;
            return max;
        }
        return null;
    }

    /// <summary>四成, 超四成: a Chinese digit before 成 is a tenth when it stands as an amount: after an
    /// approximation word, or ending its phrase (not 一成不变, 三成为).</summary>
    private static bool IsSpelledTenth(string text, FigureSpan span, bool approx, Func<int, bool> apartBefore)
    {
        if (span.Number.Text.Length != 1 || span.Max != null) return false;
        if (approx) return true;
        return span.End >= text.Length || !IsIdeograph(text[span.End]) || apartBefore(span.End) || Follows(text, span.End, "的") || Follows(text, span.End, "左右")
               // 面积扩大五成至12万平方呎: 至/到 and the level reached.
               || text[span.End] is '至' or '到' && span.End + 1 < text.Length
               && (char.IsAsciiDigit(text[span.End + 1]) || NumeralParser.IsChineseNumeralChar(text[span.End + 1]));
    }

    /// <summary>Idioms and names whose scale words count nothing (百度 is a company).</summary>
    private static readonly string[] Idioms =
    {
        "千家万户", "千家萬戶", "百家争鸣", "百家爭鳴", "万家灯火", "萬家燈火", "万人空巷", "萬人空巷", "千军万马", "千軍萬馬", "千方百计",
        "千方百計", "万众一心", "萬眾一心", "百花齐放", "百花齊放", "千姿百态", "千辛万苦", "千变万化", "成千上万", "千千万万", "万水千山",
        "百年大计", "千载难逢", "百度", "百家号", "百家號", "百科", "千里之外", "百尺竿头", "百里挑一", "万无一失", "萬無一失", "一本万利", "千秋万代", "百战百胜",
    };

    private static bool InsideIdiom(string text, int at)
    {
        foreach (var idiom in Idioms)
            for (var s = Math.Max(0, at - idiom.Length + 1); s <= at && s + idiom.Length <= text.Length; s++)
                if (string.CompareOrdinal(text, s, idiom, 0, idiom.Length) == 0) return true;
        return false;
    }

    private static (string Unit, int End, bool NameLike) ReadUnit(string text, int at, IReadOnlyList<(int Start, int End)> excluded)
    {
        if (at >= text.Length) return ("", at, false);
        var c = text[at];
        if (char.IsAsciiLetter(c))
        {
            var latin = UnitLexicon.LatinRun(text, at);
            var unitPart = UnitLexicon.IsLatinUnit(latin) || latin == "P" && SpeaksOfCompute(text, at) ? latin : "";
            if (unitPart.Length == 0) return (latin, at, true); // 5G, 8K, 3D
            if (at + latin.Length < text.Length && (char.IsAsciiDigit(text[at + latin.Length]) || text[at + latin.Length] == '+'))
                return (latin, at, true);
            return ReadCompound(text, latin, at + latin.Length, excluded);
        }
        if (c == '+' || c == '_') return ("+", at, true); // 6+2+X, 1+4
        if (NameSuffix.Contains(c)) return (c.ToString(), at, true);
        var unit = UnitLexicon.MatchUnit(text, at);
        if (unit == null) return ("", at, false);
        // 9起 counts accidents or cases; 起步, 起点, 起飞 … begin a word of their own.
        if (unit == "起" && at + 1 < text.Length && NotCountAfterQi.Contains(text[at + 1])) return ("", at, false);
        if (unit == "英寸" && at + 2 < text.Length && IsIdeograph(text[at + 2]) && text[at + 2] != '的')
            return (unit, at, true); // 6英寸晶圆: a product size in a name
        // 六个加仑, 两个平方公里: 个 before a measure that ends the amount counts that measure (not 一个升级版, 一个克隆).
        if (unit is "个" or "個" && UnitLexicon.MatchUnit(text, at + 1) is { } measure && UnitLexicon.KindOfUnit(measure) == FigureKinds.Measure
            && EndsAmount(text, at + 1 + measure.Length))
            return ReadCompound(text, measure, at + 1 + measure.Length, excluded);
        return ReadCompound(text, unit, at + unit.Length, excluded);
    }

    /// <summary>Characters after 起 that make it the start of a word (起步, 起点, 起飞, 起草), not a count of cases.</summary>
    private const string NotCountAfterQi = "步点點飞飛降草航源跑始来來码碼见見价價售租";

    /// <summary>Words that make a clause speak of computing power: 算力, 智算中心, 超算.</summary>
    private static readonly string[] ComputeWords = { "算力", "智算", "超算" };

    /// <summary>约800P, 300P智能算力: a bare P is petaflops only where its clause speaks of computing power;
    /// elsewhere it is part of a code or a model (5P空调, P2P).</summary>
    private static bool SpeaksOfCompute(string text, int at)
    {
        const string clauseBreaks = ",，。;；!！?？\n";
        bool ComputeWordAt(int k) => ComputeWords.Any(w => Follows(text, k, w));
        for (var k = at - 1; k >= 0 && at - k <= 30 && !clauseBreaks.Contains(text[k]); k--)
            if (ComputeWordAt(k)) return true;
        for (var k = at + 1; k < text.Length && k - at <= 8 && !clauseBreaks.Contains(text[k]); k++)
            if (ComputeWordAt(k)) return true;
        return false;
    }

    /// <summary>四分之三, 3分之1, 百万分之五: the denominator and the numeral after 分之, or null. 百分之 and 千分之
    /// are spelled percentages and read as such (五百分之2 is neither: the scanner leaves 百 before 分之 to the percentage).</summary>
    private static (NumeralRun Denominator, NumeralRun Numerator)? FractionAfter(string text, NumeralRun run, IReadOnlyList<(int Start, int End)> excluded)
    {
        if (run.Text is "千" or "仟" or "百" or "佰" || !Follows(text, run.End, "分之")) return null;
        var denominatorRun = run;
        var s = denominatorRun.End + 2;
        var e = NumeralScanner.Extend(text, s);
        if (e == s || Overlaps(excluded, run.Start, e)) return null;
        var numerator = new NumeralRun(s, e, text[s..e]);
        if (!NumeralParser.TryParseInFigure(denominatorRun.Text, out var denominator) || denominator <= 0
            || !NumeralParser.TryParseInFigure(numerator.Text, out _)) return null;
        return (denominatorRun, numerator);
    }

    /// <summary>近五分之一, 三分之二以上: a ratio with no unit, its value resolved as numerator over denominator.</summary>
    private static (FigureSpan? Span, bool NameLike, string Unit) ProposeFraction(
        string text, NumeralRun denominator, NumeralRun numerator, int start, string approxPrefix)
    {
        var end = numerator.End;
        var approxSuffix = "";
        foreach (var s in ApproxSuffixesAfterUnit)
            if (s.Length > 1 && Follows(text, end, s))
            {
                approxSuffix = s;
                end += s.Length;
                break;
            }
        if (InsideShortQuote(text, start, end) || InsideBookTitle(text, start)) return (null, true, "");
        var span = new FigureSpan
        {
            Start = start, End = end, Number = numerator, Denominator = denominator, ApproxPrefix = approxPrefix, ApproxSuffix = approxSuffix,
        };
        return (span, false, "");
    }

    /// <summary>Words ending in 前 that are no rank: 目前, 此前, 之前, 提前, 当前, 年前, 节前 ….</summary>
    private const string BeforeQianNotRank = "目此之以提当當日年月空眼面事先从從向超门門跟生战戰会會节節赛賽课課饭飯睡婚产產税稅";

    /// <summary>前20, 前10位, 前50名, 前10家: a rank's cut-off, not an amount (目前30名 is an amount; 前10个月 is a period,
    /// <see cref="IsMonthsFromStart"/>).</summary>
    private static bool IsRank(string text, int runStart, string unit) =>
        runStart > 0 && text[runStart - 1] == '前' && unit is "" or "位" or "名" or "家"
        && (runStart < 2 || !BeforeQianNotRank.Contains(text[runStart - 2]));

    /// <summary>首8個月, 前10个月 (not 提前3个月, 此前两个月): months counted from the start of a year or of a listing.</summary>
    private static bool IsMonthsFromStart(string text, int runStart) =>
        runStart > 0 && text[runStart - 1] is '首' or '前' && (runStart < 2 || text[runStart - 1] == '首' || !BeforeQianNotRank.Contains(text[runStart - 2]));

    /// <summary>年增, 年升, 年減 after an amount: a change on the year before (營收324億年增8%).</summary>
    private static bool YearOnYearAfterAmount(string text, int at) =>
        at + 1 < text.Length && text[at] == '年' && "增升减減跌降".Contains(text[at + 1]);

    /// <summary>Words after which a number is a place in a ranking: 排名68位, 位列55, 最后5名, 分列2-10位, 头部1-30名.</summary>
    private static readonly string[] RankWords = { "排名", "排位", "排行", "位列", "名列", "排在", "位居", "最后", "最後", "倒数", "倒數", "分列", "头部", "頭部", "尾部" };

    /// <summary>排名68位, 晋升至排名55, 最后5名: a place after a ranking word (with 至/到/为 between) is a rank, not a count.</summary>
    private static bool IsRankAfterWord(string text, int runStart, string unit)
    {
        if (unit is not ("" or "位" or "名" or "家")) return false;
        var k = runStart;
        if (k > 0 && text[k - 1] is '至' or '到' or '为' or '為' or '是') k--;
        return RankWords.Any(w => k >= w.Length && Follows(text, k - w.Length, w));
    }

    /// <summary>比例尺1:1000, 1:500比例尺: the two sides of a map's scale name the map's scale, they count nothing.</summary>
    private static bool IsMapScale(string text, int start, int end)
    {
        const int window = 8;
        for (var k = Math.Max(0, start - window); k < Math.Min(text.Length, end + window); k++)
            if (Follows(text, k, "比例尺")) return true;
        return false;
    }

    /// <summary>Verbs that move a place in a ranking: 上升2位, 前移5位, 位次提升5位以上.</summary>
    private static readonly string[] RankMoves =
    {
        "上升", "下降", "提升", "提高", "前移", "后移", "後移", "上移", "下移", "跃升", "躍升", "攀升", "下滑", "前进", "前進",
        "后退", "後退", "跃居", "躍居", "跌落", "回落", "晋升", "晉升",
    };

    /// <summary>上升2位, 下降了3位: a move in a ranking counts places, not people (5位专家 is a count).</summary>
    private static bool IsRankChange(string text, int start, string unit)
    {
        if (unit is not ("位" or "名")) return false;
        var k = start;
        if (k > 0 && text[k - 1] == '了') k--;
        return RankMoves.Any(v => k >= v.Length && Follows(text, k - v.Length, v));
    }

    /// <summary>Words that end a clause; a project name never spans one.</summary>
    private const string ClauseBreaks = ",，。;；:：!！?？、\n(（“\"";

    /// <summary>Nouns a bare scale word of money sizes as a class (亿元项目, 千万元企业).</summary>
    private static readonly string[] SizedNouns = { "项目", "企业", "工程" };

    /// <summary>After a bare scale word's amount: (以上/以下,) perhaps 的, and within a few characters of one clause, a
    /// project, company or works noun.</summary>
    private static bool SizesProjects(string text, int end)
    {
        const int longestModifier = 6;
        var k = end;
        if (Follows(text, k, "的")) k++;
        for (var j = k; j < text.Length && j - k <= longestModifier; j++)
        {
            if (ClauseBreaks.Contains(text[j]) || !IsIdeograph(text[j])) return false;
            if (SizedNouns.Any(n => Follows(text, j, n))) return true;
        }
        return false;
    }

    /// <summary>
    /// 年产6GWh储能电池项目, 年产5000吨…磁材项目, 年产6英寸晶圆20万片项目, 100万吨造纸项目: a capacity that runs, unbroken,
    /// into 项目 is part of the project's name (the guide's 6英寸晶圆…项目) when 年产 opens the name or when it is a measure
    /// named right before the project's words; 项目建成后年产5000吨 and 占地200亩的项目 state amounts. After 年产 the name may
    /// list several products, each with its capacity (年产6万吨化学品、9.5万吨捕捉剂项目).
    /// </summary>
    private static bool IsCapacityInProjectName(string text, int start, int end, string unit, bool approx)
    {
        const int longestName = 24;
        const int longestNameBeforeCapacity = 12;
        const int longestProductWord = 8;
        var afterAnnual = false;
        for (var k = start - 2; k >= 0 && start - k <= longestNameBeforeCapacity + 2; k--)
        {
            if ((Follows(text, k, "年产") || Follows(text, k, "年產")) && !Follows(text, k + 2, "值")) { afterAnnual = true; break; }
            if (ClauseBreaks.Contains(text[k]) || text[k] == '的') break;
        }
        var measure = !approx && UnitLexicon.KindOfUnit(unit) == FigureKinds.Measure;
        if (!afterAnnual && !measure) return false;
        var itemEnd = end;
        for (var k = end; k < text.Length && k - itemEnd <= (afterAnnual ? longestName : longestProductWord); k++)
        {
            // 年产42万吨助剂、280吨中间体和10万吨降解材料项目: the project's name lists its products, each with its capacity.
            if (afterAnnual && text[k] == '、' && k + 1 < text.Length && char.IsAsciiDigit(text[k + 1]))
            {
                itemEnd = k;
                continue;
            }
            if (ClauseBreaks.Contains(text[k]) || !afterAnnual && (text[k] == '的' || !IsIdeograph(text[k]))) return false;
            if (Follows(text, k, "项目") || Follows(text, k, "項目")) return true;
        }
        return false;
    }

    /// <summary>吨标准煤/万元, 元/平方米: a unit per another, the denominator keeping its scale word.</summary>
    private static (string Unit, int End, bool NameLike) ReadCompound(string text, string unit, int at, IReadOnlyList<(int Start, int End)> excluded)
    {
        if (at + 1 >= text.Length || text[at] != '/') return (unit, at, false);
        var j = at + 1;
        while (j < text.Length && (NumeralParser.BigUnits.ContainsKey(text[j]) || text[j] is '千' or '百')) j++;
        var per = UnitLexicon.MatchUnit(text, j);
        if (per == null && j < text.Length && char.IsAsciiLetter(text[j]))
        {
            var latin = UnitLexicon.LatinRun(text, j);
            if (UnitLexicon.IsLatinUnit(latin)) per = latin;
        }
        if (per == null && string.CompareOrdinal(text, j, "年", 0, 1) == 0) per = "年";
        if (per == null || Overlaps(excluded, at, j + per.Length)) return (unit, at, false);
        return (unit + "/" + text[(at + 1)..j] + per, j + per.Length, false);
    }

    /// <summary>兆 right before a currency word (1.2兆元, 3兆美元, 2兆日圓): in Taiwan and Hong Kong usage a trillion.
    /// Before any other unit 兆 is mega and belongs to the unit (兆瓦, 兆赫, 兆帕).</summary>
    private static bool IsTrillionBeforeCurrency(string text, int at) =>
        at + 1 < text.Length && text[at] == '兆' && UnitLexicon.MatchUnit(text, at + 1) is { } unit
        && UnitLexicon.KindOfUnit(unit) == FigureKinds.Money;

    /// <summary>突破2兆, 逾1.5兆。: 兆 ending the amount, with no unit after it to be mega of (兆瓦, 兆帕), is a trillion.</summary>
    private static bool IsBareTrillion(string text, int at) =>
        at < text.Length && text[at] == '兆' && (at + 1 >= text.Length || !char.IsAsciiLetterOrDigit(text[at + 1]) && !IsIdeograph(text[at + 1]));

    /// <summary>4兆2,000億元, 1兆500億美元: after 兆, a number in 万 or 亿 that a currency follows.</summary>
    private static NumeralRun? TrillionRestAt(string text, int at)
    {
        if (at + 1 >= text.Length || text[at] != '兆') return null;
        var end = NumeralScanner.Extend(text, at + 1);
        if (end == at + 1) return null;
        var rest = new NumeralRun(at + 1, end, text[(at + 1)..end]);
        if (!rest.Text.Any(NumeralParser.BigUnits.ContainsKey) || !NumeralParser.TryParse(rest.Text, out _)) return null;
        return UnitLexicon.MatchUnit(text, end) is { } unit && UnitLexicon.KindOfUnit(unit) == FigureKinds.Money ? rest : null;
    }

    private static (NumeralRun Max, string Unit, int End, string ApproxSuffix, bool NameLike, bool Trillion)? ReadRangeEnd(
        string text, int at, string unit, IReadOnlyList<(int Start, int End)> excluded)
    {
        foreach (var sep in RangeSeparators)
        {
            if (string.CompareOrdinal(text, at, sep, 0, sep.Length) != 0) continue;
            var s = at + sep.Length;
            if (s >= text.Length || !(char.IsAsciiDigit(text[s]) || NumeralParser.IsChineseNumeralChar(text[s]))) return null;
            var e = NumeralScanner.Extend(text, s);
            if (e == s || Overlaps(excluded, s, e)) return null;
            var max = new NumeralRun(s, e, NumeralScanner.WithScaleWords(text[s..e]));
            if (!NumeralParser.TryParseInFigure(max.Text, out _)) return null;
            var i = e;
            var approx = "";
            if (i < text.Length && ApproxInfix.Contains(text[i]))
            {
                approx = text[i].ToString();
                i++;
            }
            if (UnitLexicon.StartsYearWord(text, i, out var year)) return (max, year, i + year.Length, approx, true, false); // 3-5年
            var trillion = IsTrillionBeforeCurrency(text, i);
            if (trillion) i++;
            var (maxUnit, end, nameLike) = ReadUnit(text, i, excluded);
            if (nameLike) return (max, maxUnit, end, approx, true, trillion);
            if (unit.Length > 0 && maxUnit.Length > 0 && maxUnit != unit) return null;
            if (unit.Length > 0 && maxUnit.Length == 0 && sep is "至" or "到") return null;
            return (max, maxUnit.Length > 0 ? maxUnit : unit, end, approx, false, trillion);
        }
        return null;
    }

    private static bool Follows(string text, int at, string word) => WordAt.Follows(text, at, word);

    private static string MatchApproxPrefix(string text, int start)
    {
        foreach (var p in ApproxPrefixes)
        {
            var s = start - p.Length;
            if (s < 0 || string.CompareOrdinal(text, s, p, 0, p.Length) != 0) continue;
            // 通过, 经过: 过 ends a verb there; before a bare scale word (规模过百人, 营收过亿) it still means "over".
            if (p is "过" or "過" && s > 0 && IsIdeograph(text[s - 1]) && !"达達已均总總共年".Contains(text[s - 1])
                && !(start < text.Length && text[start] is '百' or '千' or '万' or '亿')) continue;
            if (p is "近" && s > 0 && "最将將附接".Contains(text[s - 1])) continue; // 最近, 附近
            // 签约, 节约, 制约, 预约 …: 约 ends a word there, it makes no approximation (签约3个项目 is exact).
            if (p is "约" or "約" && s > 0 && WordsEndingInYue.Contains(text[s - 1])) continue;
            if (p is "超" && s > 0 && text[s - 1] is '高') continue;
            // 营收破千亿 passes it like 超; 突破, 打破 are verbs that link a metric to its level.
            if (p is "破" && s > 0 && "突打攻爆识識点點看说說击擊冲衝".Contains(text[s - 1])) continue;
            return p;
        }
        return "";
    }

    /// <summary>Characters before 约 that make a word of it: 签约, 节约, 制约, 预约, 合约, 公约, 集约, 履约, 违约 ….</summary>
    private const string WordsEndingInYue = "签簽节節制预預合公条條相集契邀特简簡履违違解失如守缔締立誓毁婚赴踐践";

    /// <summary>10:30, 9:00, 10:30:15: a clock time, not two or three numbers. The whole colon chain the run stands
    /// in is read: hours are whole numbers up to 24, minutes and seconds two digits up to 59, so 3:2 and
    /// 0.8:53.9 are ratios.</summary>
    private static bool IsClockTime(string text, NumeralRun run)
    {
        var start = run.Start;
        while (start >= 2 && text[start - 1] == ':' && char.IsAsciiDigit(text[start - 2]))
        {
            start -= 2;
            while (start > 0 && (char.IsAsciiDigit(text[start - 1]) || text[start - 1] == '.')) start--;
        }
        var parts = new List<string>();
        var at = start;
        while (true)
        {
            var end = at;
            while (end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] == '.')) end++;
            parts.Add(text[at..end]);
            if (end + 1 < text.Length && text[end] == ':' && char.IsAsciiDigit(text[end + 1])) at = end + 1;
            else break;
        }
        if (parts.Count < 2 || parts.Any(p => p.Length == 0 || p.Contains('.'))) return false;
        static int Number(string digits) => int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
        if (parts[0].Length > 2 || Number(parts[0]) > 24) return false;
        // 00:0001:30: a player's elapsed and total time on lines glued together; a middle part of four digits is
        // one time's minutes and the next one's hour.
        var glued = parts.Skip(1).SkipLast(1).Count(p => p.Length == 4 && Number(p[..2]) <= 59 && Number(p[2..]) <= 24);
        if (parts.Count > 3 + glued) return false;
        return parts.Skip(1).Select((p, k) => p.Length == 2 ? Number(p) <= 59
                : p.Length == 4 && k < parts.Count - 2 && Number(p[..2]) <= 59 && Number(p[2..]) <= 24).All(ok => ok);
    }

    /// <summary>Separators between the parts of a ratio: 0.8∶53.9∶45.3, 3:2, 6比4.</summary>
    private const string RatioSeparators = "∶:比";

    /// <summary>A bare number on either side of a ratio sign with a number on its other side: each part is a figure.</summary>
    private static bool IsRatioPart(string text, FigureSpan span)
    {
        var after = span.End + 1 < text.Length && RatioSeparators.Contains(text[span.End]) && char.IsAsciiDigit(text[span.End + 1]);
        var before = span.Start >= 2 && RatioSeparators.Contains(text[span.Start - 1]) && char.IsAsciiDigit(text[span.Start - 2]);
        return span.Number.HasArabic && (after || before);
    }

    /// <summary>688521.SH, 证券代码：688521: a securities code names a listing, it counts nothing.</summary>
    private static bool IsSecuritiesCode(string text, NumeralRun run)
    {
        if (!run.Text.All(char.IsAsciiDigit) || run.Text.Length is < 4 or > 6) return false;
        var codes = StockCodes.Default;
        // 688521.SH, 0700.HK (Resources/stock-codes.txt), not the start of a longer word (.SHOW).
        if (run.End < text.Length && text[run.End] == '.' && codes.ExchangeAt(text, run.End + 1) is { } exchange
            && (run.End + 1 + exchange.Length >= text.Length || !char.IsAsciiLetter(text[run.End + 1 + exchange.Length]))) return true;
        // 天山生物(300313,收盘价12.25元): six digits opening a bracket after a name, before the quote that follows them.
        if (run.Text.Length == 6 && run.Start > 0 && text[run.Start - 1] is '(' or '（'
            && run.End < text.Length && text[run.End] is ',' or '，' or ';' or '；') return true;
        var k = run.Start;
        while (k > 0 && text[k - 1] is ':' or '：' or ' ') k--;
        // 证券代码：688521, 股票代码 300912.
        return codes.LabelEndingAt(text, k) != null;
    }

    /// <summary>0104, 0401-04, BSPO-0104: a whole number written with a leading zero, or one joined by a hyphen to letters
    /// before it, is a plot's, unit's or model's code; an amount is never written so.</summary>
    private static bool IsCode(string text, NumeralRun run)
    {
        if (run.Text.Length > 1 && run.Text[0] == '0' && run.Text.All(char.IsAsciiDigit)) return true;
        return run.Start >= 2 && text[run.Start - 1] == '-' && char.IsAsciiLetter(text[run.Start - 2]);
    }

    /// <summary>1. / 2、/ (3) / 4) at the start of a line or sentence.</summary>
    private static bool IsListNumber(string text, NumeralRun run)
    {
        if (!run.HasArabic && run.HasScale) return false;
        var before = run.Start > 0 ? text[run.Start - 1] : '\n';
        var after = run.End < text.Length ? text[run.End] : '\n';
        if (before is '(' or '（' && after is ')' or '）') return true;
        var atLineStart = before is '\n' or '。' or '；' or ';' || run.Start == 0;
        if (atLineStart && after is '.' or '、' or ')' or '）' or '．') return true;
        // 注：1.本公报…: the first item of a note or list right after its colon.
        return before is ':' or '：' && after is '.' or '．' or '、' && run.End + 1 < text.Length && IsIdeograph(text[run.End + 1]);
    }

    /// <summary>“氢能10条”, “551”: a short quotation holding a number is a name or a slogan.</summary>
    private static bool InsideShortQuote(string text, int start, int end)
    {
        const int maxName = 12;
        var open = -1;
        for (var k = start - 1; k >= 0 && start - k <= maxName; k--)
        {
            if (Closers.Contains(text[k]) && text[k] != '"') return false;
            if (Openers.Contains(text[k])) { open = k; break; }
            if ("，,。；;！!？?\n".Contains(text[k])) return false;
        }
        if (open < 0) return false;
        for (var k = end; k < text.Length && k - open <= maxName + 1; k++)
        {
            if (Closers.Contains(text[k])) return true;
            if ("，,。；;！!？?\n“「『".Contains(text[k])) return false;
        }
        return false;
    }

    /// <summary>规模「250人至499人」, 「249人以下」: a quote holding an amount with its unit and nothing else quotes the amount
    /// (a name quotes a bare number, “551”人才计划, or more words).</summary>
    private static bool IsQuotedAmount(string text, FigureSpan span) =>
        span.Unit.Length > 0 && span.Start > 0 && Openers.Contains(text[span.Start - 1]) && span.End < text.Length && Closers.Contains(text[span.End]);

    /// <summary>《关于促进科技创新20条政策措施》: numbers in a document's name belong to the name.</summary>
    private static bool InsideBookTitle(string text, int at)
    {
        for (var k = at - 1; k >= 0 && text[k] != '\n'; k--)
        {
            if (text[k] is '》' or '〉') return false;
            if (text[k] is '《' or '〈') return true;
        }
        return false;
    }

    internal static bool IsIdeograph(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    private static bool Overlaps(IReadOnlyList<(int Start, int End)> ranges, int start, int end) => Ranges.Overlaps(ranges, start, end);
}
