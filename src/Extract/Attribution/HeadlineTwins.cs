using Pipeline.Extract.Figures;
using Pipeline.Extract.Model;
using Pipeline.Extract.Pipeline;

namespace Pipeline.Extract.Attribution;

/// <summary>
/// A number printed in a headline, caption or pull quote (200家) is usually one the body states with its
/// context: such a figure takes the period (where it has none, or a wider one than its twin's, or one that holds where the
/// twin's ends — 全年 over a fiscal year to June —, or one after the publication date where its twin is no target — a headline's
/// bare 12月 read in January), and where it has none of its own the subject, metric and indicator,
/// of its twin in the body (and its metric when both name one indicator and the body's words are no shorter; same value and unit,
/// else the same count in another count word, 9个项目 for 签约9项; else the same amount without its currency, 80億 for 80億元; else,
/// for a headline number said as rounded, 超2000亿元 or 近90亿, a body amount of its kind within a tenth of it, 2086.7亿元).
/// Such a near twin lends its period and metric, not its subject. Headlines are attributed on their own, without
/// that context.
/// </summary>
internal static class HeadlineTwins
{
    public static void Attribute(IReadOnlyList<FigureEntity> figures, string? published)
    {
        var publication = PublicationDate.TryParse(published);
        var body = figures.Where(f => f.Field == ArticleFields.Body).ToList();
        foreach (var side in figures)
        {
            if (side.Field == ArticleFields.Body) continue;
            var exact = body.FirstOrDefault(b => b.Value == side.Value && b.Unit == side.Unit && b.ValueMax == side.ValueMax);
            var twin = exact ?? body.FirstOrDefault(b => SameCount(side, b)) ?? body.FirstOrDefault(b => CurrencyDropped(side, b))
                ?? body.FirstOrDefault(b => Rounded(side, b));
            if (twin == null) continue;
            // 签约65个项目 dated 2024 by the headline's own words, 5月30日 in the body: the body says it more narrowly.
            if (side.Period == null || twin.Period != null && (PeriodReader.Holds(side.Period.Value, side.Period.ValueEnd, twin.Period.Value, twin.Period.ValueEnd)
                    || twin.Period.ValueEnd is { } twinEnd && PeriodReader.Holds(side.Period.Value, side.Period.ValueEnd, twinEnd, null)
                    || !twin.Target && publication != null && PeriodReader.IsAfter(side.Period.Value, publication)
                       && !PeriodReader.IsAfter(twin.Period.Value, publication)))
                side.Period = twin.Period;
            // GDP超2000亿元 over 地区生产总值2034.2亿元: the same indicator is named in the body's words, the fuller form.
            if (side.Metric == null || side.Indicator != null && side.Indicator == twin.Indicator && (twin.Metric?.Length ?? 0) >= side.Metric.Length)
            {
                var renamed = side.Metric != null;
                side.Metric = twin.Metric;
                side.Indicator = twin.Indicator;
                side.Of = renamed && side.Change ? twin.Metric : side.Of ?? twin.Of;
                side.ShareOf ??= twin.ShareOf;
            }
            // A twin found only by its count or its rounding says when and what, not surely whose.
            if (side.Subject == null && exact != null)
            {
                side.Subject = twin.Subject;
                side.Zone = twin.Zone;
                side.Enterprise = twin.Enterprise;
            }
            side.Target |= twin.Target;
        }
    }

    /// <summary>80億 in a headline, 80億元 in the body: one amount, the headline dropping its currency. Like the other near
    /// twins it says when and what, not whose (a headline may sum several names: 深圳、廣州等高新區營收破千億).</summary>
    private static bool CurrencyDropped(FigureEntity side, FigureEntity body) =>
        side.Unit.Length == 0 && body.Kind == FigureKinds.Money && body.Value == side.Value && body.ValueMax == side.ValueMax;

    /// <summary>9个 in a headline, 9项 in the body: one count, written with another count word.</summary>
    private static bool SameCount(FigureEntity side, FigureEntity body) =>
        side.Kind == FigureKinds.Count && body.Kind == FigureKinds.Count && body.Value == side.Value && body.ValueMax == side.ValueMax;

    /// <summary>How far a rounded headline number may be from the body's exact one, as a share of it.</summary>
    private const decimal RoundingShare = 0.1m;

    /// <summary>超2000亿元 in a headline, 2086.7亿元 in the body: an approximate single number (or one with no unit, 近90亿) and
    /// an amount of the same unit and kind within <see cref="RoundingShare"/> of it.</summary>
    private static bool Rounded(FigureEntity side, FigureEntity body) =>
        side.Approx && side.ValueMax == null && body.ValueMax == null && side.Value > 0
        && (side.Unit == body.Unit && side.Kind == body.Kind || side.Unit.Length == 0 && body.Kind == FigureKinds.Money)
        && Math.Abs(body.Value - side.Value) <= RoundingShare * side.Value;
}
