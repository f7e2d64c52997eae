using System.Diagnostics;
using Newtonsoft.Json.Linq;
using Pipeline.Crawler.Testing;

namespace Pipeline.Crawler.Tests;

/// <summary>A real `pipeline crawl` process killed with SIGKILL at several points, plus torn writes,
/// then resumed: zero lost, zero duplicated, nothing stored fetched again.</summary>
public class ResumeTests
{
    private static string PipelineDll()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        var dll = Path.Combine(Repo.Root, "src", "Search.Cli", "bin", configuration, "net10.0", "pipeline.dll");
        Assert.True(File.Exists(dll), $"{dll} not built");
        return dll;
    }

    private static Process StartCrawl(Uri site, string output)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { PipelineDll(), "crawl", site.ToString(), "--from", "2023-03-15", "--to", "2023-03-18", "--out", output, "--no-politeness", "--concurrency", "2" })
            start.ArgumentList.Add(a);
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Paths of the 200 responses the archive index holds (complete lines only).</summary>
    private static HashSet<string> StoredPaths(string output)
    {
        var index = Path.Combine(output, EditionCrawler.ResponsesFile);
        if (!File.Exists(index)) return new HashSet<string>();
        var text = File.ReadAllText(index);
        var complete = text[..(text.LastIndexOf('\n') + 1)];
        return complete.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(JObject.Parse)
            .Where(o => (int)o["status"]! == 200 && ((string)o["url"]!).Contains("/html/", StringComparison.Ordinal))
            .Select(o => new Uri((string)o["url"]!).PathAndQuery).ToHashSet();
    }

    [Fact]
    public async Task KilledCrawlsResumeWithNothingLostDuplicatedOrRefetched()
    {
        await using var server = LocalSiteServer.Start(Repo.Site);
        server.ResponseDelay = TimeSpan.FromMilliseconds(40);
        using var dir = new TempDir();
        var random = new Random(6);
        var killedAfter = new List<int>();
        foreach (var requestsBeforeKill in new[] { 4, 11, 19, 26 })
        {
            var seen = server.Requests.Count;
            var stored = StoredPaths(dir.Path);
            var since = DateTime.UtcNow;
            using var crawl = StartCrawl(server.BaseUri, dir.Path);
            var target = seen + requestsBeforeKill - 3 + random.Next(4);
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (server.Requests.Count < target && !crawl.HasExited && DateTime.UtcNow < deadline) await Task.Delay(5);
            // Anywhere inside the next response or two, not just between requests.
            await Task.Delay(random.Next(0, 60));
            if (crawl.HasExited) break;
            crawl.Kill(); // SIGKILL on Unix: no finally blocks, no flushes.
            await crawl.WaitForExitAsync();
            killedAfter.Add(server.Requests.Count - seen);

            // Nothing this run asked for was already stored before it started.
            var asked = server.Requests.Where(r => r.ReceivedUtc >= since).Select(r => r.PathAndQuery).ToList();
            Assert.Empty(asked.Intersect(stored));

            // A torn write on top: half a line at the end of each append-only file.
            foreach (var file in new[] { EditionCrawler.ArticlesFile, EditionCrawler.ResponsesFile, EditionCrawler.StateFile })
            {
                var path = Path.Combine(dir.Path, file);
                if (File.Exists(path)) await File.AppendAllTextAsync(path, "{\"id\":\"http://torn/");
            }
        }
        Assert.NotEmpty(killedAfter);

        var storedBeforeFinal = StoredPaths(dir.Path);
        var finalStart = DateTime.UtcNow;
        using (var final = StartCrawl(server.BaseUri, dir.Path))
        {
            await final.WaitForExitAsync();
            Assert.Equal(0, final.ExitCode);
        }
        var refetched = server.Requests.Where(r => r.ReceivedUtc >= finalStart).Select(r => r.PathAndQuery).Intersect(storedBeforeFinal).ToList();
        Assert.Empty(refetched);

        // (A page whose response was on the wire when the process died was never stored, so a later run
        // fetching it again is right; what must never happen is asking for something already stored,
        // which the per-run checks above and this one rule out.)
        var names = Crawl.ArticleNames(dir.Path);
        Assert.Equal(names.Count, Crawl.Articles(dir.Path).Select(a => (string)a["id"]!).Distinct().Count());
        Assert.Equal(Crawl.Contents(1501, 1502, 1503, 1504, 1505, 1506, 1507, 1508, 1601, 1602, 1603, 1604, 1605, 1606, 1701, 1702, 1703, 1704, 1705, 1706, 1707), names);
    }
}
