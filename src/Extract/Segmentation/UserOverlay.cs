namespace Pipeline.Extract.Segmentation;

/// <summary>User words laid over the shared base dictionary: a small trie of their keys (each word
/// and its prefixes, as python's add_word puts them into FREQ), the frequencies and tags the user
/// set, and the words jieba's HMM must not produce (frequency 0). Built once by
/// <see cref="JiebaSegmenter.WithUserWords"/>, read-only afterwards.</summary>
internal sealed class UserOverlay
{
    /// <summary>Child of the root for each first character (0: none; the root is never a child).</summary>
    private readonly int[] _rootChild = new int[65536];
    /// <summary>Below the root, while words are added: each node's children as a list through their siblings.</summary>
    private readonly List<int> _firstChild = new() { 0 };
    private readonly List<int> _nextSibling = new() { 0 };
    private readonly List<char> _label = new() { '\0' };
    /// <summary>Once built (<see cref="Freeze"/>): node n's children are <c>_childLabels</c>/<c>_childNodes</c> from
    /// <c>_childStart[n]</c> to <c>_childStart[n + 1]</c>, ordered by character. The route search asks for a child at
    /// every step inside a user word's prefix; a dictionary keyed by (node, char) cost it a hash look-up each time.</summary>
    private int[]? _childStart;
    private char[] _childLabels = Array.Empty<char>();
    private int[] _childNodes = Array.Empty<int>();
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
        if (node == 0)
        {
            var first = _rootChild[c];
            return first == 0 ? -1 : first;
        }
        if (_childStart is { } starts)
        {
            int lo = starts[node], hi = starts[node + 1] - 1;
            var labels = _childLabels;
            while (lo <= hi)
            {
                var mid = (lo + hi) >>> 1;
                var label = labels[mid];
                if (label == c) return _childNodes[mid];
                if (label < c) lo = mid + 1;
                else hi = mid - 1;
            }
            return -1;
        }
        for (var k = _firstChild[node]; k != 0; k = _nextSibling[k])
            if (_label[k] == c) return k;
        return -1;
    }

    /// <summary>Lays the children of every node out in one table, ordered by character; words added later go back to
    /// the sibling lists until the next call.</summary>
    public void Freeze()
    {
        var count = _freq.Count;
        var starts = new int[count + 1];
        var labels = new char[count];
        var nodes = new int[count];
        var at = 0;
        var children = new List<(char Label, int Node)>();
        for (var n = 0; n < count; n++)
        {
            starts[n] = at;
            if (n == 0) continue; // the root's children are read from _rootChild
            children.Clear();
            for (var k = _firstChild[n]; k != 0; k = _nextSibling[k]) children.Add((_label[k], k));
            children.Sort((x, y) => x.Label.CompareTo(y.Label));
            foreach (var (label, child) in children)
            {
                labels[at] = label;
                nodes[at] = child;
                at++;
            }
        }
        starts[count] = at;
        (_childLabels, _childNodes, _childStart) = (labels, nodes, starts);
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
                _childStart = null; // a new node: back to the sibling lists until the next Freeze
                child = _freq.Count;
                _freq.Add(-1);
                _logFreq.Add(0);
                _tag.Add(null);
                _firstChild.Add(0);
                _label.Add(c);
                if (node == 0)
                {
                    _nextSibling.Add(0);
                    _rootChild[c] = child;
                }
                else
                {
                    _nextSibling.Add(_firstChild[node]);
                    _firstChild[node] = child;
                }
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
