using Pipeline.Cli.Tests.Reports;
using Pipeline.Cli.Web;

namespace Pipeline.Cli.Tests.Web;

/// <summary>Tests of the web page and API through HTTP: a search server over a small test archive, started on
/// 127.0.0.1 before a class's tests and stopped after them.</summary>
public abstract class ServedArchiveTests : IAsyncLifetime
{
    private protected ServedArchiveTests(TestArchive archive) => Archive = archive;

    private protected TestArchive Archive { get; }
    private protected SearchServer Server { get; private set; } = null!;
    private protected HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await SearchServer.StartAsync(Archive.IndexPath, "http://127.0.0.1:0");
        Http = new HttpClient { BaseAddress = new Uri(Server.Addresses.Single()) };
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
        Archive.Dispose();
    }

    protected static string Q(string text) => Uri.EscapeDataString(text);
}
