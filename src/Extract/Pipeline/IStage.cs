namespace Pipeline.Extract.Pipeline;

/// <summary>One extraction stage. <see cref="Annotate"/> finds spans and resolves their values
/// (extractor then resolver, kept apart inside the stage); <see cref="Project"/> writes the
/// record's fields from this stage's annotations.</summary>
public interface IStage
{
    string Name { get; }
    void Annotate(ArticleDocument document);
    void Project(ArticleDocument document);
}
