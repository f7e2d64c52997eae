namespace Pipeline.Index.Tests;

public sealed class UpdateTests : IDisposable
{
    private readonly SampleArchive _archive = new();

    public void Dispose() => _archive.Dispose();

    [Fact]
    public void Reindexing_an_article_replaces_it_and_its_figures()
    {
        using (var index = ArticleIndex.Open(_archive.Path))
        {
            index.Update(SampleArchive.Records());
            var changed = SampleArchive.Suzhou();
            changed.Title = "苏州工业园区发布年度报告";
            index.Update(new[] { changed });
            index.Update(new[] { changed });
            Assert.Equal(5, index.Count);
        }
        using var searcher = ArticleSearcher.Open(_archive.Path);
        Assert.Equal(5, searcher.ArticleCount);
        Assert.Equal(new[] { "a2" }, searcher.Search(new SearchRequest { Query = "年度报告" }).Hits.Select(h => h.Id));
        Assert.Equal(0, searcher.Search(new SearchRequest { Query = "\"再创新高\"" }).Total);
        Assert.Equal(3, searcher.Figures(new FigureQuery { Zones = new[] { "苏州工业园区" } }).Total);
    }

    [Fact]
    public void Every_keyword_and_numeric_value_is_indexed_when_two_threads_share_token_streams()
    {
        var records = new Pipeline.Index.Benchmark.ArchiveGenerator(SampleArchive.Records()).Generate(3000).ToList();
        using (var index = ArticleIndex.Open(_archive.Path))
        {
            index.Threads = 2;
            index.Update(records);
        }
        using var searcher = ArticleSearcher.Open(_archive.Path);
        Assert.Equal(3000, searcher.ArticleCount);
        foreach (var record in records.Where((_, i) => i % 37 == 0))
            Assert.Equal(record.Title, searcher.Get(record.Id)?.Title);
        foreach (var year in new[] { "2015", "2019", "2024" })
            Assert.Equal(records.Count(r => r.Published!.StartsWith(year, StringComparison.Ordinal)),
                searcher.Search(new SearchRequest { From = year, To = year, Limit = 0 }).Total);
        var figures = records.SelectMany(r => r.Figures).ToList();
        Assert.Equal(figures.Count(f => (f.ValueMax ?? f.Value) >= 1000 && f.Value <= 1_000_000),
            searcher.Figures(new FigureQuery { Min = 1000, Max = 1_000_000, Limit = 0 }).Total);
        Assert.Equal(figures.Count(f => f.Unit == "元"), searcher.Figures(new FigureQuery { Unit = "元", Limit = 0 }).Total);
        Assert.Equal(records.Count(r => r.Zones.Any(z => z.Name == "武汉东湖高新区")),
            searcher.Search(new SearchRequest { Zones = new[] { "光谷" }, Limit = 0 }).Total);
    }

    [Fact]
    public void Facet_counts_over_many_segments_and_a_reopen_equal_counts_taken_from_the_records()
    {
        var records = new Pipeline.Index.Benchmark.ArchiveGenerator(SampleArchive.Records()).Generate(2000).ToList();
        // A 1 MB buffer flushes many small segments.
        using (var index = ArticleIndex.Open(_archive.Path, ramBufferMb: 1)) index.Update(records.Take(1500));
        using var live = new RefreshingSearcher(_archive.Path) { CheckInterval = TimeSpan.Zero };
        void Check(IReadOnlyList<Pipeline.Extract.Model.ArticleRecord> indexed)
        {
            using var lease = live.Acquire();
            var result = lease.Searcher.Search(new SearchRequest { Query = "光谷 OR 产值 OR 比亚迪", Facets = ArticleSearcher.FacetFields, FacetLimit = 1000, Limit = 0 });
            var hits = indexed.Where(r => new[] { "光谷", "产值", "比亚迪" }.Any(w => (r.Title + "\n" + r.Body).Contains(w, StringComparison.Ordinal))).ToList();
            Assert.Equal(hits.Count, result.Total);
            var expectedZones = hits
                .SelectMany(r => r.Zones.Select(z => z.Name).Distinct()).GroupBy(z => z).ToDictionary(g => g.Key, g => g.Count());
            Assert.Equal(expectedZones.OrderBy(kv => kv.Key), result.Facets["zone"].ToDictionary(v => v.Value, v => v.Count).OrderBy(kv => kv.Key));
            var expectedYears = hits
                .GroupBy(r => r.Published![..4]).ToDictionary(g => g.Key, g => g.Count());
            Assert.Equal(expectedYears.OrderBy(kv => kv.Key), result.Facets["year"].ToDictionary(v => v.Value, v => v.Count).OrderBy(kv => kv.Key));
            Assert.True(expectedZones.Count >= 3);
        }
        Check(records.Take(1500).ToList());
        using (var index = ArticleIndex.Open(_archive.Path, ramBufferMb: 1)) index.Update(records.Skip(1500));
        Check(records);
    }

    [Fact]
    public void A_crash_keeps_the_last_commit_and_a_rerun_completes_the_index()
    {
        var records = SampleArchive.Records();
        using (var index = ArticleIndex.Open(_archive.Path)) index.Update(records.Take(2));

        var crashing = ArticleIndex.Open(_archive.Path);
        var renamed = SampleArchive.Donghu();
        renamed.Title = "未提交的标题";
        crashing.UpdateWithoutFinalCommit(records.Skip(2).Append(renamed));
        crashing.Rollback(); // the process dies before its commit

        using (var searcher = ArticleSearcher.Open(_archive.Path))
        {
            Assert.Equal(2, searcher.ArticleCount);
            Assert.Equal("东湖高新区建设零碳科技产业园", searcher.Get("a1")?.Title);
            Assert.Equal(4, searcher.Figures(new FigureQuery()).Total);
        }

        using (var index = ArticleIndex.Open(_archive.Path)) index.Update(records);
        using (var searcher = ArticleSearcher.Open(_archive.Path))
        {
            Assert.Equal(5, searcher.ArticleCount);
            Assert.Equal(5, searcher.Figures(new FigureQuery()).Total);
            Assert.Equal(new[] { "a1", "a2", "a3", "a4", "a5" }, searcher.Records().Select(r => r.Id));
        }
    }

    [Fact]
    public void Periodic_commits_survive_a_failure_in_the_input()
    {
        IEnumerable<Pipeline.Extract.Model.ArticleRecord> FailingAfterThree()
        {
            foreach (var r in SampleArchive.Records().Take(3)) yield return r;
            throw new InvalidDataException("records.jsonl:4: not an article record");
        }
        using (var index = ArticleIndex.Open(_archive.Path))
        {
            index.CommitEvery = 1;
            var e = Assert.Throws<InvalidDataException>(() => index.Update(FailingAfterThree()));
            Assert.Contains("records.jsonl:4", e.Message);
        }
        using var searcher = ArticleSearcher.Open(_archive.Path);
        Assert.Equal(3, searcher.ArticleCount);
    }

    [Fact]
    public void The_same_id_twice_in_one_run_keeps_the_later_record()
    {
        var first = SampleArchive.Optics();
        var second = SampleArchive.Optics();
        second.Title = "第二个版本";
        using (var index = ArticleIndex.Open(_archive.Path))
        {
            index.Threads = 2;
            index.Update(new[] { first, SampleArchive.Donghu(), second, SampleArchive.Suzhou() });
        }
        using var searcher = ArticleSearcher.Open(_archive.Path);
        Assert.Equal(3, searcher.ArticleCount);
        Assert.Equal("第二个版本", searcher.Get("a3")?.Title);
    }

    [Fact]
    public void Hand_written_records_with_nulls_are_indexed()
    {
        var record = Pipeline.Extract.Output.RecordJson.Deserialize(
            "{\"id\":\"n1\",\"title\":null,\"body\":\"园区新增企业5家。\",\"zones\":null,\"enterprises\":null,\"authors\":null," +
            "\"figures\":[{\"text\":\"5家\",\"value\":5,\"unit\":null,\"kind\":null}]}");
        using (var index = ArticleIndex.Open(_archive.Path)) index.Update(new[] { record });
        using var searcher = ArticleSearcher.Open(_archive.Path);
        Assert.Equal(new[] { "n1" }, searcher.Search(new SearchRequest { Query = "企业" }).Hits.Select(h => h.Id));
        Assert.Equal(1, searcher.Figures(new FigureQuery { Min = 5, Max = 5 }).Total);
    }

    [Fact]
    public void A_missing_index_is_named()
    {
        var e = Assert.Throws<DirectoryNotFoundException>(() => ArticleSearcher.Open(_archive.Path));
        Assert.Contains(_archive.Path, e.Message);
        Assert.False(ArticleIndex.Exists(_archive.Path));
    }
}

public sealed class SegmentTests : IDisposable
{
    private readonly SampleArchive _archive = new();

    public void Dispose() => _archive.Dispose();

    [Fact]
    public void Facet_counts_add_up_across_segments()
    {
        // Each Update commits, so every batch lands in its own segment with its own ordinals.
        using (var index = ArticleIndex.Open(_archive.Path))
            foreach (var record in SampleArchive.Records())
                index.Update(new[] { record });
        using var searcher = ArticleSearcher.Open(_archive.Path);
        var result = searcher.Search(new SearchRequest { Facets = new[] { "zone", "author", "page" } });
        Assert.Equal(5, result.Total);
        Assert.Equal(new FacetValue("武汉东湖高新区", 2), result.Facets["zone"][0]);
        Assert.Equal(new FacetValue("张三", 2), result.Facets["author"][0]);
        Assert.Equal(new[] { new FacetValue("01", 2), new FacetValue("02", 1), new FacetValue("03", 1) }, result.Facets["page"]);
    }
}
