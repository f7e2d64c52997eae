using Pipeline.Extract.Resources;
using Pipeline.Extract.Text;

namespace Pipeline.Extract.Enterprises;

/// <summary>Foreign companies written in Latin letters alone (<c>[latin-company-names]</c> of Resources/enterprise-name-cues.txt:
/// NVIDIA, SpaceX), each with the Chinese names news gives it (英伟达, 辉达). The names are matched with the hand list's
/// (<see cref="ShortNameList"/>); the Chinese names tell which company found on the page a Latin name also names.</summary>
internal sealed class LatinCompanyNames
{
    private static readonly Lazy<LatinCompanyNames> LazyDefault = new(() => new LatinCompanyNames(ResourceFile.Load(UncuedCompanyFinder.FileName)));

    private readonly Dictionary<string, string[]> _chineseNamesOf = new(StringComparer.Ordinal);

    public static LatinCompanyNames Default => LazyDefault.Value;

    public LatinCompanyNames(ResourceFile cues)
    {
        foreach (var line in cues["latin-company-names"])
        {
            var fields = line.Split('\t', StringSplitOptions.TrimEntries);
            if (fields.Length > 2 || fields[0].Length < 2 || !fields[0].Any(char.IsAsciiLetter) || fields[0].Any(ChineseScript.IsHan))
                throw new InvalidDataException($"{cues.Name} [latin-company-names]: expected Latin name<TAB>Chinese names separated by '|', got '{line}'");
            _chineseNamesOf[fields[0]] = fields.Length == 2 ? fields[1].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : Array.Empty<string>();
        }
    }

    /// <summary>Every Latin name.</summary>
    public IEnumerable<string> Names => _chineseNamesOf.Keys;

    /// <summary>True when <paramref name="latin"/> is listed and <paramref name="folded"/> (a folded, Simplified name) is one of
    /// its Chinese names (NVIDIA and 辉达).</summary>
    public bool AreOneCompany(string latin, string folded) =>
        _chineseNamesOf.TryGetValue(latin, out var chinese) && chinese.Contains(folded, StringComparer.Ordinal);

    public bool Contains(string latin) => _chineseNamesOf.ContainsKey(latin);

    /// <summary>True for a name written in Latin letters only (Sino Example Holdings Limited, Keppel Corporation): letters, digits,
    /// spaces and the marks of legal forms.</summary>
    public static bool IsLatinName(string name) =>
        name.Any(char.IsAsciiLetter) && name.All(c => char.IsAsciiLetterOrDigit(c) || c is ' ' or '.' or ',' or '&' or '-');
}
