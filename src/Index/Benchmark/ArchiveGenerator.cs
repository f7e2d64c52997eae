using System.Globalization;
using Pipeline.Extract.Enterprises;
using Pipeline.Extract.Model;
using Pipeline.Extract.Zones;

namespace Pipeline.Index.Benchmark;

/// <summary>Builds a large archive from a small set of real records by recombining them: article i gets a title
/// of its own (<see cref="GeneratedTitles"/>: its zone, a company, an indicator …, opening the body as its lead) and
/// keeps the entities, figures and authors of one source record, takes its paragraphs plus one
/// paragraph of another source (and more until the body has a report's length), and gets a date and page
/// spread over ten years so that date filters, sorting and facets have realistic spread. With a zone pool,
/// each article's zones are replaced by zones drawn from the pool (of the same kind where it has one), in
/// its title, body, figures and entities alike: a handful of source records name only a few zones, a real
/// archive names hundreds, and zone filters, facets and phrases containing zone names should be as selective
/// as in one. Deterministic for a given seed; records are produced lazily.</summary>
public sealed class ArchiveGenerator
{
    private readonly IReadOnlyList<ArticleRecord> _sources;
    private readonly string[][] _paragraphs;
    private readonly int _seed;
    private readonly IReadOnlyList<KnownZone> _zonePool;
    private readonly Dictionary<string, KnownZone[]> _zonePoolByKind;

    public ArchiveGenerator(IReadOnlyList<ArticleRecord> sources, int seed = 7, IReadOnlyList<KnownZone>? zonePool = null)
    {
        _sources = sources.Where(s => s.Body.Trim().Length > 0).ToList();
        if (_sources.Count == 0) throw new ArgumentException("the archive needs at least one record with a body");
        _paragraphs = _sources.Select(s => s.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray();
        _seed = seed;
        _zonePool = zonePool ?? Array.Empty<KnownZone>();
        _zonePoolByKind = _zonePool.GroupBy(z => z.Kind).ToDictionary(g => g.Key, g => g.ToArray());
    }

    public IReadOnlyList<ArticleRecord> Sources => _sources;

    /// <summary>The zone names articles can carry: the pool's when there is one, else the sources' own.</summary>
    public IReadOnlyList<string> ZoneNames => _zonePool.Count > 0
        ? _zonePool.Select(z => z.Name).ToList()
        : _sources.SelectMany(s => s.Zones.Select(z => z.Name)).Distinct().ToList();

    /// <summary>Mean body length in characters; bodies range from half to one and a half times this.
    /// 1,500 is about one report on a 科技日报 page.</summary>
    public int BodyLength { get; init; } = 1500;

    /// <summary>Keep each source's title (its zones replaced) instead of giving every article a title of its own
    /// (<see cref="GeneratedTitles"/>): with 35 sources, every title term is then in a 35th of the archive or more.</summary>
    public bool SourceTitles { get; init; }

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
        var zones = ZoneReplacements(source, random);
        var body = zones.InText(string.Join("\n", paragraphs));
        var title = zones.InText(source.Title);
        var enterprises = source.Enterprises;
        if (!SourceTitles)
        {
            // A random of its own, so that the rest of the article is what it was with the source's title.
            var zone = zones.Name(source.PrimaryZone) ?? (source.Zones.Count > 0 ? zones.Name(source.Zones[0].Name) : null);
            var (made, company) = GeneratedTitles.Default.Make(new Random(unchecked(_seed * 1_000_003 + i) ^ TitleSeed), zone, published.Year);
            title = made;
            // The report opens with its headline's news, as a lead does: the title's zone, company and words are in its text.
            var lead = made.Replace('：', '，').Replace(' ', '，') + "。";
            body = lead + "\n" + body;
            if (company != null) enterprises = WithCompany(enterprises, company, lead);
        }
        return new ArticleRecord
        {
            Id = "bench-" + i.ToString("D7", CultureInfo.InvariantCulture),
            Source = source.Source,
            Title = title,
            Authors = source.Authors,
            // One in ten dates is known only to the month, as when a page header is missing.
            Published = random.Next(10) == 0 ? published.ToString("yyyy-MM", CultureInfo.InvariantCulture) : published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Page = (1 + random.Next(16)).ToString("D2", CultureInfo.InvariantCulture),
            Body = body,
            PrimaryZone = zones.Name(source.PrimaryZone),
            Zones = zones.Count == 0 ? source.Zones : source.Zones.Select(z => new ZoneEntity
            {
                Name = zones.Name(z.Name)!, Kind = z.Kind, Level = z.Level, InGazetteer = z.InGazetteer, Coordinated = z.Coordinated,
            }).ToList(),
            Enterprises = enterprises,
            Figures = zones.Count == 0 ? source.Figures : source.Figures.Select(f => WithZone(f, zones)).ToList(),
            Dates = source.Dates,
        };
    }

    private const int TitleSeed = 0x5bd1e995;

    /// <summary>The source's enterprises and the company the title names (by its short name in the lead, where the
    /// mention points), unless the source has it already.</summary>
    private static List<EnterpriseEntity> WithCompany(List<EnterpriseEntity> enterprises, KnownCompany company, string lead)
    {
        var name = company.FullName.Length > 0 ? company.FullName : company.ShortName;
        if (enterprises.Any(e => e.Name == name)) return enterprises;
        var at = lead.IndexOf(company.ShortName, StringComparison.Ordinal);
        var entity = new EnterpriseEntity
        {
            Name = name,
            Aliases = company.FullName.Length > 0 ? new List<string> { company.ShortName } : new List<string>(),
            Kind = company.FullName.Length > 0 ? "registered" : "short",
            Mentions = { new Mention { Text = company.ShortName, Start = at, End = at + company.ShortName.Length } },
        };
        return enterprises.Append(entity).ToList();
    }

    /// <summary>Which pool zone stands in for each of the source's zones in this article.</summary>
    private ZoneMap ZoneReplacements(ArticleRecord source, Random random)
    {
        var map = new ZoneMap();
        if (_zonePool.Count == 0) return map;
        foreach (var zone in source.Zones)
        {
            var candidates = zone.Kind != null && _zonePoolByKind.TryGetValue(zone.Kind, out var ofKind) ? ofKind : null;
            var replacement = candidates != null ? candidates[random.Next(candidates.Length)].Name : _zonePool[random.Next(_zonePool.Count)].Name;
            map.Add(zone, replacement);
        }
        return map;
    }

    private static FigureEntity WithZone(FigureEntity figure, ZoneMap zones) => new()
    {
        Text = figure.Text, Value = figure.Value, ValueMax = figure.ValueMax, Unit = figure.Unit, Kind = figure.Kind,
        Approx = figure.Approx, Digit = figure.Digit, Metric = figure.Metric, Change = figure.Change,
        Zone = zones.Name(figure.Zone), Enterprise = figure.Enterprise,
        Sentence = figure.Sentence == null ? null : zones.InText(figure.Sentence), Field = figure.Field,
    };

    /// <summary>Source zone → replacement name, applied to every written form of the zone (longest first, so
    /// 武汉东湖高新区 is replaced before 东湖高新区 could match inside it).</summary>
    private sealed class ZoneMap
    {
        private readonly Dictionary<string, string> _byName = new();
        private readonly List<(string Form, string Replacement)> _forms = new();

        public int Count => _byName.Count;

        public void Add(ZoneEntity zone, string replacement)
        {
            if (!_byName.TryAdd(zone.Name, replacement)) return;
            // Two-character aliases are left alone: some are common words (园区 for 苏州工业园区).
            foreach (var form in zone.Aliases.Append(zone.Name).Where(f => f.Length >= 3).Distinct()) _forms.Add((form, replacement));
            _forms.Sort((a, b) => b.Form.Length.CompareTo(a.Form.Length));
        }

        public string? Name(string? name) => name != null && _byName.TryGetValue(name, out var replacement) ? replacement : name;

        public string InText(string text)
        {
            if (_forms.Count == 0) return text;
            // Placeholders keep a replacement from being matched again by a shorter form.
            for (var i = 0; i < _forms.Count; i++) text = text.Replace(_forms[i].Form, "\uE000" + (char)('\uE100' + i), StringComparison.Ordinal);
            for (var i = 0; i < _forms.Count; i++) text = text.Replace("\uE000" + (char)('\uE100' + i), _forms[i].Replacement, StringComparison.Ordinal);
            return text;
        }
    }
}
