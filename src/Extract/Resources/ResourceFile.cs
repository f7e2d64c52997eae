using System.IO.Compression;

namespace Pipeline.Extract.Resources;

/// <summary>
/// The one reader of the word lists shipped as embedded resources (src/Extract/Resources/*). Every list skips
/// blank lines and <c>#</c> notes and names the line of a bad one (<see cref="Lines"/>); a text list
/// (<see cref="Load"/>) also holds entries, <c>[section]</c> headers whose entries follow them,
/// <c>@name values…</c> settings and <c>&gt; input =&gt; expected</c> examples — the sentences the list is
/// written for, which the tests run through the stage that loads it (so a list and its examples change together).
/// </summary>
internal sealed class ResourceFile
{
    private const string Prefix = "Pipeline.Extract.Resources.";

    private readonly List<string> _entries = new();
    private readonly List<string> _headers = new();
    private readonly Dictionary<string, List<string>> _sections = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _settings = new(StringComparer.Ordinal);
    private readonly List<(string Input, string Expected)> _examples = new();

    private ResourceFile(string name) => Name = name;

    public string Name { get; }
    /// <summary>Entries of a file without sections.</summary>
    public IReadOnlyList<string> Entries => _entries;
    /// <summary>Section headers in file order, as written between the brackets.</summary>
    public IReadOnlyList<string> Headers => _headers;
    public IReadOnlyDictionary<string, string[]> Settings => _settings;
    public IReadOnlyList<(string Input, string Expected)> Examples => _examples;

    /// <summary>The entries of a section; an unknown section is an error, so a typo in code or file shows at once.</summary>
    public IReadOnlyList<string> this[string header] =>
        _sections.TryGetValue(header, out var entries) ? entries : throw new InvalidDataException($"{Name}: no section [{header}]");

    public string[] Setting(string name) =>
        _settings.TryGetValue(name, out var values) ? values : throw new InvalidDataException($"{Name}: setting @{name} is missing");

    /// <summary>Opens <c>Pipeline.Extract.Resources.&lt;fileName&gt;</c>, decompressed when it ends in .gz.</summary>
    public static TextReader Open(string fileName) => OpenEmbedded(Prefix + fileName);

    /// <summary>Opens an embedded resource of this assembly by its full logical name.</summary>
    public static TextReader OpenEmbedded(string resourceName)
    {
        var stream = typeof(ResourceFile).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"embedded resource {resourceName} is missing from {typeof(ResourceFile).Assembly.GetName().Name}");
        return new StreamReader(resourceName.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(stream, CompressionMode.Decompress) : stream);
    }

    /// <summary>The lines that say something, with their 1-based numbers: blank lines and <c>#</c> notes are skipped,
    /// the others are given as written (a TSV's cells keep their spaces).</summary>
    public static IEnumerable<(int Number, string Line)> Lines(TextReader reader)
    {
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var trimmed = line.AsSpan().Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#') continue;
            yield return (number, line);
        }
    }

    /// <summary>Loads and parses <c>Pipeline.Extract.Resources.&lt;fileName&gt;</c> as a text list.</summary>
    public static ResourceFile Load(string fileName)
    {
        using var reader = Open(fileName);
        return Parse(fileName, reader);
    }

    public static ResourceFile Parse(string name, TextReader reader)
    {
        var file = new ResourceFile(name);
        List<string>? section = null;
        var firstLooseEntry = 0;
        foreach (var (number, raw) in Lines(reader))
        {
            var line = raw.Trim();
            if (line.StartsWith('@'))
            {
                var parts = line[1..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length < 2) throw new InvalidDataException($"{name} line {number}: a setting needs a name and values");
                file._settings[parts[0]] = parts[1..];
            }
            else if (line.StartsWith('>'))
            {
                var arrow = line.IndexOf("=>", StringComparison.Ordinal);
                if (arrow < 0) throw new InvalidDataException($"{name} line {number}: an example needs 'input => expected'");
                file._examples.Add((line[1..arrow].Trim(), line[(arrow + 2)..].Trim()));
            }
            else if (line.StartsWith('['))
            {
                if (!line.EndsWith(']')) throw new InvalidDataException($"{name} line {number}: unclosed section header");
                if (firstLooseEntry > 0) throw new InvalidDataException($"{name} line {firstLooseEntry}: an entry before the first [section]");
                var header = line[1..^1].Trim();
                file._headers.Add(header);
                file._sections[header] = section = new List<string>();
            }
            else if (section != null) section.Add(line);
            else
            {
                if (firstLooseEntry == 0) firstLooseEntry = number;
                file._entries.Add(line);
            }
        }
        if (file._entries.Count == 0 && file._headers.Count == 0) throw new InvalidDataException($"{name} holds no entries");
        return file;
    }
}
