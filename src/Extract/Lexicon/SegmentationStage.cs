using Pipeline.Extract.Numbers;
using Pipeline.Extract.Pipeline;
using Pipeline.Extract.Segmentation;

namespace Pipeline.Extract.Lexicon;

/// <summary>
/// Word boundaries for the later stages: one <see cref="BodyWord"/> per word of the body (as annotations, label
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

    [ThreadStatic] private static List<(int Start, int End, string Tag)>? t_words;

    public void Annotate(ArticleDocument document)
    {
        var view = document.View;
        var text = view.Text;
        var tagged = t_words ??= new List<(int, int, string)>();
        _segmenter.Tag(text, tagged);
        var words = new List<BodyWord>(tagged.Count);
        var at = 0;
        foreach (var (start, end, tag) in tagged)
        {
            if (start != at) break;
            at = end;
            if (text.AsSpan(start, end - start).IsWhiteSpace()) continue;
            words.Add(new BodyWord(view.ToSource(start), view.ToSourceEnd(end), tag));
        }
        if (at != text.Length)
            throw new InvalidOperationException($"segmenter lost text: {at} of {text.Length} characters covered");
        document.AddWords(TokenLabel, words);
    }

    public void Project(ArticleDocument document) { }

    /// <summary>The document's words in body order, segmenting it first when no segmentation stage ran.</summary>
    internal static IReadOnlyList<BodyWord> TokensOf(ArticleDocument document)
    {
        if (document.Words != null) return document.Words;
        var tokens = document.Get(TokenLabel).ToList();
        if (tokens.Count == 0 && document.Body.Length > 0)
        {
            new SegmentationStage().Annotate(document);
            return document.Words!;
        }
        tokens.Sort((a, b) => a.Start.CompareTo(b.Start));
        return tokens.Select(t => new BodyWord(t.Start, t.End, t.Value as string)).ToList();
    }
}
