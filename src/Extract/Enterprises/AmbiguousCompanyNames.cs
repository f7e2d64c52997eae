using Pipeline.Extract.Resources;
using Pipeline.Extract.Text;

namespace Pipeline.Extract.Enterprises;

/// <summary>
/// Well-known companies whose Chinese names are also common words (苹果 Apple, 大众 Volkswagen, 美的 Midea:
/// <c>[ambiguous-company-names]</c> of Resources/enterprise-name-cues.txt, with the Latin name each goes by). Such a name
/// is a company's on a page only where the page says so at one mention at least: its Latin name glossing it (蘋果(Apple),
/// Apple(苹果)), a company's context right after it (<c>[company-context-after]</c>, <c>[ambiguous-name-evidence-after]</c>:
/// 苹果公布…, 苹果供应链), or a company noun right before it (<c>[name-prefixes]</c>: 大厂, 美商, 巨头); list items of a
/// list holding another company are read by <see cref="UncuedCompanyFinder.FindListMates"/>. Then every mention of it on
/// the page where the segmenter cuts words counts.
/// </summary>
internal sealed class AmbiguousCompanyNames
{
    private readonly Dictionary<string, string> _latinOf = new(StringComparer.Ordinal);
    private readonly WordIndex _evidenceAfter;
    private readonly IReadOnlyList<string> _evidenceBefore;

    private static readonly Lazy<AmbiguousCompanyNames> LazyDefault = new(() => new AmbiguousCompanyNames(ResourceFile.Load(UncuedCompanyFinder.FileName)));

    /// <summary>The names of Resources/enterprise-name-cues.txt.</summary>
    public static AmbiguousCompanyNames Default => LazyDefault.Value;

    public AmbiguousCompanyNames(ResourceFile cues)
    {
        foreach (var line in cues["ambiguous-company-names"])
        {
            var fields = line.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (fields.Length != 2 || fields[0].Length < 2)
                throw new InvalidDataException($"{cues.Name} [ambiguous-company-names]: expected Chinese name<TAB>Latin name, got '{line}'");
            _latinOf[fields[0]] = fields[1];
        }
        _evidenceAfter = new WordIndex(cues["company-context-after"].Concat(cues["ambiguous-name-evidence-after"]));
        _evidenceBefore = cues["name-prefixes"];
    }

    /// <summary>True when <paramref name="name"/> is one of the names (in Simplified script).</summary>
    public bool Contains(string name) => _latinOf.ContainsKey(name);

    /// <summary>Function characters that may open a list's first item before the name (给苹果、微软等客户).</summary>
    private const string LeadingFunctionCharacters = "给向对跟由让与和及为把被从在";

    /// <summary>Start of one of the names that ends a list item (<paramref name="start"/>..<paramref name="end"/>) after
    /// nothing but function characters (苹果, 给苹果), or -1.</summary>
    public int NameEndingItem(string folded, int start, int end)
    {
        foreach (var name in _latinOf.Keys)
        {
            var at = end - name.Length;
            if (at < start || string.CompareOrdinal(folded, at, name, 0, name.Length) != 0) continue;
            var lead = folded.AsSpan(start, at - start);
            if (lead.Length <= 1 && (lead.Length == 0 || LeadingFunctionCharacters.Contains(lead[0]))) return at;
        }
        return -1;
    }

    /// <summary>Mentions of the names outside <paramref name="taken"/> on a page that calls them companies at one mention at
    /// least, with the Latin name when a mention is glossed with it.</summary>
    public IEnumerable<(int Start, int End, string? Latin)> Find(string folded, IReadOnlyList<(int Start, int End)> taken, IReadOnlyList<bool> wordBoundaries)
    {
        foreach (var (name, latin) in _latinOf)
        {
            List<(int Start, int End, string? Latin)>? mentions = null;
            var evident = false;
            for (var at = TextCharacters.IndexOf(folded, name); at >= 0; at = folded.IndexOf(name, at + name.Length, StringComparison.Ordinal))
            {
                var end = at + name.Length;
                if (!wordBoundaries[at] || !wordBoundaries[end] || Ranges.Overlaps(taken, at, end)) continue;
                var glossed = NameGloss.IsGlossedWith(folded, at, end, latin);
                evident |= glossed || IsCalledACompany(folded, at, end);
                (mentions ??= new()).Add((at, end, glossed ? latin : null));
            }
            if (evident)
                foreach (var mention in mentions!) yield return mention;
        }
    }

    /// <summary>True when the words around the name at <paramref name="at"/>..<paramref name="end"/> call it a company: an
    /// announcement, its shares or suppliers or officers after it (某某公布…, 某某董事长), a company noun before it (大厂某某).</summary>
    public bool IsCalledACompany(string folded, int at, int end) =>
        _evidenceAfter.FirstAt(folded, end) != null || EndsBeforeAny(folded, at, _evidenceBefore);

    private static bool EndsBeforeAny(string folded, int at, IEnumerable<string> words) =>
        words.Any(w => at >= w.Length && string.CompareOrdinal(folded, at - w.Length, w, 0, w.Length) == 0);
}
