using Pipeline.Extract.Dates;
using Pipeline.Extract.Figures;
using Pipeline.Extract.Lexicon;
using Pipeline.Extract.Model;
using Pipeline.Extract.Enterprises;
using Pipeline.Extract.Pages;
using Pipeline.Extract.Zones;

namespace Pipeline.Extract.Pipeline;

/// <summary>Source document → articles → annotated records.</summary>
public sealed class ExtractionPipeline
{
    private readonly IReadOnlyList<IStage> _stages;

    public ExtractionPipeline(IEnumerable<IStage> stages) => _stages = stages.ToList();

    /// <summary>The stages in the order they must run: later stages read earlier annotations
    /// (word boundaries first; figures name their zone and enterprise).</summary>
    public static ExtractionPipeline CreateDefault() => new(new IStage[]
    {
        new SegmentationStage(),
        new ZoneStage(),
        new EnterpriseStage(),
        new DateStage(),
        new FigureStage(),
    });

    public IReadOnlyList<IStage> Stages => _stages;

    /// <param name="publishedOverride">From --published: anchors relative dates when the input carries no date.</param>
    public IReadOnlyList<ArticleRecord> Process(SourceDocument source, string? publishedOverride = null)
    {
        var layout = PageReader.Read(source);
        var published = layout.Published;
        var inferred = layout.PublishedInferred;
        if (publishedOverride != null && (published == null || inferred))
        {
            published = publishedOverride;
            inferred = false;
        }
        var anchor = PublicationDate.TryParse(published);
        var records = new List<ArticleRecord>(layout.Articles.Count);
        foreach (var record in layout.Articles)
        {
            record.Published = published;
            record.PublishedInferred = inferred;
            var document = new ArticleDocument(record, anchor);
            foreach (var stage in _stages) stage.Annotate(document);
            foreach (var stage in _stages) stage.Project(document);
            records.Add(record);
        }
        return records;
    }
}
