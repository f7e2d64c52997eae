using System.Globalization;
using Pipeline.Extract.Resources;
using Pipeline.Extract.Text;

namespace Pipeline.Extract.Dates;

/// <summary>
/// The words that name a day counted from the publication day (昨天, 前日, 明晚) and the words around them that make
/// them no day (今日头条, 光明日报, 此前日本): Resources/relative-days.txt and its example sentences. Read by
/// <see cref="DateExtractor"/>.
/// </summary>
internal sealed class RelativeDays
{
    public const string FileName = "relative-days.txt";

    private static readonly Lazy<RelativeDays> LazyDefault = new(() => new RelativeDays(ResourceFile.Load(FileName)));

    private readonly string[] _notAfter;
    private readonly string[] _namesHoldingADayWord;
    // Words with their own neighbours that make them no day (前日: 此前日本; 前晚: 赛前晚宴), by day word.
    private readonly Dictionary<string, (string Before, string After)> _ownNeighbours = new(StringComparer.Ordinal);

    internal RelativeDays(ResourceFile rules)
    {
        Rules = rules;
        // File order: a longer word is listed before the shorter one it starts with (大前天 before 前天).
        Days = rules["days"].Select(line => ParseDay(rules.Name, line)).ToArray();
        NotBefore = string.Concat(rules["not-before"]);
        _notAfter = rules["not-after"].ToArray();
        _namesHoldingADayWord = rules["names-holding-a-day-word"].ToArray();
        foreach (var (word, _) in Days)
        {
            var before = rules.Headers.Contains("not-before-" + word) ? string.Concat(rules["not-before-" + word]) : "";
            var after = rules.Headers.Contains("not-after-" + word) ? string.Concat(rules["not-after-" + word]) : "";
            if (before.Length + after.Length > 0) _ownNeighbours[word] = (before, after);
        }
    }

    public static RelativeDays Default => LazyDefault.Value;

    public ResourceFile Rules { get; }

    /// <summary>The day words with their offsets in days from the publication day, longer words first where one starts another.</summary>
    public (string Word, int Offset)[] Days { get; }

    /// <summary>Characters that, just before a day word, make it part of another word (目前天然气, 美好明天).</summary>
    public string NotBefore { get; }

    /// <summary>Whether the day word at <paramref name="i"/> is part of another word or name by its neighbours.</summary>
    public bool IsNoDay(string text, int i, string word)
    {
        var end = i + word.Length;
        var before = i > 0 ? text[i - 1] : '\0';
        var after = end < text.Length ? text[end] : '\0';
        if (before != '\0' && NotBefore.Contains(before)) return true;
        foreach (var next in _notAfter)
            if (WordAt.Follows(text, end, next)) return true;
        if (_ownNeighbours.TryGetValue(word, out var own) && (before != '\0' && own.Before.Contains(before) || after != '\0' && own.After.Contains(after)))
            return true;
        return InsideNameHoldingADayWord(text, i, word);
    }

    private bool InsideNameHoldingADayWord(string text, int i, string word)
    {
        foreach (var name in _namesHoldingADayWord)
        {
            var at = name.IndexOf(word, StringComparison.Ordinal);
            if (at >= 0 && i >= at && WordAt.Follows(text, i - at, name)) return true;
        }
        return false;
    }

    private static (string Word, int Offset) ParseDay(string file, string line)
    {
        var cells = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (cells.Length != 2 || !int.TryParse(cells[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var offset))
            throw new InvalidDataException($"{file}: a day is written `word offset`, not `{line}`");
        return (cells[0], offset);
    }
}
