using Pipeline.Cli;

namespace Pipeline.Cli.Tests;

/// <summary>Runs the command line in-process as a user would, with standard output and error captured.</summary>
internal static class CliRunner
{
    public static async Task<(int Code, string Out, string Err)> Run(string? stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CommandHost.RunAsync(args, output, error, stdin == null ? null : new StringReader(stdin));
        return (code, output.ToString(), error.ToString());
    }
}
