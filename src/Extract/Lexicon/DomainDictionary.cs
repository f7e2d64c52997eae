using Pipeline.Extract.Enterprises;
using Pipeline.Extract.Resources;
using Pipeline.Extract.Segmentation;
using Pipeline.Extract.Zones;

namespace Pipeline.Extract.Lexicon;

/// <summary>
/// The words of high-tech-zone news that jieba's base dictionary does not know as words: every name
/// and alias of the zone gazetteer (tag <c>ns</c>), the listed company short names (<c>nt</c>) and
/// the domain terms of Resources/domain-terms.txt (高新区, 氢能, 碳达峰, 营业收入 …), laid over
/// <see cref="JiebaSegmenter.Default"/> once, on first use. The extraction stages and the index
/// analyzer share <see cref="Segmenter"/>, so both cut 武汉东湖高新区 or 规上工业 the same way.
/// </summary>
public static class DomainDictionary
{
    private const string TermsFileName = "domain-terms.txt";

    /// <summary>Tag of zone names and aliases (place names in jieba's tag set).</summary>
    public const string ZoneTag = "ns";
    /// <summary>Tag of company short names (organisation names in jieba's tag set).</summary>
    public const string CompanyTag = "nt";

    private static readonly Lazy<IReadOnlyList<UserWord>> LazyWords =
        new(() => Build(ZoneGazetteer.Default, ShortNameList.Default, ResourceFile.Open(TermsFileName)), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<JiebaSegmenter> LazySegmenter =
        new(() => JiebaSegmenter.Default.WithUserWords(Words), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The user words, each once (a domain term's tag wins over a name's).</summary>
    public static IReadOnlyList<UserWord> Words => LazyWords.Value;

    /// <summary>jieba over its base dictionary plus <see cref="Words"/>; thread-safe, built once.</summary>
    public static JiebaSegmenter Segmenter => LazySegmenter.Value;

    internal static IReadOnlyList<UserWord> Build(ZoneGazetteer zones, ShortNameList companies, TextReader terms)
    {
        // Insertion order is kept and a later source overrides an earlier one's tag.
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        var order = new List<string>();
        void Add(string word, string tag)
        {
            word = word.Trim();
            if (word.Length < 2) return;
            if (!tags.ContainsKey(word)) order.Add(word);
            tags[word] = tag;
        }

        foreach (var zone in zones.Zones)
            foreach (var name in zone.Aliases.Concat(zone.Standalone).Prepend(zone.Official).Prepend(zone.Canonical))
                Add(name, ZoneTag);
        foreach (var name in companies.Names) Add(name, CompanyTag);
        foreach (var (word, tag) in ParseTerms(terms)) Add(word, tag);
        return order.Select(w => new UserWord(w, null, tags[w])).ToList();
    }

    /// <summary>Reads "word&lt;TAB&gt;tag" lines; '#' lines are notes.</summary>
    internal static IEnumerable<(string Word, string Tag)> ParseTerms(TextReader reader)
    {
        foreach (var (lineNumber, line) in ResourceFile.Lines(reader))
        {
            var cells = line.Split('\t', StringSplitOptions.TrimEntries);
            if (cells.Length != 2 || cells[0].Length == 0 || cells[1].Length == 0)
                throw new InvalidDataException($"domain-terms.txt line {lineNumber}: expected 'word<TAB>tag', got '{line}'");
            yield return (cells[0], cells[1]);
        }
    }
}
