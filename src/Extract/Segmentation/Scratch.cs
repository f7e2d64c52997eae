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
