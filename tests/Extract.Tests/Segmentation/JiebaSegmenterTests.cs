using Pipeline.Extract.Segmentation;

namespace Pipeline.Extract.Tests.Segmentation;

/// <summary>Behaviour that does not need python jieba to check.</summary>
public class JiebaSegmenterTests
{
    private static readonly JiebaSegmenter Segmenter = JiebaSegmenter.Default;

    [Fact]
    public void CutsKnownSentence() =>
        Assert.Equal(new[] { "雄川", "氢能", "落户", "零碳", "科技", "产业园", "，", "研发", "投入", "同比", "增长", "12.5%" },
            Segmenter.Cut("雄川氢能落户零碳科技产业园，研发投入同比增长12.5%"));

    [Fact]
    public void SearchModeAddsDictionaryWordsInsideLongerWords() =>
        Assert.Equal(new[] { "零碳", "科技", "产业", "产业园" }, Segmenter.CutForSearch("零碳科技产业园"));

    [Fact]
    public void TokensTileTheTextInDefaultMode()
    {
        const string text = "Ｇ20峰会在杭州召开，😀 iPhone\r\n售价5999元。";
        var tokens = Segmenter.Tokenize(text, SegmentMode.Default);
        var position = 0;
        foreach (var token in tokens)
        {
            Assert.Equal(position, token.Start);
            Assert.Equal(text[token.Start..token.End], token.Word);
            position = token.End;
        }
        Assert.Equal(text.Length, position);
        Assert.Contains(new Token("😀", 11, 13), tokens);   // a surrogate pair stays one token
        Assert.Contains(new Token("\r\n", 20, 22), tokens);
    }

    [Fact]
    public void SearchTokensPointAtTheirText()
    {
        const string text = "中华人民共和国国家高新技术产业开发区";
        foreach (var token in Segmenter.Tokenize(text, SegmentMode.Search))
            Assert.Equal(text[token.Start..token.End], token.Word);
        var spans = new List<(int Start, int End)>();
        Segmenter.Tokenize(text.AsSpan(), SegmentMode.Search, spans);
        Assert.Equal(Segmenter.Tokenize(text, SegmentMode.Search).Select(t => (t.Start, t.End)), spans);
    }

    [Fact]
    public void TagsWithPossegTagSet()
    {
        var tags = Segmenter.Tag("我爱北京天安门 iPhone 2022");
        Assert.Contains(new TaggedWord("北京", "ns"), tags);
        Assert.Contains(new TaggedWord("iPhone", "eng"), tags);
        Assert.Contains(new TaggedWord("2022", "m"), tags);
        Assert.Contains(new TaggedWord(" ", "x"), tags);
    }

    [Fact]
    public void EmptyTextGivesNothing()
    {
        Assert.Empty(Segmenter.Cut(""));
        Assert.Empty(Segmenter.CutForSearch(""));
        Assert.Empty(Segmenter.Tag(""));
        Assert.Empty(Segmenter.Tokenize("", SegmentMode.Search));
    }

    [Fact]
    public void UserWordsMakeANewSegmenterAndLeaveDefaultAlone()
    {
        const string text = "雄川氢能落户零碳科技产业园";
        var before = Segmenter.Cut(text);
        var custom = Segmenter.WithUserWords(new[]
        {
            new UserWord("雄川氢能", Tag: "nt"),
            new UserWord("零碳科技产业园", Tag: "ns"),
        });
        Assert.Equal(new[] { "雄川氢能", "落户", "零碳科技产业园" }, custom.Cut(text));
        Assert.Equal(new[] { new TaggedWord("雄川氢能", "nt"), new TaggedWord("落户", "n"), new TaggedWord("零碳科技产业园", "ns") }, custom.Tag(text));
        Assert.Contains("氢能", custom.CutForSearch(text));
        Assert.Equal(before, Segmenter.Cut(text));
        Assert.Equal(before, JiebaSegmenter.Default.Cut(text));
        Assert.False(JiebaSegmenter.Default.ContainsWord("雄川氢能"));
        Assert.True(custom.ContainsWord("雄川氢能"));

        // layering keeps earlier user words
        var more = custom.WithUserWords(new[] { new UserWord("落户零碳", 1) });
        Assert.True(more.ContainsWord("雄川氢能"));
        Assert.False(custom.ContainsWord("落户零碳"));
    }

    [Fact]
    public void FrequencyZeroForbidsAWord()
    {
        var custom = Segmenter.WithUserWords(new[] { new UserWord("产业园", 0) });
        Assert.False(custom.ContainsWord("产业园"));
        Assert.DoesNotContain("产业园", custom.Cut("零碳科技产业园"));
    }

    [Fact]
    public void RejectsBadUserWords()
    {
        Assert.Throws<ArgumentException>(() => Segmenter.WithUserWords(new[] { new UserWord("") }));
        Assert.Throws<ArgumentException>(() => Segmenter.WithUserWords(new[] { new UserWord("氢能", -1) }));
        Assert.Throws<ArgumentNullException>(() => Segmenter.Cut(null!));
    }

    /// <summary>posseg's HMM cuts of short Han runs are kept per thread and copied when a run recurs: tagged on a fresh
    /// thread with the kept cuts off, then twice with them on (the second time from them), every text tags the same.</summary>
    [Fact]
    public void KeptHanRunCutsTagAsTheHmmDoes()
    {
        var texts = new List<string>
        {
            "黎塘镇的骁腾微电子与祁阳湾签约，蔺秀娟说该项目年内投产。",
            "峪岚村新增三户农家乐，峪岚村的游客比去年多了一倍。",
            "邬家垸片区引进珈纳光电、珈纳光电二期和斛泉生物，斛泉生物落户邬家垸。",
        };
        texts.AddRange(SegmentationTexts.GeneratedLines(40));
        if (Directory.Exists(SegmentationTexts.SeedDirectory)) texts.AddRange(SegmentationTexts.SeedLines());
        string[]? fresh = null, first = null, second = null;
        var kept = 0;
        var thread = new Thread(() =>
        {
            var cuts = Scratch.Get().HanRunCuts;
            cuts.Enabled = false;
            fresh = texts.Select(Tagged).ToArray();
            cuts.Enabled = true;
            first = texts.Select(Tagged).ToArray();
            second = texts.Select(Tagged).ToArray();
            kept = cuts.Count;
        });
        thread.Start();
        thread.Join();
        Assert.True(kept > 10, $"{kept} runs kept");
        Assert.Equal(fresh, first);
        Assert.Equal(fresh, second);

        static string Tagged(string text) => string.Join("|", Segmenter.Tag(text).Select(w => $"{w.Word}/{w.Tag}"));
    }

    [Fact]
    public void IsThreadSafe()
    {
        var lines = SegmentationTexts.GeneratedLines(60);
        var expected = lines.Select(l => string.Join("|", Segmenter.Cut(l))).ToArray();
        var results = new string[4][];
        Parallel.For(0, 4, t => results[t] = lines.Select(l => string.Join("|", Segmenter.Cut(l))).ToArray());
        foreach (var r in results) Assert.Equal(expected, r);
    }

    /// <summary>The trie is read in place from the resource, its indexes never checked where the route search reads
    /// them: every node's children lie after it and before the next node's, sorted by label, every word's log
    /// frequency is the one Math.Log gives (the route search's ties depend on it), and a few words are found.</summary>
    [Fact]
    public void TrieReadInPlaceIsWellFormed()
    {
        var data = JiebaData.Instance;
        var count = data.Label.Length;
        Assert.True(count > 400_000, $"{count} trie nodes");
        Assert.Equal(1, data.Nodes[0].FirstChild);
        Assert.Equal(count, data.Nodes[count].FirstChild);
        for (var node = 0; node < count; node++)
        {
            var (first, end) = (data.Nodes[node].FirstChild, data.Nodes[node + 1].FirstChild);
            Assert.True(first > node && first <= end, $"node {node}: children {first}..{end}");
            for (var child = first + 1; child < end; child++) Assert.True(data.Label[child - 1] < data.Label[child]);
            var freq = data.Nodes[node].Freq;
            Assert.True(freq >= 0);
            Assert.Equal(freq > 0 ? Math.Log(freq) : 0.0, data.Nodes[node].LogFreq);
        }
        Assert.True(data.Nodes[data.Find("中国")].Freq > 0 && data.Nodes[data.Find("科技")].Freq > 0);
        Assert.Equal(0, data.Find("高新区氢能雄川"));
    }
}
