using System.Reflection;

namespace Pipeline.Extract.Lexicon;

/// <summary>
/// A rule list shipped as an embedded text resource: one entry a line, <c>#</c> notes, <c>@name values…</c>
/// settings, and <c>&gt; input =&gt; expected</c> example lines — the sentences the rules are written for,
/// which the tests run through the stage that loads the list (so a list and its examples change together).
/// </summary>
internal sealed class RuleFile
{
    private RuleFile(string name, List<string> entries, Dictionary<string, string[]> settings, List<(string Input, string Expected)> examples)
    {
        Name = name;
        Entries = entries;
        Settings = settings;
        Examples = examples;
    }

    public string Name { get; }
    public IReadOnlyList<string> Entries { get; }
    public IReadOnlyDictionary<string, string[]> Settings { get; }
    public IReadOnlyList<(string Input, string Expected)> Examples { get; }

    public string[] Setting(string name) =>
        Settings.TryGetValue(name, out var values) ? values : throw new InvalidDataException($"{Name}: setting @{name} is missing");

    /// <summary>Loads <c>Pipeline.Extract.Resources.&lt;fileName&gt;</c> from this assembly.</summary>
    public static RuleFile Load(string fileName)
    {
        var resource = "Pipeline.Extract.Resources." + fileName;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded resource {resource} is missing from Pipeline.Extract");
        using var reader = new StreamReader(stream);
        return Parse(fileName, reader);
    }

    public static RuleFile Parse(string name, TextReader reader)
    {
        var entries = new List<string>();
        var settings = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var examples = new List<(string, string)>();
        var number = 0;
        while (reader.ReadLine() is { } raw)
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (line.StartsWith('@'))
            {
                var parts = line[1..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length < 2) throw new InvalidDataException($"{name} line {number}: a setting needs a name and values");
                settings[parts[0]] = parts[1..];
            }
            else if (line.StartsWith('>'))
            {
                var arrow = line.IndexOf("=>", StringComparison.Ordinal);
                if (arrow < 0) throw new InvalidDataException($"{name} line {number}: an example needs '=>' before what it gives");
                examples.Add((line[1..arrow].Trim(), line[(arrow + 2)..].Trim()));
            }
            else entries.Add(line);
        }
        if (entries.Count == 0) throw new InvalidDataException($"{name} holds no entries");
        return new RuleFile(name, entries, settings, examples);
    }
}
