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
/// (start, end, tag) triples relative to the run. The runs and cuts live in arrays made once per
/// thread (an open-addressing table over them), so keeping a cut allocates nothing the collector
/// must follow; when the table is full it is emptied, and the runs that recur come back.</summary>
internal sealed class HanRunCuts
{
    /// <summary>Runs longer than this are rare to meet twice and are cut afresh.</summary>
    public const int MaxRunLength = 12;
    // every array stays under the large-object heap's 85,000 bytes, so a thread's table is collected and compacted
    // like any young object and a new pool thread does not start a gen-2 collection
    private const int MaxRuns = 2048;
    private const int Slots = MaxRuns * 2;

    private int[] _slots = [];  // entry + 1, 0 for empty; made on the first cut kept
    private char[] _runs = [];
    private int[] _runStart = [], _runLength = [], _cutStart = [], _cutLength = [];
    private int[] _cuts = [];   // (start, end, tag) triples: eight words a run on average before the table is emptied
    private int _count, _runsUsed, _cutsUsed;
    private object? _model;

    /// <summary>Off in the tests that hold the kept cuts to the HMM's.</summary>
    public bool Enabled = true;

    public int Count => _count;

    /// <summary>Whether a cut of <paramref name="run"/> by <paramref name="model"/> is kept here (the
    /// cuts of another model are dropped first).</summary>
    public bool Applies(ReadOnlySpan<char> run, object model)
    {
        if (!Enabled || run.Length > MaxRunLength) return false;
        if (!ReferenceEquals(_model, model))
        {
            Empty();
            _model = model;
        }
        return true;
    }

    /// <summary>Appends the kept cut of <paramref name="run"/>, placed at <paramref name="offset"/>; false when none is kept.</summary>
    public bool CopyTo(ReadOnlySpan<char> run, int offset, SpanList output)
    {
        if (_count == 0) return false;
        var entry = Find(run, out _);
        if (entry < 0) return false;
        var end = _cutStart[entry] + _cutLength[entry];
        for (var i = _cutStart[entry]; i < end; i += 3) output.Add(offset + _cuts[i], offset + _cuts[i + 1], _cuts[i + 2]);
        return true;
    }

    /// <summary>Keeps the cut of <paramref name="run"/> (not kept yet): the words of <paramref name="output"/> from
    /// <paramref name="first"/> on, which start at <paramref name="offset"/>.</summary>
    public void Keep(ReadOnlySpan<char> run, SpanList output, int first, int offset)
    {
        var length = (output.Count - first) * 3;
        if (_slots.Length == 0)
        {
            _slots = new int[Slots];
            _runs = new char[MaxRuns * MaxRunLength];
            _runStart = new int[MaxRuns];
            _runLength = new int[MaxRuns];
            _cutStart = new int[MaxRuns];
            _cutLength = new int[MaxRuns];
            _cuts = new int[MaxRuns * 8];
        }
        if (length > _cuts.Length) return;
        if (_count == MaxRuns || _cutsUsed + length > _cuts.Length) Empty();
        Find(run, out var slot);
        var entry = _count++;
        _slots[slot] = entry + 1;
        _runStart[entry] = _runsUsed;
        _runLength[entry] = run.Length;
        run.CopyTo(_runs.AsSpan(_runsUsed));
        _runsUsed += run.Length;
        _cutStart[entry] = _cutsUsed;
        _cutLength[entry] = length;
        for (var i = first; i < output.Count; i++)
        {
            _cuts[_cutsUsed++] = output.Starts[i] - offset;
            _cuts[_cutsUsed++] = output.Ends[i] - offset;
            _cuts[_cutsUsed++] = output.Tags[i];
        }
    }

    /// <summary>The entry kept for <paramref name="run"/>, or -1 with <paramref name="slot"/> the empty slot where it would go.</summary>
    private int Find(ReadOnlySpan<char> run, out int slot)
    {
        slot = (string.GetHashCode(run) & int.MaxValue) % Slots;
        while (true)
        {
            var entry = _slots[slot] - 1;
            if (entry < 0) return -1;
            if (_runs.AsSpan(_runStart[entry], _runLength[entry]).SequenceEqual(run)) return entry;
            if (++slot == Slots) slot = 0;
        }
    }

    private void Empty()
    {
        if (_count == 0) return;
        Array.Clear(_slots);
        _count = _runsUsed = _cutsUsed = 0;
    }
}
