using System.Runtime.InteropServices;

namespace Pipeline.Cli.Output;

/// <summary>Where a command writes its records, rows or chart: the one place that decides how.
/// "-" is standard output. A regular file (or a missing one) is written to a temporary file beside it and
/// renamed over it when complete, so nobody reads half a file; a symbolic link is followed and its target
/// replaced, the link kept. A FIFO or a character device (/dev/stdout, /dev/null, a terminal) is streamed
/// into as is, never replaced. A folder, a block device or a socket is refused.</summary>
internal sealed class OutputTarget
{
    public const string StandardOutputName = "-";

    private OutputTarget(string given, string? path, OutputKind kind)
    {
        Given = given;
        Path = path;
        Kind = kind;
    }

    /// <summary>The path as the user typed it (for messages).</summary>
    public string Given { get; }
    /// <summary>The file written: a symbolic link's final target; null for standard output.</summary>
    public string? Path { get; }
    public OutputKind Kind { get; }
    public bool IsStandardOutput => Kind == OutputKind.StandardOutput;

    /// <summary>How messages name the output.</summary>
    public string Display => IsStandardOutput ? "standard output" : Given;

    /// <exception cref="UsageException">The path names something that cannot be written to.</exception>
    public static OutputTarget Of(string given)
    {
        if (given == StandardOutputName) return new OutputTarget(given, null, OutputKind.StandardOutput);
        if (given.Length == 0) throw new UsageException("the output path is empty (give a file, or - for standard output)");
        var full = System.IO.Path.GetFullPath(given);
        // The type of what the path finally points at: /dev/stdout is a link to /proc/self/fd/1, itself a
        // "link" to a pipe or terminal that only opening the path itself reaches.
        switch (FileTypes.Of(full))
        {
            case FileType.Missing:
            case FileType.Regular:
                return new OutputTarget(given, FinalTarget(full), OutputKind.File);
            case FileType.Fifo:
            case FileType.CharacterDevice:
                return new OutputTarget(given, full, OutputKind.Stream);
            case FileType.Directory:
                throw new UsageException($"'{given}' is a folder; give a file name inside it");
            default:
                throw new UsageException($"'{given}' is neither a file, a pipe nor a character device; cannot write to it");
        }
    }

    /// <summary>Opens the output, runs <paramref name="write"/> on it, and completes it (rename into place,
    /// flush). On failure a temporary file is removed and the existing output is left as it was.</summary>
    /// <param name="standardOutput">Opens the process's standard output (see <see cref="CommandContext"/>).</param>
    /// <param name="needsSeek">The writer seeks (Parquet): a stream destination then gets a finished temporary file copied in.</param>
    /// <param name="keep">Whether what was written should replace the file (false: the temporary file is removed and an
    /// existing file stays as it was, e.g. when a run found nothing to write). Streams cannot take anything back.</param>
    public async Task<T> WriteAsync<T>(Func<Stream> standardOutput, Func<Stream, Task<T>> write, bool needsSeek = false, Func<T, bool>? keep = null)
    {
        try
        {
            return await WriteUncheckedAsync(standardOutput, write, needsSeek, keep);
        }
        catch (UnauthorizedAccessException e) when (!IsStandardOutput)
        {
            // The system's message names the hidden temporary file; say which output and folder, and what to do.
            var folder = System.IO.Path.GetDirectoryName(Path!) ?? ".";
            throw new IOException($"cannot write {Given}: permission denied (the folder {folder} or the file is not writable); " +
                                  "give another --out, or make it writable", e);
        }
        catch (IOException e) when (!IsStandardOutput)
        {
            // The system's message names a temporary file or a parent folder; say which output failed.
            throw new IOException($"cannot write {Given}: {e.Message}", e);
        }
    }

    private async Task<T> WriteUncheckedAsync<T>(Func<Stream> standardOutput, Func<Stream, Task<T>> write, bool needsSeek, Func<T, bool>? keep)
    {
        if (Kind == OutputKind.File) return await WriteAtomicallyAsync(Path!, write, keep);
        await using var destination = IsStandardOutput
            ? standardOutput()
            : new FileStream(Path!, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1, FileOptions.None);
        if (!needsSeek)
        {
            var result = await write(destination);
            await destination.FlushAsync();
            return result;
        }
        var scratch = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"pipeline-{Environment.ProcessId}-{Guid.NewGuid():N}.tmp");
        try
        {
            T result;
            await using (var buffer = new FileStream(scratch, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose))
            {
                result = await write(buffer);
                buffer.Position = 0;
                await buffer.CopyToAsync(destination);
            }
            await destination.FlushAsync();
            return result;
        }
        finally
        {
            File.Delete(scratch);
        }
    }

    /// <summary>Writes text (UTF-8, no BOM) to the output.</summary>
    public Task WriteTextAsync(Func<Stream> standardOutput, string text) =>
        WriteAsync(standardOutput, async stream =>
        {
            var bytes = new System.Text.UTF8Encoding(false).GetBytes(text);
            await stream.WriteAsync(bytes);
            return bytes.Length;
        });

    private static async Task<T> WriteAtomicallyAsync<T>(string path, Func<Stream, Task<T>> write, Func<T, bool>? keep)
    {
        var folder = System.IO.Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(folder);
        // Beside the target (same file system, so the rename is atomic), hidden, unique per run.
        var tmp = System.IO.Path.Combine(folder, $".{System.IO.Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid().ToString("N")[..8]}.tmp");
        try
        {
            T result;
            await using (var stream = new FileStream(tmp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16))
            {
                result = await write(stream);
                await stream.FlushAsync();
            }
            if (keep != null && !keep(result))
            {
                File.Delete(tmp);
                return result;
            }
            // A replaced file keeps its permissions.
            if (!OperatingSystem.IsWindows() && File.Exists(path)) File.SetUnixFileMode(tmp, File.GetUnixFileMode(path));
            File.Move(tmp, path, overwrite: true);
            return result;
        }
        catch
        {
            File.Delete(tmp);
            throw;
        }
    }

    /// <summary>The file a chain of symbolic links ends at (which may not exist yet); the path itself otherwise.</summary>
    private static string FinalTarget(string path)
    {
        for (var hops = 0; hops < 40; hops++)
        {
            FileSystemInfo info = new FileInfo(path);
            if (info.LinkTarget == null) return path;
            var next = info.LinkTarget;
            path = System.IO.Path.GetFullPath(next, System.IO.Path.GetDirectoryName(path)!);
        }
        throw new UsageException($"'{path}' is a loop of symbolic links");
    }
}

internal enum OutputKind
{
    StandardOutput,
    /// <summary>A regular file, replaced atomically.</summary>
    File,
    /// <summary>A FIFO or character device, written in place.</summary>
    Stream,
}

internal enum FileType
{
    Missing,
    Regular,
    Directory,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
    SymbolicLink,
    Other,
}

/// <summary>The type of the file a path finally points at (stat: symbolic links followed). .NET reports devices and FIFOs as plain files, so this asks
/// the runtime's own native shim, whose structure is the same on every Unix the runtime supports.</summary>
internal static class FileTypes
{
    public static FileType Of(string path)
    {
        if (OperatingSystem.IsWindows())
            return Directory.Exists(path) ? FileType.Directory : File.Exists(path) ? FileType.Regular : FileType.Missing;
        var status = new byte[512];
        if (Stat(path, status) != 0) return FileType.Missing;
        var mode = BitConverter.ToInt32(status, 4) & 0xF000;
        return mode switch
        {
            0x8000 => FileType.Regular,
            0x4000 => FileType.Directory,
            0x1000 => FileType.Fifo,
            0x2000 => FileType.CharacterDevice,
            0x6000 => FileType.BlockDevice,
            0xC000 => FileType.Socket,
            0xA000 => FileType.SymbolicLink,
            _ => FileType.Other,
        };
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] status);
}
