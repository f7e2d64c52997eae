using Newtonsoft.Json.Linq;
using Pipeline.Extract.Input;
using Pipeline.Extract.Model;
using Pipeline.Extract.Pipeline;

namespace Pipeline.Extract.Tests.Html;

/// <summary>
/// Saved article pages in the markup of ten kinds of Chinese news site (Html/Sites/*.html), read the way
/// `pipeline extract FILE.html` reads them, against what a reader sees on each page (Html/Sites/*.json):
/// the headline, the publication date, the reporters, where the body starts and ends, and the page
/// furniture (menus, share bars, editor lines, related links, comments, footers) that must stay out of it.
/// </summary>
public class SiteArticlePagesTests
{
    private static readonly Lazy<ExtractionPipeline> Pipeline = new(ExtractionPipeline.CreateDefault);

    public static TheoryData<string> Sites()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(SitesFolder(), "*.html").OrderBy(f => f, StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Sites))]
    public void ArticlePageYieldsItsArticleWithoutThePageFurniture(string site)
    {
        var expected = JObject.Parse(File.ReadAllText(Path.Combine(SitesFolder(), site + ".json")));
        var loader = new InputLoader();
        var refused = new List<string>();
        loader.Refused += refused.Add;
        var documents = loader.Load(new[] { Path.Combine(SitesFolder(), site + ".html") }).ToList();
        Assert.Empty(refused);
        var record = Assert.Single(Assert.Single(documents) is { } d ? Pipeline.Value.Process(d) : Array.Empty<ArticleRecord>());

        Assert.Equal((string)expected["title"]!, record.Title);
        Assert.Equal((string)expected["published"]!, record.Published);
        Assert.False(record.PublishedInferred);
        var names = record.Authors.Select(a => a.Name).ToList();
        foreach (var author in expected["authors"]!.Values<string>()) Assert.Contains(author, names);
        foreach (var junk in expected["not_authors"]?.Values<string>() ?? Enumerable.Empty<string>()) Assert.DoesNotContain(junk, names);

        var body = record.Body;
        var first = (string)expected["body_first"]!;
        var at = body.IndexOf(first, StringComparison.Ordinal);
        // The first sentence may follow a dateline that carries the report's date (新华社武汉3月18日电（记者…）).
        Assert.True(at is >= 0 and <= 60, $"body should open with “{first}” but starts: {body[..Math.Min(80, body.Length)]}");
        var last = (string)expected["body_last"]!;
        Assert.True(body.TrimEnd().EndsWith(last, StringComparison.Ordinal), $"body should end with “{last}” but ends: {body[Math.Max(0, body.Length - 80)..]}");
        foreach (var furniture in expected["body_absent"]!.Values<string>())
            Assert.False(body.Contains(furniture!, StringComparison.Ordinal), $"body holds page furniture “{furniture}”");
        if ((string?)expected["caption"] is { } caption)
            Assert.Contains(record.Captions, c => c.Contains(caption, StringComparison.Ordinal));

        // An article page is annotated like a page text: its zones, figures and dates are found.
        foreach (var zone in expected["zones"]?.Values<string>() ?? Enumerable.Empty<string>())
            Assert.Contains(record.Zones, z => z.Name == zone);
        Assert.NotEmpty(record.Figures);
        Assert.Contains(record.Dates, x => x.Field == ArticleFields.Body);
    }

    private static string SitesFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "Pipeline.sln"))) dir = dir.Parent;
        if (dir == null) throw new InvalidOperationException("Pipeline.sln not found above " + AppContext.BaseDirectory);
        return Path.Combine(dir.FullName, "tests", "Extract.Tests", "Html", "Sites");
    }
}
