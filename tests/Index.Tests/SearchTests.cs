namespace Pipeline.Index.Tests;

public sealed class SearchTests : IDisposable
{
    private readonly SampleArchive _archive = new();
    private readonly ArticleSearcher _searcher;

    public SearchTests() => _searcher = _archive.Build();

    public void Dispose()
    {
        _searcher.Dispose();
        _archive.Dispose();
    }

    private string[] Ids(SearchRequest request) => _searcher.Search(request).Hits.Select(h => h.Id).ToArray();

    [Fact]
    public void Phrase_query_matches_only_the_exact_phrase()
    {
        var phrase = Ids(new SearchRequest { Query = "\"零碳科技产业园\"" });
        Assert.Equal(new[] { "a1" }, phrase);

        // a3 has every word, in another order: it matches the words, not the phrase.
        var words = Ids(new SearchRequest { Query = "零碳 科技产业园" });
        Assert.Equal(new[] { "a1", "a3" }, words.OrderBy(x => x));
    }

    [Fact]
    public void A_long_word_does_not_match_texts_holding_only_a_part_of_it()
    {
        Assert.Equal(new[] { "a2" }, Ids(new SearchRequest { Query = "再创新高" }));
        Assert.Equal(new[] { "a2" }, Ids(new SearchRequest { Query = "\"再创新高\"" }));
        // The part alone finds both the long word and the part.
        Assert.Equal(new[] { "a2", "a5" }, Ids(new SearchRequest { Query = "创新" }).OrderBy(x => x));
    }

    [Fact]
    public void A_match_in_the_title_ranks_first()
    {
        // 光谷 is in a3's title and in a1's body only.
        var ids = Ids(new SearchRequest { Query = "光谷" });
        Assert.Equal(new[] { "a3", "a1" }, ids);
        var result = _searcher.Search(new SearchRequest { Query = "光谷" });
        Assert.True(result.Hits[0].Score > result.Hits[1].Score);
    }

    [Fact]
    public void Hits_carry_stored_fields()
    {
        var hit = Assert.Single(_searcher.Search(new SearchRequest { Query = "\"新能源汽车\"" }).Hits);
        Assert.Equal("a4", hit.Id);
        Assert.Equal("深圳高新区新能源汽车产业集群壮大", hit.Title);
        Assert.Equal("2023-01-08", hit.Published);
        Assert.Equal(new[] { "深圳高新区" }, hit.Zones);
        Assert.Equal(new[] { "比亚迪股份有限公司" }, hit.Enterprises);
    }

    [Fact]
    public void Malformed_query_is_reported_with_the_query()
    {
        var e = Assert.Throws<QuerySyntaxException>(() => _searcher.Search(new SearchRequest { Query = "\"unterminated" }));
        Assert.StartsWith("cannot understand the query '\"unterminated': ", e.Message);
        Assert.Contains("double quote", e.Reason);
        Assert.DoesNotContain('\n', e.Message);
        Assert.Contains("bracket", Assert.Throws<QuerySyntaxException>(() => _searcher.Search(new SearchRequest { Query = "title:(科技" })).Reason);
    }

    [Theory]
    [InlineData("产值 AND", "ends with AND")]
    [InlineData("OR 产值", "starts with OR")]
    [InlineData("光谷/东湖", "put it in double quotes")]
    [InlineData("产值 AND OR 营收", "follow each other")]
    [InlineData("营收 [2020", "range bracket")]
    public void Malformed_queries_are_explained_in_the_users_terms_not_the_parsers_grammar(string query, string expected)
    {
        var e = Assert.Throws<QuerySyntaxException>(() => _searcher.Search(new SearchRequest { Query = query }));
        Assert.Contains(expected, e.Reason);
        foreach (var grammar in new[] { "<EOF>", "Was expecting", "Lexical error", "Encountered", "<NOT>" })
            Assert.DoesNotContain(grammar, e.Message);
    }

    [Fact]
    public void An_overlong_query_is_not_echoed_whole()
    {
        var query = string.Concat(Enumerable.Repeat("产值 ", 4000)) + "\"";
        var e = Assert.Throws<QuerySyntaxException>(() => _searcher.Search(new SearchRequest { Query = query }));
        Assert.True(e.Message.Length < 400, e.Message);
        Assert.Contains("12,001 characters", e.Message);
    }

    [Fact]
    public void A_pure_negation_means_everything_else()
    {
        var ids = Ids(new SearchRequest { Query = "-零碳", Limit = 10 });
        Assert.Equal(new[] { "a2", "a4", "a5" }, ids.OrderBy(x => x));
    }

    [Fact]
    public void Facets_are_counted_on_the_filtered_set()
    {
        var all = _searcher.Search(new SearchRequest { Facets = new[] { "zone", "year" } });
        Assert.Equal(5, all.Total);
        Assert.Equal(new FacetValue("武汉东湖高新区", 2), all.Facets["zone"][0]);
        Assert.Equal(3, all.Facets["zone"].Count);
        Assert.Contains(new FacetValue("2022", 2), all.Facets["year"]);
        Assert.Contains(new FacetValue("2021", 1), all.Facets["year"]);

        // Filtered by an alias of the zone: the counts follow the two remaining articles.
        var donghu = _searcher.Search(new SearchRequest
        {
            Zones = new[] { "东湖高新区" },
            Facets = new[] { "author", "month", "page", "enterprise", "zone" },
        });
        Assert.Equal(2, donghu.Total);
        Assert.Equal(new[] { new FacetValue("张三", 2), new FacetValue("王五", 1) }, donghu.Facets["author"]);
        Assert.Equal(new[] { new FacetValue("2022-03", 1), new FacetValue("2022-05", 1) }, donghu.Facets["month"]);
        Assert.Equal(new[] { new FacetValue("01", 2) }, donghu.Facets["page"]);
        Assert.Equal(new[] { new FacetValue("长飞光纤光缆股份有限公司", 2) }, donghu.Facets["enterprise"]);
        Assert.Equal(new[] { new FacetValue("武汉东湖高新区", 2) }, donghu.Facets["zone"]);
    }

    [Fact]
    public void Facets_follow_the_query_and_every_match_is_counted()
    {
        var result = _searcher.Search(new SearchRequest { Query = "企业", Facets = new[] { "zone" }, Limit = 1 });
        Assert.Single(result.Hits);
        Assert.Equal(4, result.Total); // a1, a2, a3, a4 mention 企业
        Assert.Equal(4, result.Facets["zone"].Sum(f => f.Count));
    }

    [Fact]
    public void A_facet_value_drills_down()
    {
        Assert.Equal(new[] { "a3" }, Ids(new SearchRequest { Filters = new Dictionary<string, IReadOnlyList<string>> { ["author"] = new[] { "王五" } } }));
        Assert.Equal(new[] { "a2" }, Ids(new SearchRequest { Filters = new Dictionary<string, IReadOnlyList<string>> { ["year"] = new[] { "2021" } } }));
        Assert.Equal(new[] { "a4" }, Ids(new SearchRequest { Filters = new Dictionary<string, IReadOnlyList<string>> { ["page"] = new[] { "03" } } }));
        // Two values of one field: either; two fields: both.
        Assert.Equal(new[] { "a1", "a3", "a4" }, Ids(new SearchRequest { Filters = new Dictionary<string, IReadOnlyList<string>> { ["page"] = new[] { "01", "03" } } }).OrderBy(x => x));
        Assert.Equal(new[] { "a1" }, Ids(new SearchRequest
        {
            Filters = new Dictionary<string, IReadOnlyList<string>> { ["page"] = new[] { "01" }, ["month"] = new[] { "2022-03" } },
        }));
        Assert.Equal(new[] { "a4" }, Ids(new SearchRequest { Enterprises = new[] { "比亚迪" } }));
        Assert.Throws<ArgumentException>(() => _searcher.Search(new SearchRequest { Facets = new[] { "colour" } }));
    }

    [Fact]
    public void Date_range_covers_whole_periods_and_skips_unknown_dates()
    {
        Assert.Equal(new[] { "a1", "a3" }, Ids(new SearchRequest { From = "2022", To = "2022" }).OrderBy(x => x));
        Assert.Equal(new[] { "a3", "a4" }, Ids(new SearchRequest { From = "2022-04" }).OrderBy(x => x));
        Assert.Equal(new[] { "a2" }, Ids(new SearchRequest { To = "2021-12" }));
        Assert.Equal(new[] { "a1" }, Ids(new SearchRequest { From = "2022-03-15", To = "2022-03-15" }));
        Assert.Throws<ArgumentException>(() => _searcher.Search(new SearchRequest { From = "2022/03" }));
    }

    [Fact]
    public void Date_sort_puts_newest_first_and_unknown_last()
    {
        Assert.Equal(new[] { "a4", "a3", "a1", "a2", "a5" }, Ids(new SearchRequest { Sort = SearchSort.Date }));
        Assert.Equal(new[] { "a3", "a1" }, Ids(new SearchRequest { Query = "零碳", Sort = SearchSort.Date }));
    }

    [Fact]
    public void Limit_and_offset_page_through_the_hits()
    {
        var page2 = _searcher.Search(new SearchRequest { Sort = SearchSort.Date, Limit = 2, Offset = 2 });
        Assert.Equal(5, page2.Total);
        Assert.Equal(new[] { "a1", "a2" }, page2.Hits.Select(h => h.Id));
    }

    [Fact]
    public void Snippets_mark_the_query_terms()
    {
        var hit = Assert.Single(_searcher.Search(new SearchRequest { Query = "\"绿色电力\"" }).Hits);
        var snippet = Assert.Single(hit.Snippets);
        Assert.Contains("【绿色电力】", snippet.ToTerminal());
        Assert.Contains("<mark>绿色电力</mark>", snippet.ToHtml());
        // The passage is the sentence holding the term, without the line break before it.
        Assert.StartsWith("光谷企业积极参与低碳转型", snippet.PlainText);
        Assert.EndsWith("。", snippet.PlainText);
    }

    [Fact]
    public void A_Simplified_query_finds_and_marks_a_Traditional_article()
    {
        using var archive = new SampleArchive();
        using var searcher = archive.Build(new[]
        {
            new Pipeline.Extract.Model.ArticleRecord { Id = "t1", Title = "深圳高新區晶片產業", Body = "深圳高新區去年積體電路產值成長兩成。園區另有新能源企業。", Published = "2023-04-01" },
            new Pipeline.Extract.Model.ArticleRecord { Id = "s1", Title = "深圳高新区新能源", Body = "深圳高新区新能源汽车产业集聚。", Published = "2023-04-02" },
        });
        var hits = searcher.Search(new SearchRequest { Query = "\"深圳高新区\" 产值", MaxSnippets = 1 }).Hits;
        var hit = Assert.Single(hits);
        Assert.Equal("t1", hit.Id);
        // The original (Traditional) text is shown, marked where the folded words matched.
        Assert.StartsWith("【深圳高新區】去年積體電路【產值】成長兩成。", Assert.Single(hit.Snippets).ToTerminal());
        Assert.Equal(new[] { "s1", "t1" }, searcher.Search(new SearchRequest { Query = "高新區" }).Hits.Select(h => h.Id).Order());
    }

    [Fact]
    public void Snippets_prefer_passages_with_more_distinct_terms()
    {
        var hit = _searcher.Search(new SearchRequest { Query = "长飞 研发", MaxSnippets = 1 }).Hits.Single();
        Assert.Equal("a3", hit.Id);
        var text = Assert.Single(hit.Snippets).ToTerminal();
        Assert.Contains("【长飞】", text);
        Assert.Contains("【研发】", text);
    }

    [Fact]
    public void Html_snippets_escape_the_text()
    {
        var hit = Assert.Single(_searcher.Search(new SearchRequest { Query = "高质量" }).Hits);
        var html = Assert.Single(hit.Snippets).ToHtml();
        Assert.Contains("&amp;", html);
        Assert.Contains("&lt;", html);
        Assert.Contains("<mark>", html);
        Assert.DoesNotContain("<关键", html);
    }

    [Fact]
    public void A_title_only_match_shows_the_lead()
    {
        var hit = Assert.Single(_searcher.Search(new SearchRequest { Query = "title:评论" }).Hits);
        var snippet = Assert.Single(hit.Snippets);
        Assert.All(snippet.Parts, p => Assert.False(p.Marked));
        Assert.StartsWith("科技创新", snippet.PlainText);
    }

    [Fact]
    public void Every_record_comes_back_whole()
    {
        var records = _searcher.Records().ToList();
        Assert.Equal(new[] { "a1", "a2", "a3", "a4", "a5" }, records.Select(r => r.Id));
        var suzhou = records[1];
        Assert.Equal(SampleArchive.Suzhou().Body, suzhou.Body);
        Assert.Equal(3, suzhou.Figures.Count);
        Assert.Equal(11.7m, suzhou.Figures[1].Value);

        Assert.Equal("苏州工业园区产值再创新高", _searcher.Get("a2")?.Title);
        Assert.Null(_searcher.Get("nope"));
    }

    [Fact]
    public void Dates_and_zones_of_matching_articles_come_from_doc_values()
    {
        var all = _searcher.DatedZones(new SearchRequest()).OrderBy(a => a.Published ?? "").ThenBy(a => a.PrimaryZone).ToList();
        Assert.Equal(5, all.Count);
        Assert.Equal(new string?[] { null, "2021-12-20", "2022-03-15", "2022-05", "2023-01-08" }, all.Select(a => a.Published));
        Assert.Equal(new[] { "武汉东湖高新区" }, all[3].Zones);
        Assert.Equal("武汉东湖高新区", all[3].PrimaryZone);
        Assert.Empty(all[0].Zones);
        Assert.Null(all[0].PrimaryZone);

        // The query and filters of a search apply; limits do not.
        var donghu = _searcher.DatedZones(new SearchRequest { Query = "长飞", Zones = new[] { "光谷" }, Limit = 0 });
        Assert.Equal(new[] { "2022-03-15", "2022-05" }, donghu.Select(a => a.Published).Order());
        Assert.Throws<QuerySyntaxException>(() => _searcher.DatedZones(new SearchRequest { Query = "AND (" }));
    }
}
