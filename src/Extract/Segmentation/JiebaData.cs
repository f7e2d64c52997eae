using System.Buffers.Binary;
using System.Diagnostics;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Pipeline.Extract.Segmentation;

/// <summary>jieba's dictionary and HMM tables, read once from the embedded resources that
/// tools/jieba/convert.py generates (posseg's larger model only when tagging is first used). The
/// dictionary's columns are stored uncompressed and fixed-width, so loading copies them rather than
/// inflating and decoding them: that load was most of a short `pipeline segment`'s start-up.
/// Immutable after loading, so any number of segmenters and threads share it.</summary>
internal sealed class JiebaData
{
    internal const string DictionaryResource = "Pipeline.Extract.Resources.jieba.dict.bin";
    internal const string PosResource = "Pipeline.Extract.Resources.jieba.pos.gz";
    internal const double MinFloat = -3.14e100;

    // Prefix trie of every dictionary word and every prefix of one (python's FREQ keys), nodes in
    // breadth-first order: the children of node i are Nodes[i].FirstChild .. Nodes[i + 1].FirstChild - 1,
    // sorted by Label. Node 0 is the root; RootChild maps a first character straight to its node.
    // What the route search reads per node sits in one record, so one cache line serves a step. Labels, nodes
    // and word tags are read in place from the resource (see Load), never copied.
    private readonly unsafe char* _label;
    private readonly int _nodeCount;
    public readonly NodeTable Nodes;
    private readonly unsafe byte* _wordTag;
    public unsafe ReadOnlySpan<char> Label => new(_label, _nodeCount);
    /// <summary>posseg tag index + 1 of the word at the node, 0 when the word has none.</summary>
    public unsafe ReadOnlySpan<byte> WordTag => new(_wordTag, _nodeCount);
    public readonly int[] RootChild = new int[65536];
    public readonly long Total;
    public readonly string[] Tags;

    // finalseg HMM, states B E M S in python's comparison order.
    public readonly double[] HmmStart = new double[4];
    public readonly double[] HmmTrans = new double[16];
    /// <summary>Emission log-probabilities, index row * 4 + state with the row from <see cref="HmmEmitRow"/> (a
    /// character's four values share a cache line); MinFloat where python has none. Row 0, all MinFloat, serves every
    /// character the tables do not list, so the table holds the few thousand listed ones instead of all 65,536
    /// (a dense table was 2 MB of fresh pages touched at every start).</summary>
    public readonly double[] HmmEmit;
    /// <summary>The <see cref="HmmEmit"/> row of each character, 0 for one the tables do not list.</summary>
    public readonly ushort[] HmmEmitRow = new ushort[65536];

    private readonly Lazy<PosModel> _pos;

/// <summary>posseg's HMM, loaded on first use.</summary>
    public PosModel Pos => _pos.Value;

    public TimeSpan LoadTime { get; }

    private static JiebaData? _instance;
    private static readonly object Gate = new();

    public static JiebaData Instance
    {
        get
        {
            var data = Volatile.Read(ref _instance);
            if (data != null) return data;
            lock (Gate)
            {
                _instance ??= Load();
                return _instance;
            }
        }
    }

    private static unsafe JiebaData Load()
    {
        var stopwatch = Stopwatch.StartNew();
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("segmenter data: " + DictionaryResource + " is little-endian");
        using var stream = OpenResource(DictionaryResource);
        return new JiebaData(InPlace(stream), (int)stream.Length, stopwatch);
    }

    /// <summary>Where the resource's bytes lie for as long as the process runs. A resource of an assembly loaded
    /// from a file is a view of the file's mapping: reading it there touches only the pages the segmenter asks for,
    /// already in the page cache, where copying it filled megabytes of fresh memory at every start (on this machine
    /// start-up time is mostly such first touches). The runtime places a resource 4 bytes past a multiple of 8, so
    /// the columns are read unaligned where the processor allows it (x64, Arm64); anything else (a stream that is
    /// no mapping, a processor that needs alignment) is read once into native memory that is never freed, like the
    /// data itself.</summary>
    private static unsafe byte* InPlace(Stream stream)
    {
        if (stream is UnmanagedMemoryStream { Position: 0 } mapped
            && (((nuint)mapped.PositionPointer & 7) == 0 || RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.Arm64))
            return mapped.PositionPointer;
        var copy = (byte*)NativeMemory.AlignedAlloc((nuint)stream.Length, 8);
        stream.ReadExactly(new Span<byte>(copy, checked((int)stream.Length)));
        return copy;
    }

    private static Stream OpenResource(string name) =>
        typeof(JiebaData).Assembly.GetManifestResourceStream(name)
        ?? throw new InvalidOperationException($"segmenter data missing: embedded resource {name} not found in {typeof(JiebaData).Assembly.GetName().Name}");

    /// <summary>The decompressed bytes of an embedded resource.</summary>
    internal static byte[] ReadResource(string name)
    {
        using var stream = OpenResource(name);
        // gzip ends with the uncompressed length (mod 2^32): inflate straight into an array of that size,
        // with no growing buffer and no copy of it.
        Span<byte> trailer = stackalloc byte[4];
        stream.Seek(-4, SeekOrigin.End);
        stream.ReadExactly(trailer);
        stream.Seek(0, SeekOrigin.Begin);
        var bytes = new byte[BinaryPrimitives.ReadInt32LittleEndian(trailer)];
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        gzip.ReadExactly(bytes);
        if (gzip.ReadByte() != -1) throw new InvalidDataException($"segmenter data: {name} is longer than its gzip trailer says");
        return bytes;
    }

    // Not [AggressiveOptimization]: that would bypass the ReadyToRun code of a published build and JIT this at
    // start-up.
    private unsafe JiebaData(byte* resource, int length, Stopwatch stopwatch)
    {
        var r = new ByteReader(new ReadOnlySpan<byte>(resource, length));
        if (!r.Bytes(8).SequenceEqual("JIEBADIC"u8)) throw new InvalidDataException("segmenter data: bad magic in " + DictionaryResource);
        var version = r.VarInt();
        if (version != 3) throw new InvalidDataException($"segmenter data: unsupported version {version} of {DictionaryResource}");
        Total = r.Int64();
        Tags = new string[r.VarInt()];
        for (var i = 0; i < Tags.Length; i++) Tags[i] = r.String();
        _nodeCount = r.VarInt();
        _label = (char*)Unsafe.AsPointer(ref MemoryMarshal.GetReference(r.Column<char>(_nodeCount)));
        // One more node than the trie has: its first child ends the last node's children.
        Nodes = new NodeTable((TrieNode*)Unsafe.AsPointer(ref MemoryMarshal.GetReference(r.Column<TrieNode>(_nodeCount + 1))));
        _wordTag = (byte*)Unsafe.AsPointer(ref MemoryMarshal.GetReference(r.Column<byte>(_nodeCount)));
        for (var child = Nodes[0].FirstChild; child < Nodes[1].FirstChild; child++) RootChild[_label[child]] = child;

        r.Column<double>(4).CopyTo(HmmStart);
        r.Column<double>(16).CopyTo(HmmTrans);
        var emitChars = new char[4][];
        var emitLogP = new double[4][];
        var rows = 1;
        for (var s = 0; s < 4; s++)
        {
            r.Align();
            var count = r.VarInt();
            emitChars[s] = r.Column<char>(count).ToArray();
            emitLogP[s] = r.Column<double>(count).ToArray();
            foreach (var c in emitChars[s])
                if (HmmEmitRow[c] == 0)
                {
                    if (rows > ushort.MaxValue) throw new InvalidDataException("segmenter data: too many HMM characters in " + DictionaryResource);
                    HmmEmitRow[c] = (ushort)rows++;
                }
        }
        HmmEmit = new double[rows * 4];
        Array.Fill(HmmEmit, MinFloat);
        for (var s = 0; s < 4; s++)
            for (var k = 0; k < emitChars[s].Length; k++) HmmEmit[HmmEmitRow[emitChars[s][k]] * 4 + s] = emitLogP[s][k];
        var tags = Tags;
        _pos = new Lazy<PosModel>(() =>
        {
            var posReader = new ByteReader(ReadResource(PosResource));
            return new PosModel(ref posReader, tags);
        }, LazyThreadSafetyMode.ExecutionAndPublication);
        LoadTime = stopwatch.Elapsed;
    }

    /// <summary>The child of <paramref name="node"/> labelled <paramref name="c"/>, or 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Child(int node, char c) => node == 0 ? RootChild[c] : InnerChild(node, c);

    /// <summary>The child of a node other than the root, or 0. Most nodes have a handful of
    /// children, scanned directly; the few with many are searched by halves.</summary>
    public unsafe int InnerChild(int node, char c)
    {
        int lo = Nodes[node].FirstChild, end = Nodes[node + 1].FirstChild;
        var labels = _label;
        if (end - lo <= 8)
        {
            for (var i = lo; i < end; i++)
            {
                var l = labels[i];
                if (l == c) return i;
                if (l > c) return 0;
            }
            return 0;
        }
        var hi = end - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            var l = labels[mid];
            if (l == c) return mid;
            if (l < c) lo = mid + 1;
            else hi = mid - 1;
        }
        return 0;
    }

    /// <summary>The node of a whole key, or 0 when it is not a key.</summary>
    public int Find(ReadOnlySpan<char> key)
    {
        var node = 0;
        foreach (var c in key)
        {
            node = Child(node, c);
            if (node == 0) return 0;
        }
        return node;
    }
}

/// <summary>One trie node as tools/jieba/convert.py stores it: 16 bytes, little-endian.</summary>
[StructLayout(LayoutKind.Sequential, Size = 16)]
internal struct TrieNode
{
    /// <summary>python's log(FREQ), or 0 where Freq is 0 (python's <c>log(FREQ.get(w) or 1)</c>).</summary>
    public double LogFreq;
    /// <summary>python's FREQ value: 0 for a prefix that is not a word.</summary>
    public int Freq;
    public int FirstChild;
}

/// <summary>The trie's nodes where the resource holds them. Indexes are the trie's own, never checked: the
/// data is the assembly's, and its first-child links are checked once by the tests.</summary>
internal readonly unsafe struct NodeTable(TrieNode* first)
{
    public ref readonly TrieNode this[int node]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ref first[node];
    }
}

/// <summary>posseg's HMM: 256 (position, tag) states, indexed in python's tuple order.</summary>
internal sealed class PosModel
{
    public readonly int StateCount;
    /// <summary>'B', 'M', 'E' or 'S' per state.</summary>
    public readonly char[] Position;
    /// <summary>Index into the tag list per state.</summary>
    public readonly int[] Tag;
    public readonly double[] Start;
    /// <summary>Dense transition matrix to * StateCount + from; -infinity where python has no entry. By destination: the
    /// Viterbi reads, for one state, the transitions into it from the previous character's few states, which then lie in one
    /// 2 KB row instead of one row each.</summary>
    public readonly double[] TransInto;
    /// <summary>Successor states of each state (python's trans_p[x].keys()).</summary>
    public readonly int[][] Next;
    /// <summary>to * StateCount + from: true where <c>to</c> is in <see cref="Next"/> of <c>from</c> (by destination, as
    /// <see cref="TransInto"/>).</summary>
    private readonly bool[] _follows;
    /// <summary>Emission log-probabilities grouped by character: those of char c are entries
    /// <c>_emitStart[c]</c> to <c>_emitStart[c + 1]</c> of <see cref="_emitState"/> and <see cref="_emitLogP"/>, in the order
    /// the table lists them (by state), so a row is filled with one pass over its own entries.</summary>
    private readonly int[] _emitStart = new int[65536 + 1];
    private readonly int[] _emitState;
    private readonly double[] _emitLogP;
    /// <summary>char_state_tab: the states a character may take; absent means all states.</summary>
    public readonly Dictionary<char, int[]> CharStates;
    /// <summary><see cref="CharStates"/> by char, <see cref="AllStates"/> where a char has none: one array read per
    /// character of the Viterbi instead of a dictionary lookup.</summary>
    private readonly int[][] _statesOf = new int[65536][];
    public readonly int[] AllStates;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public PosModel(ref ByteReader r, string[] tags)
    {
        if (!r.Bytes(8).SequenceEqual("JIEBAPOS"u8)) throw new InvalidDataException("segmenter data: bad magic in " + JiebaData.PosResource);
        var version = r.VarInt();
        if (version != 1) throw new InvalidDataException($"segmenter data: unsupported version {version} of {JiebaData.PosResource}");
        if (r.VarInt() != tags.Length) throw new InvalidDataException($"segmenter data: {JiebaData.PosResource} does not match {JiebaData.DictionaryResource}");
        StateCount = r.VarInt();
        var n = StateCount;
        Position = new char[n];
        Tag = new int[n];
        for (var s = 0; s < n; s++)
        {
            Position[s] = (char)r.VarInt();
            Tag[s] = r.VarInt();
            if (Tag[s] >= tags.Length) throw new InvalidDataException("segmenter data: bad posseg tag");
        }
        Start = new double[n];
        for (var s = 0; s < n; s++) Start[s] = r.Double();
        TransInto = new double[n * n];
        Array.Fill(TransInto, double.NegativeInfinity);
        Next = new int[n][];
        _follows = new bool[n * n];
        for (var s = 0; s < n; s++)
        {
            var count = r.VarInt();
            Next[s] = new int[count];
            for (var k = 0; k < count; k++)
            {
                var to = r.VarInt();
                Next[s][k] = to;
                _follows[to * n + s] = true;
                TransInto[to * n + s] = r.Double();
            }
        }
        // Read by state, kept by character (a stable counting sort: a pair listed twice keeps its last value, as the
        // dictionary this replaces did, since the row is filled in this order).
        var readState = new List<int>(300_000);
        var readChar = new List<char>(300_000);
        var readLogP = new List<double>(300_000);
        for (var s = 0; s < n; s++)
        {
            var count = r.VarInt();
            for (var k = 0; k < count; k++)
            {
                readState.Add(s);
                readChar.Add((char)r.VarInt());
                readLogP.Add(r.Double());
            }
        }
        foreach (var c in readChar) _emitStart[c + 1]++;
        for (var c = 0; c < 65536; c++) _emitStart[c + 1] += _emitStart[c];
        _emitState = new int[readState.Count];
        _emitLogP = new double[readState.Count];
        var fill = _emitStart[..65536];
        for (var k = 0; k < readState.Count; k++)
        {
            var at = fill[readChar[k]]++;
            _emitState[at] = readState[k];
            _emitLogP[at] = readLogP[k];
        }
        var chars = r.VarInt();
        CharStates = new Dictionary<char, int[]>(chars);
        for (var k = 0; k < chars; k++)
        {
            var c = (char)r.VarInt();
            var states = new int[r.VarInt()];
            for (var i = 0; i < states.Length; i++) states[i] = r.VarInt();
            CharStates[c] = states;
        }
        AllStates = Enumerable.Range(0, n).ToArray();
        for (var c = 0; c < 65536; c++) _statesOf[c] = CharStates.TryGetValue((char)c, out var states) ? states : AllStates;
    }

    /// <summary>The states the character may take (python's char_state_tab.get(c, all_states)).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int[] StatesOf(char c) => _statesOf[c];

    /// <summary>Whether <paramref name="state"/> is a successor of one of the first <paramref name="count"/> states.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool FollowsAny(int[] states, int count, int state)
    {
        var into = state * StateCount;
        for (var k = 0; k < count; k++)
            if (_follows[into + states[k]]) return true;
        return false;
    }

    private readonly double[]?[] _emitRows = new double[]?[65536];

    /// <summary>One character's emission log-probability for every state (<see cref="JiebaData.MinFloat"/> where
    /// python has none), built the first time the character reaches the Viterbi: it reads the row for every state
    /// it keeps at that character, one array read each instead of a dictionary lookup. Threads racing to build a
    /// row build the same one.</summary>
    public double[] EmitRow(char c)
    {
        if (_emitRows[c] is { } known) return known;
        var row = new double[StateCount];
        Array.Fill(row, JiebaData.MinFloat);
        for (var k = _emitStart[c]; k < _emitStart[c + 1]; k++) row[_emitState[k]] = _emitLogP[k];
        _emitRows[c] = row;
        return row;
    }
}

internal ref struct ByteReader(ReadOnlySpan<byte> data)
{
    private readonly ReadOnlySpan<byte> _data = data;
    private int _position;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<byte> Bytes(int count)
    {
        var slice = _data.Slice(_position, count);
        _position += count;
        return slice;
    }

    // inlined into the (fully optimised) loading loops: loading runs once, before any tier-up
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int VarInt()
    {
        var result = 0;
        var shift = 0;
        while (true)
        {
            var b = _data[_position++];
            result |= (b & 0x7F) << shift;
            if (b < 0x80) return result;
            shift += 7;
        }
    }

    public readonly int Position => _position;

    /// <summary>Skips the zero padding up to the next multiple of 8 bytes.</summary>
    public void Align() => _position = (_position + 7) & ~7;

    /// <summary>A fixed-width little-endian array of <paramref name="count"/> values starting at the next multiple
    /// of 8 bytes from the data's start, read in place (aligned as far as the data's start is).</summary>
    public ReadOnlySpan<T> Column<T>(int count) where T : unmanaged
    {
        Align();
        return MemoryMarshal.Cast<byte, T>(Bytes(count * Unsafe.SizeOf<T>()));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long Int64() => BitConverter.ToInt64(Bytes(8));
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Double() => BitConverter.ToDouble(Bytes(8));
    public string String() => System.Text.Encoding.UTF8.GetString(Bytes(VarInt()));
}
