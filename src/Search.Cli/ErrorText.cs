using Pipeline.Index;

namespace Pipeline.Cli;

/// <summary>An exception as one line a user can act on: what went wrong in their terms, never a .NET type name.
/// Errors the program did not foresee say so, and how to see where they came from.</summary>
internal static class ErrorText
{
    public static string Describe(Exception e)
    {
        var message = e switch
        {
            FileNotFoundException f when f.FileName != null => $"no such file: {f.FileName}",
            UnauthorizedAccessException => $"permission denied: {e.Message}",
            QuerySyntaxException or IOException or InvalidDataException or UsageException or ArgumentException => e.Message,
            Newtonsoft.Json.JsonException or System.Text.Json.JsonException => $"not valid JSON: {e.Message}",
            HttpRequestException => $"network error: {e.Message}",
            _ => $"{e.Message} (an unexpected error: run again with PIPELINE_DEBUG=1 to see where it happened)",
        };
        return OneLine(message);
    }

    /// <summary>Line breaks folded to spaces, and at most <paramref name="max"/> characters (a whole pasted
    /// document is not worth echoing back).</summary>
    public static string OneLine(string text, int max = 500)
    {
        var line = string.Join(' ', text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return line.Length <= max ? line : line[..max] + $"… ({line.Length:N0} characters)";
    }
}
