using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Newtonsoft.Json.Linq;

namespace Pipeline.Crawler.Testing;

/// <summary>What to do instead of serving a path normally.</summary>
public enum FaultKind
{
    /// <summary>Answer 500.</summary>
    ServerError,
    /// <summary>Answer 429 with Retry-After (<see cref="Fault.RetryAfterSeconds"/>).</summary>
    TooManyRequests,
    /// <summary>Wait <see cref="Fault.Delay"/>, then serve normally.</summary>
    Slow,
    /// <summary>Promise the full Content-Length, send half of the body, drop the connection.</summary>
    Truncate,
    /// <summary>Answer 302 to <see cref="Fault.Location"/>.</summary>
    Redirect,
}

/// <summary>A fault injected on one path (with or without its query) for the first <see cref="Times"/> requests.</summary>
public sealed class Fault
{
    public required string Path { get; init; }
    public required FaultKind Kind { get; init; }
    public int Times { get; init; } = 1;
    public int RetryAfterSeconds { get; init; } = 1;
    public TimeSpan Delay { get; init; } = TimeSpan.FromSeconds(2);
    public string? Location { get; init; }
    internal int Fired;
}

/// <summary>One request the server saw.</summary>
public sealed record ServedRequest(string Method, string PathAndQuery, string? Body, int Status, DateTime ReceivedUtc);

/// <summary>
/// A small HTTP server on 127.0.0.1 (a free port) serving a folder, for tests and the demo:
/// GET serves files (missing ones answer 404, with the folder's 404.htm when it has one);
/// POST to /api/&lt;path&gt; with a JSON body {"k":"v"} answers the fixture api/&lt;path&gt;/v.json, or
/// api/&lt;path&gt;.json when the body names no value. Faults can be injected per path, single
/// responses overridden, and every request is logged.
/// </summary>
public sealed class LocalSiteServer : IAsyncDisposable, IDisposable
{
    private readonly string _root;
    private readonly HttpListener _listener;
    private readonly ConcurrentQueue<ServedRequest> _requests = new();
    private readonly List<Fault> _faults = new();
    private readonly ConcurrentDictionary<string, (byte[] Body, string ContentType, int Status)> _overrides = new();
    private readonly CancellationTokenSource _stop = new();
    private Task? _loop;

    /// <param name="port">A fixed port on 127.0.0.1, or null for a free one.</param>
    public LocalSiteServer(string root, int? port = null)
    {
        _root = Path.GetFullPath(root);
        if (!Directory.Exists(_root)) throw new DirectoryNotFoundException($"no site folder at {_root}");
        (_listener, BaseUri) = port is { } fixedPort ? Listen(fixedPort) : Listen();
    }

    /// <summary>http://127.0.0.1:PORT/</summary>
    public Uri BaseUri { get; }

    /// <summary>Adds an ETag and Last-Modified to files and answers conditional requests with 304.</summary>
    public bool ConditionalRequests { get; set; } = true;

    /// <summary>Extra time before every response (makes a crawl long enough to interrupt).</summary>
    public TimeSpan ResponseDelay { get; set; }

    public IReadOnlyList<ServedRequest> Requests => _requests.ToList();

    public static LocalSiteServer Start(string root, int? port = null)
    {
        var server = new LocalSiteServer(root, port);
        server.Start();
        return server;
    }

    public void Start() => _loop ??= Task.Run(AcceptLoopAsync);

    public void AddFault(Fault fault)
    {
        lock (_faults) _faults.Add(fault);
    }

    /// <summary>Back to normal service (overrides stay).</summary>
    public void ClearFaults()
    {
        lock (_faults) _faults.Clear();
    }

    /// <summary>Serves these bytes for this exact path instead of the folder's file.</summary>
    public void Override(string path, byte[] body, string contentType, int status = 200) => _overrides[path] = (body, contentType, status);

    public void Override(string path, string body, string contentType = "text/plain; charset=utf-8", int status = 200) =>
        Override(path, Encoding.UTF8.GetBytes(body), contentType, status);

    private static (HttpListener, Uri) Listen(int port)
    {
        var listener = new HttpListener();
        var prefix = $"http://127.0.0.1:{port}/";
        listener.Prefixes.Add(prefix);
        try
        {
            listener.Start();
        }
        catch (HttpListenerException e)
        {
            listener.Close();
            throw new IOException($"cannot listen on 127.0.0.1:{port}: {e.Message}", e);
        }
        return (listener, new Uri(prefix));
    }

    private static (HttpListener, Uri) Listen()
    {
        // HttpListener cannot bind port 0: take a free port from the OS, then bind it (retrying on a race).
        for (var attempt = 0; ; attempt++)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            var listener = new HttpListener();
            var prefix = $"http://127.0.0.1:{port}/";
            listener.Prefixes.Add(prefix);
            try
            {
                listener.Start();
                return (listener, new Uri(prefix));
            }
            catch (HttpListenerException) when (attempt < 20)
            {
                listener.Close();
            }
        }
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stop.IsCancellationRequested || !_listener.IsListening)
            {
                return;
            }
            catch (HttpListenerException)
            {
                continue;
            }
            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var request = context.Request;
        var response = context.Response;
        var pathAndQuery = request.Url!.PathAndQuery;
        var path = Uri.UnescapeDataString(request.Url.AbsolutePath);
        string? body = null;
        if (request.HasEntityBody)
        {
            using var reader = new StreamReader(request.InputStream, Encoding.UTF8);
            body = await reader.ReadToEndAsync();
        }
        var received = DateTime.UtcNow;
        var status = 0;
        try
        {
            if (ResponseDelay > TimeSpan.Zero) await Task.Delay(ResponseDelay, _stop.Token);
            var fault = TakeFault(pathAndQuery, path);
            if (fault?.Kind == FaultKind.Slow)
            {
                await Task.Delay(fault.Delay, _stop.Token);
                fault = null;
            }
            switch (fault?.Kind)
            {
                case FaultKind.ServerError:
                    status = Send(response, 500, Encoding.UTF8.GetBytes("<h1>500 Internal Server Error</h1>"), "text/html; charset=utf-8");
                    return;
                case FaultKind.TooManyRequests:
                    response.Headers["Retry-After"] = fault.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    status = Send(response, 429, Encoding.UTF8.GetBytes("slow down"), "text/plain");
                    return;
                case FaultKind.Redirect:
                    response.RedirectLocation = fault.Location;
                    status = Send(response, 302, Array.Empty<byte>(), "text/plain");
                    return;
            }
            var (status2, bytes, contentType, etag, modified) = Resolve(request.HttpMethod, path, body);
            status = status2;
            if (status == 200 && ConditionalRequests && etag != null)
            {
                response.Headers["ETag"] = etag;
                response.Headers["Last-Modified"] = modified!.Value.ToString("R");
                if (request.Headers["If-None-Match"] == etag)
                {
                    status = Send(response, 304, Array.Empty<byte>(), null);
                    return;
                }
            }
            if (fault?.Kind == FaultKind.Truncate)
            {
                response.StatusCode = status;
                response.ContentType = contentType;
                response.ContentLength64 = bytes.Length;
                await response.OutputStream.WriteAsync(bytes.AsMemory(0, bytes.Length / 2));
                await response.OutputStream.FlushAsync();
                response.Abort();
                return;
            }
            Send(response, status, bytes, contentType);
        }
        catch (Exception) when (_stop.IsCancellationRequested)
        {
            response.Abort();
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
        {
            // The client went away (a crawler killed mid-request); nothing to answer.
        }
        finally
        {
            _requests.Enqueue(new ServedRequest(request.HttpMethod, pathAndQuery, body, status, received));
        }
    }

    private Fault? TakeFault(string pathAndQuery, string path)
    {
        lock (_faults)
        {
            foreach (var f in _faults)
            {
                var matches = f.Path.Contains('?') ? f.Path == pathAndQuery : f.Path == path;
                if (!matches || f.Fired >= f.Times) continue;
                f.Fired++;
                return f;
            }
        }
        return null;
    }

    private (int Status, byte[] Body, string? ContentType, string? ETag, DateTime? Modified) Resolve(string method, string path, string? body)
    {
        if (_overrides.TryGetValue(path, out var o)) return (o.Status, o.Body, o.ContentType, null, null);
        string? file = null;
        if (method == "POST" && path.StartsWith("/api/", StringComparison.Ordinal)) file = ApiFixture(path, body);
        else if (method is "GET" or "HEAD")
        {
            var relative = path.TrimStart('/');
            if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.htm";
            file = Path.GetFullPath(Path.Combine(_root, relative));
        }
        if (file == null || !file.StartsWith(_root, StringComparison.Ordinal) || !File.Exists(file))
        {
            var notFound = Path.Combine(_root, "404.htm");
            return (404, File.Exists(notFound) ? File.ReadAllBytes(notFound) : Encoding.UTF8.GetBytes("404 Not Found"), "text/html", null, null);
        }
        var bytes = File.ReadAllBytes(file);
        var modified = File.GetLastWriteTimeUtc(file);
        var etag = $"\"{Convert.ToHexStringLower(System.Security.Cryptography.SHA1.HashData(bytes))[..16]}\"";
        return (200, bytes, ContentTypeOf(file), etag, new DateTime(modified.Ticks - modified.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc));
    }

    private string? ApiFixture(string path, string? body)
    {
        var relative = path.TrimStart('/').TrimEnd('/');
        var values = new List<string>();
        if (!string.IsNullOrWhiteSpace(body))
        {
            try
            {
                values = JObject.Parse(body).Properties().Select(p => p.Value.ToString()).Where(v => v.Length > 0).ToList();
            }
            catch (Newtonsoft.Json.JsonException)
            {
                return null;
            }
        }
        if (values.Any(v => v.Contains('/') || v.Contains('\\') || v.Contains(".."))) return null;
        var name = values.Count > 0 ? Path.Combine(relative, string.Join("_", values) + ".json") : relative + ".json";
        return Path.GetFullPath(Path.Combine(_root, name));
    }

    private static string ContentTypeOf(string file) => Path.GetExtension(file).ToLowerInvariant() switch
    {
        // Deliberately no charset for HTML: the crawler must find it in the page (meta) or sniff it.
        ".htm" or ".html" => "text/html",
        ".json" => "application/json; charset=utf-8",
        ".txt" => "text/plain; charset=utf-8",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".png" => "image/png",
        ".svg" => "image/svg+xml",
        ".css" => "text/css",
        _ => "application/octet-stream",
    };

    private static int Send(HttpListenerResponse response, int status, byte[] body, string? contentType)
    {
        response.StatusCode = status;
        if (contentType != null) response.ContentType = contentType;
        response.ContentLength64 = body.Length;
        if (body.Length > 0) response.OutputStream.Write(body);
        response.Close();
        return status;
    }

    public async Task StopAsync()
    {
        if (_stop.IsCancellationRequested) return;
        _stop.Cancel();
        // Close alone, never Stop then Close: on Linux the managed HttpListener's second removal of its
        // prefix looks the endpoint up again, re-binds the port it just released and throws "Address
        // already in use" when another server took that port meanwhile (a CI failure). Close ends the
        // pending GetContextAsync, so the accept loop returns.
        try
        {
            _listener.Close();
        }
        catch (HttpListenerException)
        {
            // The listener is released either way; nothing served is lost.
        }
        if (_loop != null) await _loop;
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    public void Dispose() => StopAsync().GetAwaiter().GetResult();
}
