using System.Net;
using Pipeline.Cli.Web;
using Pipeline.Index;

namespace Pipeline.Cli.Commands;

public sealed class ServeCommand : ICommand
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public string Name => "serve";
    public bool StopsCleanly => true;
    public string Summary => "Serve a search page for analysts over an index: search box, filters, drill-down facets, highlighted snippets, a coverage chart and a figures table with CSV download (loopback only unless --public).";
    public string Usage => "serve --index DIR [--urls http://127.0.0.1:PORT] [--public]";
    public IReadOnlyList<string> Examples => new[]
    {
        "pipeline serve --index out/index",
        "pipeline serve --index out/index --urls http://127.0.0.1:8080   # then open http://127.0.0.1:8080/?q=人工智能",
    };
    public IReadOnlyList<OptionSpec> Options => new[]
    {
        new OptionSpec("index", "the index folder (written by 'pipeline index')"),
        new OptionSpec("urls", "where to listen, ';'-separated; port 0 picks a free port", Default: DefaultUrls),
        new OptionSpec("public", "allow addresses other than loopback (the page has no login)", TakesValue: false),
    };

    public async Task<int> RunAsync(CommandContext context)
    {
        var args = context.Args;
        var index = args.Require("index");
        if (!ArticleIndex.Exists(index)) throw new UsageException($"no index at '{index}' (build one with 'pipeline index')");
        var urls = args.Get("urls") ?? DefaultUrls;
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                throw new UsageException($"--urls: '{url}' is not an http:// address");
            if (!IsLoopback(uri.Host) && !args.Has("public"))
                throw new UsageException($"--urls: '{uri.Host}' is not a loopback address; add --public to serve it to other machines");
        }
        SearchServer server;
        try
        {
            server = await SearchServer.StartAsync(index, urls);
        }
        catch (IOException e) when (e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
        {
            throw new IOException($"cannot listen at {urls}: the address is already in use (another program, or another 'pipeline serve'); " +
                                  "give another port with --urls, or port 0 for any free one (the address is printed)");
        }
        await using var _ = server;
        foreach (var address in server.Addresses) context.Error.WriteLine($"serve: {index} at {address}/ (Ctrl+C to stop)");
        await server.WaitForShutdownAsync(context.Cancellation);
        return 0;
    }

    internal static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
}
