namespace Pipeline.Extract.Text;

/// <summary>
/// A fixed list of words to match at positions of a text, indexed by first character (a 64K table, so made once per
/// list, never per text): a scan tries at each position
/// only the words that begin with the character there (usually none), in the list's own order, so the first word
/// found is the one a walk over the whole list would have found. Rules that looked for any of their words at every
/// position with a loop over the list ask this instead.
/// </summary>
internal sealed class WordIndex
{
    private static readonly string[] None = Array.Empty<string>();

    /// <summary>Per UTF-16 char, the words that start with it in list order (null: none).</summary>
    private readonly string[]?[] _byFirst = new string[]?[65536];

    public WordIndex(IEnumerable<string> words)
    {
        var lists = new Dictionary<char, List<string>>();
        foreach (var word in words)
        {
            if (word.Length == 0) throw new ArgumentException("a word list holds an empty word", nameof(words));
            if (!lists.TryGetValue(word[0], out var list)) lists[word[0]] = list = new List<string>();
            list.Add(word);
        }
        foreach (var (first, list) in lists) _byFirst[first] = list.ToArray();
    }

    /// <summary>True when some word of the list begins with <paramref name="c"/>.</summary>
    public bool CanStart(char c) => _byFirst[c] != null;

    /// <summary>The words beginning with <paramref name="c"/>, in list order.</summary>
    public string[] StartingWith(char c) => _byFirst[c] ?? None;

    /// <summary>The first word of the list written at <paramref name="index"/> of <paramref name="text"/>, or null.</summary>
    public string? FirstAt(string text, int index)
    {
        if ((uint)index >= (uint)text.Length || _byFirst[text[index]] is not { } words) return null;
        foreach (var word in words)
            if (string.CompareOrdinal(text, index, word, 0, word.Length) == 0) return word;
        return null;
    }
}
