using Newtonsoft.Json;
using Pipeline.Extract.Model;

namespace Pipeline.Crawler.Storage;

/// <summary>One line of articles.jsonl. <c>text</c> and <c>body</c> both hold the body (paragraphs
/// joined by "\n"), and <c>published</c> is the edition date, so <c>pipeline extract</c> reads the file as is.</summary>
public sealed class CrawledArticle
{
    [JsonProperty("id")] public string Id { get; set; } = "";
    [JsonProperty("url")] public string Url { get; set; } = "";
    [JsonProperty("date")] public string Date { get; set; } = "";
    [JsonProperty("page")] public string? Page { get; set; }
    [JsonProperty("page_number")] public int? PageNumber { get; set; }
    [JsonProperty("kicker")] public string? Kicker { get; set; }
    [JsonProperty("title")] public string Title { get; set; } = "";
    [JsonProperty("subtitle")] public string? Subtitle { get; set; }
    /// <summary>The byline as printed.</summary>
    [JsonProperty("author")] public string? Author { get; set; }
    [JsonProperty("authors")] public List<Author> Authors { get; set; } = new();
    [JsonProperty("body")] public string Body { get; set; } = "";
    [JsonProperty("text")] public string Text { get; set; } = "";
    [JsonProperty("captions")] public List<string> Captions { get; set; } = new();
    [JsonProperty("images")] public List<CrawledImage> Images { get; set; } = new();
    [JsonProperty("published")] public string Published { get; set; } = "";
}

public sealed class CrawledImage
{
    [JsonProperty("url")] public string Url { get; set; } = "";
    [JsonProperty("caption")] public string? Caption { get; set; }
}
