using System.Reflection;
using System.Runtime.InteropServices;

namespace Pipeline.Cli;

/// <summary>Finds every <see cref="ICommand"/> in this assembly, dispatches to it, and turns
/// failures into a one-line message and a non-zero exit code.</summary>
public static class CommandHost
{
    public static IReadOnlyList<ICommand> Commands { get; } = typeof(CommandHost).Assembly.GetTypes()
        .Where(t => typeof(ICommand).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
        .Select(t => (ICommand)Activator.CreateInstance(t)!)
        .OrderBy(c => c.Name, StringComparer.Ordinal)
        .ToList();

    /// <param name="cancellation">Stands for Ctrl+C in tests; on the console, SIGINT and SIGTERM cancel the command.</param>
    public static async Task<int> RunAsync(string[] args, TextWriter? stdout = null, TextWriter? stderr = null, TextReader? stdin = null,
        CancellationToken cancellation = default)
    {
        var onConsole = stdout == null;
        stdout ??= Console.Out;
        stderr ??= Console.Error;
        var errorIsConsole = ReferenceEquals(stderr, Console.Error);
        // Progress lines come from a timer thread, beside the command's own messages.
        stderr = TextWriter.Synchronized(stderr);
        if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
        {
            var asked = string.Join(' ', args.Skip(1));
            if (args.Length > 1 && Find(asked) is { } c) stdout.WriteLine(c.Help());
            else if (args.Length > 1 && Family(asked) is { Count: > 0 } family)
            {
                stdout.WriteLine($"pipeline {asked} has sub-commands ('pipeline {family[0]} --help' for one):");
                foreach (var name in family) stdout.WriteLine($"  {name,-16} {Find(name)!.Summary}");
            }
            else if (args.Length > 1)
            {
                stderr.WriteLine($"pipeline: unknown command '{asked}'. Run 'pipeline --help' for the list.");
                return 2;
            }
            else PrintUsage(stdout);
            return args.Length == 0 ? 2 : 0;
        }
        // Two-word commands ("bench segment", "export figures") take precedence over one-word ones.
        var words = 2;
        var command = args.Length > 1 ? Find(args[0] + " " + args[1]) : null;
        if (command == null)
        {
            words = 1;
            command = Find(args[0]);
        }
        if (command == null)
        {
            var family = Family(args[0]);
            stderr.WriteLine(family.Count > 0
                ? $"pipeline: '{args[0]}' needs a sub-command: {string.Join(", ", family)}"
                : $"pipeline: unknown command '{args[0]}'. Run 'pipeline --help' for the list.");
            return 2;
        }
        var rest = args.Skip(words).ToArray();
        if (rest.Contains("--help") || rest.Contains("-h"))
        {
            stdout.WriteLine(command.Help());
            return 0;
        }
        using var interrupt = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        using var signals = onConsole && command.StopsCleanly ? StopOnSignals(interrupt) : null;
        try
        {
            var options = CommandLine.Parse(rest, command.Options);
            if (options.Positionals.Count > 0 && !command.TakesArguments())
                throw new UsageException($"it takes options only, got '{ErrorText.OneLine(options.Positionals[0], 80)}'" +
                                         SimilarOption(command, options.Positionals[0]) + $"; usage: pipeline {command.Usage}");
            var console = ReferenceEquals(stdout, Console.Out);
            var context = new CommandContext(options, stdout, stderr, stdin ?? Console.In,
                console ? Console.OpenStandardOutput : null,
                errorIsConsole && !Console.IsErrorRedirected, interrupt.Token);
            return await command.RunAsync(context);
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"pipeline {command.Name}: {e.Message} (see 'pipeline {command.Name} --help')");
            return 2;
        }
        catch (OperationCanceledException)
        {
            // Commands that keep part of their work say so themselves; the others replace no file when interrupted.
            stderr.WriteLine($"pipeline {command.Name}: interrupted; no output file was replaced");
            return 130;
        }
        catch (Exception e) when (!ErrorText.DebugRequested)
        {
            stderr.WriteLine($"pipeline {command.Name}: {ErrorText.Describe(e)}");
            return 1;
        }
    }

    /// <summary>The first Ctrl+C (or SIGTERM) asks the command to stop cleanly: it finishes or removes what it is
    /// writing and says what it kept. A second one ends the process at once.</summary>
    private static IDisposable StopOnSignals(CancellationTokenSource interrupt)
    {
        void Stop(PosixSignalContext signal)
        {
            if (interrupt.IsCancellationRequested) return;
            signal.Cancel = true;
            interrupt.Cancel();
        }
        return new Registrations(PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop));
    }

    private sealed class Registrations(params IDisposable[] items) : IDisposable
    {
        public void Dispose()
        {
            foreach (var item in items) item.Dispose();
        }
    }

    /// <summary>" (did you mean --zone 东湖高新区?)" when the command has a --zone option and the stray word reads as a
    /// zone or company name (the word an editor most often types without its option); else nothing.</summary>
    private static string SimilarOption(ICommand command, string word)
    {
        var option = word.EndsWith("公司", StringComparison.Ordinal) ? "enterprise" : "zone";
        return command.Options.Any(o => o.Name == option) && word.Any(c => c >= '\u4e00' && c <= '\u9fff') && !word.Contains(' ')
            ? $" (did you mean --{option} {word}?)" : "";
    }

    /// <summary>The two-word commands under <paramref name="first"/> ("export" → export articles, export figures, …).</summary>
    private static List<string> Family(string first) =>
        Commands.Where(c => c.Name.StartsWith(first + " ", StringComparison.Ordinal)).Select(c => c.Name).ToList();

    private static ICommand? Find(string name) => Commands.FirstOrDefault(c => c.Name == name);

    private static void PrintUsage(TextWriter output)
    {
        output.WriteLine("pipeline: Chinese sci-tech news → structured, searchable data.");
        output.WriteLine();
        output.WriteLine("usage: pipeline <command> [options]   (pipeline <command> --help for details)");
        output.WriteLine("first time? 'pipeline demo' runs crawl → extract → index → search on the bundled sample; docs/cli.md, \"First use\", goes step by step");
        output.WriteLine();
        // The work a user came for first; the benchmarks, which measure the program rather than the news, after it.
        var benchmarks = Commands.Where(c => c.Name.StartsWith("bench ", StringComparison.Ordinal)).ToList();
        foreach (var c in Commands.Except(benchmarks)) output.WriteLine($"  {c.Name,-16} {c.Summary}");
        output.WriteLine();
        output.WriteLine("benchmarks (they measure the program):");
        foreach (var c in benchmarks) output.WriteLine($"  {c.Name,-16} {c.Summary}");
    }
}
