using System.Globalization;
using System.Text;
using Pipeline.Extract.Enterprises;
using Pipeline.Extract.Resources;
using Pipeline.Index.Analysis;

namespace Pipeline.Index.Benchmark;

/// <summary>Titles for the benchmark archive, one of its own per article: a template of title-parts.txt with its
/// slots filled from the file's lists, the indicator vocabulary (Resources/indicators.txt), the article's zone, a listed
/// company (<see cref="KnownCompanies"/>) and drawn numbers. With hundreds of zones, thousands of companies and dozens
/// of fields and indicators, a run of a title is in few other titles, as in real news, while zone words and report
/// verbs recur; one of 35 source titles kept verbatim put every title term in at least 1/35 of the archive.</summary>
internal sealed class GeneratedTitles
{
    private const string ResourceName = "Pipeline.Index.Benchmark.title-parts.txt";

    private static readonly Lazy<GeneratedTitles> LazyDefault = new(() => Parse(IndicatorForms(ResourceFile.Load("indicators.txt")), OpenParts(), KnownCompanies.Listed));

    private readonly string[] _withZone;
    private readonly string[] _withoutZone;
    private readonly Dictionary<string, string[]> _lists;
    private readonly KnownCompany[] _companies;

    private GeneratedTitles(IReadOnlyList<string> templates, Dictionary<string, string[]> lists, KnownCompany[] companies)
    {
        _withZone = templates.Where(t => t.Contains("{zone}", StringComparison.Ordinal)).ToArray();
        _withoutZone = templates.Where(t => !t.Contains("{zone}", StringComparison.Ordinal)).ToArray();
        if (_withZone.Length == 0 || _withoutZone.Length == 0) throw new InvalidDataException("title-parts.txt: templates with and without {zone} are both needed");
        _lists = lists;
        _companies = companies;
        foreach (var template in templates)
            foreach (var slot in Slots(template))
                if (!lists.ContainsKey(slot) && !Drawn.Contains(slot) && slot is not ("zone" or "company"))
                    throw new InvalidDataException($"title-parts.txt: unknown slot {{{slot}}} in '{template}'");
    }

    public static GeneratedTitles Default => LazyDefault.Value;

    /// <summary>Slots filled with numbers drawn for the article rather than from a list.</summary>
    private static readonly HashSet<string> Drawn = new(StringComparer.Ordinal) { "amount", "percent", "count", "year" };

    /// <summary>List sections of title-parts.txt by the slot they fill.</summary>
    private static readonly Dictionary<string, string> SectionOfSlot = new(StringComparer.Ordinal)
    {
        ["field"] = "fields", ["grow"] = "grow", ["launch"] = "launch", ["kind"] = "kinds", ["honor"] = "honors", ["policy"] = "policies",
        ["event"] = "events", ["place"] = "places", ["project"] = "projects",
    };

    /// <summary>The Chinese forms of the indicators (营业收入, 工业总产值 …), each with whether the indicator is measured in
    /// money (its header's kinds, "[revenue | money]"): Latin forms (GDP) read oddly inside a Chinese title.</summary>
    private static IEnumerable<(string Form, bool Money)> IndicatorForms(ResourceFile indicators) =>
        indicators.Headers.SelectMany(h => indicators[h].Select(f => (f, h.Split('|').Skip(1).Any(k => k.Split(' ').Contains("money")))))
            .Where(f => f.Item1.Length >= 2 && f.Item1.All(ExactTextAnalyzer.IsHan)).Distinct();

    internal static GeneratedTitles Parse(IEnumerable<(string Form, bool Money)> indicators, TextReader parts, IReadOnlyList<KnownCompany> companies)
    {
        var file = ResourceFile.Parse("title-parts.txt", parts);
        var lists = SectionOfSlot.ToDictionary(p => p.Key, p => file[p.Value].ToArray(), StringComparer.Ordinal);
        var forms = indicators.ToList();
        lists["indicator"] = forms.Select(f => f.Form).Distinct().ToArray();
        lists["money"] = forms.Where(f => f.Money).Select(f => f.Form).Distinct().ToArray();
        if (lists.Values.Any(l => l.Length == 0)) throw new InvalidDataException("title-parts.txt: every list needs an entry, and some indicator must be measured in money");
        // Companies by a short name of three characters or more, Han only: two-character ones are often ordinary words.
        var usable = companies.Where(c => c.ShortName.Length >= 3 && c.ShortName.All(ExactTextAnalyzer.IsHan)).ToArray();
        if (usable.Length == 0) throw new InvalidDataException("no listed company to name in titles");
        return new GeneratedTitles(file["templates"], lists, usable);
    }

    private static TextReader OpenParts() => new StreamReader(typeof(GeneratedTitles).Assembly.GetManifestResourceStream(ResourceName)
        ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing"));

    /// <summary>A title for an article about <paramref name="zone"/> (null: one that names none) published in
    /// <paramref name="year"/>, and the company it names (null when the template names none).</summary>
    public (string Title, KnownCompany? Company) Make(Random random, string? zone, int year)
    {
        var templates = zone != null ? _withZone : _withoutZone;
        var template = templates[random.Next(templates.Length)];
        var title = new StringBuilder(template.Length * 3);
        KnownCompany? company = null;
        for (var i = 0; i < template.Length; i++)
        {
            var close = template[i] == '{' ? template.IndexOf('}', i) : -1;
            if (close < 0)
            {
                title.Append(template[i]);
                continue;
            }
            var slot = template[(i + 1)..close];
            i = close;
            switch (slot)
            {
                case "zone":
                    title.Append(zone);
                    break;
                case "company":
                    company ??= _companies[random.Next(_companies.Length)];
                    title.Append(company.ShortName);
                    break;
                case "amount":
                    title.Append(random.Next(3) == 0
                        ? (100 + random.Next(9900)).ToString(CultureInfo.InvariantCulture) + "万元"
                        : (1 + random.Next(999)).ToString(CultureInfo.InvariantCulture) + "亿元");
                    break;
                case "percent":
                    title.Append(string.Create(CultureInfo.InvariantCulture, $"{1 + random.Next(60)}.{random.Next(10)}%"));
                    break;
                case "count":
                    title.Append((2 + random.Next(499)).ToString(CultureInfo.InvariantCulture));
                    break;
                case "year":
                    title.Append(year.ToString(CultureInfo.InvariantCulture));
                    break;
                default:
                    var list = _lists[slot];
                    title.Append(list[random.Next(list.Length)]);
                    break;
            }
        }
        return (title.ToString(), company);
    }

    /// <summary>The templates, for tests.</summary>
    internal IEnumerable<string> Templates => _withZone.Concat(_withoutZone);

    private static IEnumerable<string> Slots(string template)
    {
        for (var i = template.IndexOf('{'); i >= 0; i = template.IndexOf('{', i + 1))
        {
            var close = template.IndexOf('}', i);
            if (close < 0) throw new InvalidDataException($"title-parts.txt: unclosed slot in '{template}'");
            yield return template[(i + 1)..close];
        }
    }
}
