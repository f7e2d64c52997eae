using System.Text;
using Newtonsoft.Json.Linq;
using Pipeline.Extract.Html;
using Pipeline.Extract.Model;

namespace Pipeline.Extract.Input;

/// <summary>Turns command-line inputs (files, folders, "-" for standard input) into source documents.
/// A file that cannot be read (missing, empty, binary, not UTF-8, GB18030 or Big5) is reported with its
/// name and counted as refused; the rest of the batch goes on.</summary>
public sealed class InputLoader
{
    private static readonly string[] Extensions = { ".txt", ".html", ".htm", ".jsonl" };

    public InputSummary Summary { get; } = new();

    public event Action<string>? Refused;

    /// <summary>A file was read but something in it was repaired (invalid bytes replaced); says what and where.</summary>
    public event Action<string>? Repaired;

    public IEnumerable<SourceDocument> Load(IEnumerable<string> inputs, TextReader? stdin = null)
    {
        foreach (var input in inputs)
        {
            if (input == "-")
            {
                Summary.Current = "standard input";
                var text = (stdin ?? Console.In).ReadToEnd();
                Summary.BytesRead += System.Text.Encoding.UTF8.GetByteCount(text);
                if (text.Trim().Length == 0)
                {
                    Refuse("stdin", "empty input");
                    continue;
                }
                Summary.FilesRead++;
                foreach (var page in PageDocuments("stdin", PageBreaks.Pages(text))) yield return page;
                continue;
            }
            IEnumerable<string> files;
            if (Directory.Exists(input))
            {
                files = Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                    .OrderBy(f => f, StringComparer.Ordinal).ToList();
                if (!files.Any())
                {
                    Refuse(input, $"the folder holds no page files ({string.Join(", ", Extensions)}, in it or below)");
                    continue;
                }
            }
            else if (File.Exists(input)) files = new[] { input };
            else
            {
                Refuse(input, "no such file or folder");
                continue;
            }
            foreach (var file in files)
            {
                if (IsLargeUtf8(file))
                {
                    Summary.FilesRead++;
                    Summary.Current = file;
                    var streamed = file.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)
                        ? ReadJsonLines(LinesOf(file), SourceName(input, file), file)
                        : PageDocuments(SourceName(input, file), PagesOf(file));
                    foreach (var d in streamed) yield return d;
                    continue;
                }
                List<SourceDocument> documents;
                try
                {
                    Summary.Current = file;
                    documents = LoadFile(file, SourceName(input, file)).ToList();
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or Newtonsoft.Json.JsonException)
                {
                    Refuse(file, e.Message);
                    continue;
                }
                Summary.FilesRead++;
                foreach (var d in documents) yield return d;
            }
        }
    }

    private void Refuse(string file, string why)
    {
        Summary.FilesRefused++;
        Refused?.Invoke($"{file}: {why}");
    }

    /// <summary>A file given by name is known by its name; a file found in a folder by its path
    /// below that folder, so html/2023-03/15/node_2.htm and html/2023-03/16/node_2.htm stay apart.</summary>
    private static string SourceName(string input, string file) =>
        Directory.Exists(input) ? Path.GetRelativePath(input, file).Replace('\\', '/') : Path.GetFileName(file);

    private IEnumerable<SourceDocument> LoadFile(string file, string name)
    {
        var bytes = File.ReadAllBytes(file);
        Summary.BytesRead += bytes.Length;
        var decoded = TextDecoder.Decode(bytes);
        if (decoded.RepairSummary() is { } repairs)
        {
            Summary.FilesRepaired++;
            Repaired?.Invoke($"{file}: {repairs}");
        }
        var text = decoded.Text;
        switch (Path.GetExtension(file).ToLowerInvariant())
        {
            case ".html":
            case ".htm":
                var article = HtmlArticleParser.Parse(text, name);
                if (!HtmlArticleParser.HasRunningText(article))
                    throw new InvalidDataException("not an article page: no running text (a page list, an index or an error page?)");
                return new[] { article };
            case ".jsonl":
                return ReadJsonLines(text.Split('\n'), name, file).ToList();
            default:
                return PageDocuments(name, PageBreaks.Pages(text));
        }
    }

    /// <summary>The pages of one page text (<see cref="PageBreaks"/>); each page of a text of several knows its place.</summary>
    private static IEnumerable<SourceDocument> PageDocuments(string name, IEnumerable<string> pages)
    {
        // One page ahead: a text of one page stays a plain page text.
        string? held = null;
        var number = 0;
        foreach (var page in pages)
        {
            if (held != null) yield return new SourceDocument { Source = name, Kind = DocumentKind.PageText, Text = held, PageOfText = ++number };
            held = page;
        }
        if (held != null)
            yield return new SourceDocument { Source = name, Kind = DocumentKind.PageText, Text = held, PageOfText = number == 0 ? null : number + 1 };
    }

    /// <summary>Above this size a UTF-8 JSONL file is read a line at a time and a UTF-8 page text a page at a time
    /// (<see cref="PageBreaks"/>), not whole: memory stays flat however large the crawl's output or a dump grows.</summary>
    internal long StreamingThreshold { get; init; } = 8 * 1024 * 1024;

    private bool IsLargeUtf8(string file)
    {
        var extension = Path.GetExtension(file).ToLowerInvariant();
        if (extension is not (".jsonl" or ".txt")) return false;
        try
        {
            // The size from the directory entry: most files are small, and opening each one twice (here and to load it) cost a system call each.
            if (new FileInfo(file).Length < StreamingThreshold) return false;
            using var stream = File.OpenRead(file);
            var head = new byte[64 * 1024];
            var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            return TextDecoder.StartsAsUtf8(head.AsSpan(0, read), complete: read == stream.Length);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // the whole-file path reports it
        }
    }

    /// <summary>The lines of a UTF-8 file; bytes that are not UTF-8, or a read that fails, end the file with
    /// a message naming the line, keeping the lines before it.</summary>
    private IEnumerable<string> LinesOf(string file)
    {
        using var reader = new StreamReader(file, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var lineNumber = 0;
        while (true)
        {
            string? line;
            try
            {
                line = reader.ReadLine();
            }
            catch (Exception e) when (e is IOException or DecoderFallbackException)
            {
                // The rest of the file is lost: counted, so the run ends non-zero.
                Summary.LinesRefused++;
                Refused?.Invoke($"{file}:{lineNumber + 1}: cannot read on: {e.Message}");
                yield break;
            }
            if (line == null) yield break;
            lineNumber++;
            yield return line;
        }
    }

    /// <summary>The pages of a large UTF-8 page text, read a page at a time, each decoded as a file of its own
    /// (<see cref="TextDecoder"/>): a page with a few broken bytes is repaired and reported, one that cannot be
    /// read is refused with its number, and the pages around it are kept. A read that fails ends the file there.</summary>
    private IEnumerable<string> PagesOf(string file)
    {
        Summary.BytesRead += new FileInfo(file).Length;
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var pages = PageBreaks.Pages(stream).GetEnumerator();
        var pageNumber = 0;
        while (true)
        {
            try
            {
                if (!pages.MoveNext()) yield break;
            }
            catch (IOException e)
            {
                // The rest of the file is lost: counted, so the run ends non-zero.
                Refuse(file, $"page {pageNumber + 1} and after: cannot read on: {e.Message}");
                yield break;
            }
            pageNumber++;
            DecodedText page;
            try
            {
                page = TextDecoder.Decode(pages.Current);
            }
            catch (InvalidDataException e)
            {
                Refuse(file, $"page {pageNumber}: {e.Message}");
                continue;
            }
            if (page.RepairSummary() is { } repairs)
            {
                Summary.FilesRepaired++;
                Repaired?.Invoke($"{file}: page {pageNumber}: {repairs}");
            }
            yield return page.Text;
        }
    }

    /// <summary>One article a line. A line that is not a JSON object of the expected shape is
    /// reported with its number and skipped; the file's other lines are kept.</summary>
    private IEnumerable<SourceDocument> ReadJsonLines(IEnumerable<string> lines, string name, string file)
    {
        var lineNumber = 0;
        foreach (var line in lines)
        {
            lineNumber++;
            if (line.Trim().Length == 0) continue;
            SourceDocument document;
            try
            {
                document = ReadJsonLine(line, name, lineNumber);
            }
            catch (Exception e) when (e is Newtonsoft.Json.JsonException or FormatException or ArgumentException or InvalidCastException or OverflowException)
            {
                Summary.LinesRefused++;
                Refused?.Invoke($"{file}:{lineNumber}: not an article line: {e.Message}");
                continue;
            }
            yield return document;
        }
    }

    private static SourceDocument ReadJsonLine(string line, string name, int lineNumber)
    {
        var o = JObject.Parse(line);
        // A line of some other JSON (other field names) would otherwise become an empty record, silently.
        if (string.IsNullOrWhiteSpace((string?)o["text"] ?? (string?)o["body"]) && string.IsNullOrWhiteSpace((string?)o["title"]))
            throw new FormatException($"no article text: an article line needs \"text\" (or \"body\") or \"title\"; this one has " +
                                      (o.Count == 0 ? "no fields" : string.Join(", ", o.Properties().Take(8).Select(p => $"\"{p.Name}\""))));
        var id = (string?)o["id"] ?? (string?)o["url"] ?? $"{name}:{lineNumber}";
        return new SourceDocument
        {
            Source = id,
            Url = (string?)o["url"],
            Kind = DocumentKind.Article,
            Text = (string?)o["text"] ?? (string?)o["body"] ?? "",
            Title = (string?)o["title"],
            Published = (string?)o["published"] ?? (string?)o["date"],
            // Optional fields written by `pipeline crawl`.
            Kicker = (string?)o["kicker"],
            Subtitle = (string?)o["subtitle"],
            Page = (string?)o["page"],
            PageNumber = (int?)o["page_number"],
            Authors = o["authors"]?.ToObject<List<Author>>() ?? new List<Author>(),
            Captions = o["captions"]?.ToObject<List<string>>() ?? new List<string>(),
        };
    }
}

public sealed class InputSummary
{
    public int FilesRead { get; set; }
    public int FilesRefused { get; set; }
    /// <summary>Lines of JSONL inputs that were not article objects (their files were still read).</summary>
    public int LinesRefused { get; set; }
    public int ArticlesFound { get; set; }
    /// <summary>Files read with invalid bytes replaced (reported through <see cref="InputLoader.Repaired"/>).</summary>
    public int FilesRepaired { get; set; }
    public long BytesRead { get; set; }
    /// <summary>The file being read or extracted now, for progress lines.</summary>
    public string? Current { get; set; }
}
