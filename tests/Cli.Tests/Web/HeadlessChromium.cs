using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using Newtonsoft.Json.Linq;

namespace Pipeline.Cli.Tests.Web;

/// <summary>Debian's chromium, headless, driven over the Chrome DevTools Protocol on a loopback WebSocket:
/// navigate, run script in the page, click, download, screenshot. Only what the end-to-end test needs.</summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    /// <summary>Debian's chromium, or the one PIPELINE_CHROMIUM names.</summary>
    public static string Executable => Environment.GetEnvironmentVariable("PIPELINE_CHROMIUM") ?? "/usr/bin/chromium";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly Process _process;
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JObject>> _pending = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly string _profile;
    private Task _receiving = Task.CompletedTask;
    private int _nextId;
    private string? _session;

    private HeadlessChromium(Process process, string profile)
    {
        _process = process;
        _profile = profile;
    }

    public static async Task<HeadlessChromium> LaunchAsync(string downloadFolder)
    {
        var profile = Path.Combine(Path.GetTempPath(), "pipeline-chromium-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        var start = new ProcessStartInfo(Executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-default-apps", "--disable-extensions", "--mute-audio",
            $"--user-data-dir={profile}", "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
            "--window-size=1280,1000", "about:blank",
        }) start.ArgumentList.Add(arg);
        var process = Process.Start(start) ?? throw new InvalidOperationException("chromium did not start");
        var browser = new HeadlessChromium(process, profile);
        try
        {
            // Chromium prints the browser's WebSocket address on stderr once it listens.
            var endpoint = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            var log = new StringBuilder();
            process.ErrorDataReceived += (_, e) =>
            {
                if (e.Data == null) return;
                lock (log) log.AppendLine(e.Data);
                const string marker = "DevTools listening on ";
                var at = e.Data.IndexOf(marker, StringComparison.Ordinal);
                if (at >= 0) endpoint.TrySetResult(e.Data[(at + marker.Length)..].Trim());
            };
            process.BeginErrorReadLine();
            process.BeginOutputReadLine();
            var ready = await Task.WhenAny(endpoint.Task, Task.Delay(Timeout));
            if (ready != endpoint.Task)
                throw new TimeoutException($"chromium printed no DevTools address within {Timeout.TotalSeconds}s:\n{log}");
            var address = new Uri(endpoint.Task.Result);
            if (address.Host != "127.0.0.1") throw new InvalidOperationException($"DevTools is not on loopback: {address}");
            await browser._socket.ConnectAsync(address, CancellationToken.None);
            browser._receiving = browser.ReceiveLoop();

            await browser.Send("Browser.setDownloadBehavior", new JObject { ["behavior"] = "allow", ["downloadPath"] = downloadFolder }, browserLevel: true);
            var targets = await browser.Send("Target.getTargets", new JObject(), browserLevel: true);
            var page = targets["targetInfos"]!.First(t => (string?)t["type"] == "page");
            var attached = await browser.Send("Target.attachToTarget", new JObject { ["targetId"] = page["targetId"], ["flatten"] = true }, browserLevel: true);
            browser._session = (string?)attached["sessionId"];
            await browser.Send("Page.enable", new JObject());
            await browser.Send("Runtime.enable", new JObject());
            await browser.Send("Emulation.setDeviceMetricsOverride", new JObject
            {
                ["width"] = 1280, ["height"] = 1000, ["deviceScaleFactor"] = 1, ["mobile"] = false,
            });
            return browser;
        }
        catch
        {
            await browser.DisposeAsync();
            throw;
        }
    }

    public async Task NavigateAsync(string url)
    {
        var before = await EvaluateAsync<string>("location.href + '#' + performance.timeOrigin");
        await Send("Page.navigate", new JObject { ["url"] = url });
        await WaitForNewPageAsync(before);
    }

    /// <summary>Runs <paramref name="action"/> (script that navigates: a click, a form submit) and waits for the new page.</summary>
    public async Task NavigateByAsync(string action)
    {
        var before = await EvaluateAsync<string>("location.href + '#' + performance.timeOrigin");
        await EvaluateAsync<object>(action);
        await WaitForNewPageAsync(before);
    }

    public async Task<T?> EvaluateAsync<T>(string expression)
    {
        var result = await Send("Runtime.evaluate", new JObject { ["expression"] = expression, ["returnByValue"] = true, ["awaitPromise"] = true });
        if (result["exceptionDetails"] is { } error) throw new InvalidOperationException($"script failed: {error}");
        var value = result["result"]?["value"];
        return value == null || value.Type == JTokenType.Null ? default : value.ToObject<T>();
    }

    public async Task ScreenshotAsync(string path)
    {
        var shot = await Send("Page.captureScreenshot", new JObject { ["format"] = "png", ["captureBeyondViewport"] = true });
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, Convert.FromBase64String((string)shot["data"]!));
    }

    /// <summary>The page changed (new URL or a reload) and finished loading.</summary>
    private async Task WaitForNewPageAsync(string? before)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Timeout)
        {
            await Task.Delay(100);
            try
            {
                var now = await EvaluateAsync<string>("location.href + '#' + performance.timeOrigin");
                if (now != before && await EvaluateAsync<string>("document.readyState") == "complete") return;
            }
            catch (InvalidOperationException)
            {
                // The page was between documents.
            }
        }
        throw new TimeoutException("the page did not load within " + Timeout.TotalSeconds + "s");
    }

    private async Task<JObject> Send(string method, JObject parameters, bool browserLevel = false)
    {
        var id = Interlocked.Increment(ref _nextId);
        var message = new JObject { ["id"] = id, ["method"] = method, ["params"] = parameters };
        if (!browserLevel && _session != null) message["sessionId"] = _session;
        var reply = new TaskCompletionSource<JObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = reply;
        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToString(Newtonsoft.Json.Formatting.None)), WebSocketMessageType.Text, true, CancellationToken.None);
        var done = await Task.WhenAny(reply.Task, Task.Delay(Timeout));
        if (done != reply.Task) throw new TimeoutException($"no answer to {method} within {Timeout.TotalSeconds}s");
        var answer = reply.Task.Result;
        if (answer["error"] is { } error) throw new InvalidOperationException($"{method} failed: {error}");
        return (JObject?)answer["result"] ?? new JObject();
    }

    private async Task ReceiveLoop()
    {
        var buffer = new byte[1 << 16];
        var message = new MemoryStream();
        try
        {
            while (!_stop.IsCancellationRequested && _socket.State == WebSocketState.Open)
            {
                var part = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (part.MessageType == WebSocketMessageType.Close) break;
                message.Write(buffer, 0, part.Count);
                if (!part.EndOfMessage) continue;
                var json = JObject.Parse(Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length));
                message.SetLength(0);
                if (json["id"] is { } id && _pending.TryRemove((int)id, out var waiter)) waiter.TrySetResult(json);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        try
        {
            if (_socket.State == WebSocketState.Open)
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
        }
        catch (WebSocketException)
        {
        }
        _socket.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium helpers may still hold files for a moment; the folder is in temp.
        }
    }
}
