using Pipeline.Extract.Pipeline;

namespace Pipeline.Extract.Attribution;

/// <summary>
/// Whether a figure is a plan, goal or forecast: a cue of Resources/target-cues.txt before it in its sentence
/// (预计, 力争, 目标; 将 only before a verb or adverb, as "will"), or opening an earlier part of its sentence cut by
/// semicolons, or a period set by 到 (到2025年) or lying after the publication date.
/// </summary>
internal sealed class TargetReader
{
    private readonly AttributionVocabulary _vocabulary;

    public TargetReader(AttributionVocabulary vocabulary) => _vocabulary = vocabulary;

    public bool IsTarget(ArticleText text, int sentenceStart, int figureStart, TimeMention? period, PublicationDate? published)
    {
        if (period != null && (PeriodReader.IsFuture(period, published)
                               || period.Lead && (published == null || int.Parse(period.Value[..4]) >= published.Year)))
            return true;
        // 年度计划投资6.5亿元,1至4月完成投资1.5亿元: a figure whose own clause states a time that is past or present
        // reports what was done then; a cue in a clause before that time does not reach it.
        var from = published != null && period != null && period.Start >= sentenceStart && period.End <= figureStart
            ? ClauseStartBefore(text.Text, period.Start, sentenceStart) : sentenceStart;
        var before = text.Text[from..figureStart];
        foreach (var cue in _vocabulary.TargetCues)
            if (CueAt(text, from, before, cue, needsVerb: false)) return true;
        foreach (var cue in _vocabulary.TargetCuesBeforeVerb)
            if (CueAt(text, from, before, cue, needsVerb: true)) return true;
        return from == sentenceStart && OpensEarlierPart(text, sentenceStart);
    }

    /// <summary>Where the clause holding <paramref name="at"/> starts: after the last comma, semicolon or colon before it.</summary>
    private static int ClauseStartBefore(string text, int at, int sentenceStart)
    {
        while (at > sentenceStart && !",，;；:：".Contains(text[at - 1])) at--;
        return at;
    }

    /// <summary>预计全年实现生产总值685亿元;实现工业产值2220亿元: a cue opening one part of a sentence cut by semicolons
    /// governs the parts after it.</summary>
    private bool OpensEarlierPart(ArticleText text, int partStart)
    {
        while (partStart > 0 && text.Text[partStart - 1] is '；' or ';')
        {
            var (previousStart, _) = text.SentenceAround(partStart - 1, partStart - 1);
            var opening = text.Text.Substring(previousStart, Math.Min(MaxOpening, partStart - 1 - previousStart));
            if (_vocabulary.TargetCues.Any(cue => CueAt(text, previousStart, opening, cue, needsVerb: false))) return true;
            partStart = previousStart;
        }
        return false;
    }

    /// <summary>Marks that end a clause (not a colon, which opens what an aim names: 目标:到2025年…).</summary>
    private const string ClauseEnds = ",，;；";

    /// <summary>How far into its part a cue may stand and still open it (预计, 力争全年).</summary>
    private const int MaxOpening = 4;

    private bool CueAt(ArticleText text, int offset, string window, string cue, bool needsVerb)
    {
        for (var at = window.IndexOf(cue, StringComparison.Ordinal); at >= 0; at = window.IndexOf(cue, at + 1, StringComparison.Ordinal))
        {
            var start = offset + at;
            var end = start + cue.Length;
            if (!text.IsWordBoundary(start) || !text.IsWordBoundary(end)) continue;
            if (CoversAny(text, _vocabulary.NotTargetCues, start, end)) continue;
            // 围绕招大引强目标,组建20亿元母基金: an aim that ends its clause is what the clause works toward, no figure's plan.
            if (_vocabulary.ClauseAims.Contains(cue) && end < text.Text.Length && ClauseEnds.Contains(text.Text[end])) continue;
            if (!needsVerb) return true;
            if (text.WordAt(end) is not { } next) continue;
            // 将全力实施, 将大手笔投资: a word saying how stands between 将 and its verb.
            if (_vocabulary.WillManners.Contains(next.Word) && text.WordAt(next.End) is { } afterManner) next = afterManner;
            if (next.IsVerb || next.IsAdverb || next.Tag is "vn" or "v") return true;
        }
        return false;
    }

    // A loop, not Any with a lambda: the lambda would capture the scan's start and end, a closure per occurrence tried.
    private static bool CoversAny(ArticleText text, string[] words, int start, int end)
    {
        foreach (var word in words)
            if (Covers(text, word, start, end)) return true;
        return false;
    }

    /// <summary>True when <paramref name="word"/> is written over [start, end) (将近 over 将).</summary>
    private static bool Covers(ArticleText text, string word, int start, int end)
    {
        for (var s = Math.Max(0, end - word.Length); s <= start; s++)
            if (text.Follows(s, word)) return true;
        return false;
    }
}
