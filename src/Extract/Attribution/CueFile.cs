namespace Pipeline.Extract.Attribution;

/// <summary>
/// A vocabulary file of the attribution stage (src/Extract/Resources/*.txt): '#' lines are notes, a
/// <c>[header]</c> line starts a section, every other line is an entry of the current section, and lines
/// starting with '>' are examples (<c>sentence =&gt; expectation</c>) the tests run.
/// </summary>
internal sealed class CueFile
{
    private readonly Dictionary<string, List<string>> _sections = new(StringComparer.Ordinal);

    private CueFile(string name) => Name = name;

    public string Name { get; }
    /// <summary>Section headers in file order, as written between the brackets.</summary>
    public List<string> Headers { get; } = new();
    public List<(string Sentence, string Expected)> Examples { get; } = new();

    /// <summary>The entries of a section; an unknown section is an error, so a typo in code or file shows at once.</summary>
    public IReadOnlyList<string> this[string header] =>
        _sections.TryGetValue(header, out var entries) ? entries
            : throw new InvalidDataException($"{Name}: no section [{header}]");

    public static CueFile Load(string name)
    {
        var resource = "Pipeline.Extract.Resources." + name;
        using var stream = typeof(CueFile).Assembly.GetManifestResourceStream(resource)
                           ?? throw new InvalidOperationException($"embedded resource {resource} is missing");
        using var reader = new StreamReader(stream);
        return Parse(name, reader);
    }

    public static CueFile Parse(string name, TextReader reader)
    {
        var file = new CueFile(name);
        List<string>? current = null;
        var lineNumber = 0;
        while (reader.ReadLine() is { } raw)
        {
            lineNumber++;
            var line = raw.TrimEnd();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (line.StartsWith('>'))
            {
                var parts = line[1..].Split("=>", 2, StringSplitOptions.TrimEntries);
                if (parts.Length != 2) throw new InvalidDataException($"{name} line {lineNumber}: an example needs 'sentence => expectation'");
                file.Examples.Add((parts[0], parts[1]));
                continue;
            }
            if (line.StartsWith('['))
            {
                if (!line.EndsWith(']')) throw new InvalidDataException($"{name} line {lineNumber}: unclosed section header");
                var header = line[1..^1].Trim();
                file.Headers.Add(header);
                current = file._sections[header] = new List<string>();
                continue;
            }
            if (current == null) throw new InvalidDataException($"{name} line {lineNumber}: an entry before any [section]");
            current.Add(line.Trim());
        }
        return file;
    }
}
