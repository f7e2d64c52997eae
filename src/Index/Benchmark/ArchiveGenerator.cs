using System.Globalization;
using Pipeline.Extract.Model;

namespace Pipeline.Index.Benchmark;

/// <summary>Builds a large archive from a small set of real records by recombining them: article i
/// keeps the title, entities, figures and authors of one source record, takes its paragraphs plus one
/// paragraph of another source (and more until the body has a report's length), and gets a date and page spread over ten years so that date filters,
/// sorting and facets have realistic spread. Deterministic for a given seed; records are produced lazily.</summary>
public sealed class ArchiveGenerator
{
    private readonly IReadOnlyList<ArticleRecord> _sources;
    private readonly string[][] _paragraphs;
    private readonly int _seed;

    public ArchiveGenerator(IReadOnlyList<ArticleRecord> sources, int seed = 7)
    {
        _sources = sources.Where(s => s.Body.Trim().Length > 0).ToList();
        if (_sources.Count == 0) throw new ArgumentException("the archive needs at least one record with a body");
        _paragraphs = _sources.Select(s => s.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray();
        _seed = seed;
    }

    public IReadOnlyList<ArticleRecord> Sources => _sources;

    /// <summary>Mean body length in characters; bodies range from half to one and a half times this.
    /// 1,500 is about one report on a 科技日报 page.</summary>
    public int BodyLength { get; init; } = 1500;

    public IEnumerable<ArticleRecord> Generate(int count)
    {
        for (var i = 0; i < count; i++) yield return Article(i);
    }

    public ArticleRecord Article(int i)
    {
        var random = new Random(unchecked(_seed * 1_000_003 + i));
        var main = random.Next(_sources.Count);
        var other = random.Next(_sources.Count);
        var source = _sources[main];
        var paragraphs = _paragraphs[main].ToList();
        var borrowed = _paragraphs[other];
        paragraphs.Insert(random.Next(paragraphs.Count + 1), borrowed[random.Next(borrowed.Length)]);
        // Short sources are topped up with paragraphs of others to a length typical of a report.
        var target = BodyLength / 2 + random.Next(BodyLength);
        for (var length = paragraphs.Sum(p => p.Length); length < target;)
        {
            var from = _paragraphs[random.Next(_paragraphs.Length)];
            var paragraph = from[random.Next(from.Length)];
            paragraphs.Add(paragraph);
            length += paragraph.Length;
        }
        var published = new DateOnly(2015, 1, 1).AddDays(random.Next(3650));
        return new ArticleRecord
        {
            Id = "bench-" + i.ToString("D7", CultureInfo.InvariantCulture),
            Source = source.Source,
            Title = source.Title,
            Authors = source.Authors,
            // One in ten dates is known only to the month, as when a page header is missing.
            Published = random.Next(10) == 0 ? published.ToString("yyyy-MM", CultureInfo.InvariantCulture) : published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Page = (1 + random.Next(16)).ToString("D2", CultureInfo.InvariantCulture),
            Body = string.Join("\n", paragraphs),
            PrimaryZone = source.PrimaryZone,
            Zones = source.Zones,
            Enterprises = source.Enterprises,
            Figures = source.Figures,
            Dates = source.Dates,
        };
    }
}
