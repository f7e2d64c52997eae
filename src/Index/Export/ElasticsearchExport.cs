using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Pipeline.Extract.Model;
using Pipeline.Extract.Output;

namespace Pipeline.Index.Export;

/// <summary>The archive for an Elasticsearch or OpenSearch cluster: bulk NDJSON (an <c>index</c> action line, then
/// the record itself as the document, its <c>_id</c> the record id, so loading a re-export replaces each article
/// instead of adding it twice) and the index template that maps it: SmartCn words and CJK bigrams for the text,
/// keyword fields for the facets, dates, and figures as nested documents so that one figure's metric, unit
/// and value are matched together.</summary>
public static class ElasticsearchExport
{
    public const string DefaultIndex = "articles";

    /// <summary>The date formats <c>published</c> takes: the record writes YYYY-MM-DD, YYYY-MM or YYYY.</summary>
    public const string DateFormats = "yyyy-MM-dd||yyyy-MM||yyyy";

    /// <summary>Two lines per record: the action and the document.</summary>
    public static IEnumerable<string> BulkLines(IEnumerable<ArticleRecord> records, string index = DefaultIndex)
    {
        ValidateIndexName(index);
        foreach (var record in records)
        {
            if (string.IsNullOrEmpty(record.Id)) throw new InvalidDataException($"a record titled '{record.Title}' has no id");
            yield return Action(index, record.Id);
            yield return RecordJson.Serialize(record);
        }
    }

    private static string Action(string index, string id) =>
        new JObject { ["index"] = new JObject { ["_index"] = index, ["_id"] = id } }.ToString(Formatting.None);

    /// <summary>Reads a bulk file back: each action line must be an <c>index</c> action whose <c>_id</c> is the id of
    /// the document on the next line.</summary>
    /// <exception cref="InvalidDataException">LINE: what is wrong.</exception>
    public static IEnumerable<(string Index, ArticleRecord Record)> ReadBulk(TextReader reader)
    {
        var number = 0;
        while (reader.ReadLine() is { } actionLine)
        {
            number++;
            if (actionLine.Length == 0) throw new InvalidDataException($"line {number}: empty line (NDJSON has none)");
            JObject action;
            try
            {
                action = JObject.Parse(actionLine);
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"line {number}: not a JSON action ({e.Message})");
            }
            if (action.Count != 1 || action["index"] is not JObject meta || meta["_index"]?.Type != JTokenType.String || meta["_id"]?.Type != JTokenType.String)
                throw new InvalidDataException($"line {number}: expected {{\"index\":{{\"_index\":…,\"_id\":…}}}}");
            var documentLine = reader.ReadLine() ?? throw new InvalidDataException($"line {number}: an action without its document");
            number++;
            ArticleRecord record;
            try
            {
                record = RecordJson.Deserialize(documentLine);
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"line {number}: not an article document ({e.Message})");
            }
            if (record.Id != (string)meta["_id"]!) throw new InvalidDataException($"line {number}: document id '{record.Id}' differs from the action's _id '{meta["_id"]}'");
            yield return ((string)meta["_index"]!, record);
        }
    }

    /// <summary>A composable index template for indexes named <paramref name="index"/> and <paramref name="index"/>-*.
    /// Needs the analysis-smartcn plugin (bundled with OpenSearch, one <c>elasticsearch-plugin install</c> for
    /// Elasticsearch).</summary>
    public static string IndexTemplate(string index = DefaultIndex, int shards = 1, int replicas = 1)
    {
        ValidateIndexName(index);
        static JObject Keyword() => new() { ["type"] = "keyword" };
        static JObject Boolean() => new() { ["type"] = "boolean" };
        static JObject Integer() => new() { ["type"] = "integer" };
        static JObject Disabled() => new() { ["type"] = "object", ["enabled"] = false };
        // A text field: words for ranking; a bigram sub-field and the copies into text / text_exact for exact matching.
        static JObject Text(bool copy) => new()
        {
            ["type"] = "text",
            ["analyzer"] = "zh_words",
            ["fields"] = new JObject { ["exact"] = new JObject { ["type"] = "text", ["analyzer"] = "zh_exact", ["norms"] = false } },
            ["copy_to"] = copy ? new JArray("text", "text_exact") : null,
        };
        static JObject Without(JObject o)
        {
            foreach (var p in o.Properties().Where(p => p.Value.Type == JTokenType.Null).ToList()) p.Remove();
            return o;
        }
        static JObject Entity(JObject properties) => new() { ["properties"] = properties };

        var mappings = new JObject
        {
            // Fields the record may gain later stay in _source (and so in round trips) without being indexed by guess.
            ["dynamic"] = false,
            ["properties"] = new JObject
            {
                ["id"] = Keyword(),
                ["source"] = Keyword(),
                ["url"] = Keyword(),
                ["title"] = Without(Text(copy: true)),
                ["kicker"] = Without(Text(copy: false)),
                ["subtitle"] = Without(Text(copy: false)),
                ["series"] = Keyword(),
                ["section"] = Keyword(),
                ["body"] = Without(Text(copy: true)),
                ["captions"] = Without(Text(copy: true)),
                ["pull_quotes"] = Without(Text(copy: false)),
                ["text"] = new JObject { ["type"] = "text", ["analyzer"] = "zh_words" },
                ["text_exact"] = new JObject { ["type"] = "text", ["analyzer"] = "zh_exact", ["norms"] = false },
                ["authors"] = Entity(new JObject { ["name"] = Keyword(), ["role"] = Keyword() }),
                ["published"] = new JObject { ["type"] = "date", ["format"] = DateFormats },
                ["published_inferred"] = Boolean(),
                ["page"] = Keyword(),
                ["page_number"] = Integer(),
                ["fragment"] = Boolean(),
                ["primary_zone"] = Keyword(),
                ["zones"] = Entity(new JObject
                {
                    ["name"] = Keyword(), ["aliases"] = Keyword(), ["kind"] = Keyword(), ["level"] = Keyword(),
                    ["province"] = Keyword(), ["city"] = Keyword(), ["in_gazetteer"] = Boolean(), ["coordinated"] = Boolean(),
                    ["mentions"] = Disabled(),
                }),
                ["enterprises"] = Entity(new JObject { ["name"] = Keyword(), ["aliases"] = Keyword(), ["kind"] = Keyword(), ["mentions"] = Disabled() }),
                ["figures"] = new JObject
                {
                    ["type"] = "nested",
                    ["properties"] = new JObject
                    {
                        ["text"] = Keyword(),
                        ["value"] = new JObject { ["type"] = "double" },
                        ["value_max"] = new JObject { ["type"] = "double" },
                        ["unit"] = Keyword(), ["kind"] = Keyword(), ["approx"] = Boolean(), ["digit"] = Boolean(),
                        ["metric"] = new JObject
                        {
                            ["type"] = "keyword",
                            ["fields"] = new JObject { ["text"] = new JObject { ["type"] = "text", ["analyzer"] = "zh_exact" } },
                        },
                        ["change"] = Boolean(), ["zone"] = Keyword(), ["enterprise"] = Keyword(),
                        // The figure as a fact (docs/record.md): who, which indicator, which period, what kind of change.
                        ["indicator"] = Keyword(), ["change_kind"] = Keyword(), ["of"] = Keyword(), ["share_of"] = Keyword(),
                        ["target"] = Boolean(),
                        ["subject"] = new JObject { ["properties"] = new JObject { ["name"] = Keyword(), ["kind"] = Keyword() } },
                        ["period"] = new JObject
                        {
                            ["properties"] = new JObject { ["value"] = Keyword(), ["value_end"] = Keyword() },
                        },
                        ["sentence"] = new JObject { ["type"] = "text", ["analyzer"] = "zh_words" },
                        ["field"] = Keyword(), ["start"] = Integer(), ["end"] = Integer(),
                    },
                },
                ["dates"] = Entity(new JObject
                {
                    ["text"] = Keyword(), ["value"] = Keyword(), ["value_end"] = Keyword(), ["granularity"] = Keyword(),
                    ["year_inferred"] = Boolean(), ["relative"] = Boolean(), ["field"] = Keyword(), ["start"] = Integer(), ["end"] = Integer(),
                }),
                ["page_header"] = Disabled(),
            },
        };
        var analysis = new JObject
        {
            ["analyzer"] = new JObject
            {
                // Words: SmartCn's tokenizer; full-width forms folded and Latin lower-cased as the project's analyzer does.
                ["zh_words"] = new JObject
                {
                    ["type"] = "custom", ["tokenizer"] = "smartcn_tokenizer", ["filter"] = new JArray("cjk_width", "lowercase", "smartcn_stop"),
                },
                // Exact matching: the standard tokenizer cuts Han into characters, cjk_bigram pairs them (as text_bigrams in the project).
                ["zh_exact"] = new JObject
                {
                    ["type"] = "custom", ["tokenizer"] = "standard", ["filter"] = new JArray("cjk_width", "lowercase", "cjk_bigram"),
                },
            },
        };
        var template = new JObject
        {
            ["index_patterns"] = new JArray(index, index + "-*"),
            ["priority"] = 200,
            ["_meta"] = new JObject { ["description"] = "pipeline article records (pipeline export mapping)", ["record"] = "docs/record.md" },
            ["template"] = new JObject
            {
                ["settings"] = new JObject
                {
                    ["number_of_shards"] = shards,
                    ["number_of_replicas"] = replicas,
                    ["analysis"] = analysis,
                },
                ["mappings"] = mappings,
            },
        };
        return template.ToString(Formatting.Indented);
    }

    /// <summary>Elasticsearch's rules for index names: lower case, no \ / * ? " &lt; &gt; | space , #, not starting with - _ +.</summary>
    public static void ValidateIndexName(string index)
    {
        if (string.IsNullOrWhiteSpace(index) || index != index.ToLowerInvariant() || index.IndexOfAny(new[] { '\\', '/', '*', '?', '"', '<', '>', '|', ' ', ',', '#', ':' }) >= 0
            || index[0] is '-' or '_' or '+' || index is "." or "..")
            throw new ArgumentException($"'{index}' is not a valid index name (lower case, none of \\ / * ? \" < > | , # : or spaces, not starting with - _ +)");
    }
}
