using Pipeline.Cli.Reports;
using Pipeline.Index;

namespace Pipeline.Cli.Commands;

public sealed class SearchCommand : ICommand
{
    public string Name => "search";
    public string Summary => "Full-text search of the index (Lucene classic syntax) with filters, facets and highlighted snippets.";
    public string Usage => "search [QUERY] --index DIR [--zone Z] [--enterprise E] [--filter FIELD=VALUE] [--from D] [--to D] " +
                           "[--sort relevance|date] [--facets zone,enterprise,year,month,author,page] [--limit N] [--offset N] [--json]";
    public IReadOnlyList<string> Examples => new[]
    {
        "pipeline search '\"零碳科技产业园\"' --index out/index",
        "pipeline search '人工智能 AND 光谷' --index out/index --from 2022 --to 2022-06 --facets zone,year",
        "pipeline search 产值 --index out/index --zone 东湖高新区 --filter author=张三 --sort date --json",
        "pipeline search --index out/index --facets zone,enterprise --limit 0",
    };
    public IReadOnlyList<OptionSpec> Options => new[]
    {
        new OptionSpec("index", "the index folder"),
        new OptionSpec("zone", "only articles about this zone (name or alias); repeat or comma-separate for any of several", Repeatable: true),
        new OptionSpec("enterprise", "only articles naming this enterprise (name or alias)", Repeatable: true),
        new OptionSpec("filter", "drill down on a facet value: zone, enterprise, year, month, author or page = VALUE", Repeatable: true),
        new OptionSpec("from", "earliest publication date: YYYY, YYYY-MM or YYYY-MM-DD"),
        new OptionSpec("to", "latest publication date (a year or month includes all its days)"),
        new OptionSpec("sort", "relevance or date (newest first); without a query, date", Default: "relevance"),
        new OptionSpec("facets", "count these fields over all matches: zone, enterprise, year, month, author, page", Repeatable: true),
        new OptionSpec("facet-limit", "values listed per facet", Default: "10"),
        new OptionSpec("limit", "hits to show", Default: "10"),
        new OptionSpec("offset", "hits to skip (paging)", Default: "0"),
        new OptionSpec("snippets", "highlighted passages per hit", Default: "3"),
        new OptionSpec("json", "print the result as JSON (see docs/search.md)", TakesValue: false),
    };

    public Task<int> RunAsync(CommandContext context)
    {
        var args = context.Args;
        var filters = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var f in args.GetAll("filter"))
        {
            var eq = f.IndexOf('=');
            if (eq <= 0 || eq == f.Length - 1) throw new UsageException($"--filter expects FIELD=VALUE, got '{f}'");
            var field = f[..eq].Trim();
            if (!ArticleSearcher.FacetFields.Contains(field))
                throw new UsageException($"--filter field must be one of {string.Join(", ", ArticleSearcher.FacetFields)}, got '{field}'");
            filters[field] = (filters.TryGetValue(field, out var list) ? list : Array.Empty<string>()).Append(f[(eq + 1)..].Trim()).ToList();
        }
        var facets = args.GetList("facets");
        foreach (var facet in facets)
            if (!ArticleSearcher.FacetFields.Contains(facet))
                throw new UsageException($"--facets takes {string.Join(", ", ArticleSearcher.FacetFields)}, got '{facet}'");
        var (from, to) = DateRange(args);
        var request = new SearchRequest
        {
            Query = QueryText(args),
            Zones = args.GetList("zone"),
            Enterprises = args.GetList("enterprise"),
            Filters = filters,
            From = from,
            To = to,
            Sort = args.GetChoice("sort", "relevance", "relevance", "date") == "date" ? SearchSort.Date : SearchSort.Relevance,
            Facets = facets,
            FacetLimit = NonNegative(args, "facet-limit", 10),
            Limit = NonNegative(args, "limit", 10),
            Offset = NonNegative(args, "offset", 0),
            MaxSnippets = NonNegative(args, "snippets", 3),
        };

        QueryFields.Check(request.Query);
        using var searcher = OpenSearcher(args);
        UnknownNames.Warn(searcher, request.Zones, request.Enterprises, context.Error, Name);
        SearchResult result;
        try
        {
            result = searcher.Search(request);
        }
        catch (QuerySyntaxException e)
        {
            throw new UsageException(e.Message);
        }
        var hint = result.Total == 0 ? EmptyResult.ForArticles(searcher, request) : null;
        if (args.Has("json"))
        {
            context.Out.WriteLine(ResultJson.Write(ResultJson.ToJson(result, request)));
            if (hint != null) context.Error.WriteLine($"search: {hint}");
        }
        else
        {
            Print(context.Out, request, result, args.Require("index"));
            if (hint != null) context.Out.WriteLine(hint);
        }
        return Task.FromResult(0);
    }

    private static void Print(TextWriter output, SearchRequest request, SearchResult result, string index)
    {
        var what = request.Query == null ? "articles" : $"articles match {QueryProblems.Quote(request.Query)}";
        var shown = result.Hits.Count == 0 ? "" : $" (showing {request.Offset + 1}–{request.Offset + result.Hits.Count})";
        output.WriteLine($"{result.Total} {what}{shown}");
        if (result.Hits.Count == 0 && request.Limit > 0 && request.Offset > 0 && result.Total > 0)
        {
            var last = (result.Total - 1) / request.Limit * request.Limit;
            output.WriteLine($"--offset {request.Offset} is past the last match; the last page is --offset {last}");
        }
        var rank = request.Offset;
        foreach (var hit in result.Hits)
        {
            output.WriteLine();
            output.WriteLine($"{++rank}. {ArticleView.DisplayTitle(hit.Title, hit.Body, hit.Id)}");
            var meta = new List<string> { hit.Published ?? "date unknown" };
            if (hit.Zones.Count > 0) meta.Add(string.Join("、", hit.Zones));
            meta.Add(hit.Id);
            output.WriteLine("   " + string.Join(" · ", meta));
            foreach (var snippet in hit.Snippets) output.WriteLine("   …" + snippet.ToTerminal() + "…");
        }
        if (result.Hits.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"(read one whole: pipeline show '{result.Hits[0].Id}' --index {index})");
        }
        if (result.Facets.Count == 0) return;
        output.WriteLine();
        output.WriteLine("facets:");
        foreach (var (field, values) in result.Facets)
            output.WriteLine($"  {field}: " + (values.Count == 0 ? "(none)" : string.Join(", ", values.Select(v => $"{v.Value} ({v.Count})"))));
    }

    /// <summary>Opens --index, or says plainly that there is none.</summary>
    internal static ArticleSearcher OpenSearcher(ParsedArgs args)
    {
        var path = args.Require("index");
        if (!ArticleIndex.Exists(path)) throw new UsageException($"no index at {path} (build one with 'pipeline index RECORDS.jsonl --index {path}')");
        return ArticleSearcher.Open(path);
    }

    /// <summary>The query: the positional words joined by spaces; none, or only blanks, is no query (every article).</summary>
    internal static string? QueryText(ParsedArgs args) =>
        string.Join(' ', args.Positionals) is { } text && !string.IsNullOrWhiteSpace(text) ? text : null;

    /// <summary>--from and --to as YYYY, YYYY-MM or YYYY-MM-DD, and a range that can hold a date: a usage error otherwise,
    /// rather than an empty result that looks like an answer.</summary>
    internal static (string? From, string? To) DateRange(ParsedArgs args)
    {
        var from = DateOption(args, "from");
        var to = DateOption(args, "to");
        if (PublishedDate.IsEmptyRange(from, to)) throw new UsageException($"--from {from} is after --to {to}: no date lies between them");
        return (from, to);
    }

    /// <summary>A date option as YYYY, YYYY-MM or YYYY-MM-DD.</summary>
    internal static string? DateOption(ParsedArgs args, string name)
    {
        var value = args.Get(name);
        if (value == null) return null;
        return PublishedDate.TryParseLowerBound(value, out _)
            ? value.Trim()
            : throw new UsageException($"--{name} expects YYYY, YYYY-MM or YYYY-MM-DD, got '{value}'");
    }

    internal static int NonNegative(ParsedArgs args, string name, int fallback)
    {
        var value = args.GetInt(name, fallback);
        return value >= 0 ? value : throw new UsageException($"--{name} must not be negative, got {value}");
    }
}
