using Pipeline.Extract.Text;
using Pipeline.Extract.Lexicon;
using Pipeline.Extract.Model;
using Pipeline.Extract.Pipeline;
using Pipeline.Extract.Zones;

namespace Pipeline.Extract.Enterprises;

/// <summary>Enterprises: annotates every company mention in the body (Value = its shared
/// <see cref="EnterpriseEntity"/>) and projects record.Enterprises. Runs after the zone stage:
/// a zone mention ends the text a company name can start in (青岛高新区中译语通科技(青岛)有限公司).</summary>
public sealed class EnterpriseStage : IStage
{
    private readonly EnterpriseSpanFinder _finder;
    private readonly EnterpriseResolver _resolver;

    public EnterpriseStage() : this(ZoneGazetteer.Default, ShortNameList.Default, ListedCompanyLexicon.Default) { }

    internal EnterpriseStage(ZoneGazetteer places, ShortNameList shortNames, ListedCompanyLexicon listed)
    {
        _finder = new EnterpriseSpanFinder(new EnterpriseNameBoundary(places, shortNames), shortNames);
        var context = new ContextCompanyFinder(places, shortNames);
        _resolver = new EnterpriseResolver(_finder, new EnterpriseShortForms(places), context, new UncuedCompanyFinder(places, context), listed, places,
            new EnterpriseNameEdges(places, shortNames, listed));
    }

    public string Name => "enterprises";

    public void Annotate(ArticleDocument document)
    {
        var body = document.Body;
        var folded = TextNormalizer.Fold(body);
        var zones = document.Get(Labels.Zone).Select(a => (a.Start, a.End)).ToList();
        var named = _finder.FindNamed(body, folded, zones);
        foreach (var (start, end, entity) in _resolver.Resolve(body, folded, named, zones, WordBoundaries(document)))
            document.Add(new Annotation(Labels.Enterprise, start, end, body[start..end], entity));
    }

    /// <summary>True at each index of the body where the segmenter starts or ends a word.</summary>
    private static bool[] WordBoundaries(ArticleDocument document)
    {
        var cuts = new bool[document.Body.Length + 1];
        cuts[0] = cuts[^1] = true;
        foreach (var token in SegmentationStage.TokensOf(document))
        {
            cuts[token.Start] = true;
            cuts[token.End] = true;
        }
        return cuts;
    }

    public void Project(ArticleDocument document) =>
        document.Record.Enterprises = document.Get(Labels.Enterprise).Select(a => a.Value).OfType<EnterpriseEntity>().Distinct().ToList();
}
