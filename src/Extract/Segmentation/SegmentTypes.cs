namespace Pipeline.Extract.Segmentation;

/// <summary>How <see cref="JiebaSegmenter.Tokenize(string, SegmentMode, bool)"/> cuts: jieba's
/// accurate mode, or its search mode (also the dictionary words of length 2 and 3 inside longer words).</summary>
public enum SegmentMode
{
    Default,
    Search,
}

/// <summary>A word with its jieba part-of-speech tag (posseg's tag set: n, ns, nt, v, m, eng, x, ...).</summary>
public readonly record struct TaggedWord(string Word, string Tag);

/// <summary>A word with its UTF-16 offsets in the input, end exclusive (jieba.tokenize's tuples).</summary>
public readonly record struct Token(string Word, int Start, int End);

/// <summary>A word added to the dictionary at start-up, with jieba's <c>add_word</c> semantics: a null
/// frequency means jieba's suggested frequency (high enough for the word to be cut out whole), a
/// frequency of 0 forbids the word; a tag is used by <see cref="JiebaSegmenter.Tag"/>.</summary>
public sealed record UserWord(string Word, int? Frequency = null, string? Tag = null);
