using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;
using Pipeline.Cli.Reports;
using Pipeline.Index;

namespace Pipeline.Cli.Web;

/// <summary>The analysts' web page over one index: search with filters, drill-down facets, highlighted snippets,
/// a coverage chart and a figures table with CSV download; plus /api/search as JSON.</summary>
internal sealed class SearchServer : IAsyncDisposable
{
    internal const int FigureRowsShown = 50;

    private readonly WebApplication _app;
    private readonly RefreshingSearcher _live;

    private SearchServer(WebApplication app, RefreshingSearcher live)
    {
        _app = app;
        _live = live;
    }

    /// <summary>The addresses actually bound (a port 0 in the URLs becomes the port chosen).</summary>
    public IReadOnlyList<string> Addresses =>
        _app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToList()
        ?? new List<string>();

    /// <param name="urls">Semicolon-separated, e.g. http://127.0.0.1:5080.</param>
    public static async Task<SearchServer> StartAsync(string indexPath, string urls, CancellationToken cancellation = default)
    {
        // Articles indexed while the server runs show up on the next request after the commit.
        var live = new RefreshingSearcher(indexPath);
        try
        {
            var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = Array.Empty<string>(), ContentRootPath = AppContext.BaseDirectory });
            builder.WebHost.UseUrls(urls);
            builder.Logging.ClearProviders();
            var app = builder.Build();
            var server = new SearchServer(app, live);
            server.Map(app);
            await app.StartAsync(cancellation);
            return server;
        }
        catch
        {
            live.Dispose();
            throw;
        }
    }

    public Task WaitForShutdownAsync(CancellationToken cancellation = default) => _app.WaitForShutdownAsync(cancellation);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _live.Dispose();
    }

    private void Map(WebApplication app)
    {
        app.MapGet("/", (HttpContext http) => Page(http));
        app.MapGet("/api/search", (HttpContext http) => Api(http));
        app.MapGet("/article", (HttpContext http) => Article(http, json: false));
        app.MapGet("/api/article", (HttpContext http) => Article(http, json: true));
        app.MapGet("/figures.csv", (HttpContext http) => FiguresCsv(http));
        app.MapGet("/coverage.svg", (HttpContext http) => CoverageSvg(http));
        app.MapGet("/subject", (HttpContext http) => Subject(http));
    }

    private IResult Page(HttpContext http)
    {
        var query = PageQuery.Parse(http.Request.Query);
        using var lease = _live.Acquire();
        var searcher = lease.Searcher;
        SearchPage.Model Failed(string message) => new(query, searcher.ArticleCount, null, message, null, Array.Empty<FigureRow>(), 0);
        if (query.Problem() is { } problem) return Html(SearchPage.Render(Failed(problem)), 400);
        try
        {
            QueryFields.ThrowIfUnknown(query.Q);
            var request = query.ToSearchRequest(PageQuery.PageSize, (query.Page - 1) * PageQuery.PageSize, 3, SearchPage.FacetFields);
            var result = searcher.Search(request);
            var coverage = Coverage(searcher, query);
            var figureFilter = query.ToFigureFilter();
            var figures = FigureSource.Read(searcher, figureFilter).Take(FigureRowsShown).ToList();
            var figureTotal = FigureSource.Total(searcher, figureFilter);
            var warnings = UnknownNames.Messages(searcher, query.Zones, query.Enterprises);
            var hint = result.Total == 0 ? EmptyResult.ForArticles(searcher, request) : null;
            return Html(SearchPage.Render(new SearchPage.Model(query, searcher.ArticleCount, result, null, coverage, figures, figureTotal, warnings, hint)), 200);
        }
        catch (QuerySyntaxException e)
        {
            return Html(SearchPage.Render(Failed($"The query {QueryProblems.Quote(e.Query)} cannot be understood: {e.Reason}.")), 400);
        }
        catch (ArgumentException e)
        {
            return Html(SearchPage.Render(Failed(e.Message)), 400);
        }
    }

    /// <summary>One article by id: the article view, or the record as JSON (404 when there is no such id).</summary>
    private IResult Article(HttpContext http, bool json)
    {
        var id = http.Request.Query["id"].ToString().Trim();
        using var lease = _live.Acquire();
        var record = id.Length == 0 ? null : lease.Searcher.Get(id);
        if (json)
            return record == null
                ? Json(new { error = id.Length == 0 ? "give the article's id: /api/article?id=ID" : $"no article has the id '{id}'" }, id.Length == 0 ? 400 : 404)
                : Results.Text(Pipeline.Extract.Output.RecordJson.Serialize(record), "application/json; charset=utf-8");
        return record == null
            ? Html(ArticlePage.NotFound(id, lease.Searcher.ArticleCount), id.Length == 0 ? 400 : 404)
            : Html(ArticlePage.Render(record, lease.Searcher.ArticleCount), 200);
    }

    /// <summary>Coverage of every article the query matches (read from doc values, so a whole archive is cheap).</summary>
    private static CoverageReport Coverage(ArticleSearcher searcher, PageQuery query)
    {
        var granularity = query.By switch { "quarter" => Granularity.Quarter, "year" => Granularity.Year, _ => Granularity.Month };
        var articles = searcher.DatedZones(query.ToSearchRequest(0, 0, 0, Array.Empty<string>()));
        return CoverageReport.Build(articles.Select(a => CoverageArticle.From(a, primaryOnly: false)), granularity);
    }

    private IResult Api(HttpContext http)
    {
        var query = PageQuery.Parse(http.Request.Query);
        if (query.Problem() is { } problem) return Json(new { error = problem }, 400);
        var limit = int.TryParse(http.Request.Query["limit"], out var l) ? Math.Clamp(l, 0, 100) : PageQuery.PageSize;
        try
        {
            using var lease = _live.Acquire();
            // The same JSON as 'pipeline search --json' (docs/search.md).
            QueryFields.ThrowIfUnknown(query.Q);
            var request = query.ToSearchRequest(limit, (query.Page - 1) * limit, 3, SearchPage.FacetFields);
            var result = lease.Searcher.Search(request);
            return Json(ResultJson.ToJson(result, request), 200);
        }
        catch (QuerySyntaxException e)
        {
            // The message quotes the query shortened; the caller has the whole of it.
            return Json(new { error = e.Message, reason = e.Reason }, 400);
        }
        catch (ArgumentException e)
        {
            return Json(new { error = e.Message }, 400);
        }
    }

    private async Task FiguresCsv(HttpContext http)
    {
        var query = PageQuery.Parse(http.Request.Query);
        var filter = query.ToFigureFilter();
        // Held until the last row is written: the rows are read from this searcher as the response streams.
        using var lease = _live.Acquire();
        IEnumerable<FigureExportRow> rows;
        try
        {
            if (query.Problem() is { } problem) throw new ArgumentException(problem);
            // Run the query (if any) before the first byte goes out, so a bad one is still a clean 400.
            var materialised = FigureSource.Read(lease.Searcher, filter).GetEnumerator();
            var first = materialised.MoveNext();
            rows = Rest(materialised, first).Select(FigureExportRow.From);
        }
        catch (Exception e) when (e is QuerySyntaxException or ArgumentException)
        {
            http.Response.StatusCode = 400;
            http.Response.ContentType = "text/plain; charset=utf-8";
            await http.Response.WriteAsync(e.Message);
            return;
        }
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = "attachment; filename=\"figures.csv\"; filename*=UTF-8''figures.csv";
        // Lucene reads synchronously between the CSV writer's async flushes.
        http.Features.Get<IHttpBodyControlFeature>()!.AllowSynchronousIO = true;
        await TableWriter.WriteCsvAsync(http.Response.Body, rows, http.RequestAborted);
    }

    private static IEnumerable<T> Rest<T>(IEnumerator<T> started, bool hasCurrent)
    {
        using (started)
        {
            if (!hasCurrent) yield break;
            yield return started.Current;
            while (started.MoveNext()) yield return started.Current;
        }
    }

    /// <summary>A subject's page: its indicators charted over their periods, from every article in the index.</summary>
    private IResult Subject(HttpContext http)
    {
        var name = http.Request.Query["name"].ToString().Trim();
        if (name.Length == 0) return Html(SubjectPage.Render(name, null, Array.Empty<FactRow>(), "Give a subject: /subject?name=成都高新区"), 400);
        var indicator = http.Request.Query["indicator"].ToString().Trim();
        using var lease = _live.Acquire();
        var filter = new ExportFilter { Subjects = new[] { name }, Indicators = indicator.Length > 0 ? new[] { indicator } : Array.Empty<string>() };
        var rows = FactTable.Build(FigureSource.Read(lease.Searcher, filter));
        return Html(SubjectPage.Render(name, indicator.Length > 0 ? indicator : null, rows, null), 200);
    }

    private IResult CoverageSvg(HttpContext http)
    {
        var query = PageQuery.Parse(http.Request.Query);
        if (query.Problem() is { } problem) return Results.Text(problem, "text/plain; charset=utf-8", statusCode: 400);
        try
        {
            using var lease = _live.Acquire();
            var report = Coverage(lease.Searcher, query);
            return Results.Text(CoverageChart.Svg(report, 8, Pipeline.Cli.Commands.CoverageCommand.DefaultTitle(report, false)), "image/svg+xml; charset=utf-8");
        }
        catch (Exception e) when (e is QuerySyntaxException or ArgumentException)
        {
            return Results.Text(e.Message, "text/plain; charset=utf-8", statusCode: 400);
        }
    }

    private static IResult Html(string html, int status) => Results.Text(html, "text/html; charset=utf-8", statusCode: status);

    private static IResult Json(object value, int status) =>
        Results.Text(value is Newtonsoft.Json.Linq.JObject json ? ResultJson.Write(json) : JsonConvert.SerializeObject(value), "application/json; charset=utf-8", statusCode: status);
}
