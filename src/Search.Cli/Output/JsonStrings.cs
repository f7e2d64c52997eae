namespace Pipeline.Cli.Output;

/// <summary>A JSON string written the way Newtonsoft.Json writes it with its default escaping (the form every other
/// command's output has): ", \ and control characters escaped (\b \t \n \f \r, the rest as \u00xx), and U+0085,
/// U+2028 and U+2029 as \u escapes; everything else, Chinese included, as it is. `segment` writes one array
/// of words per line and needs nothing more, so it need not load and start a JSON library.</summary>
internal static class JsonStrings
{
    public static void Write(TextWriter writer, ReadOnlySpan<char> value)
    {
        writer.Write('"');
        var clean = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var escape = Escape(value[i]);
            if (escape == null) continue;
            writer.Write(value[clean..i]);
            writer.Write(escape);
            clean = i + 1;
        }
        writer.Write(value[clean..]);
        writer.Write('"');
    }

    private static string? Escape(char c) => c switch
    {
        '"' => "\\\"",
        '\\' => "\\\\",
        '\b' => "\\b",
        '\t' => "\\t",
        '\n' => "\\n",
        '\f' => "\\f",
        '\r' => "\\r",
        < ' ' or '\u0085' or '\u2028' or '\u2029' => $"\\u{(int)c:x4}",
        _ => null,
    };
}
