namespace Pipeline.Extract.Segmentation;

/// <summary>Token boundaries (and posseg tag ids) as parallel arrays that grow and are reused.</summary>
internal sealed class SpanList
{
    public int[] Starts = new int[256];
    public int[] Ends = new int[256];
    public int[] Tags = new int[256];
    public int Count;

    public void Clear() => Count = 0;

    public void Add(int start, int end, int tag = 0)
    {
        if (Count == Starts.Length)
        {
            Array.Resize(ref Starts, Count * 2);
            Array.Resize(ref Ends, Count * 2);
            Array.Resize(ref Tags, Count * 2);
        }
        Starts[Count] = start;
        Ends[Count] = end;
        Tags[Count] = tag;
        Count++;
    }

    public string[] ToStrings(string text)
    {
        var result = new string[Count];
        for (var i = 0; i < result.Length; i++) result[i] = TokenStrings.Of(text, Starts[i], Ends[i]);
        return result;
    }
}

/// <summary>Token strings; one-character tokens (punctuation, particles, single Han characters: a
/// large share of all tokens) come from a shared cache instead of a new string each time.</summary>
internal static class TokenStrings
{
    private static readonly string?[] SingleChars = new string?[65536];

    public static string Of(string text, int start, int end)
    {
        if (end - start != 1) return text.Substring(start, end - start);
        var c = text[start];
        // a race only creates an equal string twice
        return SingleChars[c] ??= c.ToString();
    }
}

/// <summary>Per-thread working memory of the segmenter, so that cutting allocates nothing but its
/// results once the buffers have grown to the longest block seen.</summary>
internal sealed class Scratch
{
    [ThreadStatic] private static Scratch? _current;

    public static Scratch Get() => _current ??= new Scratch();

    public readonly SpanList Words = new();
    public readonly SpanList Search = new();
    /// <summary>For suggesting a user word's frequency: one list for all the words a segmenter is built with, not one each.</summary>
    public readonly SpanList Suggest = new();

    public double[] RouteProb = new double[256];
    public int[] RouteEnd = new int[256];

    public double[] HmmV = new double[256];
    public byte[] HmmBack = new byte[256];
    public byte[] HmmPath = new byte[64];

    public double[] PosV = [];
    public short[] PosBack = [];
    public int[] PosActive = [];
    public int[] PosActiveStart = [];
    public int[] PosPath = [];
    public int[] PosStamp = [];
    public int[] PosExpectStamp = [];
    public int[] PosPrev = [];
    private int _mark;

    /// <summary>posseg's HMM cuts of the short Han runs this thread has tagged.</summary>
    public readonly HanRunCuts HanRunCuts = new();

    public void EnsureRoute(int n)
    {
        if (RouteProb.Length <= n)
        {
            var size = Math.Max(n + 1, RouteProb.Length * 2);
            RouteProb = new double[size];
            RouteEnd = new int[size];
        }
    }

    public void EnsureHmm(int n)
    {
        if (HmmPath.Length < n)
        {
            var size = Math.Max(n, HmmPath.Length * 2);
            HmmPath = new byte[size];
            HmmV = new double[size * 4];
            HmmBack = new byte[size * 4];
        }
    }

    public void EnsurePos(int n, int states)
    {
        if (PosStamp.Length != states)
        {
            PosStamp = new int[states];
            PosExpectStamp = new int[states];
            PosPrev = new int[states];
            _mark = 0;
        }
        if (PosPath.Length < n)
        {
            var size = Math.Max(n, PosPath.Length * 2);
            PosPath = new int[size];
            PosV = new double[size * states];
            PosBack = new short[size * states];
            PosActive = new int[size * states];
            PosActiveStart = new int[size + 1];
        }
    }

    /// <summary>A fresh marker value for the stamp arrays (so sets need no clearing).</summary>
    public int NextMark()
    {
        if (++_mark == int.MaxValue)
        {
            Array.Clear(PosStamp);
            Array.Clear(PosExpectStamp);
            _mark = 1;
        }
        return _mark;
    }
}

/// <summary>Kept results of posseg's HMM over short Han runs, by the run's characters: each cut as
/// (start, end, tag) triples relative to the run. Bounded: emptied when full, so a long run of
/// text keeps the runs that recur and memory stays small.</summary>
internal sealed class HanRunCuts
{
    /// <summary>Runs longer than this are rare to meet twice and are cut afresh.</summary>
    public const int MaxRunLength = 12;
    private const int MaxRuns = 16384;

    private readonly Dictionary<string, int[]> _cuts = new();
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _byChars;
    private object? _model;

    /// <summary>Off in the tests that hold the kept cuts to the HMM's.</summary>
    public bool Enabled = true;

    public int Count => _cuts.Count;

    public HanRunCuts() => _byChars = _cuts.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a cut of <paramref name="run"/> by <paramref name="model"/> is kept here (the
    /// cuts of another model are dropped first).</summary>
    public bool Applies(ReadOnlySpan<char> run, object model)
    {
        if (!Enabled || run.Length > MaxRunLength) return false;
        if (!ReferenceEquals(_model, model))
        {
            _cuts.Clear();
            _model = model;
        }
        return true;
    }

    /// <summary>Appends the kept cut of <paramref name="run"/>, placed at <paramref name="offset"/>; false when none is kept.</summary>
    public bool CopyTo(ReadOnlySpan<char> run, int offset, SpanList output)
    {
        if (!_byChars.TryGetValue(run, out var cut)) return false;
        for (var i = 0; i < cut.Length; i += 3) output.Add(offset + cut[i], offset + cut[i + 1], cut[i + 2]);
        return true;
    }

    /// <summary>Keeps the cut of <paramref name="run"/>: the words of <paramref name="output"/> from
    /// <paramref name="first"/> on, which start at <paramref name="offset"/>.</summary>
    public void Keep(ReadOnlySpan<char> run, SpanList output, int first, int offset)
    {
        if (_cuts.Count >= MaxRuns) _cuts.Clear();
        var cut = new int[(output.Count - first) * 3];
        for (var i = first; i < output.Count; i++)
        {
            var k = (i - first) * 3;
            cut[k] = output.Starts[i] - offset;
            cut[k + 1] = output.Ends[i] - offset;
            cut[k + 2] = output.Tags[i];
        }
        _byChars[run] = cut;
    }
}
