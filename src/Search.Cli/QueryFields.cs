using Pipeline.Index;

namespace Pipeline.Cli;

/// <summary>The field names a query may use. Lucene's syntax takes any NAME: before a value and quietly finds nothing
/// when the index has no such field (foo:bar, or an unquoted http://…), so a name it does not know is a usage error
/// that lists the ones it does.</summary>
internal static class QueryFields
{
    /// <summary>Characters of the query syntax: a field name is a run of other characters (Chinese ones too) before a colon.</summary>
    private const string Special = "+-&|!(){}[]^\"~*?:\\/";

    public static readonly IReadOnlyList<string> Known = new[] { "text", "title", "id" }.Concat(ArticleSearcher.FacetFields).ToList();

    /// <exception cref="UsageException">The query names a field the index does not have.</exception>
    public static void Check(string? query)
    {
        if (query != null && Problem(query) is { } why)
            throw new UsageException($"cannot understand the query {QueryProblems.Quote(query)}: {why}");
    }

    /// <summary>What is wrong with the field names of <paramref name="query"/> (as <see cref="QuerySyntaxException.Reason"/>
    /// says it), or null.</summary>
    public static string? Problem(string? query)
    {
        if (query == null) return null;
        foreach (var field in FieldsIn(query))
            if (!Known.Contains(field))
                return $"it has no field '{field}' (fields: {string.Join(", ", Known.Select(f => f + ":"))}); " +
                       "to search for text with a colon, put it in double quotes";
        return null;
    }

    /// <summary>For the web page, which shows query errors as it shows the parser's.</summary>
    /// <exception cref="QuerySyntaxException"></exception>
    public static void ThrowIfUnknown(string? query)
    {
        if (Problem(query) is { } why) throw new QuerySyntaxException(query!, why, new FormatException(why));
    }

    /// <summary>Each NAME in NAME:VALUE outside "quoted phrases" (a backslash escapes the next character).</summary>
    private static IEnumerable<string> FieldsIn(string query)
    {
        var quoted = false;
        var start = -1;
        for (var i = 0; i < query.Length; i++)
        {
            var c = query[i];
            if (c == '\\')
            {
                i++;
                start = -1;
            }
            else if (c == '"')
            {
                quoted = !quoted;
                start = -1;
            }
            else if (quoted) continue;
            else if (c == ':' && start >= 0) yield return query[start..i];
            else if (!char.IsWhiteSpace(c) && !Special.Contains(c)) start = start < 0 ? i : start;
            else start = -1;
        }
    }
}
