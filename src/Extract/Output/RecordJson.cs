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

    public static string Serialize(ArticleRecord record) => JsonConvert.SerializeObject(record, Settings);

    /// <summary>Writes the record as one JSON line straight into <paramref name="writer"/>, no string in between: the
    /// bytes <see cref="Serialize"/> gives (the same writer, property by property in the model's order), without the
    /// serializer's reflection, which cost more than the writing itself.</summary>
    public static void WriteLine(TextWriter writer, ArticleRecord record)
    {
        var json = new JsonTextWriter(writer) { Formatting = Formatting.None, CloseOutput = false, AutoCompleteOnClose = false };
        Write(json, record);
        writer.Write('\n');
    }

    /// <summary>The record as the serializer writes it with <see cref="Settings"/>: every property of the model under its JSON name, in
    /// declaration order; null written as null, except the two properties marked to be left out when null.</summary>
    private static void Write(JsonWriter json, ArticleRecord r)
    {
        json.WriteStartObject();
        Property(json, "id", r.Id);
        Property(json, "source", r.Source);
        if (r.Url != null) Property(json, "url", r.Url);
        Property(json, "title", r.Title);
        Property(json, "kicker", r.Kicker);
        Property(json, "subtitle", r.Subtitle);
        Property(json, "series", r.Series);
        Property(json, "section", r.Section);
        List(json, "authors", r.Authors, Write);
        Property(json, "published", r.Published);
        Property(json, "published_inferred", r.PublishedInferred);
        Property(json, "page", r.Page);
        json.WritePropertyName("page_number");
        json.WriteValue(r.PageNumber);
        Property(json, "fragment", r.Fragment);
        Property(json, "body", r.Body);
        Strings(json, "captions", r.Captions);
        Strings(json, "pull_quotes", r.PullQuotes);
        if (r.PageHeader != null) Strings(json, "page_header", r.PageHeader);
        Property(json, "primary_zone", r.PrimaryZone);
        List(json, "zones", r.Zones, Write);
        List(json, "enterprises", r.Enterprises, Write);
        List(json, "figures", r.Figures, Write);
        List(json, "dates", r.Dates, Write);
        json.WriteEndObject();
    }

    private static void Write(JsonWriter json, Author a)
    {
        json.WriteStartObject();
        Property(json, "name", a.Name);
        Property(json, "role", a.Role);
        json.WriteEndObject();
    }

    private static void Write(JsonWriter json, Mention m)
    {
        json.WriteStartObject();
        Property(json, "text", m.Text);
        Property(json, "start", m.Start);
        Property(json, "end", m.End);
        json.WriteEndObject();
    }

    private static void Write(JsonWriter json, ZoneEntity z)
    {
        json.WriteStartObject();
        Property(json, "name", z.Name);
        Strings(json, "aliases", z.Aliases);
        Property(json, "kind", z.Kind);
        Property(json, "level", z.Level);
        Property(json, "province", z.Province);
        Property(json, "city", z.City);
        Property(json, "in_gazetteer", z.InGazetteer);
        Property(json, "coordinated", z.Coordinated);
        List(json, "mentions", z.Mentions, Write);
        json.WriteEndObject();
    }

    private static void Write(JsonWriter json, EnterpriseEntity e)
    {
        json.WriteStartObject();
        Property(json, "name", e.Name);
        Strings(json, "aliases", e.Aliases);
        Property(json, "kind", e.Kind);
        List(json, "mentions", e.Mentions, Write);
        json.WriteEndObject();
    }

    private static void Write(JsonWriter json, FigureEntity f)
    {
        json.WriteStartObject();
        Property(json, "text", f.Text);
        json.WritePropertyName("value");
        json.WriteValue(f.Value);
        json.WritePropertyName("value_max");
        json.WriteValue(f.ValueMax);
        Property(json, "unit", f.Unit);
        Property(json, "kind", f.Kind);
        Property(json, "approx", f.Approx);
        Property(json, "digit", f.Digit);
        Property(json, "metric", f.Metric);
        Property(json, "indicator", f.Indicator);
        Property(json, "change", f.Change);
        Property(json, "change_kind", f.ChangeKind);
        Property(json, "of", f.Of);
        Property(json, "share_of", f.ShareOf);
        Property(json, "target", f.Target);
        json.WritePropertyName("subject");
        if (f.Subject is { } subject)
        {
            json.WriteStartObject();
            Property(json, "name", subject.Name);
            Property(json, "kind", subject.Kind);
            json.WriteEndObject();
        }
        else json.WriteNull();
        json.WritePropertyName("period");
        if (f.Period is { } period)
        {
            json.WriteStartObject();
            Property(json, "value", period.Value);
            Property(json, "value_end", period.ValueEnd);
            json.WriteEndObject();
        }
        else json.WriteNull();
        Property(json, "zone", f.Zone);
        Property(json, "enterprise", f.Enterprise);
        Property(json, "sentence", f.Sentence);
        Property(json, "field", f.Field);
        Property(json, "start", f.Start);
        Property(json, "end", f.End);
        json.WriteEndObject();
    }

    private static void Write(JsonWriter json, DateEntity d)
    {
        json.WriteStartObject();
        Property(json, "text", d.Text);
        Property(json, "value", d.Value);
        Property(json, "value_end", d.ValueEnd);
        Property(json, "granularity", d.Granularity);
        Property(json, "year_inferred", d.YearInferred);
        Property(json, "relative", d.Relative);
        Property(json, "field", d.Field);
        Property(json, "start", d.Start);
        Property(json, "end", d.End);
        json.WriteEndObject();
    }

    private static void Property(JsonWriter json, string name, string? value)
    {
        json.WritePropertyName(name);
        json.WriteValue(value);
    }

    private static void Property(JsonWriter json, string name, bool value)
    {
        json.WritePropertyName(name);
        json.WriteValue(value);
    }

    private static void Property(JsonWriter json, string name, int value)
    {
        json.WritePropertyName(name);
        json.WriteValue(value);
    }

    private static void Strings(JsonWriter json, string name, List<string>? values)
    {
        json.WritePropertyName(name);
        if (values == null)
        {
            json.WriteNull();
            return;
        }
        json.WriteStartArray();
        foreach (var value in values) json.WriteValue(value);
        json.WriteEndArray();
    }

    private static void List<T>(JsonWriter json, string name, List<T>? items, Action<JsonWriter, T> write) where T : class
    {
        json.WritePropertyName(name);
        if (items == null)
        {
            json.WriteNull();
            return;
        }
        json.WriteStartArray();
        foreach (var item in items)
        {
            if (item == null) json.WriteNull();
            else write(json, item);
        }
        json.WriteEndArray();
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
