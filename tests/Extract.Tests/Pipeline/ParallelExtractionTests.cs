using System.Text;
using Pipeline.Extract.Input;
using Pipeline.Extract.Model;
using Pipeline.Extract.Output;
using Pipeline.Extract.Pipeline;
using Pipeline.Extract.Tests.Segmentation;

namespace Pipeline.Extract.Tests.Pipeline;

/// <summary>Extraction gives the same bytes however it is run: one source at a time or many on several
/// threads, one JSONL file or its lines apart, a small JSONL file read whole or a large one streamed.</summary>
public sealed class ParallelExtractionTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "parallel-" + Guid.NewGuid().ToString("N"));

    public ParallelExtractionTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, true);

    private static IEnumerable<string> Folders()
    {
        var folders = RecordSnapshotTests.CorpusPageFolders().ToList();
        if (Directory.Exists(SegmentationTexts.SeedDirectory)) folders.Add(SegmentationTexts.SeedDirectory);
        return folders;
    }

    private static string Json(ArticleRecord record)
    {
        var writer = new StringWriter();
        RecordJson.WriteLine(writer, record);
        return writer.ToString();
    }

    [Fact]
    public void ParallelRunsGiveTheSequentialRecordsInTheSameOrder()
    {
        var pipeline = ExtractionPipeline.CreateDefault();
        var sequential = new List<string>();
        foreach (var source in new InputLoader().Load(Folders()))
            foreach (var record in pipeline.Process(source))
                sequential.Add(Json(record));
        Assert.True(sequential.Count > 100);
        foreach (var threads in new[] { 1, 2, 4 })
        {
            var parallel = pipeline.ProcessAll(new InputLoader().Load(Folders()), parallelism: threads)
                .Select(r => Json(Assert.IsType<ArticleRecord>(r.Record))).ToList();
            Assert.Equal(sequential, parallel);
        }
    }

    [Fact]
    public void RecordsAreWrittenAsJsonConvertWritesThem()
    {
        var pipeline = ExtractionPipeline.CreateDefault();
        foreach (var source in new InputLoader().Load(RecordSnapshotTests.CorpusPageFolders().Take(1)))
            foreach (var record in pipeline.Process(source))
                Assert.Equal(RecordJson.Serialize(record) + "\n", Json(record));
    }

    [Fact]
    public void OneJsonlFileGivesTheRecordsOfItsLinesApartAndStreamedTheSame()
    {
        var texts = new InputLoader().Load(RecordSnapshotTests.CorpusPageFolders()).Take(12).ToList();
        var lines = texts.Select((t, i) => Newtonsoft.Json.JsonConvert.SerializeObject(new { id = $"a{i}", title = $"标题{i}", published = "2023-03-16", text = t.Text })).ToList();
        var whole = Path.Combine(_dir, "all.jsonl");
        File.WriteAllText(whole, string.Join("\n", lines) + "\n", new UTF8Encoding(false));
        for (var i = 0; i < lines.Count; i++) File.WriteAllText(Path.Combine(_dir, $"one-{i:D2}.jsonl"), lines[i], new UTF8Encoding(false));
        var pipeline = ExtractionPipeline.CreateDefault();
        List<string> Extract(InputLoader loader, IEnumerable<string> inputs, int threads) =>
            pipeline.ProcessAll(loader.Load(inputs), parallelism: threads).Select(r => Json(Assert.IsType<ArticleRecord>(r.Record))).ToList();

        var read = Extract(new InputLoader(), new[] { whole }, 1);
        var apart = Extract(new InputLoader(), Enumerable.Range(0, lines.Count).Select(i => Path.Combine(_dir, $"one-{i:D2}.jsonl")), 2);
        var streamed = Extract(new InputLoader { StreamingThreshold = 0 }, new[] { whole }, 2);
        Assert.Equal(lines.Count, read.Count);
        Assert.Equal(read, apart);
        Assert.Equal(read, streamed);
    }

    /// <summary>A dump of many pages (form feeds between them) gives each page's records as the page alone gives them,
    /// numbered on through the file, whether it is read whole or a page at a time.</summary>
    [Fact]
    public void APageTextOfManyPagesGivesEachPagesRecordsNumberedOn()
    {
        var pages = new InputLoader().Load(Folders()).Where(d => d.Kind == DocumentKind.PageText).Take(24).ToList();
        var dump = Path.Combine(_dir, "dump.txt");
        File.WriteAllText(dump, string.Join("\n\f", pages.Select(p => p.Text)) + "\n\f", new UTF8Encoding(false));
        var pipeline = ExtractionPipeline.CreateDefault();
        var apart = pipeline.ProcessAll(pages, parallelism: 2).Select(r => Assert.IsType<ArticleRecord>(r.Record)).ToList();
        Assert.True(apart.Count > pages.Count);
        foreach (var loader in new[] { new InputLoader(), new InputLoader { StreamingThreshold = 0 } })
        {
            var records = pipeline.ProcessAll(loader.Load(new[] { dump }), parallelism: 2).Select(r => Assert.IsType<ArticleRecord>(r.Record)).ToList();
            Assert.Equal(Enumerable.Range(1, apart.Count).Select(n => $"dump.txt#{n}"), records.Select(r => r.Id));
            Assert.All(records, r => Assert.Equal("dump.txt", r.Source));
            // Apart from where they came from, the same records.
            foreach (var r in records) (r.Id, r.Source) = ("", "");
            Assert.Equal(apart.Select(r => Json(Renamed(r))), records.Select(Json));
            Assert.Equal(1, loader.Summary.FilesRead);
        }
    }

    private static ArticleRecord Renamed(ArticleRecord record)
    {
        (record.Id, record.Source) = ("", "");
        return record;
    }

    /// <summary>A streamed dump's pages are decoded one by one: a page with a broken byte is repaired and said to
    /// be, a page of binary is refused, and the pages around them are kept.</summary>
    [Fact]
    public void AStreamedPageTextLosesOnlyAPageThatCannotBeRead()
    {
        var path = Path.Combine(_dir, "broken.txt");
        var utf8 = new UTF8Encoding(false);
        // The first page fills the first 64 KB, which tell the loader the file is UTF-8 text.
        var bytes = utf8.GetBytes("甲市高新区\n" + string.Concat(Enumerable.Repeat("今年以来，甲市高新区新增科技企业120家，同比增长15%。\n", 1000)) + "\f")
            .Concat(new byte[] { 0x00, 0x01, 0x02, 0x0C })
            .Concat(utf8.GetBytes("乙市经开区\n乙市经开区新签约项目8个，总投资")).Concat(new byte[] { 0xE4, 0x28 })
            .Concat(utf8.GetBytes("超过20亿元。\n\f丙园区\n丙园区上月出口增长5%。\n")).ToArray();
        File.WriteAllBytes(path, bytes);
        var loader = new InputLoader { StreamingThreshold = 0 };
        var refused = new List<string>();
        var repaired = new List<string>();
        loader.Refused += refused.Add;
        loader.Repaired += repaired.Add;
        var documents = loader.Load(new[] { path }).ToList();
        Assert.Equal(new[] { "甲市", "乙市", "丙园" }, documents.Select(d => d.Text[..2]));
        Assert.Equal(new int?[] { 1, 2, 3 }, documents.Select(d => d.PageOfText));
        Assert.Contains("page 2: binary", Assert.Single(refused));
        Assert.Contains("page 3: 1 invalid UTF-8 byte", Assert.Single(repaired));
        Assert.Contains('\uFFFD', documents[1].Text);
    }

    [Fact]
    public void AStreamedJsonlFileReportsItsBadLinesAndKeepsTheRest()
    {
        var path = Path.Combine(_dir, "mixed.jsonl");
        File.WriteAllText(path, "{\"id\":\"a\",\"text\":\"西安高新区新增企业1200家。\"}\nnot json\n{\"id\":\"b\",\"text\":\"正文。\"}\n", new UTF8Encoding(false));
        var loader = new InputLoader { StreamingThreshold = 0 };
        var refused = new List<string>();
        loader.Refused += refused.Add;
        var documents = loader.Load(new[] { path }).ToList();
        Assert.Equal(new[] { "a", "b" }, documents.Select(d => d.Source));
        Assert.Contains(refused, r => r.Contains("mixed.jsonl:2"));
        Assert.Equal(1, loader.Summary.LinesRefused);
        Assert.Equal(1, loader.Summary.FilesRead);
    }

    [Fact]
    public void AnArticleAStageFailsOnCostsOnlyThatArticle()
    {
        var pipeline = new ExtractionPipeline(new IStage[] { new FailingStage() });
        var sources = new[] { "好的正文。", "坏的正文。", "又一篇正文。" }
            .Select((t, i) => new SourceDocument { Source = $"s{i}", Kind = DocumentKind.Article, Title = "标题", Text = t });
        var results = pipeline.ProcessAll(sources, parallelism: 2).ToList();
        Assert.Equal(new[] { "s0", "s1", "s2" }, results.Select(r => r.Source.Source));
        Assert.NotNull(results[0].Record);
        Assert.IsType<InvalidOperationException>(results[1].Error);
        Assert.NotNull(results[2].Record);
    }

    private sealed class FailingStage : IStage
    {
        public string Name => "failing";
        public void Annotate(ArticleDocument document)
        {
            if (document.Body.Contains('坏')) throw new InvalidOperationException("bad text");
        }
        public void Project(ArticleDocument document) { }
    }
}
