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
            if (valueEnd == null && published != null && SinceAfter(text.Text, end))
                valueEnd = Truncate(published.ToString(), date.Value.Length);
            times.Add(Describe(text, new TimeMention(start, end, date.Value, valueEnd == date.Value ? null : valueEnd)));
        }
        if (published != null)
            foreach (var (word, offset) in _vocabulary.RelativeYears)
                foreach (var at in Occurrences(text.Text, word))
                    if (!times.Any(t => t.Start < at + word.Length && at < t.End))
                        times.Add(Describe(text, new TimeMention(at, at + word.Length, $"{published.Year + offset:D4}", null)));
        if (published != null)
        {
            foreach (var word in _vocabulary.Now)
                foreach (var at in Occurrences(text.Text, word))
                    if (!times.Any(t => t.Start < at + word.Length && at < t.End))
                        times.Add(Describe(text, new TimeMention(at, at + word.Length, published.ToString(), null)));
            foreach (var word in _vocabulary.YearsBack)
                foreach (var at in Occurrences(text.Text, word))
                    if (YearsBefore(text.Text, at) is { } years && !times.Any(t => t.Start < at + word.Length && years.Start < t.End))
                        times.Add(Describe(text, new TimeMention(years.Start, at + word.Length,
                            $"{published.Year - years.Count + 1:D4}", $"{published.Year:D4}")));
        }
        foreach (var (word, first, last) in _vocabulary.Plans)
            foreach (var at in Occurrences(text.Text, word))
            {
                var after = at + word.Length;
                while (after < text.Text.Length && text.Text[after] is '”' or '"' or '」' or '’') after++;
                var end = _vocabulary.PlanEnds.FirstOrDefault(w => text.Follows(after, w));
                var since = _vocabulary.Since.FirstOrDefault(w => text.Follows(after, w));
                times.Add(Describe(text, end != null ? new TimeMention(at, after + end.Length, $"{last:D4}", null)
                    : since != null && published != null ? new TimeMention(at, after + since.Length, $"{first:D4}", $"{published.Year:D4}")
                    : new TimeMention(at, at + word.Length, $"{first:D4}", $"{last:D4}")));
            }
        times.Sort((a, b) => a.Start.CompareTo(b.Start));
        AddWholeYears(text, times, published);
        return times;
    }

    /// <summary>全年: the whole year of the time stated last before it (1到2月…全年 → that year), else the publication year.</summary>
    private void AddWholeYears(ArticleText text, List<TimeMention> times, PublicationDate? published)
    {
        var added = new List<TimeMention>();
        foreach (var word in _vocabulary.WholeYear)
            foreach (var at in Occurrences(text.Text, word))
            {
                if (times.Any(t => t.Start < at + word.Length && at < t.End)) continue;
                var before = times.LastOrDefault(t => t.End <= at && !t.Base);
                // After a span of years (50年来) 全年 names no year of its own.
                if (before != null && SpansYears(before)) continue;
                var year = before != null ? before.Value[..4] : published != null ? $"{published.Year:D4}" : null;
                if (year != null) added.Add(Describe(text, new TimeMention(at, at + word.Length, year, null)));
            }
        if (added.Count == 0) return;
        times.AddRange(added);
        times.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>A [since] word right after a date, or after the few words of what started then (2015年成立以来, 自2010年启动以来).</summary>
    private bool SinceAfter(string text, int end)
    {
        for (var gap = 0; gap <= MaxSinceGap && end + gap <= text.Length; gap++)
        {
            if (_vocabulary.Since.Any(w => string.CompareOrdinal(text, end + gap, w, 0, w.Length) == 0)) return true;
            if (end + gap >= text.Length || text[end + gap] is < '\u4e00' or > '\u9fff' || text[end + gap] == '的') return false;
        }
        return false;
    }

    /// <summary>How many characters may stand between a date and its 以来 (成立, 建区, 正式运营).</summary>
    private const int MaxSinceGap = 4;

    /// <summary>
    /// The period of a figure starting at view offset <paramref name="figureStart"/>: the last time before it that is
    /// no base. A base a figure of its sentence is compared with (是2012年的2.35倍) makes the figures after it in the
    /// sentence span from the base to the period before it (2012..2021).
    /// </summary>
    public static TimeMention? PeriodOf(IReadOnlyList<TimeMention> times, int figureStart, int sentenceStart, ISet<int> figureStarts)
    {
        for (var i = times.Count - 1; i >= 0; i--)
        {
            var t = times[i];
            if (t.End > figureStart || t.Base) continue;
            if (t.BaseWordEnd >= 0 && t.BaseWordEnd <= figureStart && figureStarts.Contains(t.BaseWordEnd))
            {
                if (t.Start < sentenceStart) continue;
                var before = PeriodOf(times, t.Start, 0, figureStarts);
                if (before == null) return null;
                // 50年来…增至2021年的2400亿: after a span of years the date is the figure's own time, not a base.
                if (SpansYears(before)) return t;
                return t with { ValueEnd = before.ValueEnd ?? before.Value };
            }
            return t;
        }
        return null;
    }

    /// <summary>The number of years written right before 年来 (5年来, 十年来), or null; vague counts (多年来) give none.</summary>
    private static (int Start, int Count)? YearsBefore(string text, int at)
    {
        var start = at;
        while (start > 0 && (char.IsAsciiDigit(text[start - 1]) || Numbers.NumeralParser.IsChineseNumeralChar(text[start - 1]))) start--;
        if (start == at || !Numbers.NumeralParser.TryParse(text[start..at], out var count) || count is < 1 or > 100 || count != decimal.Truncate(count))
            return null;
        return (start, (int)count);
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

    private static bool SpansYears(TimeMention time) => time.ValueEnd != null && time.ValueEnd[..4] != time.Value[..4];

    private static string Truncate(string iso, int length) => iso.Length <= length ? iso : iso[..length];

    private static IEnumerable<int> Occurrences(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
            yield return at;
    }
}
