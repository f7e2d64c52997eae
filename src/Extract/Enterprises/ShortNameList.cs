using Pipeline.Extract.Resources;

namespace Pipeline.Extract.Enterprises;

/// <summary>Short names of well-known companies (Resources/enterprise-short-names.txt), loaded on first use.</summary>
internal sealed class ShortNameList
{
    public const string FileName = "enterprise-short-names.txt";

    // The hand list, and the foreign companies written in Latin letters alone ([latin-company-names]), matched alike.
    private static readonly Lazy<ShortNameList> LazyDefault = new(() => new ShortNameList(FromFile(ResourceFile.Load(FileName)).Names.Concat(LatinCompanyNames.Default.Names)));

    private readonly Dictionary<char, List<string>> _byFirstChar = new();

    public ShortNameList(IEnumerable<string> names)
    {
        foreach (var name in names.Distinct())
        {
            if (!_byFirstChar.TryGetValue(name[0], out var list)) _byFirstChar[name[0]] = list = new List<string>();
            list.Add(name);
        }
        foreach (var list in _byFirstChar.Values) list.Sort((a, b) => b.Length.CompareTo(a.Length));
    }

    public static ShortNameList Default => LazyDefault.Value;

    /// <summary>Every listed name.</summary>
    public IEnumerable<string> Names => _byFirstChar.Values.SelectMany(list => list);

    public static ShortNameList FromFile(ResourceFile file)
    {
        foreach (var name in file.Entries)
            if (name.Length < 2) throw new InvalidDataException($"{file.Name}: enterprise short name '{name}' is shorter than two characters");
        return new ShortNameList(file.Entries);
    }

    /// <summary>The longest listed name starting at <paramref name="index"/>, or null.</summary>
    public string? MatchAt(string text, int index)
    {
        if (!_byFirstChar.TryGetValue(text[index], out var list)) return null;
        foreach (var name in list)
            if (name.Length <= text.Length - index && (name.Length == 1 || text[index + 1] == name[1]) && text.AsSpan(index, name.Length).SequenceEqual(name))
                return name;
        return null;
    }

    /// <summary>True when a listed name covers <paramref name="index"/> past its first character (华为: 为).</summary>
    public bool Covers(string text, int index)
    {
        for (var start = Math.Max(0, index - 5); start < index; start++)
            if (MatchAt(text, start) is { } name && start + name.Length > index) return true;
        return false;
    }
}
