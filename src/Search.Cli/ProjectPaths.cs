namespace Pipeline.Cli;

/// <summary>Finds the project's bundled folders (corpus/) from wherever the program runs:
/// the current directory or the build output, walking up to the folder holding Pipeline.sln.</summary>
public static class ProjectPaths
{
    public static string? FindRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Pipeline.sln"))) return dir.FullName;
        }
        return null;
    }

    /// <summary>The bundled corpus folder, or a usage error saying where it was looked for.</summary>
    public static string Corpus(string? given)
    {
        if (given != null)
            return Directory.Exists(given) ? Path.GetFullPath(given) : throw new UsageException($"no corpus folder at {given}");
        var root = FindRoot() ?? throw new UsageException("cannot find the project's corpus/ (run from the repository, or pass --corpus DIR)");
        return Path.Combine(root, "corpus");
    }
}
