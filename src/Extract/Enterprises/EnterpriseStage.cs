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

    public EnterpriseStage() : this(ZoneGazetteer.Default, ShortNameList.Default) { }

    internal EnterpriseStage(ZoneGazetteer places, ShortNameList shortNames)
    {
        _finder = new EnterpriseSpanFinder(new EnterpriseNameBoundary(places, shortNames), shortNames);
        _resolver = new EnterpriseResolver(_finder, new EnterpriseShortForms(places), new ContextCompanyFinder(places, shortNames));
    }

    public string Name => "enterprises";

    public void Annotate(ArticleDocument document)
    {
        var body = document.Body;
        var folded = TextNormalizer.Fold(body);
        var zones = document.Get(Labels.Zone).Select(a => (a.Start, a.End)).ToList();
        var named = _finder.FindNamed(body, folded, zones);
        foreach (var (start, end, entity) in _resolver.Resolve(body, folded, named, zones))
            document.Add(new Annotation(Labels.Enterprise, start, end, body[start..end], entity));
    }

    public void Project(ArticleDocument document) =>
        document.Record.Enterprises = document.Get(Labels.Enterprise).Select(a => a.Value).OfType<EnterpriseEntity>().Distinct().ToList();
}
