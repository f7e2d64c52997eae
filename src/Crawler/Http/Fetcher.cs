using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Pipeline.Crawler.Storage;

namespace Pipeline.Crawler.Http;

/// <summary>What a fetch came to: a response (fresh, from the archive, or confirmed by a 304) or an error.</summary>
internal sealed class FetchResult
{
    public required Uri Url { get; init; }
    public int Status { get; init; }
    public byte[] Body { get; init; } = Array.Empty<byte>();
    public string? ContentType { get; init; }
    public bool FromArchive { get; init; }
    public string? Error { get; init; }
    public bool RobotsDisallowed { get; init; }

    public bool Ok => Error == null && Status is >= 200 and < 300;

    private string? _text;
    public string Text => _text ??= CharsetDecoder.Decode(Body, ContentType).Text;
}

/// <summary>
/// Polite, robust HTTP: robots.txt, per-host rate and concurrency, retries with exponential backoff
/// and jitter on timeouts, connection failures, truncated bodies, 5xx and 429 (honouring Retry-After),
/// redirects followed within the site only, a response size cap, and the archive consulted first so
/// nothing stored is fetched again (or only revalidated with If-None-Match / If-Modified-Since).
/// </summary>
internal sealed class Fetcher : IDisposable
{
    private const int MaxRedirects = 5;
    private readonly CrawlOptions _options;
    private readonly ResponseArchive _archive;
    private readonly HttpClient _client;
    private readonly Action<string> _log;
    private readonly Dictionary<string, HostGate> _gates = new();
    private readonly Dictionary<string, Task<RobotsRules>> _robots = new();
    private readonly object _gate = new();
    private int _requests, _fromArchive, _notModified, _retries, _robotsDisallowed;
    /// <summary>Hosts whose robots.txt could not be fetched at all (no connection, timeouts), with the reason.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _unreachable = new(StringComparer.Ordinal);
    private long _bytes;

    public Fetcher(CrawlOptions options, ResponseArchive archive, Action<string> log, HttpMessageHandler? handler = null)
    {
        _options = options;
        _archive = archive;
        _log = log;
        _client = new HttpClient(handler ?? new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = options.Timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        })
        { Timeout = Timeout.InfiniteTimeSpan };
    }

    public int Requests => _requests;
    public int FromArchive => _fromArchive;
    public int NotModified => _notModified;
    public int Retries => _retries;
    public int RobotsDisallowed => _robotsDisallowed;
    public long BytesReceived => Interlocked.Read(ref _bytes);

    public Task<FetchResult> GetAsync(Uri url, CancellationToken cancel) => FetchAsync(HttpMethod.Get, url, null, cancel);

    public async Task<FetchResult> FetchAsync(HttpMethod method, Uri url, string? jsonBody, CancellationToken cancel)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var origin = url;
        for (var hop = 0; hop <= MaxRedirects; hop++)
        {
            var key = ResponseArchive.KeyOf(method.Method, url, jsonBody);
            if (!visited.Add(key)) return Failed(url, $"redirect loop at {url}");
            var robots = await RobotsFor(url, cancel);
            if (_unreachable.TryGetValue(url.GetLeftPart(UriPartial.Authority), out var unreachable))
                return Failed(url, $"{url.Authority} is unreachable ({unreachable}); nothing was fetched from it");
            if (!robots.Allows(url))
            {
                Interlocked.Increment(ref _robotsDisallowed);
                return new FetchResult { Url = url, Error = "disallowed by robots.txt", RobotsDisallowed = true };
            }
            var stored = _archive.Find(key);
            ArchivedResponse entry;
            bool fromArchive;
            if (stored != null && IsFinal(stored.Status) && !_options.Revalidate)
            {
                entry = stored;
                fromArchive = true;
                Interlocked.Increment(ref _fromArchive);
            }
            else
            {
                var (fresh, error) = await SendWithRetriesAsync(method, url, jsonBody, stored != null && IsFinal(stored.Status) ? stored : null, cancel);
                if (fresh == null) return Failed(url, error!);
                entry = fresh;
                fromArchive = ReferenceEquals(fresh, stored);
            }
            if (entry.Status is 301 or 302 or 303 or 307 or 308)
            {
                var location = entry.Header("Location");
                if (location == null || !Uri.TryCreate(url, location, out var target))
                    return Failed(url, $"redirect {entry.Status} without a usable Location");
                if (!UrlCanonicalizer.SameSite(origin, target)) return Failed(url, $"redirect off the site refused: {target}");
                if (entry.Status is 301 or 302 or 303 && method == HttpMethod.Post)
                {
                    method = HttpMethod.Get;
                    jsonBody = null;
                }
                url = UrlCanonicalizer.Canonicalize(target);
                continue;
            }
            return new FetchResult
            {
                Url = url,
                Status = entry.Status,
                Body = _archive.ReadBody(entry),
                ContentType = entry.Header("Content-Type"),
                FromArchive = fromArchive,
            };
        }
        return Failed(origin, $"more than {MaxRedirects} redirects from {origin}");
    }

    /// <summary>Statuses worth keeping as the answer: success, permanent redirects and "gone"; not
    /// throttling, server errors, 304 or temporary redirects (which may point elsewhere next time).</summary>
    private static bool IsFinal(int status) => status is >= 200 and < 300 or 301 or 308 or 404 or 410;

    private static FetchResult Failed(Uri url, string error) => new() { Url = url, Error = error };

    private HostGate GateFor(Uri url)
    {
        var host = url.GetLeftPart(UriPartial.Authority);
        lock (_gate)
        {
            if (!_gates.TryGetValue(host, out var gate))
            {
                var interval = _options.Politeness ? TimeSpan.FromSeconds(1 / _options.RequestsPerSecond) : TimeSpan.Zero;
                _gates[host] = gate = new HostGate(_options.Concurrency, interval);
            }
            return gate;
        }
    }

    private Task<RobotsRules> RobotsFor(Uri url, CancellationToken cancel)
    {
        var host = url.GetLeftPart(UriPartial.Authority);
        lock (_gate)
        {
            if (!_robots.TryGetValue(host, out var rules)) _robots[host] = rules = LoadRobotsAsync(new Uri(host + "/robots.txt"), cancel);
            return rules;
        }
    }

    private async Task<RobotsRules> LoadRobotsAsync(Uri robotsUrl, CancellationToken cancel)
    {
        var (entry, error) = await SendWithRetriesAsync(HttpMethod.Get, robotsUrl, null, null, cancel);
        RobotsRules rules;
        if (entry == null)
        {
            // RFC 9309: an unreachable robots.txt means "assume complete disallow". The pages are then not
            // "disallowed by robots.txt" but not fetched because the host did not answer, and are reported so.
            _unreachable[robotsUrl.GetLeftPart(UriPartial.Authority)] = error ?? "no answer";
            _log($"{robotsUrl.Authority} is unreachable ({error}): its robots.txt could not be read, so nothing on it is fetched; run the same command again when it answers");
            rules = RobotsRules.DisallowAll;
        }
        else if (entry.Status is >= 200 and < 300)
            rules = RobotsRules.Parse(CharsetDecoder.Decode(_archive.ReadBody(entry), entry.Header("Content-Type")).Text, _options.UserAgent);
        else rules = RobotsRules.AllowAll; // 4xx (and redirects we do not chase for robots): no rules.
        if (rules.CrawlDelay is { } delay && _options.Politeness) GateFor(robotsUrl).SlowTo(delay);
        return rules;
    }

    private async Task<(ArchivedResponse? Entry, string? Error)> SendWithRetriesAsync(
        HttpMethod method, Uri url, string? jsonBody, ArchivedResponse? conditional, CancellationToken cancel)
    {
        var gate = GateFor(url);
        string reason;
        for (var attempt = 0; ; attempt++)
        {
            TimeSpan? retryAfter = null;
            await gate.EnterAsync(cancel);
            try
            {
                using var request = new HttpRequestMessage(method, url);
                request.Headers.UserAgent.ParseAdd(_options.UserAgent);
                if (jsonBody != null) request.Content = new StringContent(jsonBody, Encoding.UTF8, "application/json");
                if (conditional?.Header("ETag") is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag)) request.Headers.IfNoneMatch.Add(tag);
                if (conditional?.Header("Last-Modified") is { } modified && DateTimeOffset.TryParse(modified, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var since))
                    request.Headers.IfModifiedSince = since;
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
                timeout.CancelAfter(_options.Timeout);
                Interlocked.Increment(ref _requests);
                using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                var status = (int)response.StatusCode;
                if (response.Content.Headers.ContentLength > _options.MaxResponseBytes)
                    return (null, $"response of {response.Content.Headers.ContentLength} bytes is over the {_options.MaxResponseBytes}-byte cap: {url}");
                var body = await ReadCappedAsync(response.Content, timeout.Token);
                if (body == null) return (null, $"response over the {_options.MaxResponseBytes}-byte cap: {url}");
                Interlocked.Add(ref _bytes, body.Length);
                var headers = HeadersOf(response);
                if (status == 304 && conditional != null)
                {
                    Interlocked.Increment(ref _notModified);
                    return (conditional, null);
                }
                var entry = _archive.Store(method.Method, url, jsonBody, status, headers, body);
                if (status != 429 && status < 500) return (entry, null);
                reason = $"HTTP {status}";
                retryAfter = RetryAfter(response);
            }
            catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
            {
                reason = $"timed out after {_options.Timeout.TotalSeconds:0.#}s";
            }
            catch (Exception e) when (e is HttpRequestException or IOException)
            {
                reason = e.InnerException?.Message ?? e.Message;
            }
            finally
            {
                gate.Exit();
            }
            if (attempt >= _options.Retries) return (null, $"{reason} after {attempt + 1} attempts: {url}");
            var backoff = Backoff(attempt);
            if (retryAfter is { } ra)
            {
                var capped = ra < _options.MaxBackoff ? ra : _options.MaxBackoff;
                gate.PauseFor(capped);
                if (capped > backoff) backoff = capped;
            }
            Interlocked.Increment(ref _retries);
            _log($"retry {attempt + 1}/{_options.Retries} in {backoff.TotalSeconds:0.00}s: {reason}: {url}");
            await Task.Delay(backoff, cancel);
        }
    }

    /// <summary>base × 2^attempt, scaled by a random factor in [0.5, 1) so that clients retrying
    /// together spread out; never above MaxBackoff.</summary>
    private TimeSpan Backoff(int attempt)
    {
        var raw = _options.BackoffBase.TotalMilliseconds * Math.Pow(2, attempt) * (0.5 + Random.Shared.NextDouble() / 2);
        return TimeSpan.FromMilliseconds(Math.Min(raw, _options.MaxBackoff.TotalMilliseconds));
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta) return delta;
        if (header?.Date is { } date) return date - DateTimeOffset.UtcNow is var d && d > TimeSpan.Zero ? d : TimeSpan.Zero;
        return null;
    }

    private async Task<byte[]?> ReadCappedAsync(HttpContent content, CancellationToken cancel)
    {
        await using var stream = await content.ReadAsStreamAsync(cancel);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancel)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > _options.MaxResponseBytes) return null;
        }
        var declared = content.Headers.ContentLength;
        // A body shorter than its Content-Length was cut off in transit.
        if (declared != null && declared != buffer.Length && content.Headers.ContentEncoding.Count == 0)
            throw new IOException($"truncated response: {buffer.Length} of {declared} bytes");
        return buffer.ToArray();
    }

    private static Dictionary<string, string> HeadersOf(HttpResponseMessage response)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var h in response.Headers.Concat(response.Content.Headers)) headers[h.Key] = string.Join(", ", h.Value);
        return headers;
    }

    public void Dispose() => _client.Dispose();
}
