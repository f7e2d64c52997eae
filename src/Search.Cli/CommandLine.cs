using System.Globalization;

namespace Pipeline.Cli;

public sealed class UsageException(string message) : Exception(message);

/// <summary>Parsed <c>--name value</c> options and positional arguments.</summary>
public sealed class ParsedArgs
{
    private readonly Dictionary<string, List<string>> _values;

    internal ParsedArgs(List<string> positionals, Dictionary<string, List<string>> values)
    {
        Positionals = positionals;
        _values = values;
    }

    public IReadOnlyList<string> Positionals { get; }

    public bool Has(string name) => _values.ContainsKey(name);
    public string? Get(string name) => _values.TryGetValue(name, out var v) ? v[^1] : null;
    public IReadOnlyList<string> GetAll(string name) => _values.TryGetValue(name, out var v) ? v : Array.Empty<string>();

    /// <summary>All values of a repeatable option, also split on commas (--zone a,b --zone c).</summary>
    public IReadOnlyList<string> GetList(string name) =>
        GetAll(name).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();

    public string Require(string name) => Get(name) ?? throw new UsageException($"--{name} is required");

    public int GetInt(string name, int fallback)
    {
        var v = Get(name);
        if (v == null) return fallback;
        return int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i)
            ? i : throw new UsageException($"--{name} expects a whole number, got '{v}'");
    }

    public double GetDouble(string name, double fallback)
    {
        var v = Get(name);
        if (v == null) return fallback;
        return double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? d : throw new UsageException($"--{name} expects a number, got '{v}'");
    }

    public decimal? GetDecimal(string name)
    {
        var v = Get(name);
        if (v == null) return null;
        return decimal.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? d : throw new UsageException($"--{name} expects a number, got '{v}'");
    }

    public DateOnly? GetDate(string name)
    {
        var v = Get(name);
        if (v == null) return null;
        return DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : throw new UsageException($"--{name} expects a date YYYY-MM-DD, got '{v}'");
    }

    /// <summary>The option's value, which must be one of <paramref name="allowed"/>.</summary>
    public string GetChoice(string name, string fallback, params string[] allowed)
    {
        var v = Get(name) ?? fallback;
        return allowed.Contains(v) ? v : throw new UsageException($"--{name} must be one of {string.Join(", ", allowed)}, got '{v}'");
    }
}

public static class CommandLine
{
    public static ParsedArgs Parse(IReadOnlyList<string> args, IReadOnlyList<OptionSpec> specs)
    {
        var positionals = new List<string>();
        var values = new Dictionary<string, List<string>>();
        for (var i = 0; i < args.Count; i++)
        {
            var a = args[i];
            if (a.StartsWith("--", StringComparison.Ordinal) && a.Length > 2)
            {
                var name = a[2..];
                string? inline = null;
                var eq = name.IndexOf('=');
                if (eq >= 0)
                {
                    inline = name[(eq + 1)..];
                    name = name[..eq];
                }
                var spec = specs.FirstOrDefault(s => s.Name == name)
                    ?? throw new UsageException($"unknown option --{name}");
                string value;
                if (!spec.TakesValue) value = inline ?? "true";
                else if (inline != null) value = inline;
                else if (i + 1 < args.Count) value = args[++i];
                else throw new UsageException($"--{name} needs a value");
                if (!values.TryGetValue(name, out var list)) values[name] = list = new List<string>();
                if (list.Count > 0 && !spec.Repeatable) throw new UsageException($"--{name} given twice");
                list.Add(value);
            }
            else positionals.Add(a);
        }
        return new ParsedArgs(positionals, values);
    }
}
