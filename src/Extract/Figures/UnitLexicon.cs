using Pipeline.Extract.Resources;

namespace Pipeline.Extract.Figures;

/// <summary>Figure kinds as written in the record.</summary>
internal static class FigureKinds
{
    public const string Money = "money";
    public const string Percent = "percent";
    public const string Count = "count";
    public const string Measure = "measure";
    public const string Duration = "duration";
    public const string Ratio = "ratio";
    public const string Other = "other";
}

/// <summary>Units that may follow a number, with the kind of quantity each makes, Simplified and
/// Traditional, as listed in Resources/units.tsv. Matching is longest first, so 人次 wins over 人 and 吨标准煤 over 吨.</summary>
internal static class UnitLexicon
{
    public const string FileName = "units.tsv";

    private static readonly string[] Kinds =
        { FigureKinds.Money, FigureKinds.Percent, FigureKinds.Count, FigureKinds.Measure, FigureKinds.Duration, FigureKinds.Ratio, FigureKinds.Other };

    /// <summary>Units written after the number (元, 人次, 吨标准煤), with their kinds.</summary>
    private static readonly Dictionary<string, string> KindOf = new(StringComparer.Ordinal);

    /// <summary>Latin unit symbols; any other letters glued to a number make a code (5G, 8K, 3D).</summary>
    private static readonly Dictionary<string, string> LatinUnits = new(StringComparer.Ordinal);

    /// <summary>Currency words that may name the currency before the number (新台幣1.2兆元, 港幣500萬元, HKD8.8),
    /// folded to Simplified as the view is.</summary>
    private static readonly List<string> CurrenciesBefore = new();

    /// <summary>Words after a number that make it a year count or a calendar year, never a figure.</summary>
    private static readonly List<string> YearWords = new();

    /// <summary>Words an Arabic count takes as its unit only when glued to it (3大科學園區, 4大主导产业), never after
    /// other numbers: read by the figure extractor, not by <see cref="MatchUnit"/>.</summary>
    private static readonly Dictionary<string, string> CountWords = new(StringComparer.Ordinal);

    private static readonly int LongestUnit;

    static UnitLexicon()
    {
        using var reader = ResourceFile.Open(FileName);
        foreach (var (word, role, kind) in Parse(reader))
        {
            switch (role)
            {
                case "unit": KindOf[word] = kind; break;
                case "latin": LatinUnits[word] = kind; break;
                case "before": CurrenciesBefore.Add(word); break;
                case "year": YearWords.Add(word); break;
                case "count": CountWords[word] = kind; break;
            }
        }
        YearWords.Sort((a, b) => b.Length.CompareTo(a.Length));
        LongestUnit = KindOf.Keys.Max(k => k.Length);
    }

    /// <summary>Reads "word&lt;TAB&gt;role&lt;TAB&gt;kind" lines; '#' lines are notes. Bad lines stop with the line number.</summary>
    internal static IEnumerable<(string Word, string Role, string Kind)> Parse(TextReader reader)
    {
        foreach (var (lineNumber, line) in ResourceFile.Lines(reader))
        {
            var cells = line.Split('\t');
            if (cells.Length != 3 || cells[0].Length == 0 || cells[1] is not ("unit" or "latin" or "before" or "year" or "count") || !Kinds.Contains(cells[2]))
                throw new InvalidDataException($"units.tsv line {lineNumber}: expected 'word<TAB>unit|latin|before|year<TAB>kind', got '{line}'");
            yield return (cells[0], cells[1], cells[2]);
        }
    }

    /// <summary>The currency word ending just before <paramref name="at"/> (新台币 in 新台币500亿), or null.</summary>
    public static string? CurrencyEndingAt(string text, int at)
    {
        foreach (var word in CurrenciesBefore)
            if (at >= word.Length && string.CompareOrdinal(text, at - word.Length, word, 0, word.Length) == 0) return word;
        return null;
    }

    /// <summary>The longest unit word starting at <paramref name="at"/>, or null.</summary>
    public static string? MatchUnit(string text, int at)
    {
        // Looked up as spans of the text (every figure asks at every length): the unit returned is the lexicon's own string.
        var units = KindOf.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var len = Math.Min(LongestUnit, text.Length - at); len > 0; len--)
            if (units.TryGetValue(text.AsSpan(at, len), out var unit, out _)) return unit;
        return null;
    }

    /// <summary>The run of ASCII letters (and ²³23 right after them) starting at <paramref name="at"/>.</summary>
    public static string LatinRun(string text, int at)
    {
        var i = at;
        while (i < text.Length && char.IsAsciiLetter(text[i])) i++;
        if (i > at && i < text.Length && text[i] is '²' or '³' or '2' or '3' && (i + 1 >= text.Length || !char.IsAsciiDigit(text[i + 1]))
            && LatinUnits.ContainsKey(text[at..(i + 1)])) i++;
        return text[at..i];
    }

    public static bool IsLatinUnit(string word) => LatinUnits.ContainsKey(word);

    public static bool StartsYearWord(string text, int at, out string word)
    {
        foreach (var w in YearWords)
            if (string.CompareOrdinal(text, at, w, 0, w.Length) == 0 && at + w.Length <= text.Length)
            {
                word = w;
                return true;
            }
        word = "";
        return false;
    }

    /// <summary>The kind a unit makes; compound units (吨标准煤/万元) take their numerator's kind.</summary>
    /// <summary>The count word (大) at <paramref name="at"/>, or null.</summary>
    public static string? MatchCountWord(string text, int at) =>
        at < text.Length && CountWords.ContainsKey(text[at].ToString()) ? text[at].ToString() : null;

    public static string KindOfUnit(string unit)
    {
        if (unit.Length == 0) return FigureKinds.Other;
        if (LatinUnits.TryGetValue(unit, out var latin)) return latin;
        var numerator = unit.Split('/')[0];
        if (KindOf.TryGetValue(numerator, out var kind) || CountWords.TryGetValue(numerator, out kind)) return kind;
        if (LatinUnits.TryGetValue(numerator, out latin)) return latin;
        return FigureKinds.Other;
    }
}
