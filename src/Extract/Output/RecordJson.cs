using System.Text;
using Newtonsoft.Json;
using Pipeline.Extract.Model;

namespace Pipeline.Extract.Output;

/// <summary>JSON Lines for article records: UTF-8 without BOM, Chinese unescaped, one record a line.</summary>
public static class RecordJson
{
    public static readonly JsonSerializerSettings Settings = new()
    {
        Formatting = Formatting.None,
        StringEscapeHandling = StringEscapeHandling.Default,
        NullValueHandling = NullValueHandling.Include,
        FloatParseHandling = FloatParseHandling.Decimal,
    };

    /// <summary>Made once: building a serializer per record costs more than writing a small record.</summary>
    private static readonly JsonSerializer Serializer = JsonSerializer.CreateDefault(Settings);

    public static string Serialize(ArticleRecord record) => JsonConvert.SerializeObject(record, Settings);

    /// <summary>Writes the record as one JSON line straight into <paramref name="writer"/>, no string in between.</summary>
    public static void WriteLine(TextWriter writer, ArticleRecord record)
    {
        var json = new JsonTextWriter(writer) { Formatting = Formatting.None, CloseOutput = false, AutoCompleteOnClose = false };
        Serializer.Serialize(json, record);
        writer.Write('\n');
    }

    public static ArticleRecord Deserialize(string line) =>
        JsonConvert.DeserializeObject<ArticleRecord>(line, Settings) ?? throw new JsonException("empty record line");

    /// <summary>Writes to FILE.tmp and renames, so a reader never sees half a file.</summary>
    public static void WriteAll(string path, IEnumerable<ArticleRecord> records)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(dir);
        var tmp = path + ".tmp";
        using (var w = new StreamWriter(tmp, false, new UTF8Encoding(false), bufferSize: 1 << 16))
        {
            foreach (var r in records) WriteLine(w, r);
        }
        File.Move(tmp, path, overwrite: true);
    }

    public static IEnumerable<ArticleRecord> ReadAll(string path)
    {
        var n = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            n++;
            if (line.Trim().Length == 0) continue;
            ArticleRecord record;
            try
            {
                record = Deserialize(line);
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{path}:{n}: not an article record: {e.Message}", e);
            }
            yield return record;
        }
    }
}
