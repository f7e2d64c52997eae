using Newtonsoft.Json;
using Pipeline.Cli.Reports;
using Pipeline.Extract.Model;
using Pipeline.Extract.Output;
using Pipeline.Index;

namespace Pipeline.Cli.Commands;

public sealed class ShowCommand : ICommand
{
    public string Name => "show";
    public string Summary => "Show one article of the index, whole: title, byline, date, page, source, the zones, enterprises, figures and dates it names, and its text.";
    public string Usage => "show ID... --index DIR [--json]";
    public IReadOnlyList<string> Examples => new[]
    {
        "pipeline show '101_newsletter.txt#3' --index out/index",
        "pipeline show 127.0.0.1/html/2023-03/15/content_1.htm --index out/index --json",
    };
    public IReadOnlyList<OptionSpec> Options => new[]
    {
        new OptionSpec("index", "the index folder"),
        new OptionSpec("json", "print the record as JSON (the record format of docs/record.md), one per line", TakesValue: false),
    };

    public Task<int> RunAsync(CommandContext context)
    {
        var args = context.Args;
        if (args.Positionals.Count == 0) throw new UsageException("give the id of an article, as 'search' and 'figures' print it");
        using var searcher = SearchCommand.OpenSearcher(args);
        var missing = 0;
        var first = true;
        foreach (var id in args.Positionals)
        {
            var record = searcher.Get(id.Trim());
            if (record == null)
            {
                missing++;
                var near = searcher.IdsStartingWith(id.Trim().Split('#')[0], 5);
                var hint = near.Count > 0 ? $"; ids that start the same: {string.Join(", ", near)}" : "";
                context.Error.WriteLine($"pipeline show: no article with id '{id}' in {args.Get("index")}{hint}");
                continue;
            }
            if (args.Has("json")) context.Out.WriteLine(RecordJson.Serialize(record));
            else
            {
                if (!first) context.Out.WriteLine(new string('─', 40));
                Print(context.Out, record);
            }
            first = false;
        }
        return Task.FromResult(missing > 0 ? 1 : 0);
    }

    private static void Print(TextWriter output, ArticleRecord r)
    {
        if (!string.IsNullOrWhiteSpace(r.Kicker)) output.WriteLine(r.Kicker);
        output.WriteLine(ArticleView.DisplayTitle(r.Title, r.Body, r.Id));
        if (!string.IsNullOrWhiteSpace(r.Subtitle)) output.WriteLine(r.Subtitle);
        output.WriteLine();
        var fields = new List<(string, string?)>
        {
            ("id", r.Id),
            ("published", r.Published == null ? "unknown" : r.Published + (r.PublishedInferred ? " (inferred)" : "")),
            ("authors", ArticleView.Authors(r)),
            ("page", ArticleView.Page(r)),
            ("section", r.Section),
            ("source", r.Source),
            ("url", r.Url),
            ("zones", string.Join("、", r.Zones.Select(z => z.Name == r.PrimaryZone ? z.Name + " (primary)" : z.Name))),
            ("enterprises", string.Join("、", r.Enterprises.Select(e => e.Name))),
        };
        foreach (var (name, value) in fields.Where(f => !string.IsNullOrWhiteSpace(f.Item2)))
            output.WriteLine($"{name,-12} {value}");
        output.WriteLine();
        output.WriteLine(r.Body.Trim());
        if (r.Figures.Count > 0)
        {
            output.WriteLine();
            output.WriteLine($"figures ({r.Figures.Count}):");
            var table = new TextTable("text", "value", "kind", "metric", "zone / enterprise");
            foreach (var f in r.Figures)
                table.Add(f.Text, ArticleView.FigureValue(f), f.Kind, f.Metric ?? "", f.Zone ?? f.Enterprise ?? "");
            output.Write(table.ToString());
        }
        if (r.Dates.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("dates: " + string.Join("、", r.Dates.Select(d => $"{d.Text} = {d.Value}{(d.ValueEnd != null ? "–" + d.ValueEnd : "")}")));
        }
    }
}
