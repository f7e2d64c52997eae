using Pipeline.Extract.Model;
using Pipeline.Extract.Pipeline;

namespace Pipeline.Extract.Dates;

/// <summary>
/// Gives a proposed date its calendar value. A relative year (今年, 去年) counts from the publication
/// year; a mention without a year takes the year its sentence already named, else the publication year,
/// and is marked year_inferred. Without a known year such mentions get no value (null).
/// </summary>
internal static class DateResolver
{
    /// <param name="sentenceYear">The year an earlier mention in the same sentence resolved to, if any.</param>
    public static DateEntity? Resolve(DateSpan span, PublicationDate? published, int? sentenceYear)
    {
        var from = YearOf(span.From, published, sentenceYear);
        if (from is null) return null;
        int? to = null;
        if (span.To is { } end)
        {
            // The end of a range without its own year lies in the start's year (今年3月至5月).
            to = end.YearKind == YearKind.None ? from : YearOf(end, published, sentenceYear);
            if (to is null) return null;
        }
        return new DateEntity
        {
            Value = Format(from.Value, span.From),
            ValueEnd = span.To is { } e ? Format(to!.Value, e) : null,
            Granularity = span.From.Day != null ? "day" : span.From.Month != null ? "month" : "year",
            YearInferred = span.From.YearKind != YearKind.Explicit,
            Relative = span.From.YearKind == YearKind.Relative || span.To?.YearKind == YearKind.Relative,
        };
    }

    /// <summary>The calendar year of a point, or null when it cannot be known.</summary>
    public static int? YearOf(DatePoint point, PublicationDate? published, int? sentenceYear) => point.YearKind switch
    {
        YearKind.Explicit => point.Year,
        YearKind.Relative => published?.Year + point.Year,
        _ => sentenceYear ?? published?.Year,
    };

    private static string Format(int year, DatePoint p) =>
        p.Month is null ? $"{year:D4}" : p.Day is null ? $"{year:D4}-{p.Month:D2}" : $"{year:D4}-{p.Month:D2}-{p.Day:D2}";
}
