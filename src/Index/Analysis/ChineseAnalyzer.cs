using Lucene.Net.Analysis;
using Pipeline.Extract.Segmentation;

namespace Pipeline.Index.Analysis;

/// <summary>Lucene analyzer for Chinese text over <see cref="JiebaSegmenter"/> in search mode:
/// full-width forms folded to half-width, Traditional characters to Simplified (so 高新區 finds 高新区 and back), Latin lower-cased, punctuation and whitespace dropped.
/// Each word and the dictionary words of length 2 and 3 inside it share one position, so a search
/// for 氢能 finds 雄川氢能 and phrase queries analysed the same way line up with the index.</summary>
public sealed class ChineseAnalyzer : Analyzer
{
    private readonly JiebaSegmenter _segmenter;

    /// <summary>Over jieba's base dictionary.</summary>
    public ChineseAnalyzer() : this(JiebaSegmenter.Default)
    {
    }

    /// <summary>Over a segmenter that may carry user words (zone and enterprise names).</summary>
    public ChineseAnalyzer(JiebaSegmenter segmenter)
    {
        _segmenter = segmenter ?? throw new ArgumentNullException(nameof(segmenter));
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new JiebaTokenizer(reader, _segmenter));
}
