using Pipeline.Extract.Model;
using Pipeline.Extract.Pipeline;

namespace Pipeline.Extract.Zones;

/// <summary>Zones: annotates every zone mention in the body (Value = its shared
/// <see cref="ZoneEntity"/>), then projects record.Zones and record.PrimaryZone.</summary>
public sealed class ZoneStage : IStage
{
    private readonly ZoneSpanFinder _finder;
    private readonly ZoneResolver _resolver;

    /// <summary>Loads the divisions too (a tenth of a CPU-second): with the stage, beside the other stages' loading,
    /// not at the first article that asks, which every annotating thread would then wait for.</summary>
    public ZoneStage() : this(ZoneGazetteer.Default) => _ = Divisions.Default;

    internal ZoneStage(ZoneGazetteer gazetteer)
    {
        _finder = new ZoneSpanFinder(gazetteer);
        _resolver = new ZoneResolver(gazetteer);
    }

    public string Name => "zones";

    public void Annotate(ArticleDocument document)
    {
        var body = document.Body;
        // The title, the page's header lines (a source line: 来源:某市高新区…) and the paper or office credited as the
        // source ((来源:玉溪日报)) may name the city a bare 高新区 stands for.
        var sources = document.Record.Authors.Where(a => a.Role is "来源" or "供稿").Select(a => a.Name);
        var context = string.Join("\n", new[] { document.Record.Title ?? "" }.Concat(document.Record.PageHeader ?? new List<string>()).Concat(sources));
        foreach (var (span, zone) in _resolver.Resolve(body, _finder.Find(body, context)))
            document.Add(new Annotation(Labels.Zone, span.Start, span.End, body[span.Start..span.End], zone));
    }

    /// <summary>Adds to <paramref name="zones"/> (the body's) the zones a side text (headline, caption) names that the body
    /// does not, without their side-text mentions; a shorter form of a body zone (南沙经开区 in the headline over a body that
    /// says 广州南沙经开区) joins that zone instead.</summary>
    public void AddSideZones(List<ZoneEntity> zones, IEnumerable<ZoneEntity> sideZones)
    {
        foreach (var zone in sideZones.Where(z => zones.All(r => r.Name != z.Name)))
        {
            zone.Mentions.Clear();
            if (_resolver.JoinLongerForm(zone, zones) == null) zones.Add(zone);
        }
    }

    public void Project(ArticleDocument document)
    {
        var zones = document.Get(Labels.Zone).Select(a => a.Value).OfType<ZoneEntity>().Distinct().ToList();
        document.Record.Zones = zones;
        var title = document.Record.Title ?? "";
        // A headline's short form (医药高新区 over a body that says 泰州医药高新区) names the body's zone.
        var titleZones = _resolver.Resolve(title, _finder.Find(title)).Select(r => (_resolver.LongerFormOf(r.Zone, zones) ?? r.Zone).Name).ToList();
        document.Record.PrimaryZone = PrimaryZoneSelector.Select(titleZones, zones);
    }
}
