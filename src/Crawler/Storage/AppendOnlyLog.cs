using System.Text;

namespace Pipeline.Crawler.Storage;

/// <summary>
/// A file of lines that only grows. Each line is written whole and fsynced before Append returns,
/// so after a kill -9 the file holds every acknowledged line plus at most one torn last line,
/// which opening the log cuts off.
/// </summary>
internal sealed class AppendOnlyLog : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(false);
    private readonly FileStream _stream;
    private readonly object _gate = new();

    public AppendOnlyLog(string path)
    {
        Path = path;
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!);
        TornBytesRemoved = Repair(path);
        _stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read, 1 << 16);
    }

    public string Path { get; }

    /// <summary>How many bytes of an unfinished last line the opening cut off (0 after a clean stop).</summary>
    public long TornBytesRemoved { get; }

    public void Append(string line)
    {
        if (line.Contains('\n')) throw new ArgumentException("a log line cannot contain a newline", nameof(line));
        var bytes = Utf8.GetBytes(line + "\n");
        lock (_gate)
        {
            _stream.Write(bytes);
            _stream.Flush(flushToDisk: true);
        }
    }

    /// <summary>The complete lines of a log file (an unfinished last line is not one).</summary>
    public static IEnumerable<string> ReadLines(string path)
    {
        if (!File.Exists(path)) yield break;
        using var reader = new StreamReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite), Utf8);
        var text = reader.ReadToEnd();
        var end = text.LastIndexOf('\n');
        if (end < 0) yield break;
        foreach (var line in text[..end].Split('\n'))
            if (line.Length > 0) yield return line;
    }

    private static long Repair(string path)
    {
        if (!File.Exists(path)) return 0;
        using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        var length = stream.Length;
        if (length == 0) return 0;
        // Scan back from the end for the last newline; everything after it is a torn write.
        var buffer = new byte[8192];
        var position = length;
        while (position > 0)
        {
            var chunk = (int)Math.Min(buffer.Length, position);
            stream.Position = position - chunk;
            stream.ReadExactly(buffer, 0, chunk);
            for (var i = chunk - 1; i >= 0; i--)
            {
                if (buffer[i] != (byte)'\n') continue;
                var keep = position - chunk + i + 1;
                if (keep == length) return 0;
                stream.SetLength(keep);
                stream.Flush(true);
                return length - keep;
            }
            position -= chunk;
        }
        stream.SetLength(0);
        stream.Flush(true);
        return length;
    }

    public void Dispose() => _stream.Dispose();
}
