using Pipeline.Extract.Model;

namespace Pipeline.Index.Tests;

/// <summary>A term that names a known company or zone ranks the articles carrying it as an extracted entity first;
/// which articles match stays the exact-match set (issue 14, search quality).</summary>
public sealed class EntityRankingTests : IDisposable
{
    private readonly SampleArchive _archive = new();
    private readonly ArticleSearcher _searcher;

    private static ArticleRecord Article(string id, string title, string body, EnterpriseEntity? firm = null, ZoneEntity? zone = null) => new()
    {
        Id = id, Title = title, Body = body, Published = "2024-05-0" + (id.Length % 9 + 1),
        Enterprises = firm == null ? new List<EnterpriseEntity>() : new List<EnterpriseEntity> { firm },
        Zones = zone == null ? new List<ZoneEntity>() : new List<ZoneEntity> { zone },
    };

    private static EnterpriseEntity Firm => new() { Name = "南京云帆智造科技有限公司", Aliases = new List<string> { "云帆智造" } };
    private static ZoneEntity Valley => new() { Name = "武汉东湖高新区", Aliases = new List<string> { "东湖高新区", "光谷" } };

    private static readonly ArticleRecord[] Records =
    {
        // The company is what a1 is about; it names it once.
        Article("a1", "一家装备企业的转型", "南京云帆智造科技有限公司今年新建两条产线，产能提升三成。", firm: Firm),
        // b1 and b2 only quote the name among others, several times, in titles as well: by words alone they rank first.
        Article("b1", "云帆智造云帆智造：同行点评", "记者走访了云帆智造、云帆智造的供应商以及云帆智造的客户，云帆智造一词反复出现。"),
        Article("b2", "南京云帆智造科技有限公司等企业名单", "名单包括南京云帆智造科技有限公司、南京云帆智造科技有限公司分部等二十家单位。"),
        Article("z1", "园区新政", "东湖高新区发布人才新政，覆盖重点产业。", zone: Valley),
        Article("z2", "东湖高新区东湖高新区观察", "外地园区学习东湖高新区经验，东湖高新区的做法被多次提及。"),
    };

    public EntityRankingTests() => _searcher = _archive.Build(Records);

    public void Dispose()
    {
        _searcher.Dispose();
        _archive.Dispose();
    }

    private string[] Ranked(string query) => _searcher.Search(new SearchRequest { Query = query, MaxSnippets = 0 }).Hits.Select(h => h.Id).ToArray();

    [Fact]
    public void A_company_name_or_short_name_ranks_the_article_carrying_the_company_first()
    {
        Assert.Equal("a1", Ranked("南京云帆智造科技有限公司")[0]);
        Assert.Equal("a1", Ranked("云帆智造")[0]);
        // A term containing the short name is about the company too.
        Assert.Equal("a1", Ranked("南京云帆智造")[0]);
    }

    [Fact]
    public void A_zone_name_or_alias_ranks_the_article_carrying_the_zone_first()
    {
        Assert.Equal("z1", Ranked("东湖高新区")[0]);
        Assert.Equal("z1", Ranked("武汉东湖高新区 OR 东湖高新区")[0]);
    }

    [Fact]
    public void The_hit_set_is_still_the_exact_match_set()
    {
        Assert.Equal(new[] { "a1", "b1", "b2" }, _searcher.MatchingIds("云帆智造").OrderBy(x => x, StringComparer.Ordinal));
        // b1 contains the short name only: the full name does not find it, however high a1 ranks.
        Assert.Equal(new[] { "a1", "b2" }, Ranked("南京云帆智造科技有限公司").OrderBy(x => x, StringComparer.Ordinal));
        // Naming the company adds no article that lacks the rest of the term (b1 has the short name without 南京).
        Assert.Equal(new[] { "a1", "b2" }, Ranked("南京云帆智造").OrderBy(x => x, StringComparer.Ordinal));
    }

    [Fact]
    public void Without_the_entity_signal_the_words_rank_the_quoting_articles_first()
    {
        _searcher.RankEntitiesFirst = false;
        try
        {
            Assert.NotEqual("a1", Ranked("云帆智造")[0]);
        }
        finally
        {
            _searcher.RankEntitiesFirst = true;
        }
    }

    [Fact]
    public void Names_are_found_inside_a_term_longest_first_and_short_ones_only_whole()
    {
        using var directory = Lucene.Net.Store.FSDirectory.Open(_archive.Path);
        using var reader = Lucene.Net.Index.DirectoryReader.Open(directory);
        var names = EntityNames.Read(reader);
        Assert.Equal(new[] { (IndexSchema.Enterprise, "南京云帆智造科技有限公司") }, names.In("南京云帆智造科技有限公司"));
        Assert.Equal(new[] { (IndexSchema.Enterprise, "云帆智造") }, names.In("南京云帆智造"));
        Assert.Equal(new[] { (IndexSchema.Zone, "光谷") }, names.In("光谷"));
        // A two-character name inside a longer term is no mention of it (光谷 in 光谷物流 may be; 光谷 in 观光谷地 is not).
        Assert.Empty(names.In("观光谷地"));
        Assert.Empty(names.In("新能源"));
    }
}
