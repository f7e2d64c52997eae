using Pipeline.Extract.Model;
using Pipeline.Extract.Pipeline;

namespace Pipeline.Extract.Attribution;

/// <summary>A time an article states, in view offsets, with the period it gives the figures after it.</summary>
internal sealed record TimeMention(int Start, int End, string Value, string? ValueEnd)
{
    /// <summary>Said after 到 (到2025年): the time a goal is set for.</summary>
    public bool Lead { get; init; }
    /// <summary>What a figure is compared with (去年同期, 比上年), never a figure's period.</summary>
    public bool Base { get; init; }
    /// <summary>The words after it that make it a base when the figure follows right after them (是2012年的2.35倍).</summary>
    public int BaseWordEnd { get; init; } = -1;
}

/// <summary>
/// The period a figure covers: the last time stated before it in the article (in its sentence, else carried
/// over from earlier sentences until another is given), from the date stage's spans and from the period cues
/// of Resources/period-cues.txt (今年, 去年, 十四五), resolved against the publication date. A date followed by 以来
/// runs to the publication date; a date the figure is compared with (去年同期, 是2012年的) is no period.
/// </summary>
internal sealed class PeriodReader
{
    private readonly AttributionVocabulary _vocabulary;

    public PeriodReader(AttributionVocabulary vocabulary) => _vocabulary = vocabulary;

    public List<TimeMention> Times(ArticleText text, ArticleDocument document)
    {
        var published = document.Published;
        var times = new List<TimeMention>();
        foreach (var annotation in document.Get(Labels.Date))
        {
            if (annotation.Value is not DateEntity date || date.Value.Length == 0) continue;
            var start = text.FromSource(annotation.Start);
            var end = text.FromSourceEnd(annotation.End);
            var valueEnd = date.ValueEnd;
            var since = _vocabulary.Since.FirstOrDefault(w => text.Follows(end, w));
            if (since != null && valueEnd == null && published != null)
                valueEnd = Truncate(published.ToString(), date.Value.Length);
            times.Add(Describe(text, new TimeMention(start, end, date.Value, valueEnd == date.Value ? null : valueEnd)));
        }
        if (published != null)
            foreach (var (word, offset) in _vocabulary.RelativeYears)
                foreach (var at in Occurrences(text.Text, word))
                    if (!times.Any(t => t.Start < at + word.Length && at < t.End))
                        times.Add(Describe(text, new TimeMention(at, at + word.Length, $"{published.Year + offset:D4}", null)));
        foreach (var (word, first, last) in _vocabulary.Plans)
            foreach (var at in Occurrences(text.Text, word))
            {
                var after = at + word.Length;
                while (after < text.Text.Length && text.Text[after] is '”' or '"' or '」' or '’') after++;
                var end = _vocabulary.PlanEnds.FirstOrDefault(w => text.Follows(after, w));
                times.Add(Describe(text, end != null
                    ? new TimeMention(at, after + end.Length, $"{last:D4}", null)
                    : new TimeMention(at, at + word.Length, $"{first:D4}", $"{last:D4}")));
            }
        times.Sort((a, b) => a.Start.CompareTo(b.Start));
        return times;
    }

    /// <summary>The period of a figure starting at view offset <paramref name="figureStart"/>: the last time before it
    /// that is no base.</summary>
    public static TimeMention? PeriodOf(IReadOnlyList<TimeMention> times, int figureStart)
    {
        for (var i = times.Count - 1; i >= 0; i--)
        {
            var t = times[i];
            if (t.End > figureStart || t.Base || t.BaseWordEnd == figureStart) continue;
            return t;
        }
        return null;
    }

    /// <summary>True when the period lies after the publication date (a year, or a month of the publication year).</summary>
    public static bool IsFuture(TimeMention time, PublicationDate? published)
    {
        if (published == null) return false;
        var year = int.Parse(time.Value[..4]);
        if (year != published.Year) return year > published.Year;
        return time.Value.Length >= 7 && published.Month is { } month && int.Parse(time.Value[5..7]) > month;
    }

    private TimeMention Describe(ArticleText text, TimeMention time)
    {
        var baseAfter = _vocabulary.BaseAfter.FirstOrDefault(w => text.Follows(time.End, w));
        var lead = _vocabulary.DateLeads.Any(w => text.EndsAt(time.Start, w));
        // 去年同期, 比上年: compared with, not covered.
        var comparedWith = _vocabulary.ComparedAfter.Any(w => text.Follows(time.End, w))
                           || _vocabulary.ComparedBefore.Any(w => text.EndsAt(time.Start, w));
        return time with { Lead = lead, Base = comparedWith, BaseWordEnd = baseAfter != null ? time.End + baseAfter.Length : -1 };
    }

    private static string Truncate(string iso, int length) => iso.Length <= length ? iso : iso[..length];

    private static IEnumerable<int> Occurrences(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
            yield return at;
    }
}
