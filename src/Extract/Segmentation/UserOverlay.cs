namespace Pipeline.Extract.Segmentation;

/// <summary>User words laid over the shared base dictionary: a small trie of their keys (each word
/// and its prefixes, as python's add_word puts them into FREQ), the frequencies and tags the user
/// set, and the words jieba's HMM must not produce (frequency 0). Built once by
/// <see cref="JiebaSegmenter.WithUserWords"/>, read-only afterwards.</summary>
internal sealed class UserOverlay
{
    private readonly Dictionary<long, int> _edges = new();
    private readonly bool[] _firstChar = new bool[65536];
    /// <summary>The frequency the user set for the key at the node, or -1 (then the base decides).</summary>
    private readonly List<int> _freq = new() { -1 };
    private readonly List<double> _logFreq = new() { 0 };
    private readonly List<string?> _tag = new() { null };
    private readonly HashSet<string> _forceSplit = new(StringComparer.Ordinal);

    /// <summary>Words in the order they were added, with the frequency they resolved to.</summary>
    public List<UserWord> Entries { get; } = new();

    public bool HasForceSplit => _forceSplit.Count > 0;

    public bool IsForceSplit(ReadOnlySpan<char> word) =>
        _forceSplit.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>The child node, or -1.</summary>
    public int Child(int node, char c)
    {
        if (node == 0 && !_firstChar[c]) return -1;
        return _edges.TryGetValue(((long)node << 16) | c, out var child) ? child : -1;
    }

    public int Find(ReadOnlySpan<char> key)
    {
        var node = 0;
        foreach (var c in key)
        {
            node = Child(node, c);
            if (node < 0) return -1;
        }
        return node;
    }

    public int FreqAt(int node) => _freq[node];
    public double LogFreqAt(int node) => _logFreq[node];
    public string? TagAt(int node) => _tag[node];

    public void Add(string word, int freq, string? tag)
    {
        var node = 0;
        foreach (var c in word)
        {
            var child = Child(node, c);
            if (child < 0)
            {
                child = _freq.Count;
                _freq.Add(-1);
                _logFreq.Add(0);
                _tag.Add(null);
                _edges[((long)node << 16) | c] = child;
                if (node == 0) _firstChar[c] = true;
            }
            node = child;
        }
        _freq[node] = freq;
        _logFreq[node] = freq > 0 ? Math.Log(freq) : 0.0;
        if (!string.IsNullOrEmpty(tag)) _tag[node] = tag;
        if (freq == 0) _forceSplit.Add(word);
        Entries.Add(new UserWord(word, freq, tag));
    }
}
