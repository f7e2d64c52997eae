using Pipeline.Extract.Model;
using Pipeline.Index;

namespace Pipeline.Cli.Reports;

/// <summary>Reads the articles matching a filter: all in id order, or the matches newest first.</summary>
internal static class ArticleSource
{
    public static int Count(ArticleSearcher searcher, ExportFilter filter) =>
        filter.RestrictsArticles ? searcher.Search(filter.ToSearchRequest(0)).Total : searcher.ArticleCount;

    /// <param name="progress">Receives (articles read, articles to read) every thousand articles and at the end.</param>
    public static IEnumerable<ArticleRecord> Read(ArticleSearcher searcher, ExportFilter filter, IProgress<(int Done, int Total)>? progress = null,
        CancellationToken cancellation = default)
    {
        var total = Count(searcher, filter);
        var records = filter.RestrictsArticles
            ? searcher.Search(filter.ToSearchRequest(total)).Hits.Select(h => searcher.Get(h.Id)).OfType<ArticleRecord>()
            : searcher.Records();
        var done = 0;
        foreach (var record in records)
        {
            cancellation.ThrowIfCancellationRequested();
            yield return record;
            if (++done % 1000 == 0) progress?.Report((done, total));
        }
        progress?.Report((done, total));
    }
}
