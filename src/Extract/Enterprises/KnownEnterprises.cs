namespace Pipeline.Extract.Enterprises;

/// <summary>The companies the extractor knows by short name (Resources/enterprise-short-names.txt), as other
/// projects see them: for evaluations that need realistic company names.</summary>
public static class KnownEnterprises
{
    public static IEnumerable<string> ShortNames => ShortNameList.Default.Names;
}
