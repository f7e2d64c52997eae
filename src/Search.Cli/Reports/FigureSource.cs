using Pipeline.Index;

namespace Pipeline.Cli.Reports;

/// <summary>Reads every figure matching a filter from the index, page by page, newest article first.</summary>
internal static class FigureSource
{
    /// <summary>Figures per index call: large pages keep the number of (re-sorting) calls small.</summary>
    internal const int MinPageSize = 5_000;

    /// <summary>How many figures <see cref="Read"/> will return at most (before the query-text restriction).</summary>
    public static int Count(ArticleSearcher searcher, ExportFilter filter) => searcher.Figures(filter.ToFigureQuery(0, 0)).Total;

    /// <summary>How many figures <see cref="Read"/> returns: the index's count, or, with query text, the figures read.</summary>
    public static int Total(ArticleSearcher searcher, ExportFilter filter) =>
        string.IsNullOrWhiteSpace(filter.Query) ? Count(searcher, filter) : Read(searcher, filter).Count();

    /// <param name="progress">Receives (figures read, figures to read) after each page.</param>
    public static IEnumerable<FigureRow> Read(ArticleSearcher searcher, ExportFilter filter, IProgress<(int Done, int Total)>? progress = null,
        CancellationToken cancellation = default)
    {
        var articles = string.IsNullOrWhiteSpace(filter.Query) ? null : ArticleIds(searcher, filter with { Zones = [], Enterprises = [] });
        var total = Count(searcher, filter);
        // Each call sorts offset+limit rows, so the page grows with the total to keep the calls about ten.
        var pageSize = Math.Max(MinPageSize, total / 10 + 1);
        var done = 0;
        for (var offset = 0; offset < total; offset += pageSize)
        {
            cancellation.ThrowIfCancellationRequested();
            var page = searcher.Figures(filter.ToFigureQuery(pageSize, offset));
            foreach (var row in page.Rows)
                if (articles == null || articles.Contains(row.ArticleId)) yield return row;
            done += page.Rows.Count;
            progress?.Report((done, total));
            if (page.Rows.Count < pageSize) break;
        }
    }

    /// <summary>Ids of the articles matching the filter's query and article filters.</summary>
    /// <exception cref="QuerySyntaxException">The query text is not valid.</exception>
    public static HashSet<string> ArticleIds(ArticleSearcher searcher, ExportFilter filter)
    {
        var total = searcher.Search(filter.ToSearchRequest(0)).Total;
        var hits = searcher.Search(filter.ToSearchRequest(total)).Hits;
        return hits.Select(h => h.Id).ToHashSet(StringComparer.Ordinal);
    }
}
