using System.Text;
using Pipeline.Extract.Dates;
using Pipeline.Extract.Figures;
using Pipeline.Extract.Model;
using Pipeline.Extract.Numbers;
using Pipeline.Extract.Pipeline;

namespace Pipeline.Extract.Tests.PeerSuites;

/// <summary>A numeral's value (null: the parser must reject the text).</summary>
internal sealed record NumeralCase(string Input, decimal? Value, string? Skip = null);

/// <summary>A figure the stages must find in Input: value, range end, and unit as our guide writes it
/// (null unit: any). Unit "%" also accepts 成 (×10) and 个百分点, which the record keeps as written.
/// Present = false: no figure may be found.</summary>
internal sealed record FigureCase(string Input, decimal Value, decimal? Max = null, string? Unit = null, bool Present = true, string? Skip = null)
{
    public static FigureCase None(string input, string? skip = null) => new(input, 0, Present: false, Skip: skip);
}

/// <summary>A date the stages must find in Input, resolved against Reference (the publication date):
/// value and value end as our guide writes them. Value null: no date may be found.</summary>
internal sealed record DateCase(string Input, string Reference, string? Value, string? End = null, string? Skip = null);

internal sealed record SuiteResult(string Suite, int Passed, int Failed, int Skipped, IReadOnlyList<string> Failures, IReadOnlyList<string> Skips)
{
    public double Rate => Passed + Failed == 0 ? 1 : (double)Passed / (Passed + Failed);

    /// <summary>The share of all the suite's cases that agree, skipped ones counted as misses.</summary>
    public double Coverage => Passed + Failed + Skipped == 0 ? 1 : (double)Passed / (Passed + Failed + Skipped);

    public string Report()
    {
        var sb = new StringBuilder();
        sb.AppendLine($"{Suite}: {Passed}/{Passed + Failed} passed ({Rate:P1}), {Skipped} skipped as outside the guide's scope; "
                      + $"{Passed}/{Passed + Failed + Skipped} of all cases ({Coverage:P1})");
        foreach (var f in Failures) sb.AppendLine("  FAIL " + f);
        foreach (var s in Skips) sb.AppendLine("  skip " + s);
        return sb.ToString();
    }
}

/// <summary>Runs peer-library cases through our parser and stages and counts what agrees.</summary>
internal static class PeerHarness
{
    public static SuiteResult RunNumerals(string suite, IEnumerable<NumeralCase> cases)
    {
        var (passed, failures, skips) = (0, new List<string>(), new List<string>());
        foreach (var c in cases)
        {
            if (c.Skip != null) { skips.Add($"{c.Input} — {c.Skip}"); continue; }
            var input = new string(c.Input.Where(ch => !char.IsWhiteSpace(ch)).ToArray());
            var ok = NumeralParser.TryParse(input, out var v);
            if (c.Value is null ? !ok : ok && v == c.Value) passed++;
            else failures.Add($"{c.Input}: expected {(c.Value?.ToString() ?? "rejection")}, got {(ok ? v.ToString() : "rejection")}");
        }
        return new SuiteResult(suite, passed, failures.Count, skips.Count, failures, skips);
    }

    public static List<FigureEntity> Figures(string body, string? published = "2022-08-15")
    {
        var document = new ArticleDocument(new ArticleRecord { Body = body }, PublicationDate.TryParse(published));
        IStage[] stages = { new DateStage(), new FigureStage(), new global::Pipeline.Extract.Attribution.AttributionStage() };
        foreach (var s in stages) s.Annotate(document);
        foreach (var s in stages) s.Project(document);
        return document.Record.Figures;
    }

    public static List<DateEntity> Dates(string body, string? published)
    {
        var document = new ArticleDocument(new ArticleRecord { Body = body }, PublicationDate.TryParse(published));
        new DateStage().Annotate(document);
        return ResolvedTimes(document);
    }

    /// <summary>A date's value as the tests write it: 2022-03-05, or 2022..2023 for a range.</summary>
    public static string ValueText(DateEntity d) => d.ValueEnd == null ? d.Value! : $"{d.Value}..{d.ValueEnd}";

    /// <summary>Every calendar time of <paramref name="body"/>, in text order, as the tests write values.</summary>
    public static string[] DateTexts(string body, string? published) => Dates(body, published).Select(ValueText).ToArray();

    /// <summary>Every calendar time the date rules found and resolved, in text order: the record's dates and the days
    /// and months said only relative to the publication date (昨天, 上个月), which date figures but are not listed.</summary>
    public static List<DateEntity> ResolvedTimes(ArticleDocument document) =>
        document.Annotations.Where(a => a.Label is Labels.Date or Labels.RelativeTime).OrderBy(a => a.Start)
            .Select(a => a.Value).OfType<DateEntity>().ToList();

    /// <summary>The record's dates: what a reader of the record (and the gold) sees.</summary>
    public static List<DateEntity> RecordDates(string body, string? published)
    {
        var document = new ArticleDocument(new ArticleRecord { Body = body }, PublicationDate.TryParse(published));
        var stage = new DateStage();
        stage.Annotate(document);
        stage.Project(document);
        return document.Record.Dates;
    }

    public static SuiteResult RunFigures(string suite, IEnumerable<FigureCase> cases)
    {
        var (passed, failures, skips) = (0, new List<string>(), new List<string>());
        foreach (var c in cases)
        {
            if (c.Skip != null) { skips.Add($"{c.Input} — {c.Skip}"); continue; }
            var found = Figures(c.Input);
            var ok = c.Present ? found.Any(f => Matches(c, f)) : found.Count == 0;
            if (ok) passed++;
            else failures.Add($"{c.Input}: expected {(c.Present ? $"{c.Value}{(c.Max is { } m ? "—" + m : "")} {c.Unit}" : "no figure")}, got "
                              + (found.Count == 0 ? "none" : string.Join("; ", found.Select(f => $"{f.Text}={f.Value}{(f.ValueMax is { } x ? "—" + x : "")} {f.Unit}"))));
        }
        return new SuiteResult(suite, passed, failures.Count, skips.Count, failures, skips);
    }

    private static bool Matches(FigureCase c, FigureEntity f)
    {
        var (value, max, unit) = (f.Value, f.ValueMax, f.Unit);
        if (c.Unit == "%" && f.Kind == FigureKinds.Percent)
        {
            if (unit is "成") { value *= 10; max *= 10; }
            unit = "%";
        }
        return Close(value, c.Value) && (c.Max is null ? max is null : max is { } m && Close(m, c.Max.Value))
               && (c.Unit is null || unit == c.Unit);
    }

    /// <summary>Within 0.1%, as score.py compares values.</summary>
    private static bool Close(decimal a, decimal b) => a == b || b != 0 && Math.Abs((a - b) / b) <= 0.001m;

    public static SuiteResult RunDates(string suite, IEnumerable<DateCase> cases)
    {
        var (passed, failures, skips) = (0, new List<string>(), new List<string>());
        foreach (var c in cases)
        {
            if (c.Skip != null) { skips.Add($"{c.Input} — {c.Skip}"); continue; }
            var found = Dates(c.Input, c.Reference);
            var ok = c.Value is null ? found.Count == 0 : found.Any(d => d.Value == c.Value && d.ValueEnd == c.End);
            if (ok) passed++;
            else failures.Add($"{c.Input} @{c.Reference}: expected {c.Value ?? "no date"}{(c.End != null ? ".." + c.End : "")}, got "
                              + (found.Count == 0 ? "none" : string.Join("; ", found.Select(d => $"{d.Text}={d.Value}{(d.ValueEnd != null ? ".." + d.ValueEnd : "")}"))));
        }
        return new SuiteResult(suite, passed, failures.Count, skips.Count, failures, skips);
    }
}
