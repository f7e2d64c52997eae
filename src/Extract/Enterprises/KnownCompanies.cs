namespace Pipeline.Extract.Enterprises;

/// <summary>A listed company of the shipped table: the short name it goes by and its registered name ("" when the
/// table has none).</summary>
public sealed record KnownCompany(string ShortName, string FullName);

/// <summary>The listed companies the extractor knows by name (Resources/listed-companies.tsv): for generated test
/// archives that need realistic, varied company names.</summary>
public static class KnownCompanies
{
    private static readonly Lazy<IReadOnlyList<KnownCompany>> LazyListed = new(() =>
        ListedCompanyLexicon.ListedRows().Select(row => new KnownCompany(row.Item1, row.Item2)).ToList());

    public static IReadOnlyList<KnownCompany> Listed => LazyListed.Value;
}
