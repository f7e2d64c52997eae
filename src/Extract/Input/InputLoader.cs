using Newtonsoft.Json.Linq;
using Pipeline.Extract.Html;
using Pipeline.Extract.Model;

namespace Pipeline.Extract.Input;

/// <summary>Turns command-line inputs (files, folders, "-" for standard input) into source documents.
/// A file that cannot be read (missing, empty, binary, neither UTF-8 nor GB18030) is reported with its
/// name and counted as refused; the rest of the batch goes on.</summary>
public sealed class InputLoader
{
    private static readonly string[] Extensions = { ".txt", ".html", ".htm", ".jsonl" };

    public InputSummary Summary { get; } = new();

    public event Action<string>? Refused;

    public IEnumerable<SourceDocument> Load(IEnumerable<string> inputs, TextReader? stdin = null)
    {
        foreach (var input in inputs)
        {
            if (input == "-")
            {
                var text = (stdin ?? Console.In).ReadToEnd();
                if (text.Trim().Length == 0)
                {
                    Refuse("stdin", "empty input");
                    continue;
                }
                Summary.FilesRead++;
                yield return new SourceDocument { Source = "stdin", Kind = DocumentKind.PageText, Text = text };
                continue;
            }
            IEnumerable<string> files;
            if (Directory.Exists(input))
                files = Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                    .OrderBy(f => f, StringComparer.Ordinal);
            else if (File.Exists(input)) files = new[] { input };
            else
            {
                Refuse(input, "no such file or folder");
                continue;
            }
            foreach (var file in files)
            {
                List<SourceDocument> documents;
                try
                {
                    documents = LoadFile(file).ToList();
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

    private static IEnumerable<SourceDocument> LoadFile(string file)
    {
        var text = TextDecoder.Decode(File.ReadAllBytes(file)).Text;
        var name = Path.GetFileName(file);
        switch (Path.GetExtension(file).ToLowerInvariant())
        {
            case ".html":
            case ".htm":
                return new[] { HtmlArticleParser.Parse(text, name) };
            case ".jsonl":
                return ReadJsonLines(text, name);
            default:
                return new[] { new SourceDocument { Source = name, Kind = DocumentKind.PageText, Text = text } };
        }
    }

    private static IEnumerable<SourceDocument> ReadJsonLines(string text, string name)
    {
        var result = new List<SourceDocument>();
        var lineNumber = 0;
        foreach (var line in text.Split('\n'))
        {
            lineNumber++;
            if (line.Trim().Length == 0) continue;
            var o = JObject.Parse(line);
            var id = (string?)o["id"] ?? (string?)o["url"] ?? $"{name}:{lineNumber}";
            result.Add(new SourceDocument
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
            });
        }
        return result;
    }
}

public sealed class InputSummary
{
    public int FilesRead { get; set; }
    public int FilesRefused { get; set; }
    public int ArticlesFound { get; set; }
}
