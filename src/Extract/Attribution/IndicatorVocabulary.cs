using Pipeline.Extract.Resources;
namespace Pipeline.Extract.Attribution;

/// <summary>
/// The controlled vocabulary of indicators (Resources/indicators.txt, documented in docs/indicators.md): maps a
/// metric in the article's words to a key. The form that ends nearest the metric's end wins (the head of a
/// Chinese noun phrase is its last word: 高新技术企业营业收入 is revenue), the longer form on a tie; the figure's
/// kind must be one the indicator allows, except that a change in percent fits any.
/// </summary>
internal sealed class IndicatorVocabulary
{
    /// <summary>Each form with its key and how it is searched for: ordinally when it has no case (<see cref="IsCaseless"/>).</summary>
    private readonly List<(string Form, string Key, StringComparison Comparison)> _forms = new();
    private readonly Dictionary<string, HashSet<string>> _kinds = new(StringComparer.Ordinal);

    public IndicatorVocabulary(ResourceFile file)
    {
        File = file;
        foreach (var header in file.Headers)
        {
            var parts = header.Split('|', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0)
                throw new InvalidDataException($"{file.Name}: section [{header}] must be [key | kinds]");
            Keys.Add(parts[0]);
            _kinds[parts[0]] = parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
            foreach (var form in file[header])
                _forms.Add((form, parts[0], IsCaseless(form) ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>A form of Han characters, digits and ASCII marks only has no case to ignore: it is searched ordinally,
    /// which answers the same and runs several times faster (this search ran for every form against every metric).</summary>
    private static bool IsCaseless(string form)
    {
        foreach (var c in form)
            if (!(Text.ChineseScript.IsHan(c) || c < 128 && !char.IsAsciiLetter(c))) return false;
        return true;
    }

    public ResourceFile File { get; }
    public List<string> Keys { get; } = new();

    /// <summary>
    /// The form of an indicator of <paramref name="kind"/> that ends last in [from, to) of the text (the longer on a tie),
    /// as a span; null when none is there.
    /// </summary>
    public (int Start, int End)? LastFormIn(string text, int from, int to, string kind)
    {
        (int Start, int End)? best = null;
        if (to <= from) return null;
        foreach (var (form, key, comparison) in _forms)
        {
            if (!_kinds[key].Contains(kind) || form.Length > to - from) continue;
            var at = text.LastIndexOf(form, to - 1, to - from, comparison);
            if (at < 0) continue;
            var end = at + form.Length;
            if (best is { } b && (end < b.End || end == b.End && form.Length <= b.End - b.Start)) continue;
            best = (at, end);
        }
        return best;
    }

    /// <summary>The key for a metric (view text), or null when no form names it or the kind does not fit.</summary>
    public string? KeyOf(string? metric, string figureKind, bool percentChange)
    {
        if (string.IsNullOrEmpty(metric)) return null;
        string? best = null;
        int bestEnd = -1, bestLength = 0;
        foreach (var (form, key, comparison) in _forms)
        {
            var at = metric.LastIndexOf(form, comparison);
            if (at < 0) continue;
            var end = at + form.Length;
            if (end < bestEnd || end == bestEnd && form.Length <= bestLength) continue;
            best = key;
            bestEnd = end;
            bestLength = form.Length;
        }
        if (best == null) return null;
        var kinds = _kinds[best];
        return percentChange || kinds.Contains("*") || kinds.Contains(figureKind) ? best : null;
    }
}
