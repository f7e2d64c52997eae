using Pipeline.Extract.Model;

namespace Pipeline.Index.Tests;

/// <summary>A term the segmenter cuts into several words is ranked by how often the string itself occurs
/// (<see cref="StringCountQuery"/>), not by its words apart; the matches are the exact ones either way.</summary>
public sealed class StringCountRankingTests : IDisposable
{
    private readonly SampleArchive _archive = new();

    public void Dispose() => _archive.Dispose();

    private static ArticleRecord Article(string id, string body) => new() { Id = id, Title = "通报", Body = body, Published = "2024-05-10" };

    // Written for this test: 公司负责人 (cut 公司 / 负责人) twice in s1; once in s2, whose words 公司 and 负责人 stand apart
    // many times; once in s3 and three times in s4, texts of the same length; and s5 without it (its words apart only).
    private static readonly ArticleRecord[] Records =
    {
        Article("s1", "公司负责人介绍，今年订单增长。公司负责人表示，新厂房年底投产。"),
        Article("s2", "公司负责人说明情况。公司公司公司公司公司公司，负责人负责人负责人负责人负责人负责人。"),
        Article("s3", "园区召开座谈会，一家公司负责人发言，其他代表提问，会议持续两小时。"),
        Article("s4", "公司负责人发言，公司负责人提问，公司负责人总结，会议持续两小时。"),
        Article("s5", "这家公司的负责人没有到场，公司另派代表。"),
    };

    [Fact]
    public void A_term_of_several_words_ranks_by_the_count_of_its_string()
    {
        using var searcher = _archive.Build(Records);
        searcher.CacheBroadResults = false;
        foreach (var query in new[] { "公司负责人", "\"公司负责人\"" })
        {
            var result = searcher.Search(new SearchRequest { Query = query, Limit = 10, MaxSnippets = 0 });
            // Exactly the articles holding the string, whatever the ranking.
            Assert.Equal(new[] { "s1", "s2", "s3", "s4" }, result.Hits.Select(h => h.Id).Order());
            var order = result.Hits.Select(h => h.Id).ToList();
            Assert.True(order.IndexOf("s4") < order.IndexOf("s3"), $"{query}: three occurrences before one in a text as long: {string.Join(" ", order)}");
            Assert.True(order.IndexOf("s1") < order.IndexOf("s2"), $"{query}: the string twice before once with its words apart: {string.Join(" ", order)}");
        }
        // Ranked by its words, the article full of 公司 and 负责人 apart would come before the one holding the string twice.
        searcher.RankStringsByCount = false;
        var byWords = searcher.Search(new SearchRequest { Query = "公司负责人", Limit = 10, MaxSnippets = 0 }).Hits.Select(h => h.Id).ToList();
        Assert.True(byWords.IndexOf("s2") < byWords.IndexOf("s1"), string.Join(" ", byWords));
    }
}
