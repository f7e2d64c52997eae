using System.Security.Cryptography;
using Newtonsoft.Json;

namespace Pipeline.Crawler.Storage;

/// <summary>One raw response as the index records it.</summary>
internal sealed class ArchivedResponse
{
    /// <summary>"GET url" or "POST url body": what was asked, canonicalised.</summary>
    [JsonProperty("key")] public string Key { get; set; } = "";
    [JsonProperty("method")] public string Method { get; set; } = "GET";
    [JsonProperty("url")] public string Url { get; set; } = "";
    [JsonProperty("request_body", NullValueHandling = NullValueHandling.Ignore)] public string? RequestBody { get; set; }
    [JsonProperty("status")] public int Status { get; set; }
    [JsonProperty("headers")] public Dictionary<string, string> Headers { get; set; } = new();
    /// <summary>SHA-256 of the body, hex: the file raw/&lt;first two&gt;/&lt;hash&gt;.</summary>
    [JsonProperty("sha256")] public string Sha256 { get; set; } = "";
    [JsonProperty("length")] public long Length { get; set; }
    [JsonProperty("fetched")] public DateTimeOffset Fetched { get; set; }

    public string? Header(string name) =>
        Headers.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
}

/// <summary>
/// Every raw response, kept: bodies in content-addressed files (written to a temporary name,
/// fsynced, renamed — so a body file is either whole or absent) and an append-only index
/// (responses.jsonl) from request to status, headers and body hash. Identical bodies are stored once.
/// </summary>
internal sealed class ResponseArchive : IDisposable
{
    private readonly string _rawDirectory;
    private readonly AppendOnlyLog _index;
    private readonly Dictionary<string, ArchivedResponse> _latest = new(StringComparer.Ordinal);
    private readonly object _gate = new();

    public ResponseArchive(string directory)
    {
        _rawDirectory = Path.Combine(directory, "raw");
        Directory.CreateDirectory(_rawDirectory);
        var indexPath = Path.Combine(directory, "responses.jsonl");
        _index = new AppendOnlyLog(indexPath);
        foreach (var line in AppendOnlyLog.ReadLines(indexPath))
        {
            ArchivedResponse? entry;
            try
            {
                entry = JsonConvert.DeserializeObject<ArchivedResponse>(line);
            }
            catch (JsonException)
            {
                continue;
            }
            // An index line is written only after its body file, but check anyway: a body lost to a
            // crash means the response was never really stored.
            if (entry != null && File.Exists(BodyPath(entry.Sha256))) _latest[entry.Key] = entry;
        }
    }

    public int Count
    {
        get
        {
            lock (_gate) return _latest.Count;
        }
    }

    public static string KeyOf(string method, Uri url, string? body) =>
        body == null ? $"{method} {url}" : $"{method} {url} {body}";

    public ArchivedResponse? Find(string key)
    {
        lock (_gate) return _latest.GetValueOrDefault(key);
    }

    public byte[] ReadBody(ArchivedResponse entry) => File.ReadAllBytes(BodyPath(entry.Sha256));

    public ArchivedResponse Store(string method, Uri url, string? requestBody, int status, Dictionary<string, string> headers, byte[] body)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(body));
        var path = BodyPath(hash);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(body);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, path, overwrite: true);
        }
        var entry = new ArchivedResponse
        {
            Key = KeyOf(method, url, requestBody),
            Method = method,
            Url = url.ToString(),
            RequestBody = requestBody,
            Status = status,
            Headers = headers,
            Sha256 = hash,
            Length = body.Length,
            Fetched = DateTimeOffset.UtcNow,
        };
        _index.Append(JsonConvert.SerializeObject(entry, Formatting.None));
        lock (_gate) _latest[entry.Key] = entry;
        return entry;
    }

    private string BodyPath(string hash) => Path.Combine(_rawDirectory, hash[..2], hash);

    public void Dispose() => _index.Dispose();
}
