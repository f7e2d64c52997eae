namespace Pipeline.Cli;

/// <summary>A sub-command of <c>pipeline</c>. Implementations are found by reflection, so a new
/// command is one new file in Commands/.</summary>
public interface ICommand
{
    string Name { get; }
    string Summary { get; }
    /// <summary>Usage line, e.g. "extract INPUT... --out FILE.jsonl [--published YYYY-MM-DD]". The words before the first
    /// option are the command's arguments: a command whose usage starts with an option takes none, and a stray word is
    /// a usage error (<see cref="CommandHelp.TakesArguments"/>).</summary>
    string Usage { get; }
    /// <summary>At least one example invocation, shown by --help.</summary>
    IReadOnlyList<string> Examples { get; }
    IReadOnlyList<OptionSpec> Options { get; }
    Task<int> RunAsync(CommandContext context);
    /// <summary>The command watches <see cref="CommandContext.Cancellation"/>: Ctrl+C asks it to stop cleanly. Others
    /// end at once, as any program does.</summary>
    bool StopsCleanly => false;
}

public sealed record OptionSpec(string Name, string Description, bool TakesValue = true, bool Repeatable = false, string? Default = null);

/// <param name="StandardOutput">Opens standard output as bytes, for "--out -"; by default a stream over <paramref name="Out"/>.</param>
/// <param name="ErrorIsTerminal">A person watches the error stream: progress is shown without --progress.</param>
/// <param name="Cancellation">Cancelled by Ctrl+C (SIGINT) or SIGTERM: a command stops at the next record, keeps what it
/// has finished (or leaves its output as it was) and says so.</param>
public sealed record CommandContext(ParsedArgs Args, TextWriter Out, TextWriter Error, TextReader In,
    Func<Stream>? StandardOutput = null, bool ErrorIsTerminal = false, CancellationToken Cancellation = default)
{
    public Stream OpenStandardOutput()
    {
        Out.Flush();
        return StandardOutput?.Invoke() ?? new Output.TextWriterStream(Out);
    }
}

public static class CommandHelp
{
    /// <summary>Whether the usage line names arguments before its first option ("search [QUERY] --index DIR" does,
    /// "coverage --index DIR" does not).</summary>
    public static bool TakesArguments(this ICommand command)
    {
        var words = command.Usage.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(command.Name.Split(' ').Length);
        return words.TakeWhile(w => !w.TrimStart('[').StartsWith("--", StringComparison.Ordinal) && !w.StartsWith('<')).Any();
    }

    public static string Help(this ICommand command)
    {
        var w = new StringWriter();
        w.WriteLine($"pipeline {command.Usage}");
        w.WriteLine();
        w.WriteLine(command.Summary);
        if (command.Options.Count > 0)
        {
            w.WriteLine();
            w.WriteLine("options:");
            foreach (var o in command.Options)
            {
                var name = o.TakesValue ? $"--{o.Name} VALUE" : $"--{o.Name}";
                var def = o.Default != null ? $" (default {o.Default})" : "";
                w.WriteLine($"  {name,-24} {o.Description}{def}");
            }
        }
        w.WriteLine();
        w.WriteLine("examples:");
        foreach (var e in command.Examples) w.WriteLine($"  {e}");
        return w.ToString().TrimEnd();
    }
}
