using Pipeline.Extract.Model;

namespace Pipeline.Extract.Attribution;

/// <summary>
/// A number printed in a headline, caption or pull quote (200家) is usually one the body states with its
/// context: such a figure takes the period, and where it has none of its own the subject, metric and indicator,
/// of its twin in the body (same value and unit). Headlines are attributed on their own, without that context.
/// </summary>
internal static class HeadlineTwins
{
    public static void Attribute(IReadOnlyList<FigureEntity> figures)
    {
        var body = figures.Where(f => f.Field == ArticleFields.Body).ToList();
        foreach (var side in figures)
        {
            if (side.Field == ArticleFields.Body) continue;
            var twin = body.FirstOrDefault(b => b.Value == side.Value && b.Unit == side.Unit && b.ValueMax == side.ValueMax);
            if (twin == null) continue;
            side.Period ??= twin.Period;
            if (side.Metric == null)
            {
                side.Metric = twin.Metric;
                side.Indicator = twin.Indicator;
                side.Of ??= twin.Of;
                side.ShareOf ??= twin.ShareOf;
            }
            if (side.Subject == null)
            {
                side.Subject = twin.Subject;
                side.Zone = twin.Zone;
                side.Enterprise = twin.Enterprise;
            }
            side.Target |= twin.Target;
        }
    }
}
