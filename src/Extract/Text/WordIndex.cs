using System.Collections;

namespace Pipeline.Extract.Text;

/// <summary>
/// A fixed list of words to match at positions of a text, indexed by first character: a scan tries at each position
/// only the words that begin with the character there (usually none), in the list's own order, so the first word
/// found is the one a walk over the whole list would have found. Rules that looked for any of their words at every
/// position with a loop over the list ask this instead. It is also the list itself (enumerated in list order), so a
/// rule that walks its words for another purpose keeps one list.
/// </summary>
internal sealed class WordIndex : IReadOnlyList<string>
{
    private static readonly string[] None = Array.Empty<string>();

    private readonly string[] _words;

    /// <summary>Per UTF-16 char, the words that start with it in list order (null: none), in pages of 256 chars made
    /// only for the pages some word starts in: a list of Han words touches a few dozen pages of the 256, so a list costs
    /// kilobytes, not the half megabyte of a flat 64K table.</summary>
    private readonly string[]?[]?[] _pages = new string[]?[]?[256];

    public WordIndex(IEnumerable<string> words)
    {
        _words = words.ToArray();
        var lists = new Dictionary<char, List<string>>();
        foreach (var word in _words)
        {
            if (word.Length == 0) throw new ArgumentException("a word list holds an empty word", nameof(words));
            if (!lists.TryGetValue(word[0], out var list)) lists[word[0]] = list = new List<string>();
            list.Add(word);
        }
        foreach (var (first, list) in lists) (_pages[first >> 8] ??= new string[]?[256])[first & 0xFF] = list.ToArray();
    }

    private string[]? Starting(char c) => _pages[c >> 8]?[c & 0xFF];

    /// <summary>True when some word of the list begins with <paramref name="c"/>.</summary>
    public bool CanStart(char c) => Starting(c) != null;

    /// <summary>The words beginning with <paramref name="c"/>, in list order.</summary>
    public string[] StartingWith(char c) => Starting(c) ?? None;

    /// <summary>The first word of the list written at <paramref name="index"/> of <paramref name="text"/>, or null.</summary>
    public string? FirstAt(string text, int index)
    {
        if ((uint)index >= (uint)text.Length || Starting(text[index]) is not { } words) return null;
        foreach (var word in words)
            if (string.CompareOrdinal(text, index, word, 0, word.Length) == 0) return word;
        return null;
    }

    public int Count => _words.Length;

    public string this[int index] => _words[index];

    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)_words).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
