using Pipeline.Extract.Figures;
using Pipeline.Extract.Model;

namespace Pipeline.Extract.Attribution;

/// <summary>
/// Whether a figure is a change (增长11.7%, 减少碳排放3.5万吨) or a level (提高到49.7%, 增加值514亿元), and what kind
/// of change: percent, percentage_points (个百分点), multiple (是…的2.35倍) or absolute. The cue words are
/// Resources/change-cues.txt.
/// </summary>
internal sealed class ChangeReader
{
    private readonly AttributionVocabulary _vocabulary;

    public ChangeReader(AttributionVocabulary vocabulary) => _vocabulary = vocabulary;

    /// <param name="clause">The clause before the figure (view text).</param>
    public (bool Change, string? Kind) Read(string clause, FigureEntity figure) =>
        IsChange(clause) || IsMultiple(figure) ? (true, KindOf(figure)) : (false, null);

    /// <summary>The kind of a change, from the figure's unit.</summary>
    public string KindOf(FigureEntity figure) =>
        IsMultiple(figure) ? "multiple"
        : _vocabulary.PointUnits.Any(u => figure.Unit.EndsWith(u, StringComparison.Ordinal)) ? "percentage_points"
        : figure.Kind == FigureKinds.Percent ? "percent" : "absolute";

    private bool IsMultiple(FigureEntity figure) => _vocabulary.MultipleUnits.Contains(figure.Unit);

    /// <summary>True when the clause before a figure says it is a change.</summary>
    public bool IsChange(string clause)
    {
        var change = false;
        var words = clause;
        bool stripped;
        do
        {
            stripped = false;
            foreach (var w in _vocabulary.LinkWords)
            {
                if (!words.EndsWith(w, StringComparison.Ordinal)) continue;
                if (_vocabulary.ChangeWords.Contains(w)) change = true;
                words = words[..^w.Length];
                stripped = true;
                break;
            }
        } while (stripped && words.Length > 0);
        // 减少碳排放3.5万吨: a change word earlier in the clause (but not 增加值, a metric's name).
        foreach (var w in _vocabulary.ChangeWords.Where(w => w.Length > 1))
            for (var at = clause.IndexOf(w, StringComparison.Ordinal); at >= 0; at = clause.IndexOf(w, at + 1, StringComparison.Ordinal))
                if (!NamesAMetric(clause, at + w.Length)) change = true;
        // 提高到49.7%: the change word says where the level went, the figure is the level.
        var linkTail = clause[words.Length..];
        if (_vocabulary.LevelAfter.Any(l => linkTail.EndsWith(l, StringComparison.Ordinal))) change = false;
        return change;
    }

    /// <summary>A change word followed by 值 (增加值, 年增加值) names a metric; followed by 到 or 至 it leads to a level.</summary>
    private bool NamesAMetric(string clause, int after)
    {
        bool At(int k, string[] words) => k < clause.Length && words.Any(w => string.CompareOrdinal(clause, k, w, 0, w.Length) == 0);
        return At(after, _vocabulary.MetricAfter) || At(after, _vocabulary.LevelAfter)
               || after + 1 < clause.Length && clause[after] is '加' or '长' && At(after + 1, _vocabulary.MetricAfter);
    }
}
