using Pipeline.Extract.Text;

namespace Pipeline.Extract.Tests.Text;

public class ChineseScriptTests
{
    [Theory]
    [InlineData("蘇州工業園區", "苏州工业园区")]
    [InlineData("經濟技術開發區", "经济技术开发区")]
    [InlineData("有限責任公司", "有限责任公司")]
    [InlineData("营业收入", "营业收入")]
    public void ConvertsTraditionalToSimplified(string traditional, string simplified) =>
        Assert.Equal(simplified, ChineseScript.ToSimplified(traditional));

    [Theory]
    [InlineData("台州湾新区的1万多台设备")]
    [InlineData("居民户均用电，温州税收，产业集群，什么")]
    public void LeavesSimplifiedTextAsItIs(string simplified) =>
        Assert.Equal(simplified, ChineseScript.ToSimplified(simplified));

    /// <summary>Every GB2312 Han character is Simplified already; the few Traditional forms GB2312
    /// also encodes (後, 於) may fold, but nothing may turn into a non-GB2312 character.</summary>
    [Fact]
    public void NeverFoldsASimplifiedCharacterOutOfTheSimplifiedSet()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var gb2312 = System.Text.Encoding.GetEncoding("gb2312");
        var bytes = new List<byte>();
        for (var hi = 0xB0; hi <= 0xF7; hi++)
        for (var lo = 0xA1; lo <= 0xFE; lo++)
            bytes.AddRange(new[] { (byte)hi, (byte)lo });
        var text = gb2312.GetString(bytes.ToArray());
        var folded = ChineseScript.ToSimplified(text);
        var roundTrip = gb2312.GetString(gb2312.GetBytes(folded));
        Assert.Equal(folded, roundTrip);
    }

    [Fact]
    public void KeepsEveryOffset()
    {
        const string text = "據悉，該園區2022年產值達1,200億元（約）";
        Assert.Equal(text.Length, ChineseScript.ToSimplified(text).Length);
    }

    [Fact]
    public void TellsTraditionalFromSimplifiedText()
    {
        Assert.True(ChineseScript.LooksTraditional("新竹科學園區今年營業額創新高，廠商數量持續增長。"));
        Assert.False(ChineseScript.LooksTraditional("新竹科学园区今年营业额创新高，厂商数量持续增长。"));
        Assert.False(ChineseScript.LooksTraditional("no Han at all"));
    }

    [Fact]
    public void ConvertsAsTryingEveryPhraseAtEveryCharDoes()
    {
        // The conversion tries a phrase only where the first two chars of one stand; the reference below tries every length
        // of every phrase at every char, as the table's rows say (first row wins), on every phrase embedded in text and on the
        // development pages.
        var characters = new Dictionary<char, char>();
        var phrases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(Segmentation.PythonJieba.RepositoryRoot, "src/Extract/Text/t2s.txt")))
        {
            var tab = line.IndexOf('\t');
            if (tab <= 0 || line.Length - tab - 1 != tab) continue;
            if (tab == 1) { if (!characters.TryGetValue(line[0], out var known) || known == line[0]) characters[line[0]] = line[2]; }
            else phrases.TryAdd(line[..tab], line[(tab + 1)..]);
        }
        Assert.True(phrases.Count > 100, $"only {phrases.Count} phrases read");
        var longest = phrases.Keys.Max(p => p.Length);
        string Reference(string text)
        {
            var chars = text.ToCharArray();
            for (var i = 0; i < chars.Length;)
            {
                var length = Enumerable.Range(2, Math.Max(0, Math.Min(longest, chars.Length - i) - 1)).Reverse()
                    .FirstOrDefault(n => phrases.ContainsKey(new string(chars, i, n)));
                if (length > 0)
                {
                    phrases[new string(chars, i, length)].CopyTo(0, chars, i, length);
                    i += length;
                    continue;
                }
                chars[i] = characters.TryGetValue(chars[i], out var simplified) ? simplified : chars[i];
                i++;
            }
            return new string(chars);
        }
        var texts = phrases.Keys.Select(p => "在" + p + "中，" + p[..^1])
            .Concat(DevelopmentPageTexts.Lines().Where(ChineseScript.LooksTraditional));
        foreach (var text in texts)
            Assert.Equal(Reference(text), ChineseScript.ToSimplified(text));
    }
}
