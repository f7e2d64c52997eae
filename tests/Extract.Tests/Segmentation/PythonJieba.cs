using System.Diagnostics;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Pipeline.Extract.Tests.Segmentation;

/// <summary>Runs python jieba (/usr/bin/python3, Debian's python3-jieba) through
/// jieba_reference.py to obtain the reference segmentation.</summary>
internal static class PythonJieba
{
    public const string Python = "/usr/bin/python3";
    public const string SkipVariable = "PIPELINE_SKIP_PYTHON_JIEBA";

    public static bool SkipRequested => Environment.GetEnvironmentVariable(SkipVariable) == "1";

    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Pipeline.sln"))) return dir.FullName;
            throw new InvalidOperationException("Pipeline.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string ScriptPath => Path.Combine(RepositoryRoot, "tests", "Extract.Tests", "Segmentation", "jieba_reference.py");

    /// <summary>Skips the calling test (reported as skipped, with the reason) when python jieba cannot be run.</summary>
    public static void SkipUnlessAvailable()
    {
        string? problem = null;
        if (SkipRequested) problem = $"{SkipVariable}=1";
        else if (!File.Exists(Python)) problem = $"{Python} not found";
        else
        {
            var (code, _, error) = Run(new[] { "-c", "import jieba" }, "");
            if (code != 0) problem = $"python jieba is not importable by {Python}: {error.Trim()}";
        }
        Skip.If(problem != null, $"not run: {problem} (apt-get install -y python3-jieba; .ci/run does)");
    }

    /// <summary>One JSON object per line: cut, cut_no_hmm, search, pos, pos_no_hmm, tokenize_search.</summary>
    public static JArray Reference(IReadOnlyList<string> lines, IEnumerable<(string Word, int? Freq, string? Tag)>? userWords = null)
    {
        var request = new JObject
        {
            ["lines"] = new JArray(lines),
            ["user_words"] = new JArray((userWords ?? []).Select(w => new JArray(w.Word, w.Freq.HasValue ? new JValue(w.Freq.Value) : JValue.CreateNull(), w.Tag != null ? new JValue(w.Tag) : JValue.CreateNull()))),
        };
        var (code, output, error) = Run(new[] { ScriptPath }, request.ToString(Formatting.None));
        if (code != 0) throw new InvalidOperationException($"jieba_reference.py failed ({code}): {error}");
        return JArray.Parse(output);
    }

    private static (int Code, string Output, string Error) Run(IEnumerable<string> arguments, string input)
    {
        var start = new ProcessStartInfo(Python)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(false),
            UseShellExecute = false,
        };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }
}
