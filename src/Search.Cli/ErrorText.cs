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
            // An index or argument out of range is the program's own slip, never the user's input.
            ArgumentOutOfRangeException or ArgumentNullException => Unexpected(e),
            FileNotFoundException f when f.FileName != null => $"no such file: {f.FileName}",
            UnauthorizedAccessException => $"permission denied: {e.Message}",
            QuerySyntaxException or IOException or InvalidDataException or UsageException or ArgumentException => e.Message,
            Newtonsoft.Json.JsonException or System.Text.Json.JsonException => $"not valid JSON: {e.Message}",
            HttpRequestException => $"network error: {e.Message}",
            _ => Unexpected(e),
        };
        return OneLine(message);
    }

    /// <summary>The whole exception with its stack when PIPELINE_DEBUG is set, for errors reported and passed over
    /// (one failed input among many) as well as for those that end the command.</summary>
    public static string Describe(Exception e, bool debug) => debug ? e.ToString() : Describe(e);

    public static bool DebugRequested => Environment.GetEnvironmentVariable("PIPELINE_DEBUG") != null;

    static string Unexpected(Exception e) =>
        $"{e.Message} (an unexpected error: run again with PIPELINE_DEBUG=1 to see where it happened)";

    /// <summary>Line breaks folded to spaces, and at most <paramref name="max"/> characters (a whole pasted
    /// document is not worth echoing back).</summary>
    public static string OneLine(string text, int max = 500)
    {
        var line = string.Join(' ', text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return line.Length <= max ? line : line[..max] + $"… ({line.Length:N0} characters)";
    }
}
