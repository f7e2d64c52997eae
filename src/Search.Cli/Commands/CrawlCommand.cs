using Pipeline.Crawler;

namespace Pipeline.Cli.Commands;

public sealed class CrawlCommand : ICommand
{
    public string Name => "crawl";
    public bool StopsCleanly => true;
    public string Summary => "Crawl a newspaper's digital edition for a date range, politely and resumably, into an archive and DIR/articles.jsonl (which 'extract' reads).";
    public string Usage => "crawl URL --from YYYY-MM-DD --to YYYY-MM-DD --out DIR [--profile auto|founder|stdaily-api] [--rate N] [--concurrency N] [--retries N]";
    public IReadOnlyList<string> Examples => new[]
    {
        "pipeline crawl http://127.0.0.1:8080/ --from 2023-03-15 --to 2023-03-18 --out out/crawl",
        "pipeline crawl http://127.0.0.1:8080/api/ --from 2023-03-16 --to 2023-03-17 --out out/api-crawl --rate 2",
        "pipeline extract out/crawl/articles.jsonl --out out/records.jsonl",
    };
    public IReadOnlyList<OptionSpec> Options => new[]
    {
        new OptionSpec("from", "first date to crawl"),
        new OptionSpec("to", "last date to crawl (inclusive)"),
        new OptionSpec("out", "archive folder: raw/, responses.jsonl, crawl-state.jsonl, articles.jsonl"),
        new OptionSpec("profile", "site template: auto (…/api/ is the JSON API), founder, stdaily-api", Default: "auto"),
        new OptionSpec("rate", "requests per second per host", Default: "1"),
        new OptionSpec("concurrency", "requests in flight per host", Default: "2"),
        new OptionSpec("retries", "retries after a timeout, 5xx or 429", Default: "4"),
        new OptionSpec("timeout", "seconds before a request is given up and retried", Default: "20"),
        new OptionSpec("max-bytes", "largest response accepted, in bytes", Default: "16777216"),
        new OptionSpec("revalidate", "re-ask the server about stored responses (If-None-Match / If-Modified-Since)", TakesValue: false),
        new OptionSpec("no-politeness", "no rate limit (benchmarks on your own server only); robots.txt is still obeyed", TakesValue: false),
        Reports.ProgressReporter.Option,
    };

    public async Task<int> RunAsync(CommandContext context)
    {
        var options = ReadOptions(context.Args);
        try
        {
            // A live line when a person watches standard error; with --progress a plain line per date otherwise;
            // else quiet but for the crawler's log and the closing line.
            var display = new CrawlProgressDisplay(context.Error, context.ErrorIsTerminal, context.Args.Has(Reports.ProgressReporter.Option.Name));
            var crawler = new EditionCrawler(options, display.Log);
            var summary = await crawler.RunAsync(display, context.Cancellation);
            display.Finish();
            context.Error.WriteLine($"crawl: {summary} → {crawler.ArticlesPath}");
            foreach (var error in summary.Errors.Take(20)) context.Error.WriteLine($"  error: {error}");
            if (summary.Errors.Count > 20) context.Error.WriteLine($"  … and {summary.Errors.Count - 20} more errors");
            if (!summary.Complete) context.Error.WriteLine("crawl: unfinished dates remain; run the same command again to resume");
            return summary.Complete ? 0 : 1;
        }
        catch (OperationCanceledException)
        {
            context.Error.WriteLine($"crawl: interrupted; what was fetched is kept in {options.OutputDirectory}, and the same command resumes the unfinished dates");
            return 130;
        }
    }

    internal static CrawlOptions ReadOptions(ParsedArgs args)
    {
        if (args.Positionals.Count != 1) throw new UsageException("give exactly one URL: the edition's site root or API base");
        if (!Uri.TryCreate(args.Positionals[0], UriKind.Absolute, out var site) || (site.Scheme != "http" && site.Scheme != "https"))
            throw new UsageException($"'{args.Positionals[0]}' is not an http(s) URL");
        var from = args.GetDate("from") ?? throw new UsageException("--from is required");
        var to = args.GetDate("to") ?? throw new UsageException($"--to is required (the last date; for one day give --to {args.Get("from")} too)");
        if (to < from) throw new UsageException($"--to {to:yyyy-MM-dd} is before --from {from:yyyy-MM-dd}");
        var rate = args.GetDouble("rate", 1);
        if (rate <= 0) throw new UsageException("--rate must be above 0");
        var concurrency = args.GetInt("concurrency", 2);
        if (concurrency < 1) throw new UsageException("--concurrency must be at least 1");
        var retries = args.GetInt("retries", 4);
        if (retries < 0) throw new UsageException("--retries cannot be negative");
        var timeout = args.GetDouble("timeout", 20);
        if (timeout <= 0) throw new UsageException("--timeout must be above 0");
        var maxBytes = args.GetInt("max-bytes", 16 * 1024 * 1024);
        if (maxBytes < 1024) throw new UsageException("--max-bytes must be at least 1024");
        return new CrawlOptions
        {
            Site = site,
            From = from,
            To = to,
            OutputDirectory = args.Require("out"),
            Profile = args.GetChoice("profile", "auto", "auto", "founder", "stdaily-api"),
            RequestsPerSecond = rate,
            Concurrency = concurrency,
            Retries = retries,
            Timeout = TimeSpan.FromSeconds(timeout),
            MaxResponseBytes = maxBytes,
            Revalidate = args.Has("revalidate"),
            Politeness = !args.Has("no-politeness"),
        };
    }
}

/// <summary>On a terminal, one line rewritten in place; otherwise, when asked (--progress), a plain line per finished date.</summary>
internal sealed class CrawlProgressDisplay(TextWriter output, bool live, bool logProgress) : IProgress<CrawlProgress>
{
    private readonly object _gate = new();
    private DateTime _lastDraw = DateTime.MinValue;
    private int _lastDatesDone = -1;
    private int _width;

    public void Report(CrawlProgress p)
    {
        lock (_gate)
        {
            var seconds = Math.Max(p.Elapsed.TotalSeconds, 1e-3);
            var line = $"dates {p.DatesDone}/{p.DatesTotal}  pages {p.Pages}  articles {p.Articles}  errors {p.Errors}  " +
                       string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{p.BytesReceived / 1e6:F1} MB  {p.RequestsPerSecond:0.0} req/s  {p.Articles / seconds:0.0} articles/s");
            if (live)
            {
                if (DateTime.UtcNow - _lastDraw < TimeSpan.FromMilliseconds(200)) return;
                _lastDraw = DateTime.UtcNow;
                output.Write("\r" + line.PadRight(_width));
                _width = line.Length;
            }
            else if (logProgress && (p.DatesDone != _lastDatesDone || DateTime.UtcNow - _lastDraw >= Reports.ProgressReporter.Interval))
            {
                _lastDatesDone = p.DatesDone;
                _lastDraw = DateTime.UtcNow;
                output.WriteLine("progress: " + line);
            }
        }
    }

    public void Log(string message)
    {
        lock (_gate)
        {
            if (live && _width > 0)
            {
                output.Write("\r" + new string(' ', _width) + "\r");
                _width = 0;
            }
            output.WriteLine(message);
        }
    }

    public void Finish()
    {
        lock (_gate)
        {
            if (live && _width > 0) output.WriteLine();
            _width = 0;
        }
    }
}
