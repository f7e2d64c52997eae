using Pipeline.Extract.Model;
using Pipeline.Extract.Numbers;
using Pipeline.Extract.Pipeline;

namespace Pipeline.Extract.Figures;

/// <summary>
/// Gives a proposed figure its value and meaning: the number with scale words applied (decimal),
/// range end, unit, kind, approximation, and the sentence it is in. What it is about (subject, metric,
/// period, change, target) is the attribution stage's (src/Extract/Attribution).
/// </summary>
internal static class FigureResolver
{
    private const decimal Trillion = 1_000_000_000_000m;

    public static FigureEntity Resolve(FigureSpan span, FoldedText view)
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
        if (span.MaxSubunits is { } maxCents) max += maxCents;
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
        return new FigureEntity
        {
            Text = view.Original(span.Start, span.End),
            Value = value,
            ValueMax = max,
            Unit = unit,
            Kind = kind,
            Approx = span.ApproxPrefix.Length > 0 || span.ApproxSuffix.Length > 0 || span.SpokenRange,
            Digit = span.Number.HasArabic,
            Sentence = view.Original(sentenceStart, sentenceEnd),
            Start = view.ToSource(span.Start),
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
        if (at >= 0) return view.Original(at, at + unit.Length);
        // 兩個多月: a unit written in parts around an approximation takes each part's character as written.
        var written = new System.Text.StringBuilder(unit.Length);
        var k = from;
        foreach (var c in unit)
        {
            k = view.Text.IndexOf(c, k, span.End - k);
            if (k < 0) return unit;
            written.Append(view.Original(k, k + 1));
            k++;
        }
        return written.ToString();
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
    /// 8500到3万 stays 8500, since 8500万 would pass the end. A start of one digit before an end of one digit and
    /// its scale words takes all of them, as a spoken range does (三到四百万 is 300万 to 400万, like 三四百万).
    /// </summary>
    private static decimal LowerEndWithScale(string lower, decimal value, string upper, decimal top)
    {
        var whole = TrailingScale(upper, bigOnly: false);
        if (IsOneDigit(lower) && whole > 1 && IsOneDigit(upper[..LeadingDigitsLength(upper)]) && value * whole <= top) return value * whole;
        var big = TrailingScale(upper, bigOnly: true);
        if (big > 1 && !lower.Any(NumeralParser.BigUnits.ContainsKey) && value * big <= top) return value * big;
        var all = TrailingScale(upper, bigOnly: false);
        if (all > 1 && !lower.Any(NumeralParser.IsScale) && value * all <= top) return value * all;
        return value;
    }

    private static bool IsOneDigit(string numeral) =>
        numeral.Length == 1 && (char.IsAsciiDigit(numeral[0]) || NumeralParser.Digits.ContainsKey(numeral[0]));

    /// <summary>How many characters of a numeral come before its trailing scale words (3 in 300万, 1 in 四百万).</summary>
    private static int LeadingDigitsLength(string numeral)
    {
        var k = numeral.Length;
        while (k > 0 && NumeralParser.IsScale(numeral[k - 1])) k--;
        return k;
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
}
