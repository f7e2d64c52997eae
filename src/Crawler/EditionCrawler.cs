using System.Diagnostics;
using Pipeline.Crawler.Http;
using Pipeline.Crawler.Profiles;
using Pipeline.Crawler.Storage;

namespace Pipeline.Crawler;

/// <summary>
/// Crawls a digital edition for every date in a range into an archive folder:
/// <c>raw/</c> + <c>responses.jsonl</c> (every raw response), <c>crawl-state.jsonl</c> (finished dates)
/// and <c>articles.jsonl</c> (one parsed article a line). Safe to kill at any moment and run again:
/// the re-run finishes the range without losing, duplicating or refetching anything stored.
/// </summary>
/// <example>
/// <code>
/// var summary = await new EditionCrawler(new CrawlOptions
/// {
///     Site = new Uri("http://127.0.0.1:8080/"), From = new(2023, 3, 15), To = new(2023, 3, 18), OutputDirectory = "out/crawl",
/// }).RunAsync();
/// </code>
/// </example>
public sealed class EditionCrawler
{
    public const string ArticlesFile = "articles.jsonl";
    public const string StateFile = "crawl-state.jsonl";
    public const string ResponsesFile = "responses.jsonl";

    private readonly CrawlOptions _options;
    private readonly Action<string> _log;
    private readonly object _gate = new();

    /// <param name="log">Receives one line per notable event (retries, errors, finished dates).</param>
    public EditionCrawler(CrawlOptions options, Action<string>? log = null)
    {
        options.Validate();
        _options = options;
        _log = log ?? (_ => { });
    }

    public string ArticlesPath => Path.Combine(_options.OutputDirectory, ArticlesFile);

    public async Task<CrawlSummary> RunAsync(IProgress<CrawlProgress>? progress = null, CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        var summary = new CrawlSummary();
        var profile = SiteProfiles.Create(_options.Profile, _options.Site);
        Directory.CreateDirectory(_options.OutputDirectory);
        using var archive = new ResponseArchive(_options.OutputDirectory);
        using var store = new ArticleStore(ArticlesPath);
        using var journal = new CrawlJournal(Path.Combine(_options.OutputDirectory, StateFile), $"{profile.Name} {_options.Site}");
        using var fetcher = new Fetcher(_options, archive, _log);
        if (store.TornBytesRemoved > 0) _log($"articles.jsonl: cut off {store.TornBytesRemoved} bytes of an unfinished line left by an interrupted run");

        var dates = new List<DateOnly>();
        for (var d = _options.From; d <= _options.To; d = d.AddDays(1)) dates.Add(d);
        var datesDone = 0;
        void Report()
        {
            summary.Requests = fetcher.Requests;
            progress?.Report(new CrawlProgress(datesDone, dates.Count, summary.Pages, summary.ArticlesWritten, summary.Errors.Count, fetcher.Requests, clock.Elapsed, fetcher.BytesReceived));
        }

        foreach (var date in dates)
        {
            cancel.ThrowIfCancellationRequested();
            summary.Dates++;
            if (journal.IsDone(date))
            {
                summary.DatesAlreadyDone++;
                datesDone++;
                Report();
                continue;
            }
            if (await CrawlDateAsync(date, profile, fetcher, store, journal, summary, Report, cancel)) datesDone++;
            Report();
        }

        summary.Requests = fetcher.Requests;
        summary.FromArchive = fetcher.FromArchive;
        summary.NotModified = fetcher.NotModified;
        summary.Retries = fetcher.Retries;
        summary.RobotsDisallowed = fetcher.RobotsDisallowed;
        summary.BytesReceived = fetcher.BytesReceived;
        summary.Elapsed = clock.Elapsed;
        summary.Complete = datesDone == dates.Count;
        return summary;
    }

    /// <returns>True when the date is finished (journalled).</returns>
    private async Task<bool> CrawlDateAsync(DateOnly date, ISiteProfile profile, Fetcher fetcher, ArticleStore store,
        CrawlJournal journal, CrawlSummary summary, Action report, CancellationToken cancel)
    {
        var errorsBefore = summary.Errors.Count;
        IReadOnlyList<EditionPage>? pages;
        try
        {
            pages = await profile.PagesAsync(date, fetcher, cancel);
        }
        catch (CrawlStepException e)
        {
            Error(summary, e.Message);
            return false;
        }
        if (pages == null)
        {
            summary.DatesWithoutPaper++;
            journal.MarkDone(date, 0, 0, withoutPaper: true);
            _log($"{date:yyyy-MM-dd}: no paper");
            return true;
        }

        var links = new List<ArticleLink>();
        foreach (var page in pages)
        {
            try
            {
                foreach (var link in await profile.ArticlesAsync(page, fetcher, cancel))
                    if (links.All(l => l.Id != link.Id)) links.Add(link);
                lock (_gate) summary.Pages++;
            }
            catch (CrawlStepException e)
            {
                Error(summary, e.Message);
            }
            report();
        }

        var todo = links.Where(l => !store.Contains(l.Id)).ToList();
        lock (_gate) summary.ArticlesAlreadyStored += links.Count - todo.Count;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.Concurrency), CancellationToken = cancel };
        await Parallel.ForEachAsync(todo, parallel, async (link, token) =>
        {
            try
            {
                var article = await profile.ReadAsync(link, fetcher, token);
                var added = store.Add(article);
                lock (_gate)
                {
                    if (added == ArticleStore.AddResult.Added) summary.ArticlesWritten++;
                    else if (added == ArticleStore.AddResult.KnownId) summary.ArticlesAlreadyStored++;
                    else summary.DuplicatesSkipped++;
                }
            }
            catch (CrawlStepException e) when (e.RobotsDisallowed)
            {
                _log($"skipped, disallowed by robots.txt: {link.Url}");
            }
            catch (CrawlStepException e)
            {
                Error(summary, e.Message);
            }
            report();
        });

        if (summary.Errors.Count > errorsBefore)
        {
            _log($"{date:yyyy-MM-dd}: unfinished ({summary.Errors.Count - errorsBefore} errors); a re-run will retry it");
            return false;
        }
        journal.MarkDone(date, pages.Count, links.Count, withoutPaper: false);
        _log($"{date:yyyy-MM-dd}: {pages.Count} pages, {links.Count} articles");
        return true;
    }

    private void Error(CrawlSummary summary, string message)
    {
        lock (_gate) summary.Errors.Add(message);
        _log("error: " + message);
    }
}
