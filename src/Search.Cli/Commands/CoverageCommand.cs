using System.Text;
using Pipeline.Cli.Reports;
using Pipeline.Extract.Zones;
using Pipeline.Index;

namespace Pipeline.Cli.Commands;

public sealed class CoverageCommand : ICommand
{
    public string Name => "coverage";
    public string Summary => "How many articles cover each zone per month, quarter or year, as a table and a chart (SVG or HTML), and which zones went uncovered the longest. An article counts for every zone it names unless --primary-only.";
    public string Usage => "coverage --index DIR [--by month|quarter|year] [--zone Z...] [--top N] [--from D] [--to D] [--primary-only] [--never-covered] [--chart FILE.svg|FILE.html] [--title TEXT]";
    public IReadOnlyList<string> Examples => new[]
    {
        "pipeline coverage --index out/index --by quarter",
        "pipeline coverage --index out/index --by month --from 2022 --top 6 --chart coverage.html",
        "pipeline coverage --index out/index --by year --zone 东湖高新区 --zone 苏州工业园区 --primary-only --chart zones.svg",
    };
    public IReadOnlyList<OptionSpec> Options => new[]
    {
        new OptionSpec("index", "the index folder (written by 'pipeline index')"),
        new OptionSpec("by", "the period: month, quarter or year", Default: "month"),
        new OptionSpec("zone", "only these zones (names or aliases; repeatable, comma-separated)", Repeatable: true),
        new OptionSpec("top", "zones shown as their own column/colour (the rest are summed as 'others'), and zones listed as uncovered", Default: "8"),
        new OptionSpec("from", "earliest publication date: YYYY, YYYY-MM or YYYY-MM-DD"),
        new OptionSpec("to", "latest publication date: YYYY, YYYY-MM or YYYY-MM-DD"),
        new OptionSpec("primary-only", "count each article for its primary zone only, not every zone it names", TakesValue: false),
        new OptionSpec("never-covered", "list every zone of the gazetteer that no counted article names (the report always gives their number)", TakesValue: false),
        new OptionSpec("chart", "also write a chart: FILE.svg (the chart alone) or FILE.html (chart and tables), self-contained; - writes the SVG to standard output"),
        new OptionSpec("title", "the chart's title", Default: "Articles per zone per PERIOD"),
    };

    public async Task<int> RunAsync(CommandContext context)
    {
        var args = context.Args;
        var granularity = args.GetChoice("by", "month", "month", "quarter", "year") switch
        {
            "quarter" => Granularity.Quarter,
            "year" => Granularity.Year,
            _ => Granularity.Month,
        };
        var top = args.GetInt("top", 8);
        if (top < 1) throw new UsageException($"--top must be at least 1, got {top}");
        var chart = args.Get("chart");
        if (chart != null && chart != Output.OutputTarget.StandardOutputName && Path.GetExtension(chart).ToLowerInvariant() is not (".svg" or ".html" or ".htm"))
            throw new UsageException($"--chart must name a .svg or .html file (or - for an SVG on standard output), got '{chart}'");
        var chartTarget = chart == null ? null : Output.OutputTarget.Of(chart);
        // With the chart on standard output, the text report goes to standard error so the two do not mix.
        var text = chartTarget?.IsStandardOutput == true ? context.Error : context.Out;
        var primaryOnly = args.Has("primary-only");
        var (from, to) = SearchCommand.DateRange(args);

        using var searcher = ExportCommandSupport.OpenIndex(args);
        var zones = ZoneNames.Resolve(searcher, args.GetList("zone"), context.Error);
        context.Error.WriteLine($"coverage: reading the dates and zones of {searcher.ArticleCount:N0} articles…");
        var articles = searcher.DatedZones(new SearchRequest()).Select(a => CoverageArticle.From(a, primaryOnly));
        var report = CoverageReport.Build(articles, granularity, zones, from, to);

        var neverCovered = NeverCovered.Of(report, KnownZones.All, zones);
        await text.WriteAsync(CoverageText.Render(report, top, primaryOnly, neverCovered));
        if (args.Has("never-covered")) await text.WriteAsync(neverCovered.ListText());
        if (chartTarget != null)
        {
            var title = args.Get("title") ?? DefaultTitle(report, primaryOnly);
            var content = !Path.GetExtension(chartTarget.Given).StartsWith(".htm", StringComparison.OrdinalIgnoreCase)
                ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + CoverageChart.Svg(report, top, title)
                : CoverageChart.Html(report, top, title, primaryOnly, neverCovered);
            await chartTarget.WriteTextAsync(context.OpenStandardOutput, content);
            context.Error.WriteLine($"coverage: chart → {chartTarget.Display}");
        }
        return 0;
    }

    internal static string DefaultTitle(CoverageReport report, bool primaryOnly)
    {
        var span = report.Periods.Count == 0 ? "" : $", {report.Periods[0].Label}–{report.Periods[^1].Label}";
        return $"Articles per zone per {CoverageText.Unit(report.Granularity, 1)}{span}{(primaryOnly ? " (primary zone)" : "")}";
    }
}

/// <summary>Turns zone names or aliases typed by a user into the canonical names the index stores.</summary>
internal static class ZoneNames
{
    /// <summary>Each alias becomes the zone most named by the articles the alias finds. A name no article names
    /// is warned about (as every command does) and kept as typed, so the report shows it with no articles.</summary>
    public static IReadOnlyList<string> Resolve(ArticleSearcher searcher, IReadOnlyList<string> typed, TextWriter error)
    {
        var names = new List<string>();
        foreach (var zone in typed)
        {
            var found = searcher.Search(new SearchRequest { Zones = new[] { zone }, Facets = new[] { "zone" }, FacetLimit = 50, Limit = 0 });
            var counts = found.Facets.GetValueOrDefault("zone") ?? Array.Empty<FacetValue>();
            var canonical = counts.FirstOrDefault(v => v.Value == zone)?.Value ?? counts.FirstOrDefault()?.Value;
            if (canonical == null)
            {
                UnknownNames.Warn(searcher, new[] { zone }, Array.Empty<string>(), error, "coverage");
                canonical = zone;
            }
            if (!names.Contains(canonical)) names.Add(canonical);
        }
        return names;
    }
}
