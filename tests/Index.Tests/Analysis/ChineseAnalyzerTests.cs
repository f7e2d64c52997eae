using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Pipeline.Extract.Segmentation;
using Pipeline.Index.Analysis;

namespace Pipeline.Index.Tests.Analysis;

public class ChineseAnalyzerTests
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static List<(string Term, int Start, int End, int Position)> Analyze(Analyzer analyzer, string text)
    {
        var result = new List<(string, int, int, int)>();
        using var stream = analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            result.Add((term.ToString(), offset.StartOffset, offset.EndOffset, position));
        }
        stream.End();
        return result;
    }

    [Fact]
    public void EmitsSearchModeSubWordsAtTheWordsPositionWithOriginalOffsets()
    {
        var tokens = Analyze(new ChineseAnalyzer(), "园区建设零碳科技产业园。");
        Assert.Equal(new[]
        {
            ("园区", 0, 2, 0), ("建设", 2, 4, 1), ("零碳", 4, 6, 2), ("科技", 6, 8, 3),
            ("产业园", 8, 11, 4), ("产业", 8, 10, 4),
        }, tokens);
    }

    [Fact]
    public void FoldsFullWidthAndLowerCasesLatinKeepingOffsets()
    {
        const string text = "ＡＢＣ公司发布iPhone，ＧＰＵ性能提升５０％";
        var tokens = Analyze(new ChineseAnalyzer(), text);
        Assert.Contains(("iphone", 7, 13, 3), tokens);
        Assert.Contains(tokens, t => t.Term == "gpu" && text.Substring(t.Start, t.End - t.Start) == "ＧＰＵ");
        Assert.Contains(tokens, t => t.Term == "公司" && t.Start == 3 && t.End == 5);
        Assert.Contains(tokens, t => t.Term == "50%"); // jieba keeps a percentage whole
        // no punctuation-only tokens
        Assert.DoesNotContain(tokens, t => t.Term is "," or "%" or "，" or "％");
        // every offset points back at text whose folded, lower-cased form is the term
        foreach (var t in tokens)
        {
            var original = text.Substring(t.Start, t.End - t.Start);
            var folded = new string(original.Select(c => c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c).ToArray()).ToLowerInvariant();
            Assert.Equal(folded, t.Term);
        }
    }

    [Fact]
    public void TheFastLowerCaseAgreesWithTheInvariantCultureOnEveryChar()
    {
        for (var c = char.MinValue; ; c++)
        {
            if (TextFolding.ToLower(c) != char.ToLowerInvariant(c)) Assert.Fail($"U+{(int)c:X4}: {TextFolding.ToLower(c)} vs {char.ToLowerInvariant(c)}");
            if (c == char.MaxValue) break;
        }
        // jieba cuts letters outside ASCII one by one, as python jieba does; each is lower-cased.
        var tokens = Analyze(new ChineseAnalyzer(), "ΑΒΓ与ДНК和Ｑ");
        Assert.Equal(new[] { "α", "β", "γ", "与", "д", "н", "к", "和", "q" }, tokens.Select(t => t.Term));
    }

    [Fact]
    public void TraditionalTextIndexesAsSimplifiedWithTheOriginalOffsets()
    {
        const string text = "深圳高新區發展積體電路產業";
        var tokens = Analyze(new ChineseAnalyzer(), text);
        Assert.Contains(("高新区", 2, 5, 1), tokens);
        Assert.Contains(tokens, t => t.Term == "发展" && text.Substring(t.Start, t.End - t.Start) == "發展");
        Assert.Contains(tokens, t => t.Term == "产业");

        var analyzer = new ChineseAnalyzer();
        using var index = Build(analyzer, "深圳高新區發展積體電路產業", "苏州工业园区发展生物医药产业");
        Assert.Equal(new[] { 0 }, Search(index, analyzer, "\"深圳高新区\""));
        Assert.Equal(new[] { 0, 1 }, Search(index, analyzer, "發展"));
    }

    [Fact]
    public void DropsWhitespaceAndPunctuationWithoutLeavingPositionGaps()
    {
        var tokens = Analyze(new ChineseAnalyzer(), "  氢能 ， 产业！\r\n——");
        Assert.Equal(new[] { ("氢能", 2, 4, 0), ("产业", 7, 9, 1) }, tokens);
    }

    [Fact]
    public void EmptyInputGivesNoTokens() => Assert.Empty(Analyze(new ChineseAnalyzer(), ""));

    [Fact]
    public void PhraseQueryFindsTheIndexedPhraseOnly()
    {
        var analyzer = new ChineseAnalyzer();
        using var index = Build(analyzer,
            "园区正在建设零碳科技产业园，预计明年投用。",
            "科技园区和产业发展实现零碳目标。");
        Assert.Equal(new[] { 0 }, Search(index, analyzer, "\"零碳科技产业园\""));
        Assert.Equal(new[] { 0 }, Search(index, analyzer, "\"科技产业园\""));
        Assert.Equal(new[] { 0, 1 }, Search(index, analyzer, "零碳"));
    }

    [Fact]
    public void SubWordOfAUserWordIsFound()
    {
        var segmenter = JiebaSegmenter.Default.WithUserWords(new[] { new UserWord("雄川氢能", Tag: "nt") });
        var analyzer = new ChineseAnalyzer(segmenter);
        // the user word is one token, with 氢能 inside it at the same position
        var tokens = Analyze(analyzer, "雄川氢能发布新品");
        Assert.Contains(("雄川氢能", 0, 4, 0), tokens);
        Assert.Contains(("氢能", 2, 4, 0), tokens);

        using var index = Build(analyzer, "雄川氢能发布新品", "风电企业扩产");
        Assert.Equal(new[] { 0 }, Search(index, analyzer, "氢能"));
        Assert.Equal(new[] { 0 }, Search(index, analyzer, "\"雄川氢能 发布\""));
        // queries analysed without the user word still find it
        Assert.Equal(new[] { 0 }, Search(index, new ChineseAnalyzer(), "氢能"));
    }

    private static RAMDirectory Build(Analyzer analyzer, params string[] texts)
    {
        var directory = new RAMDirectory();
        using var writer = new IndexWriter(directory, new IndexWriterConfig(Version, analyzer));
        foreach (var text in texts)
        {
            var type = new FieldType(TextField.TYPE_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS };
            writer.AddDocument(new Document { new Field("body", text, type) });
        }
        writer.Commit();
        return directory;
    }

    private static int[] Search(RAMDirectory directory, Analyzer analyzer, string query)
    {
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        var parsed = new QueryParser(Version, "body", analyzer).Parse(query);
        return searcher.Search(parsed, 10).ScoreDocs.Select(d => d.Doc).Order().ToArray();
    }
}
