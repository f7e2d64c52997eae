using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Pipeline.Index;

/// <summary>The zone and company names an index knows (the keys of its <c>zone</c> and <c>enterprise</c> keyword
/// fields: each entity's name and aliases, as extraction recorded them), and which of them a query term names.
/// A term that is such a name, or contains one, is about that entity: the articles that carry it as an extracted
/// entity rank before the articles that only contain the string (<see cref="ExactQueryParser"/>).</summary>
internal sealed class EntityNames
{
    /// <summary>A name found inside a longer query term must be at least this long: two-character names (光谷) count
    /// only when the term is the name itself, so a word that merely starts with one is no mention of it.</summary>
    private const int MinContainedLength = 3;

    /// <summary>Longer query terms are only compared whole: names are short, and a long term costs n² lookups.</summary>
    private const int MaxScannedLength = 48;

    private readonly (string Field, HashSet<string> Names)[] _fields;

    private EntityNames((string, HashSet<string>)[] fields) => _fields = fields;

    /// <summary>Reads the names from the terms of the index's entity fields (once per opened reader).</summary>
    public static EntityNames Read(IndexReader reader) => new(new[] { IndexSchema.Enterprise, IndexSchema.Zone }
        .Select(field => (field, TermsOf(reader, field))).ToArray());

    private static HashSet<string> TermsOf(IndexReader reader, string field)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var terms = MultiFields.GetTerms(reader, field);
        if (terms == null) return names;
        var iterator = terms.GetEnumerator();
        while (iterator.MoveNext()) names.Add(iterator.Term.Utf8ToString());
        return names;
    }

    /// <summary>The entity names a query term is or contains, per field, longest first and none inside another found one.</summary>
    public IReadOnlyList<(string Field, string Name)> In(string term)
    {
        var found = new List<(string, string)>();
        term = term.Trim();
        if (term.Length < 2) return found;
        foreach (var (field, names) in _fields)
        {
            if (names.Count == 0) continue;
            if (names.Contains(term))
            {
                found.Add((field, term));
                continue;
            }
            if (term.Length > MaxScannedLength) continue;
            var lookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
            var covered = new bool[term.Length];
            for (var length = term.Length - 1; length >= MinContainedLength; length--)
                for (var start = 0; start + length <= term.Length; start++)
                {
                    if (covered.AsSpan(start, length).Contains(true)) continue;
                    if (!lookup.TryGetValue(term.AsSpan(start, length), out var name)) continue;
                    found.Add((field, name));
                    covered.AsSpan(start, length).Fill(true);
                }
        }
        return found;
    }

    /// <summary>What a query term adds to the ranking for the entities it names: a constant per entity for the
    /// documents that carry it (no effect on which documents match).</summary>
    public IEnumerable<Query> BoostsFor(string term, float boost) =>
        In(term).Select(e => new ConstantScoreQuery(new TermQuery(new Term(e.Field, e.Name))) { Boost = boost });
}
