using Pipeline.Extract.Enterprises;
using Pipeline.Extract.Model;
using Pipeline.Extract.Pipeline;
using Pipeline.Extract.Zones;

namespace Pipeline.Extract.Tests.Zones;

internal static class ZoneTestHelper
{
    public static ArticleDocument Run(string body, string title = "", bool enterprises = false)
    {
        var document = new ArticleDocument(new ArticleRecord { Title = title, Body = body }, null);
        var stages = new List<IStage> { new ZoneStage() };
        if (enterprises) stages.Add(new EnterpriseStage());
        foreach (var stage in stages) stage.Annotate(document);
        foreach (var stage in stages) stage.Project(document);
        return document;
    }

    public static List<string> ZoneNames(string body) => Run(body).Record.Zones.Select(z => z.Name).ToList();
}
