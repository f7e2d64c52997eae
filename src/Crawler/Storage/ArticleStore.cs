using System.Security.Cryptography;
using System.Text;
using Newtonsoft.Json;

namespace Pipeline.Crawler.Storage;

/// <summary>
/// articles.jsonl, append-only. Remembers what it holds by id (canonical URL) and by content
/// (title + body hash), so neither a re-run nor a URL variant of the same article writes a line twice.
/// </summary>
internal sealed class ArticleStore : IDisposable
{
    private static readonly JsonSerializerSettings Json = new() { Formatting = Formatting.None, StringEscapeHandling = StringEscapeHandling.Default };
    private readonly AppendOnlyLog _log;
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly HashSet<string> _contents = new(StringComparer.Ordinal);
    private readonly object _gate = new();

    public ArticleStore(string path)
    {
        _log = new AppendOnlyLog(path);
        foreach (var line in AppendOnlyLog.ReadLines(path))
        {
            CrawledArticle? article;
            try
            {
                article = JsonConvert.DeserializeObject<CrawledArticle>(line);
            }
            catch (JsonException)
            {
                continue;
            }
            if (article == null) continue;
            _ids.Add(article.Id);
            _contents.Add(ContentKey(article));
        }
    }

    public long TornBytesRemoved => _log.TornBytesRemoved;

    public int Count
    {
        get
        {
            lock (_gate) return _ids.Count;
        }
    }

    public bool Contains(string id)
    {
        lock (_gate) return _ids.Contains(id);
    }

    public enum AddResult { Added, KnownId, SameContent }

    public AddResult Add(CrawledArticle article)
    {
        var content = ContentKey(article);
        lock (_gate)
        {
            if (_ids.Contains(article.Id)) return AddResult.KnownId;
            if (_contents.Contains(content)) return AddResult.SameContent;
            _log.Append(JsonConvert.SerializeObject(article, Json));
            _ids.Add(article.Id);
            _contents.Add(content);
            return AddResult.Added;
        }
    }

    private static string ContentKey(CrawledArticle a) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(a.Date + "\u0001" + a.Title + "\u0001" + a.Text)));

    public void Dispose() => _log.Dispose();
}
