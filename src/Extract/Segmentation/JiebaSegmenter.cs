namespace Pipeline.Extract.Segmentation;

/// <summary>Chinese word segmentation that reproduces python jieba 0.42.1 token for token: prefix
/// dictionary → DAG of dictionary words → best route by log frequency, an HMM (Viterbi over
/// B/M/E/S) for runs the dictionary does not cover, search mode (cut_for_search) and part-of-speech
/// tagging (posseg). Thread-safe: instances are immutable and share the base data.</summary>
/// <remarks>Offsets and lengths are UTF-16 units; python counts code points, which differs only for
/// characters outside the BMP (jieba never joins those into words, so the tokens are the same).</remarks>
public sealed class JiebaSegmenter
{
    private static readonly Lazy<JiebaSegmenter> DefaultInstance =
        new(() => new JiebaSegmenter(JiebaData.Instance, null), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly JiebaData _data;
    private readonly UserOverlay? _user;
    private string[] _tagNames;
    private readonly Dictionary<string, int> _tagIds;
    private long _total;
    private double _logTotal;
    private readonly int _tagX, _tagM, _tagEng;

    /// <summary>The segmenter over jieba's base dictionary, loaded on first use.</summary>
    public static JiebaSegmenter Default => DefaultInstance.Value;

    /// <summary>How long loading the embedded dictionary and HMM tables took (once per process).</summary>
    public static TimeSpan DataLoadTime => JiebaData.Instance.LoadTime;

    private JiebaSegmenter(JiebaData data, UserOverlay? user)
    {
        _data = data;
        _user = user;
        _total = data.Total;
        _logTotal = Math.Log(_total);
        _tagNames = data.Tags;
        _tagIds = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < _tagNames.Length; i++) _tagIds[_tagNames[i]] = i;
        _tagX = TagId("x");
        _tagM = TagId("m");
        _tagEng = TagId("eng");
    }

    private int TagId(string tag)
    {
        if (_tagIds.TryGetValue(tag, out var id)) return id;
        id = _tagNames.Length;
        var names = new string[id + 1];
        _tagNames.CopyTo(names, 0);
        names[id] = tag;
        // only called while constructing, before the instance is shared
        _tagNames = names;
        _tagIds[tag] = id;
        return id;
    }

    /// <summary>A new segmenter with <paramref name="words"/> added, in order, as python's
    /// <c>jieba.add_word</c> would (suggested frequency when none is given, a frequency of 0
    /// forbidding the word). This segmenter (and <see cref="Default"/>) is left unchanged.</summary>
    public JiebaSegmenter WithUserWords(IEnumerable<UserWord> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var overlay = new UserOverlay();
        var result = new JiebaSegmenter(_data, overlay);
        if (_user != null)
            foreach (var previous in _user.Entries) result.AddUserWord(previous);
        foreach (var word in words) result.AddUserWord(word);
        overlay.Freeze();
        return result;
    }

    private void AddUserWord(UserWord word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (string.IsNullOrEmpty(word.Word)) throw new ArgumentException("a user word must not be empty", nameof(word));
        if (word.Frequency is < 0) throw new ArgumentException($"user word '{word.Word}': frequency must not be negative, got {word.Frequency}", nameof(word));
        var freq = word.Frequency ?? SuggestFrequency(word.Word);
        _user!.Add(word.Word, freq, word.Tag);
        if (!string.IsNullOrEmpty(word.Tag)) TagId(word.Tag);
        _total += freq;
        _logTotal = Math.Log(_total);
    }

    /// <summary>python's <c>suggest_freq(word, tune=False)</c> with a str: a frequency just high
    /// enough for the word to beat its no-HMM segmentation.</summary>
    private int SuggestFrequency(string word)
    {
        var ftotal = (double)_total;
        var freq = 1.0;
        var spans = Scratch.Get().Suggest;
        CutSpans(word, false, spans);
        for (var i = 0; i < spans.Count; i++)
            freq *= KeyFreqOr(word.AsSpan(spans.Starts[i], spans.Ends[i] - spans.Starts[i]), 1) / ftotal;
        return (int)Math.Max((long)(freq * _total) + 1, KeyFreqOr(word, 1));
    }

    // ---------------------------------------------------------------- public API

    /// <summary>jieba.lcut(text, HMM=hmm).</summary>
    public IReadOnlyList<string> Cut(string text, bool hmm = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = Scratch.Get().Words;
        CutSpans(text, hmm, spans);
        return spans.ToStrings(text);
    }

    /// <summary>jieba.lcut_for_search(text, HMM=hmm).</summary>
    public IReadOnlyList<string> CutForSearch(string text, bool hmm = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scratch = Scratch.Get();
        CutSpans(text, hmm, scratch.Words);
        ExpandForSearch(text, scratch.Words, scratch.Search);
        return scratch.Search.ToStrings(text);
    }

    /// <summary>jieba.posseg.lcut(text, HMM=hmm), as (word, tag) pairs.</summary>
    public IReadOnlyList<TaggedWord> Tag(string text, bool hmm = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = Scratch.Get().Words;
        TagSpans(text, hmm, spans);
        var result = new TaggedWord[spans.Count];
        for (var i = 0; i < result.Length; i++)
            result[i] = new TaggedWord(TokenStrings.Of(text, spans.Starts[i], spans.Ends[i]), _tagNames[spans.Tags[i]]);
        return result;
    }

    /// <summary>Like <see cref="Tag(string, bool)"/> without creating word strings: appends each word's
    /// (start, end, tag) to <paramref name="output"/> (cleared first); the tags are shared strings.</summary>
    public void Tag(ReadOnlySpan<char> text, List<(int Start, int End, string Tag)> output, bool hmm = true)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Clear();
        var spans = Scratch.Get().Words;
        TagSpans(text, hmm, spans);
        for (var i = 0; i < spans.Count; i++) output.Add((spans.Starts[i], spans.Ends[i], _tagNames[spans.Tags[i]]));
    }

    /// <summary>jieba.tokenize(text, mode, HMM=hmm): words with their UTF-16 offsets.</summary>
    public IReadOnlyList<Token> Tokenize(string text, SegmentMode mode, bool hmm = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scratch = Scratch.Get();
        var spans = TokenizeSpans(text, mode, hmm, scratch);
        var result = new Token[spans.Count];
        for (var i = 0; i < result.Length; i++)
        {
            int start = spans.Starts[i], end = spans.Ends[i];
            result[i] = new Token(TokenStrings.Of(text, start, end), start, end);
        }
        return result;
    }

    /// <summary>Like <see cref="Tokenize(string, SegmentMode, bool)"/> without creating strings:
    /// appends each token's (start, end) to <paramref name="output"/> (cleared first).</summary>
    public void Tokenize(ReadOnlySpan<char> text, SegmentMode mode, List<(int Start, int End)> output, bool hmm = true)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Clear();
        var spans = TokenizeSpans(text, mode, hmm, Scratch.Get());
        for (var i = 0; i < spans.Count; i++) output.Add((spans.Starts[i], spans.Ends[i]));
    }

    /// <summary>Whether <paramref name="word"/> is a dictionary word (python: <c>FREQ.get(word)</c> is
    /// non-zero), counting user words.</summary>
    public bool ContainsWord(ReadOnlySpan<char> word) => KeyFreq(word) > 0;

    /// <summary>The dictionary's frequency of <paramref name="word"/>, 0 when it lacks the word.</summary>
    public int Frequency(ReadOnlySpan<char> word) => Math.Max(KeyFreq(word), 0);

    private SpanList TokenizeSpans(ReadOnlySpan<char> text, SegmentMode mode, bool hmm, Scratch scratch)
    {
        CutSpans(text, hmm, scratch.Words);
        if (mode == SegmentMode.Default) return scratch.Words;
        ExpandForSearch(text, scratch.Words, scratch.Search);
        return scratch.Search;
    }

    // ---------------------------------------------------------------- dictionary lookups

    /// <summary>python's <c>FREQ.get(key) or 0</c>.</summary>
    private int KeyFreq(ReadOnlySpan<char> key)
    {
        var node = _data.Find(key);
        if (_user != null)
        {
            var u = _user.Find(key);
            if (u >= 0 && _user.FreqAt(u) >= 0) return _user.FreqAt(u);
        }
        return node != 0 ? _data.Nodes[node].Freq : 0;
    }

    /// <summary>python's <c>FREQ.get(key, fallback)</c>: a key that is only a prefix gives 0.</summary>
    private int KeyFreqOr(ReadOnlySpan<char> key, int fallback)
    {
        var node = _data.Find(key);
        var u = _user?.Find(key) ?? -1;
        if (u >= 0 && _user!.FreqAt(u) >= 0) return _user.FreqAt(u);
        if (node != 0) return _data.Nodes[node].Freq;
        return u >= 0 ? 0 : fallback;
    }

    /// <summary>posseg's <c>word_tag_tab.get(word, 'x')</c>.</summary>
    private int WordTag(ReadOnlySpan<char> word)
    {
        if (_user != null)
        {
            var u = _user.Find(word);
            if (u >= 0 && _user.TagAt(u) is { } userTag) return _tagIds[userTag];
        }
        var node = _data.Find(word);
        return node != 0 && _data.WordTag[node] != 0 ? _data.WordTag[node] - 1 : _tagX;
    }

    // ---------------------------------------------------------------- jieba.cut

    /// <summary>Tokenizer.cut: blocks of re_han_default go through the DAG; everything else is cut
    /// by re_skip_default into whitespace ("\r\n" or one space character) and single characters.</summary>
    private void CutSpans(ReadOnlySpan<char> text, bool hmm, SpanList output)
    {
        output.Clear();
        var scratch = Scratch.Get();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (PythonChars.IsHanDefault(c))
            {
                var end = i + 1;
                while (end < text.Length && PythonChars.IsHanDefault(text[end])) end++;
                ComputeRoute(text, i, end, scratch);
                if (hmm) CutDag(text, i, end, scratch, output);
                else CutDagNoHmm(text, i, end, scratch, output);
                i = end;
            }
            else
            {
                var length = c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : PythonChars.CodePointLength(text, i);
                output.Add(i, i + length);
                i += length;
            }
        }
    }

    /// <summary>Tokenizer.get_DAG and calc in one right-to-left pass: for each position the end of
    /// the best word starting there (ties go to the longer word, as python's max over tuples).</summary>
    private void ComputeRoute(ReadOnlySpan<char> text, int start, int end, Scratch scratch)
    {
        var n = end - start;
        scratch.EnsureRoute(n);
        var route = scratch.RouteProb;
        var routeEnd = scratch.RouteEnd;
        route[n] = 0.0;
        var data = _data;
        var nodes = data.Nodes;
        var logTotal = _logTotal;
        var user = _user;
        for (var idx = end - 1; idx >= start; idx--)
        {
            var found = false;
            var best = 0.0;
            var bestEnd = idx;
            var node = data.RootChild[text[idx]];
            if (user == null)
            {
                var j = idx;
                while (node != 0)
                {
                    ref readonly var info = ref nodes[node];
                    if (info.Freq > 0)
                    {
                        var candidate = info.LogFreq - logTotal + route[j + 1 - start];
                        if (!found || candidate >= best)
                        {
                            best = candidate;
                            bestEnd = j;
                            found = true;
                        }
                    }
                    if (++j >= end) break;
                    node = data.InnerChild(node, text[j]);
                }
            }
            else
            {
                var u = user.Child(0, text[idx]);
                var j = idx;
                while (node != 0 || u >= 0)
                {
                    int freq;
                    double logFreq;
                    if (u >= 0 && user.FreqAt(u) >= 0)
                    {
                        freq = user.FreqAt(u);
                        logFreq = user.LogFreqAt(u);
                    }
                    else
                    {
                        freq = node != 0 ? nodes[node].Freq : 0;
                        logFreq = node != 0 ? nodes[node].LogFreq : 0.0;
                    }
                    if (freq > 0)
                    {
                        var candidate = logFreq - logTotal + route[j + 1 - start];
                        if (!found || candidate >= best)
                        {
                            best = candidate;
                            bestEnd = j;
                            found = true;
                        }
                    }
                    if (++j >= end) break;
                    node = node != 0 ? data.InnerChild(node, text[j]) : 0;
                    u = u >= 0 ? user.Child(u, text[j]) : -1;
                }
            }
            if (!found) best = 0.0 - logTotal + route[idx + 1 - start];
            route[idx - start] = best;
            routeEnd[idx - start] = bestEnd;
        }
    }

    /// <summary>Tokenizer.__cut_DAG: single characters the route leaves alone are gathered and, when
    /// the run is not itself a dictionary word, handed to the HMM.</summary>
    private void CutDag(ReadOnlySpan<char> text, int start, int end, Scratch scratch, SpanList output)
    {
        var routeEnd = scratch.RouteEnd;
        var x = start;
        var bufStart = -1;
        while (x < end)
        {
            var y = routeEnd[x - start] + 1;
            if (y - x == 1)
            {
                if (bufStart < 0) bufStart = x;
            }
            else
            {
                if (bufStart >= 0)
                {
                    FlushBuffer(text, bufStart, x, scratch, output);
                    bufStart = -1;
                }
                output.Add(x, y);
            }
            x = y;
        }
        if (bufStart >= 0) FlushBuffer(text, bufStart, end, scratch, output);
    }

    private void FlushBuffer(ReadOnlySpan<char> text, int start, int end, Scratch scratch, SpanList output)
    {
        if (end - start == 1) output.Add(start, end);
        else if (KeyFreq(text[start..end]) == 0) FinalSegCut(text, start, end, scratch, output);
        else
            for (var k = start; k < end; k++) output.Add(k, k + 1);
    }

    /// <summary>Tokenizer.__cut_DAG_NO_HMM: runs of single ASCII letters/digits are joined.</summary>
    private void CutDagNoHmm(ReadOnlySpan<char> text, int start, int end, Scratch scratch, SpanList output)
    {
        var routeEnd = scratch.RouteEnd;
        var x = start;
        var bufStart = -1;
        while (x < end)
        {
            var y = routeEnd[x - start] + 1;
            if (y - x == 1 && PythonChars.IsAsciiAlnum(text[x]))
            {
                if (bufStart < 0) bufStart = x;
            }
            else
            {
                if (bufStart >= 0)
                {
                    output.Add(bufStart, x);
                    bufStart = -1;
                }
                output.Add(x, y);
            }
            x = y;
        }
        if (bufStart >= 0) output.Add(bufStart, end);
    }

    /// <summary>finalseg.cut: Viterbi over runs of Han characters; other runs cut by finalseg's
    /// re_skip <c>[a-zA-Z0-9]+(?:\.\d+)?%?</c>, the text between matches kept whole.</summary>
    private void FinalSegCut(ReadOnlySpan<char> text, int start, int end, Scratch scratch, SpanList output)
    {
        var p = start;
        while (p < end)
        {
            if (PythonChars.IsHan(text[p]))
            {
                var q = p + 1;
                while (q < end && PythonChars.IsHan(text[q])) q++;
                HmmCut(text, p, q, scratch, output);
                p = q;
            }
            else if (PythonChars.IsAsciiAlnum(text[p]))
            {
                var q = p + 1;
                while (q < end && PythonChars.IsAsciiAlnum(text[q])) q++;
                if (q + 1 < end && text[q] == '.' && char.IsDigit(text[q + 1]))
                {
                    q += 2;
                    while (q < end && char.IsDigit(text[q])) q++;
                }
                if (q < end && text[q] == '%') q++;
                output.Add(p, q);
                p = q;
            }
            else
            {
                var q = p + 1;
                while (q < end && !PythonChars.IsHan(text[q]) && !PythonChars.IsAsciiAlnum(text[q])) q++;
                output.Add(p, q);
                p = q;
            }
        }
    }

    private const int B = 0, E = 1, M = 2, S = 3;

    /// <summary>finalseg.viterbi and __cut over a run of Han characters. States are numbered in
    /// python's character order so that "larger index wins a tie" is python's max().</summary>
    private void HmmCut(ReadOnlySpan<char> text, int start, int end, Scratch scratch, SpanList output)
    {
        var n = end - start;
        scratch.EnsureHmm(n);
        var v = scratch.HmmV;
        var back = scratch.HmmBack;
        var emit = _data.HmmEmit;
        var emitRow = _data.HmmEmitRow;
        var trans = _data.HmmTrans;
        var startP = _data.HmmStart;
        var row0 = emitRow[text[start]] * 4;
        for (var y = 0; y < 4; y++) v[y] = startP[y] + emit[row0 + y];
        for (var t = 1; t < n; t++)
        {
            var row = emitRow[text[start + t]] * 4;
            var prev = (t - 1) * 4;
            var cur = t * 4;
            // PrevStatus: B ← E,S   M ← M,B   S ← S,E   E ← B,M
            Step(B, E, S);
            Step(M, M, B);
            Step(S, S, E);
            Step(E, B, M);

            void Step(int y, int p1, int p2)
            {
                var em = emit[row + y];
                var a = v[prev + p1] + trans[p1 * 4 + y] + em;
                var b = v[prev + p2] + trans[p2 * 4 + y] + em;
                int state;
                double prob;
                if (a > b || (a == b && p1 > p2)) { prob = a; state = p1; }
                else { prob = b; state = p2; }
                v[cur + y] = prob;
                back[cur + y] = (byte)state;
            }
        }
        var last = (n - 1) * 4;
        var s = v[last + E] > v[last + S] ? E : S;
        var path = scratch.HmmPath;
        for (var t = n - 1; t >= 0; t--)
        {
            path[t] = (byte)s;
            s = back[t * 4 + s];
        }
        var begin = 0;
        var next = 0;
        for (var i = 0; i < n; i++)
        {
            switch (path[i])
            {
                case B:
                    begin = i;
                    break;
                case E:
                    EmitHmmWord(text, start + begin, start + i + 1, output);
                    next = i + 1;
                    break;
                case S:
                    EmitHmmWord(text, start + i, start + i + 1, output);
                    next = i + 1;
                    break;
            }
        }
        if (next < n) EmitHmmWord(text, start + next, end, output);
    }

    private void EmitHmmWord(ReadOnlySpan<char> text, int start, int end, SpanList output)
    {
        if (_user is { HasForceSplit: true } user && user.IsForceSplit(text[start..end]))
            for (var k = start; k < end; k++) output.Add(k, k + 1);
        else output.Add(start, end);
    }

    // ---------------------------------------------------------------- cut_for_search

    private void ExpandForSearch(ReadOnlySpan<char> text, SpanList words, SpanList output)
    {
        output.Clear();
        for (var w = 0; w < words.Count; w++)
        {
            int start = words.Starts[w], end = words.Ends[w];
            var length = end - start;
            if (length > 2)
                for (var i = start; i + 2 <= end; i++)
                    if (KeyFreq(text.Slice(i, 2)) > 0) output.Add(i, i + 2);
            if (length > 3)
                for (var i = start; i + 3 <= end; i++)
                    if (KeyFreq(text.Slice(i, 3)) > 0) output.Add(i, i + 3);
            output.Add(start, end);
        }
    }

    // ---------------------------------------------------------------- posseg

    /// <summary>POSTokenizer.__cut_internal: blocks of re_han_internal (no '%' or '-', unlike
    /// jieba.cut) go through the DAG; everything else is tagged 'x'.</summary>
    private void TagSpans(ReadOnlySpan<char> text, bool hmm, SpanList output)
    {
        output.Clear();
        var scratch = Scratch.Get();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (PythonChars.IsHanInternal(c))
            {
                var end = i + 1;
                while (end < text.Length && PythonChars.IsHanInternal(text[end])) end++;
                ComputeRoute(text, i, end, scratch);
                if (hmm) TagDag(text, i, end, scratch, output);
                else TagDagNoHmm(text, i, end, scratch, output);
                i = end;
            }
            else
            {
                // python tests re_num/re_eng here too, but no ASCII letter, digit or '.' can reach this branch
                var length = c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : PythonChars.CodePointLength(text, i);
                output.Add(i, i + length, _tagX);
                i += length;
            }
        }
    }

    private void TagDag(ReadOnlySpan<char> text, int start, int end, Scratch scratch, SpanList output)
    {
        var routeEnd = scratch.RouteEnd;
        var x = start;
        var bufStart = -1;
        while (x < end)
        {
            var y = routeEnd[x - start] + 1;
            if (y - x == 1)
            {
                if (bufStart < 0) bufStart = x;
            }
            else
            {
                if (bufStart >= 0)
                {
                    FlushTagBuffer(text, bufStart, x, scratch, output);
                    bufStart = -1;
                }
                output.Add(x, y, WordTag(text[x..y]));
            }
            x = y;
        }
        if (bufStart >= 0) FlushTagBuffer(text, bufStart, end, scratch, output);
    }

    private void FlushTagBuffer(ReadOnlySpan<char> text, int start, int end, Scratch scratch, SpanList output)
    {
        if (end - start == 1) output.Add(start, end, WordTag(text[start..end]));
        else if (KeyFreq(text[start..end]) == 0) TagDetail(text, start, end, scratch, output);
        else
            for (var k = start; k < end; k++) output.Add(k, k + 1, WordTag(text.Slice(k, 1)));
    }

    private void TagDagNoHmm(ReadOnlySpan<char> text, int start, int end, Scratch scratch, SpanList output)
    {
        var routeEnd = scratch.RouteEnd;
        var x = start;
        var bufStart = -1;
        while (x < end)
        {
            var y = routeEnd[x - start] + 1;
            if (y - x == 1 && PythonChars.IsAsciiAlnum(text[x]))
            {
                if (bufStart < 0) bufStart = x;
            }
            else
            {
                if (bufStart >= 0)
                {
                    output.Add(bufStart, x, _tagEng);
                    bufStart = -1;
                }
                output.Add(x, y, WordTag(text[x..y]));
            }
            x = y;
        }
        if (bufStart >= 0) output.Add(bufStart, end, _tagEng);
    }

    /// <summary>POSTokenizer.__cut_detail: Han runs through posseg's HMM; the rest cut by
    /// re_skip_detail <c>[\.0-9]+|[a-zA-Z0-9]+</c> and tagged m (number), eng or x.</summary>
    private void TagDetail(ReadOnlySpan<char> text, int start, int end, Scratch scratch, SpanList output)
    {
        var p = start;
        while (p < end)
        {
            var c = text[p];
            int q = p + 1;
            if (PythonChars.IsHan(c))
            {
                while (q < end && PythonChars.IsHan(text[q])) q++;
                TagHanRun(text, p, q, scratch, output);
            }
            else if (c == '.' || char.IsAsciiDigit(c))
            {
                while (q < end && (text[q] == '.' || char.IsAsciiDigit(text[q]))) q++;
                output.Add(p, q, _tagM);
            }
            else if (char.IsAsciiLetter(c))
            {
                while (q < end && PythonChars.IsAsciiAlnum(text[q])) q++;
                output.Add(p, q, _tagEng);
            }
            else
            {
                while (q < end && !PythonChars.IsHan(text[q]) && !PythonChars.IsAsciiAlnum(text[q]) && text[q] != '.') q++;
                output.Add(p, q, _tagX);
            }
            p = q;
        }
    }

    /// <summary>posseg's HMM cut of a run of Han characters. The cut depends on the run's characters alone, and the
    /// same short runs (particles and single characters between dictionary words: 我区, 年我, 为全) recur from article to
    /// article, so the thread keeps the cuts of short runs it has made and copies them instead of running the HMM again.</summary>
    private void TagHanRun(ReadOnlySpan<char> text, int start, int end, Scratch scratch, SpanList output)
    {
        var run = text[start..end];
        var kept = scratch.HanRunCuts;
        if (!kept.Applies(run, _data.Pos))
        {
            PosViterbi(text, start, end, scratch, output);
            return;
        }
        if (kept.CopyTo(run, start, output)) return;
        var first = output.Count;
        PosViterbi(text, start, end, scratch, output);
        kept.Keep(run, output, first, start);
    }

    /// <summary>posseg.viterbi and POSTokenizer.__cut over a run of Han characters.</summary>
    private void PosViterbi(ReadOnlySpan<char> text, int start, int end, Scratch scratch, SpanList output)
    {
        var model = _data.Pos;
        var count = model.StateCount;
        var n = end - start;
        scratch.EnsurePos(n, count);
        var v = scratch.PosV;
        var back = scratch.PosBack;
        var active = scratch.PosActive;
        var activeStart = scratch.PosActiveStart;
        var stamp = scratch.PosStamp;
        var expectStamp = scratch.PosExpectStamp;
        var prevStates = scratch.PosPrev;

        var activeCount = 0;
        var c0 = text[start];
        var states0 = model.StatesOf(c0);
        var emit0 = model.EmitRow(c0);
        activeStart[0] = 0;
        var mark = scratch.NextMark();
        foreach (var y in states0)
        {
            if (stamp[y] == mark) continue;
            stamp[y] = mark;
            v[y] = model.Start[y] + emit0[y];
            active[activeCount++] = y;
        }
        activeStart[1] = activeCount;

        for (var t = 1; t < n; t++)
        {
            var c = text[start + t];
            var prevCount = 0;
            for (var k = activeStart[t - 1]; k < activeStart[t]; k++)
            {
                var x = active[k];
                if (model.Next[x].Length > 0) prevStates[prevCount++] = x;
            }
            // python's prev_states_expect_next is the successors of these states; a character's few candidate states are
            // asked whether one of them leads there (a row read each) instead of building that set from every successor
            // list (twenty states each on average) at every character. The set itself is built only when no candidate
            // is expected, as python then takes it whole, in the same order.
            var anyExpected = prevCount > 0;
            if (prevCount == 0)
            {
                // python's max() of nothing raises here; carry on from every state reached instead
                for (var k = activeStart[t - 1]; k < activeStart[t]; k++) prevStates[prevCount++] = active[k];
            }
            var obsMark = scratch.NextMark();
            var first = activeCount;
            var candidates = model.StatesOf(c);
            foreach (var y in candidates)
            {
                if (stamp[y] == obsMark || !anyExpected || !model.FollowsAny(prevStates, prevCount, y)) continue;
                stamp[y] = obsMark;
                active[activeCount++] = y;
            }
            if (activeCount == first)
            {
                if (anyExpected)
                {
                    var expectMark = scratch.NextMark();
                    for (var p = 0; p < prevCount; p++)
                        foreach (var y in model.Next[prevStates[p]])
                        {
                            if (expectStamp[y] == expectMark) continue;
                            expectStamp[y] = expectMark;
                            active[activeCount++] = y;
                        }
                }
                else
                    foreach (var y in model.AllStates) active[activeCount++] = y;
            }
            activeStart[t + 1] = activeCount;
            var emit = model.EmitRow(c);
            var prevRow = (t - 1) * count;
            var row = t * count;
            for (var k = first; k < activeCount; k++)
            {
                var y = active[k];
                var em = emit[y];
                var into = y * count;
                var bestProb = 0.0;
                var bestState = -1;
                for (var p = 0; p < prevCount; p++)
                {
                    var y0 = prevStates[p];
                    var prob = v[prevRow + y0] + model.TransInto[into + y0] + em;
                    if (bestState < 0 || prob > bestProb || (prob == bestProb && y0 > bestState))
                    {
                        bestProb = prob;
                        bestState = y0;
                    }
                }
                v[row + y] = bestProb;
                back[row + y] = (short)bestState;
            }
        }

        var lastRow = (n - 1) * count;
        var state = -1;
        var best = 0.0;
        for (var k = activeStart[n - 1]; k < activeStart[n]; k++)
        {
            var y = active[k];
            var prob = v[lastRow + y];
            if (state < 0 || prob > best || (prob == best && y > state))
            {
                best = prob;
                state = y;
            }
        }
        var path = scratch.PosPath;
        for (var t = n - 1; t >= 0; t--)
        {
            path[t] = state;
            state = back[t * count + state];
        }
        var begin = 0;
        var next = 0;
        for (var i = 0; i < n; i++)
        {
            var st = path[i];
            switch (model.Position[st])
            {
                case 'B':
                    begin = i;
                    break;
                case 'E':
                    output.Add(start + begin, start + i + 1, model.Tag[st]);
                    next = i + 1;
                    break;
                case 'S':
                    output.Add(start + i, start + i + 1, model.Tag[st]);
                    next = i + 1;
                    break;
            }
        }
        if (next < n) output.Add(start + next, end, model.Tag[path[next]]);
    }
}
