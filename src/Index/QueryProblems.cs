namespace Pipeline.Index;

/// <summary>Why a query the parser refused is wrong, in a searcher's terms, and how to write it instead. The
/// parser's own message lists grammar tokens (&lt;EOF&gt;, &lt;NOT&gt; …) that help nobody, so the text is
/// looked at directly for the mistakes people make: an unclosed quote or bracket, an operator with nothing on
/// one side, a stray special character.</summary>
public static class QueryProblems
{
    /// <summary>Characters with a meaning in the query syntax.</summary>
    private const string Special = "+-&|!(){}[]^\"~*?:\\/";
    private const string QuoteHint = "to search for text as it is, put it in double quotes, e.g. \"…\"";

    public static string Explain(string query)
    {
        var text = query.Trim();
        if (CountOutsideEscapes(text, '"') % 2 == 1)
            return "a double quote \" is not closed; close it, or remove it";
        var (open, close) = (CountUnquoted(text, '('), CountUnquoted(text, ')'));
        if (open != close)
            return open > close ? "a bracket ( is not closed; add the ) or remove the (" : "a bracket ) has no ( before it; remove it, or " + QuoteHint;
        if (CountUnquoted(text, '[') + CountUnquoted(text, '{') != CountUnquoted(text, ']') + CountUnquoted(text, '}'))
            return "a range bracket [ ] or { } is not closed (ranges are written [2020 TO 2022]); " + QuoteHint;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        string[] operators = ["AND", "OR", "NOT", "&&", "||"];
        if (words.Length > 0 && operators.Contains(words[^1]))
            return $"it ends with {words[^1]}, which needs a word after it; add one, or write {words[^1].ToLowerInvariant()} to search for the word itself";
        if (words.Length > 0 && words[0] is "AND" or "OR" or "&&" or "||")
            return $"it starts with {words[0]}, which needs a word before it; remove it, or write {words[0].ToLowerInvariant()} to search for the word itself";
        for (var i = 1; i < words.Length; i++)
            if (operators.Contains(words[i]) && operators.Contains(words[i - 1]) && !(words[i] == "NOT" && words[i - 1] is "AND" or "OR" or "&&" or "||"))
                return $"{words[i - 1]} and {words[i]} follow each other with no word between them";
        if (text.EndsWith(':') || text.Contains(": ") || text.StartsWith(':'))
            return "a colon : is read as FIELD:VALUE (e.g. title:光谷); " + QuoteHint;
        var stray = text.FirstOrDefault(c => c is '/' or '\\' or '^' or '~' or '!' or ':' or '&' or '|' or '{' or '}' or '[' or ']');
        if (stray != default)
            return $"the character {stray} has a meaning in query syntax; " + QuoteHint;
        return "it is not valid query syntax (words, \"phrases\", AND, OR, NOT, (brackets), field:value); " + QuoteHint;
    }

    /// <summary>The query in quotes as a message shows it: at most 80 characters, with its length when cut.</summary>
    public static string Quote(string query, int max = 80)
    {
        var line = query.ReplaceLineEndings(" ");
        return line.Length <= max ? $"'{line}'" : $"'{line[..max]}…' ({line.Length:N0} characters)";
    }

    private static int CountOutsideEscapes(string text, char c)
    {
        var n = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\') i++;
            else if (text[i] == c) n++;
        }
        return n;
    }

    /// <summary>Occurrences of <paramref name="c"/> outside "quoted phrases" and not escaped.</summary>
    private static int CountUnquoted(string text, char c)
    {
        var n = 0;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\') i++;
            else if (text[i] == '"') quoted = !quoted;
            else if (!quoted && text[i] == c) n++;
        }
        return n;
    }
}
