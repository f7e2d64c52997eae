using Pipeline.Crawler.Testing;

namespace Pipeline.Cli.Commands;

/// <summary>Serves the bundled sample edition on loopback, so `crawl` can be tried by hand.</summary>
public sealed class SampleSiteCommand : ICommand
{
    public string Name => "sample-site";
    public bool StopsCleanly => true;
    public string Summary => "Serve the bundled sample digital edition (corpus/site: Founder pages and the JSON API under /api/) on 127.0.0.1 until Ctrl+C.";
    public string Usage => "sample-site [--port N] [--site DIR]";
    public IReadOnlyList<string> Examples => new[]
    {
        "pipeline sample-site --port 8080   # then, in another terminal:",
        "pipeline crawl http://127.0.0.1:8080/ --from 2023-03-15 --to 2023-03-18 --out out/crawl",
    };
    public IReadOnlyList<OptionSpec> Options => new[]
    {
        new OptionSpec("port", "port on 127.0.0.1", Default: "a free one"),
        new OptionSpec("site", "the site folder", Default: "corpus/site of this repository"),
    };

    public async Task<int> RunAsync(CommandContext context)
    {
        var site = context.Args.Get("site") ?? Path.Combine(ProjectPaths.Corpus(null), "site");
        if (!Directory.Exists(site)) throw new UsageException($"no site folder at {site}");
        var port = context.Args.Has("port") ? context.Args.GetInt("port", 0) : (int?)null;
        if (port is < 1 or > 65535) throw new UsageException($"--port must be 1–65535, got {port}");
        await using var server = LocalSiteServer.Start(site, port);
        context.Out.WriteLine($"serving {Path.GetFullPath(site)} at {server.BaseUri} (JSON API at {server.BaseUri}api/); Ctrl+C stops");
        try
        {
            await Task.Delay(Timeout.Infinite, context.Cancellation);
        }
        catch (OperationCanceledException)
        {
        }
        context.Out.WriteLine($"stopped after {server.Requests.Count} requests");
        return 0;
    }
}
