using Pipeline.Extract.Model;
using Pipeline.Extract.Numbers;
using Pipeline.Extract.Pipeline;

namespace Pipeline.Extract.Figures;

/// <summary>
/// Gives a proposed figure its value and meaning: the number with scale words applied (decimal),
/// range end, unit, kind, approximation, the metric it quantifies (the noun phrase before it in
/// its clause), and whether it is a change (增长11.7%) or a level (提高到49.7% is a level).
/// </summary>
internal static class FigureResolver
{
    private static readonly string[] ChangeWords =
    {
        "同比", "环比", "環比", "增长", "增長", "增加", "提高", "提升", "上升", "下降", "减少", "減少", "降低", "增速", "增幅",
        "降幅", "涨幅", "漲幅", "上涨", "上漲", "下跌", "回落", "增", "降", "减", "減", "涨", "漲", "翻",
        // Taiwan and Hong Kong usage: 成長8.5%, 衰退3%, 下滑12% (the view is folded to Simplified).
        "成长", "衰退", "下滑", "萎缩", "缩减", "衰减", "年增", "年减", "月增", "月减", "季增", "季减",
    };

    /// <summary>Words between a metric and its figure that say how the figure relates, not what it measures.</summary>
    private static readonly string[] LinkWords =
    {
        "同比", "环比", "環比", "年均", "平均", "增长", "增長", "增加", "提高", "提升", "上升", "下降", "减少", "減少", "降低",
        "增速", "增幅", "降幅", "成长", "衰退", "下滑", "萎缩", "缩减", "衰减", "达到", "達到", "突破", "实现", "實現", "完成", "超过", "超過", "累计", "累計", "共计", "共計",
        "合计", "合計", "总计", "總計", "约为", "分别", "分別", "已经", "已經", "仅需", "僅需", "高达", "高達", "多达", "多達",
        "达", "達", "为", "為", "是", "有", "共", "了", "到", "至", "已", "将", "將", "可", "仅", "僅", "就", "再", "又", "也", "均", "占", "佔", "在", "由", "从", "從",
    };

    private const decimal Trillion = 1_000_000_000_000m;

    public static FigureEntity Resolve(FigureSpan span, FoldedText view, IReadOnlyList<Annotation> mentions, IReadOnlyList<ViewWord> words)
    {
        var text = view.Text;
        decimal value;
        decimal? max;
        if (span.SpokenRange && NumeralParser.TryParseSpokenRange(span.Number.Text) is { } spoken) (value, max) = (spoken.Low, spoken.High);
        else
        {
            value = ValueOf(span, span.Number, withApproxScale: true);
            max = span.Max is { } m ? ValueOf(span, m, withApproxScale: false) : null;
            if (span.Max is { } upper && max is { } top && span.ScaleAfterApprox.Length == 0)
                value = LowerEndWithScale(span.Number.Text, value, upper.Text, top);
        }
        if (span.Subunits is { } cents) value += cents;
        if (span.Trillion)
        {
            // 1.5至2兆元: the trillion written at the end scales a start that has no 万 or 亿 of its own.
            if (span.Max == null || !span.Number.Text.Any(NumeralParser.BigUnits.ContainsKey)) value *= Trillion;
            max *= Trillion;
            if (span.TrillionRest is { } rest) value += NumeralParser.ParseInFigure(rest.Text);
        }
        if (span.Negative)
        {
            value = -value;
            max = -max;
        }
        if (span.Denominator is { } d)
            value = Math.Round(value / NumeralParser.ParseInFigure(d.Text), 6, MidpointRounding.AwayFromZero);
        var unit = span.PercentPrefix switch { "百分之" => "%", "千分之" => "‰", _ => span.Unit };
        if (unit == "成")
        {
            // 四成 is 40 %: tenths are written as the percentage they are.
            value *= 10;
            max *= 10;
            unit = "%";
        }
        var kind = span.Denominator != null ? FigureKinds.Ratio
            : span.UnitBefore || span.Subunits != null && unit is "块" or "塊" ? FigureKinds.Money : UnitLexicon.KindOfUnit(unit);
        unit = UnitAsWritten(span, view, unit);

        var (sentenceStart, sentenceEnd) = SentenceAround(text, span.Start, span.End);
        var clauseStart = ClauseStart(text, span.Start, sentenceStart);
        var change = IsChange(text[clauseStart..span.Start]);
        var metric = MetricFinder.Find(words, clauseStart, span.Start) is { } phrase ? view.Original(phrase.Start, phrase.End) : null;
        var sourceStart = view.ToSource(span.Start);
        var sourceSentence = (Start: view.ToSource(sentenceStart), End: view.ToSourceEnd(sentenceEnd));
        return new FigureEntity
        {
            Text = view.Original(span.Start, span.End),
            Value = value,
            ValueMax = max,
            Unit = unit,
            Kind = kind,
            Approx = span.ApproxPrefix.Length > 0 || span.ApproxSuffix.Length > 0 || span.SpokenRange,
            Digit = span.Number.HasArabic,
            Metric = metric,
            Change = change,
            Zone = NearestBefore(mentions, Labels.Zone, sourceStart, sourceSentence.Start) is ZoneEntity z ? z.Name : null,
            Enterprise = NearestBefore(mentions, Labels.Enterprise, sourceStart, sourceSentence.Start) is EnterpriseEntity e ? e.Name : null,
            Sentence = view.Original(sentenceStart, sentenceEnd),
            Start = sourceStart,
            End = view.ToSourceEnd(span.End),
        };
    }

    /// <summary>The unit in the script the body uses (顆 in a Traditional text, not the folded 颗).</summary>
    private static string UnitAsWritten(FigureSpan span, FoldedText view, string unit)
    {
        if (unit.Length == 0 || span.PercentPrefix.Length > 0 || span.Unit == "成") return unit;
        if (span.UnitBefore) return view.Original(span.Start - unit.Length, span.Start);
        var from = (span.Max ?? span.TrillionRest ?? span.Number).End;
        var at = view.Text.IndexOf(unit, from, span.End - from, StringComparison.Ordinal);
        return at < 0 ? unit : view.Original(at, at + unit.Length);
    }

    private static decimal ValueOf(FigureSpan span, NumeralRun run, bool withApproxScale)
    {
        var v = NumeralParser.ParseInFigure(run.Text);
        if (withApproxScale)
            foreach (var c in span.ScaleAfterApprox)
                v *= NumeralParser.BigUnits.TryGetValue(c, out var big) ? big : NumeralParser.SmallUnits[c];
        return v;
    }

    /// <summary>
    /// A scale written once, at a range's end, applies to its start too when the start has none of it and stays
    /// below the end: 5-10万元 is 5万 to 10万, 一千到两千万 is 1000万 to 2000万, 两到三仟 is 2000 to 3000; but
    /// 8500到3万 stays 8500, since 8500万 would pass the end.
    /// </summary>
    private static decimal LowerEndWithScale(string lower, decimal value, string upper, decimal top)
    {
        var big = TrailingScale(upper, bigOnly: true);
        if (big > 1 && !lower.Any(NumeralParser.BigUnits.ContainsKey) && value * big <= top) return value * big;
        var all = TrailingScale(upper, bigOnly: false);
        if (all > 1 && !lower.Any(NumeralParser.IsScale) && value * all <= top) return value * all;
        return value;
    }

    /// <summary>The multiplier of the scale words ending a numeral: 10万 → 10000, 3千万 → 10^7, 15 → 1.</summary>
    private static decimal TrailingScale(string numeral, bool bigOnly)
    {
        var k = numeral.Length;
        while (k > 0 && (bigOnly ? NumeralParser.BigUnits.ContainsKey(numeral[k - 1]) : NumeralParser.IsScale(numeral[k - 1]))) k--;
        if (k == numeral.Length || k == 0) return 1;
        var scale = 1m;
        foreach (var c in numeral[k..])
            scale *= NumeralParser.BigUnits.TryGetValue(c, out var big) ? big : NumeralParser.SmallUnits[c];
        return scale;
    }

    /// <summary>A sentence ends at 。！？；, at a line break, or at the text's ends.</summary>
    internal static (int Start, int End) SentenceAround(string text, int start, int end)
    {
        const string enders = "。！？!?；;\n";
        var s = start;
        while (s > 0 && !enders.Contains(text[s - 1])) s--;
        var e = end;
        while (e < text.Length && !enders.Contains(text[e])) e++;
        if (e < text.Length && text[e] != '\n') e++;
        return (s, e);
    }

    /// <summary>The words before a figure back to the clause's start (a comma, a colon, a bracket) or
    /// the previous number.</summary>
    private static int ClauseStart(string text, int start, int sentenceStart)
    {
        const string breaks = ",，、:：(（)）“”\"「」";
        var s = start;
        while (s > sentenceStart && !breaks.Contains(text[s - 1]) && !char.IsAsciiDigit(text[s - 1]) && text[s - 1] != '%') s--;
        return s;
    }

    /// <summary>True when the clause before a figure says it is a change (增长11.7%, 减少碳排放3.5万吨),
    /// not a level (提高到49.7%, 增加值514亿元).</summary>
    internal static bool IsChange(string clause)
    {
        var change = false;
        var words = clause;
        bool stripped;
        do
        {
            stripped = false;
            foreach (var w in LinkWords)
            {
                if (!words.EndsWith(w, StringComparison.Ordinal)) continue;
                if (ChangeWords.Contains(w)) change = true;
                words = words[..^w.Length];
                stripped = true;
                break;
            }
        } while (stripped && words.Length > 0);
        // 减少碳排放3.5万吨: a change word earlier in the clause (but not 增加值, a metric's name).
        foreach (var w in ChangeWords.Where(w => w.Length > 1))
            for (var at = clause.IndexOf(w, StringComparison.Ordinal); at >= 0; at = clause.IndexOf(w, at + 1, StringComparison.Ordinal))
                if (!NamesAMetric(clause, at + w.Length)) change = true;
        // 提高到49.7%: the change word says where the level went, the figure is the level.
        var linkTail = clause[words.Length..];
        if (linkTail.EndsWith("到", StringComparison.Ordinal) || linkTail.EndsWith("至", StringComparison.Ordinal)) change = false;

        return change;
    }

    /// <summary>A change word followed by 值 (增加值, 年增加值) names a metric; followed by 到 or 至 it leads to a level.</summary>
    private static bool NamesAMetric(string clause, int after) =>
        after < clause.Length && clause[after] is '值' or '到' or '至'
        || after + 1 < clause.Length && clause[after + 1] == '值' && clause[after] is '加' or '长';

    private static object? NearestBefore(IReadOnlyList<Annotation> mentions, string label, int at, int sentenceStart) =>
        mentions.Where(a => a.Label == label && a.Start >= sentenceStart && a.Start < at)
            .OrderByDescending(a => a.Start).FirstOrDefault()?.Value;
}
