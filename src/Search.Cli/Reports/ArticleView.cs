using System.Globalization;
using Pipeline.Extract.Model;

namespace Pipeline.Cli.Reports;

/// <summary>A marked stretch of an article's body: a zone, an enterprise, a figure or a date.</summary>
internal sealed record BodySpan(int Start, int End, string Kind, string Label);

/// <summary>What 'pipeline show' and the web page's article view both present of a record: the title to show,
/// its byline, the body's marked spans and the figures as rows.</summary>
internal static class ArticleView
{
    /// <summary>The title, or for an untitled record (a column without a headline) its first words, so no hit is blank.</summary>
    public static string DisplayTitle(string? title, string? body, string id)
    {
        if (!string.IsNullOrWhiteSpace(title)) return title.Trim();
        var lead = (body ?? "").Trim().ReplaceLineEndings(" ");
        if (lead.Length == 0) return $"(untitled: {id})";
        return "(untitled) " + (lead.Length > 30 ? lead[..30] + "…" : lead);
    }

    public static string Authors(ArticleRecord record) =>
        string.Join("、", record.Authors.Select(a => a.Role.Length > 0 ? $"{a.Name} ({a.Role})" : a.Name));

    public static string Page(ArticleRecord record) =>
        string.Join(" ", new[] { record.PageNumber?.ToString(CultureInfo.InvariantCulture), record.Page }.Where(p => !string.IsNullOrWhiteSpace(p)));

    /// <summary>The body's spans, sorted, without overlaps (the earlier, then the longer span wins).</summary>
    public static IReadOnlyList<BodySpan> Spans(ArticleRecord record)
    {
        var all = new List<BodySpan>();
        foreach (var z in record.Zones)
            all.AddRange(z.Mentions.Select(m => new BodySpan(m.Start, m.End, "zone", z.Name)));
        foreach (var e in record.Enterprises)
            all.AddRange(e.Mentions.Select(m => new BodySpan(m.Start, m.End, "enterprise", e.Name)));
        foreach (var f in record.Figures.Where(f => f.Field == ArticleFields.Body))
            all.Add(new BodySpan(f.Start, f.End, "figure", FigureValue(f) + (f.Metric != null ? " · " + f.Metric : "")));
        foreach (var d in record.Dates.Where(d => d.Field == ArticleFields.Body))
            all.Add(new BodySpan(d.Start, d.End, "date", d.ValueEnd != null ? $"{d.Value}–{d.ValueEnd}" : d.Value));
        var kept = new List<BodySpan>();
        var end = 0;
        foreach (var span in all.Where(s => s.Start >= 0 && s.End > s.Start && s.End <= record.Body.Length)
                     .OrderBy(s => s.Start).ThenByDescending(s => s.End))
        {
            if (span.Start < end) continue;
            kept.Add(span);
            end = span.End;
        }
        return kept;
    }

    /// <summary>"1380000000000 元", "9.6–10 %".</summary>
    public static string FigureValue(FigureEntity f) =>
        Commands.FiguresCommand.Plain(f.Value) + (f.ValueMax is { } max ? "–" + Commands.FiguresCommand.Plain(max) : "") + (f.Unit.Length > 0 ? " " + f.Unit : "");
}
