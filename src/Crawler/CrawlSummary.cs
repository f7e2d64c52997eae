namespace Pipeline.Crawler;

/// <summary>Counts of one crawl run. <see cref="Complete"/> is true when every date in the range is done.</summary>
public sealed class CrawlSummary
{
    public int Dates { get; set; }
    /// <summary>Dates finished by an earlier run (state journal), not looked at again.</summary>
    public int DatesAlreadyDone { get; set; }
    public int DatesWithoutPaper { get; set; }
    public int Pages { get; set; }
    public int ArticlesWritten { get; set; }
    /// <summary>Articles found in articles.jsonl from an earlier run, not fetched again.</summary>
    public int ArticlesAlreadyStored { get; set; }
    /// <summary>Article URLs whose content matched an article already written (URL variants).</summary>
    public int DuplicatesSkipped { get; set; }
    public int Requests { get; set; }
    public int FromArchive { get; set; }
    public int NotModified { get; set; }
    public int Retries { get; set; }
    public int RobotsDisallowed { get; set; }
    public long BytesReceived { get; set; }
    public List<string> Errors { get; } = new();
    public TimeSpan Elapsed { get; set; }
    public bool Complete { get; set; }

    /// <summary>HTML/JSON documents (edition pages and articles) fetched or read per second.</summary>
    public double DocumentsPerSecond => Elapsed.TotalSeconds > 0 ? (Pages + ArticlesWritten + DuplicatesSkipped) / Elapsed.TotalSeconds : 0;

    public override string ToString() =>
        $"{Dates} dates ({DatesAlreadyDone} already done, {DatesWithoutPaper} without paper), {Pages} pages, " +
        $"{ArticlesWritten} articles written, {ArticlesAlreadyStored} already stored, {DuplicatesSkipped} duplicates, " +
        $"{Requests} requests ({FromArchive} from archive, {NotModified} not modified, {Retries} retries), " +
        $"{RobotsDisallowed} disallowed by robots.txt, {Errors.Count} errors, {Elapsed.TotalSeconds:0.0}s";
}

/// <summary>A snapshot for a progress display.</summary>
public sealed record CrawlProgress(
    int DatesDone, int DatesTotal, int Pages, int Articles, int Errors, int Requests, TimeSpan Elapsed, long BytesReceived = 0)
{
    public double RequestsPerSecond => Elapsed.TotalSeconds > 0 ? Requests / Elapsed.TotalSeconds : 0;
}
