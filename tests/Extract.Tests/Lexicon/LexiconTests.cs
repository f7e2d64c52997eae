using Pipeline.Extract.Text;
using Pipeline.Extract.Lexicon;
using Pipeline.Extract.Model;
using Pipeline.Extract.Pipeline;
using Pipeline.Extract.Segmentation;

namespace Pipeline.Extract.Tests.Lexicon;

public class DomainDictionaryTests
{
    [Theory]
    [InlineData("武汉东湖高新区", "ns")]   // a zone's canonical name
    [InlineData("武汉东湖新技术开发区", "ns")] // its official name
    [InlineData("光谷", "ns")]             // a standalone name
    [InlineData("比亚迪", "nt")]           // a listed company short name
    [InlineData("碳达峰", "nz")]           // a domain term
    [InlineData("规上工业", "n")]
    public void HoldsZoneNamesCompanyNamesAndTerms(string word, string tag) =>
        Assert.Contains(DomainDictionary.Words, w => w.Word == word && w.Tag == tag);

    [Fact]
    public void HoldsEachWordOnce() =>
        Assert.Equal(DomainDictionary.Words.Count, DomainDictionary.Words.Select(w => w.Word).Distinct().Count());

    [Fact]
    public void SegmenterKeepsDomainWordsWhole()
    {
        var words = DomainDictionary.Segmenter.Tag("武汉东湖高新区规上工业总产值增长11.7%,碳达峰行动加快。");
        Assert.Contains(new TaggedWord("武汉东湖高新区", "ns"), words);
        Assert.Contains(new TaggedWord("规上工业", "n"), words);
        Assert.Contains(new TaggedWord("碳达峰", "nz"), words);
        Assert.Same(DomainDictionary.Segmenter, DomainDictionary.Segmenter);
    }

    [Fact]
    public void RejectsAMalformedTermLine()
    {
        var error = Assert.Throws<InvalidDataException>(() =>
            DomainDictionary.ParseTerms(new StringReader("# note\n氢能\tn\n碳中和\n")).ToList());
        Assert.Contains("line 3", error.Message);
    }
}

public class SegmentationStageTests
{
    private static ArticleDocument Segment(string body)
    {
        var document = new ArticleDocument(new ArticleRecord { Body = body }, null);
        new SegmentationStage().Annotate(document);
        return document;
    }

    [Fact]
    public void AnnotatesEveryWordWithItsTagAndBodyOffsets()
    {
        const string body = "企业实现营业收入1.2万亿元。";
        var tokens = Segment(body).Get(SegmentationStage.TokenLabel).ToList();
        Assert.Equal(body, string.Concat(tokens.Select(t => t.Text)));
        Assert.All(tokens, t => Assert.Equal(body[t.Start..t.End], t.Text));
        var revenue = Assert.Single(tokens, t => t.Text == "营业收入");
        Assert.Equal("n", revenue.Value);
        Assert.Equal("v", Assert.Single(tokens, t => t.Text == "实现").Value);
    }

    [Fact]
    public void AWordWrappedAcrossAColumnBreakIsOneToken()
    {
        const string body = "今年上半年全区企业实现营业\n收入1.2万亿元。";
        var token = Assert.Single(Segment(body).Get(SegmentationStage.TokenLabel), t => t.Text.StartsWith("营业"));
        Assert.Equal("营业\n收入", token.Text);
    }

    [Fact]
    public void TraditionalTextIsCutAsItsSimplifiedForm()
    {
        const string body = "企業營業收入增長12%";
        var token = Assert.Single(Segment(body).Get(SegmentationStage.TokenLabel), t => t.Text == "營業收入");
        Assert.Equal("n", token.Value);
    }

    /// <summary>The words kept as values (<see cref="ArticleDocument.Words"/>) are the annotations the stage used to add, one
    /// object a word: the segmenter's words of the folded view, blanks dropped, offsets mapped back to the body; asked for
    /// by label or among all annotations, they come back as those annotations, after the spans added before them.</summary>
    [Theory]
    [InlineData("园区内某新材料公司今年前三季度营收同比增长18.6%，新增专利四十余项。")]
    [InlineData("臺南科學園區廠商營業\n額達到2,100億元 ，較去年同期成長")]
    [InlineData("  某经开区 新签约项目12个\n总投资约56亿元  ")]
    public void WordsKeptAsValuesAreTheAnnotationsTheStageAdded(string body)
    {
        var document = new ArticleDocument(new ArticleRecord { Body = body }, null);
        var zone = new Annotation(Labels.Zone, 0, 2, body[..2]);
        document.Add(zone);
        new SegmentationStage().Annotate(document);
        var view = document.View;
        var cut = new List<(int Start, int End, string Tag)>();
        DomainDictionary.Segmenter.Tag(view.Text, cut);
        var expected = cut
            .Where(w => !view.Text.AsSpan(w.Start, w.End - w.Start).IsWhiteSpace())
            .Select(w => (Start: view.ToSource(w.Start), End: view.ToSourceEnd(w.End), w.Tag)).ToList();
        Assert.True(expected.Count > 5);
        Assert.Equal(expected, document.Words!.Select(w => (w.Start, w.End, w.Tag!)).ToList());
        Assert.Equal(expected, SegmentationStage.TokensOf(document).Select(w => (w.Start, w.End, w.Tag!)).ToList());
        var tokens = document.Get(SegmentationStage.TokenLabel).ToList();
        Assert.Equal(expected, tokens.Select(t => (t.Start, t.End, (string)t.Value!)).ToList());
        Assert.All(tokens, t => Assert.Equal(body[t.Start..t.End], t.Text));
        Assert.Equal(new[] { zone }.Concat(tokens).ToList(), document.Annotations.ToList());
        Assert.Equal([zone], document.Get(Labels.Zone));
    }

    [Fact]
    public void RunsFirstInTheDefaultPipeline() =>
        Assert.IsType<SegmentationStage>(ExtractionPipeline.CreateDefault().Stages[0]);
}

public class SharedFoldingTests
{
    [Theory]
    [InlineData("武漢東湖高新區達到3.5億元", "武汉东湖高新区达到3.5亿元")]
    [InlineData("１２３，（广州）", "123,(广州)")]
    // Simplified characters that also appear in OpenCC's variant tables stay as written.
    [InlineData("平台用户温州税收群体才能吃饭", "平台用户温州税收群体才能吃饭")]
    public void FoldsTraditionalAndWidthOneCharForOne(string input, string expected)
    {
        var folded = TextNormalizer.Fold(input);
        Assert.Equal(expected, folded);
        Assert.Equal(input.Length, folded.Length);
    }
}

public class TraditionalPipelineTests
{
    private static ArticleRecord Extract(string body)
    {
        var document = new ArticleDocument(new ArticleRecord { Body = body }, PublicationDate.TryParse("2023-05-01"));
        var stages = ExtractionPipeline.CreateDefault().Stages;
        foreach (var stage in stages) stage.Annotate(document);
        foreach (var stage in stages) stage.Project(document);
        return document.Record;
    }

    [Fact]
    public void TraditionalTextYieldsTheSameEntitiesAsSimplified()
    {
        var traditional = Extract("武漢東湖高新區的企業營業收入增長12%，達到3.5億元。深圳華創微電子有限公司今年2月新增訂單3000萬顆。");
        var simplified = Extract("武汉东湖高新区的企业营业收入增长12%，达到3.5亿元。深圳华创微电子有限公司今年2月新增订单3000万颗。");

        Assert.Equal(simplified.Zones.Select(z => z.Name), traditional.Zones.Select(z => z.Name));
        Assert.Equal("武漢東湖高新區", traditional.Zones[0].Mentions[0].Text);
        Assert.Equal(simplified.Enterprises.Count, traditional.Enterprises.Count);
        Assert.Equal("深圳華創微電子有限公司", traditional.Enterprises[0].Name);
        Assert.Equal(simplified.Figures.Select(f => (f.Value, f.Kind, f.Change)), traditional.Figures.Select(f => (f.Value, f.Kind, f.Change)));
        Assert.Equal(new[] { "12%", "3.5億元", "3000萬顆" }, traditional.Figures.Select(f => f.Text));
        Assert.Equal("顆", traditional.Figures[2].Unit);
        Assert.Equal("營業收入", traditional.Figures[0].Metric);
        Assert.Equal(simplified.Dates.Select(d => d.Value), traditional.Dates.Select(d => d.Value));
        Assert.Equal("今年2月", traditional.Dates.Single().Text);
    }
}
