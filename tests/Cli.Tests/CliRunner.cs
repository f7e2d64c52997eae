using Pipeline.Cli;

namespace Pipeline.Cli.Tests;

/// <summary>Runs the command line in-process as a user would, with standard output and error captured.</summary>
internal static class CliRunner
{
    public static Task<(int Code, string Out, string Err)> Run(string? stdin, params string[] args) =>
        Run(stdin == null ? null : new StringReader(stdin), CancellationToken.None, args);

    /// <param name="cancellation">Stands for Ctrl+C.</param>
    public static async Task<(int Code, string Out, string Err)> Run(TextReader? stdin, CancellationToken cancellation, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CommandHost.RunAsync(args, output, error, stdin, cancellation);
        return (code, output.ToString(), error.ToString());
    }
}
