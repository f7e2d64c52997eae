using Pipeline.Extract.Numbers;
using Pipeline.Extract.Pipeline;
using Pipeline.Extract.Segmentation;

namespace Pipeline.Extract.Lexicon;

/// <summary>
/// Word boundaries for the later stages: one annotation per word of the body (label
/// <see cref="TokenLabel"/>, value = its jieba part-of-speech tag), cut by
/// <see cref="DomainDictionary.Segmenter"/>. Segments the view the number stages read
/// (<see cref="FoldedText"/>: Traditional folded to Simplified, wrapped column breaks and spaces
/// dropped, so 营业\n收入 is one word), with offsets mapped back to the body. Adds no record fields.
/// </summary>
public sealed class SegmentationStage : IStage
{
    public const string TokenLabel = "token";

    private readonly JiebaSegmenter _segmenter;

    public SegmentationStage() : this(DomainDictionary.Segmenter) { }

    public SegmentationStage(JiebaSegmenter segmenter) => _segmenter = segmenter;

    public string Name => "segmentation";

    public void Annotate(ArticleDocument document)
    {
        var body = document.Body;
        var view = document.View;
        var at = 0;
        foreach (var (word, tag) in _segmenter.Tag(view.Text))
        {
            var start = at;
            at += word.Length;
            if (word.Length == 0 || string.IsNullOrWhiteSpace(word)) continue;
            var sourceStart = view.ToSource(start);
            var sourceEnd = view.ToSourceEnd(at);
            document.Add(new Annotation(TokenLabel, sourceStart, sourceEnd, body[sourceStart..sourceEnd], tag));
        }
        if (at != view.Text.Length)
            throw new InvalidOperationException($"segmenter lost text: {at} of {view.Text.Length} characters covered");
    }

    public void Project(ArticleDocument document) { }

    /// <summary>The document's words in body order, segmenting it first when no segmentation stage ran.</summary>
    internal static IReadOnlyList<Annotation> TokensOf(ArticleDocument document)
    {
        var tokens = document.Get(TokenLabel).ToList();
        if (tokens.Count == 0 && document.Body.Length > 0)
        {
            new SegmentationStage().Annotate(document);
            tokens = document.Get(TokenLabel).ToList();
        }
        tokens.Sort((a, b) => a.Start.CompareTo(b.Start));
        return tokens;
    }
}
