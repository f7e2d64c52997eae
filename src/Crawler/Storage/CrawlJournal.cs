using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Pipeline.Crawler.Storage;

/// <summary>crawl-state.jsonl: which dates of which edition are finished. A date is written here only
/// after all of its articles are in articles.jsonl, so a date found here needs no more work.</summary>
internal sealed class CrawlJournal : IDisposable
{
    private readonly AppendOnlyLog _log;
    private readonly HashSet<string> _doneDates = new(StringComparer.Ordinal);
    private readonly string _edition;

    public CrawlJournal(string path, string edition)
    {
        _edition = edition;
        _log = new AppendOnlyLog(path);
        foreach (var line in AppendOnlyLog.ReadLines(path))
        {
            try
            {
                var o = JObject.Parse(line);
                if ((string?)o["event"] == "date-done" && (string?)o["edition"] == edition && (string?)o["date"] is { } d) _doneDates.Add(d);
            }
            catch (JsonException)
            {
                // A line this version cannot read is no finished date.
            }
        }
    }

    public bool IsDone(DateOnly date) => _doneDates.Contains(date.ToString("yyyy-MM-dd"));

    public void MarkDone(DateOnly date, int pages, int articles, bool withoutPaper)
    {
        var d = date.ToString("yyyy-MM-dd");
        _log.Append(new JObject
        {
            ["event"] = "date-done", ["edition"] = _edition, ["date"] = d, ["pages"] = pages, ["articles"] = articles,
            ["without_paper"] = withoutPaper, ["at"] = DateTimeOffset.UtcNow.ToString("O"),
        }.ToString(Formatting.None));
        _doneDates.Add(d);
    }

    public void Dispose() => _log.Dispose();
}
