using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Pipeline.Extract.Segmentation;
using Pipeline.Extract.Text;

namespace Pipeline.Index.Analysis;

/// <summary>Reads the whole field, folds it (full-width forms, Traditional to Simplified; length-preserving, so offsets stay those of the original
/// text), cuts it with jieba and emits each word followed by the dictionary words of length 2 and 3
/// inside it (jieba's cut_for_search) at the same position, ordered by start offset as Lucene requires.</summary>
internal sealed class JiebaTokenizer : Tokenizer
{
    private readonly JiebaSegmenter _segmenter;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _positionIncrement;

    private char[] _text = new char[1024];
    private int _length;
    private readonly List<(int Start, int End)> _words = new();
    private readonly List<(int Start, int End, int Increment)> _tokens = new();
    private int _next;

    public JiebaTokenizer(TextReader input, JiebaSegmenter segmenter) : base(input)
    {
        _segmenter = segmenter;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _positionIncrement = AddAttribute<IPositionIncrementAttribute>();
    }

    public override void Reset()
    {
        base.Reset();
        _length = TokenizerInput.ReadAll(m_input, ref _text);
        for (var i = 0; i < _length; i++) _text[i] = TextFolding.FoldWidth(_text[i]);
        var text = _text.AsSpan(0, _length);
        // 高新區 and 高新区 index alike, so either script finds both, and jieba's dictionary (Simplified) knows the words.
        ChineseScript.ToSimplified(text);
        _segmenter.Tokenize(text, SegmentMode.Default, _words);
        _tokens.Clear();
        _next = 0;
        foreach (var (start, end) in _words)
        {
            if (!TextFolding.IsIndexable(text[start..end])) continue;
            _tokens.Add((start, end, 1));
            var length = end - start;
            // search mode's sub-words, sorted by start so offsets never go backwards
            for (var i = start; i + 2 <= end && length > 2; i++)
            {
                if (_segmenter.ContainsWord(text.Slice(i, 2))) _tokens.Add((i, i + 2, 0));
                if (length > 3 && i + 3 <= end && _segmenter.ContainsWord(text.Slice(i, 3))) _tokens.Add((i, i + 3, 0));
            }
        }
    }

    public override bool IncrementToken()
    {
        if (_next >= _tokens.Count) return false;
        ClearAttributes();
        var (start, end, increment) = _tokens[_next++];
        _term.CopyBuffer(_text, start, end - start);
        var buffer = _term.Buffer;
        for (var i = 0; i < end - start; i++) buffer[i] = TextFolding.ToLower(buffer[i]);
        _offset.SetOffset(CorrectOffset(start), CorrectOffset(end));
        _positionIncrement.PositionIncrement = increment;
        return true;
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(_length);
        _offset.SetOffset(final, final);
    }
}

/// <summary>Character folding shared by indexing and querying.</summary>
internal static class TextFolding
{
    /// <summary>Full-width ASCII forms (U+FF01–U+FF5E) and the ideographic space to their
    /// half-width equivalents; one char for one char, so offsets are unchanged.</summary>
    public static char FoldWidth(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' => ' ',
        _ => c,
    };

    /// <summary>char.ToLowerInvariant without its cost on Chinese: outside ASCII it asks ICU for every char,
    /// which took half of the analyzer's time. ASCII is folded here, U+2E80–U+A63F (CJK radicals,
    /// punctuation, kana, Han, Yi, Lisu, Vai) and Hangul syllables have no case at all, and the rest below
    /// U+2E80 (Latin, Greek, Cyrillic, and the quotes, dashes and ellipses of Chinese text) is read from a
    /// table of ICU's answers made once.</summary>
    public static char ToLower(char c) => c switch
    {
        < '\u0080' => c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c,
        < '\u2E80' => LowerBelowCjk[c],
        < '\uA640' => c,
        >= '\uAC00' and < '\uD7B0' => c,
        _ => char.ToLowerInvariant(c),
    };

    private static readonly char[] LowerBelowCjk = BuildLowerBelowCjk();

    private static char[] BuildLowerBelowCjk()
    {
        var table = new char[0x2E80];
        for (var c = 0; c < table.Length; c++) table[c] = char.ToLowerInvariant((char)c);
        return table;
    }

    /// <summary>Whether a token carries a letter or digit (pure punctuation, symbols and whitespace
    /// are not indexed).</summary>
    public static bool IsIndexable(ReadOnlySpan<char> token)
    {
        foreach (var rune in token.EnumerateRunes())
            if (Rune.IsLetterOrDigit(rune)) return true;
        return false;
    }
}
