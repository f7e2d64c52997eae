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
    /// <summary>The caseless forms by their first character, each with its place in <see cref="_forms"/>: a metric is read
    /// once, asking at each character only the forms that start with it, not every form of the vocabulary.</summary>
    private readonly Dictionary<char, List<(int Order, string Form, string Key)>> _caselessByFirstChar = new();
    /// <summary>The forms with letters, searched ignoring case, with their place in <see cref="_forms"/>.</summary>
    private readonly List<(int Order, string Form, string Key)> _casedForms = new();

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
        for (var order = 0; order < _forms.Count; order++)
        {
            var (form, key, comparison) = _forms[order];
            if (form.Length == 0) continue;
            if (comparison == StringComparison.OrdinalIgnoreCase) _casedForms.Add((order, form, key));
            else if (_caselessByFirstChar.TryGetValue(form[0], out var list)) list.Add((order, form, key));
            else _caselessByFirstChar[form[0]] = [(order, form, key)];
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
        // Every occurrence of a form is weighed: one before the form's last ends sooner and so never wins.
        string? best = null;
        int bestEnd = -1, bestLength = 0, bestOrder = int.MaxValue;
        for (var at = 0; at < metric.Length; at++)
            if (_caselessByFirstChar.TryGetValue(metric[at], out var starting))
                foreach (var (order, form, key) in starting)
                    if (metric.AsSpan(at).StartsWith(form, StringComparison.Ordinal))
                        Weigh(at, order, form, key);
        foreach (var (order, form, key) in _casedForms)
            if (metric.LastIndexOf(form, StringComparison.OrdinalIgnoreCase) is var at and >= 0) Weigh(at, order, form, key);
        if (best == null) return null;
        var kinds = _kinds[best];
        return percentChange || kinds.Contains("*") || kinds.Contains(figureKind) ? best : null;

        // The form that ends last wins, the longer on a tie, then the one listed first.
        void Weigh(int at, int order, string form, string key)
        {
            var end = at + form.Length;
            if (end < bestEnd || end == bestEnd && (form.Length < bestLength || form.Length == bestLength && order > bestOrder)) return;
            (best, bestEnd, bestLength, bestOrder) = (key, end, form.Length, order);
        }
    }
}
