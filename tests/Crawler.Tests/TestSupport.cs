using Newtonsoft.Json.Linq;
using Pipeline.Crawler;

namespace Pipeline.Crawler.Tests;

internal static class Repo
{
    public static string Root { get; } = FindRoot();
    public static string Site => Path.Combine(Root, "corpus", "site");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Pipeline.sln"))) return dir.FullName;
        throw new InvalidOperationException("Pipeline.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A temporary output folder, deleted afterwards.</summary>
internal sealed class TempDir : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "crawler-tests-" + Guid.NewGuid().ToString("N"));

    public TempDir() => Directory.CreateDirectory(Path);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, true);
        }
        catch (IOException)
        {
        }
    }
}

internal static class Crawl
{
    /// <summary>Fast settings for tests: no rate limit, short backoff and timeout.</summary>
    public static CrawlOptions Fast(Uri site, string from, string to, string output, string profile = "auto") => new()
    {
        Site = site,
        From = DateOnly.Parse(from),
        To = DateOnly.Parse(to),
        OutputDirectory = output,
        Profile = profile,
        Politeness = false,
        Concurrency = 2,
        BackoffBase = TimeSpan.FromMilliseconds(10),
        MaxBackoff = TimeSpan.FromSeconds(2),
        Timeout = TimeSpan.FromSeconds(5),
    };

    public static List<JObject> Articles(string output)
    {
        var path = System.IO.Path.Combine(output, EditionCrawler.ArticlesFile);
        return File.Exists(path)
            ? File.ReadAllLines(path).Where(l => l.Length > 0).Select(JObject.Parse).ToList()
            : new List<JObject>();
    }

    /// <summary>"content_1501" for each article line (the id's last path segment without extension).</summary>
    public static List<string> ArticleNames(string output) =>
        Articles(output).Select(a => System.IO.Path.GetFileNameWithoutExtension(new Uri((string)a["id"]!).AbsolutePath)).OrderBy(s => s, StringComparer.Ordinal).ToList();

    public static string[] Contents(params int[] ids) => ids.Select(i => $"content_{i}").OrderBy(s => s, StringComparer.Ordinal).ToArray();
}
