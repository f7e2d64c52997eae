using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Pipeline.Extract.Output;

namespace Pipeline.Index;

/// <summary>The stable JSON forms of search and figure results (documented in docs/search.md).
/// Snippets are objects: the plain text, and HTML with the text escaped and query terms in &lt;mark&gt;; the web
/// API (/api/search) returns this same shape.</summary>
public static class ResultJson
{
    public static JObject ToJson(SearchResult result, SearchRequest request) => new()
    {
        ["query"] = request.Query,
        ["total"] = result.Total,
        ["offset"] = request.Offset,
        ["limit"] = request.Limit,
        ["hits"] = new JArray(result.Hits.Select(h => new JObject
        {
            ["id"] = h.Id,
            ["title"] = h.Title,
            ["url"] = h.Url,
            ["published"] = h.Published,
            ["zones"] = new JArray(h.Zones),
            ["enterprises"] = new JArray(h.Enterprises),
            ["score"] = Math.Round((double)h.Score, 4),
            ["snippets"] = new JArray(h.Snippets.Select(s => new JObject { ["text"] = s.PlainText, ["html"] = s.ToHtml() })),
            ["body"] = h.Body,
        })),
        ["facets"] = new JObject(result.Facets.Select(f => new JProperty(f.Key,
            new JArray(f.Value.Select(v => new JObject { ["value"] = v.Value, ["count"] = v.Count }))))),
    };

    public static JObject ToJson(FigureResult result, FigureQuery query) => new()
    {
        ["total"] = result.Total,
        ["offset"] = query.Offset,
        ["limit"] = query.Limit,
        ["rows"] = JArray.FromObject(result.Rows, JsonSerializer.Create(RecordJson.Settings)),
    };

    /// <summary>Indented, Chinese unescaped, invariant numbers.</summary>
    public static string Write(JObject json)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        using (var w = new JsonTextWriter(writer) { Formatting = Formatting.Indented, StringEscapeHandling = StringEscapeHandling.Default })
            json.WriteTo(w);
        return writer.ToString();
    }
}
