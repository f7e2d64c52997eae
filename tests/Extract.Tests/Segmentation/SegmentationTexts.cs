using System.Text;

namespace Pipeline.Extract.Tests.Segmentation;

/// <summary>Inputs for the exactness tests: the seed pages (read from ../shared, never copied) and
/// generated text that stresses jieba's regex boundaries.</summary>
internal static class SegmentationTexts
{
    public static string SeedDirectory => Path.GetFullPath(Path.Combine(PythonJieba.RepositoryRoot, "..", "shared", "corpus", "seeds"));

    /// <summary>Skips a test that reads the seed pages on a machine without ../shared (a bare clone); CI has it.</summary>
    public static void SkipUnlessSeeds() =>
        Xunit.Skip.IfNot(Directory.Exists(SeedDirectory), $"the seed pages are not at {SeedDirectory} (../shared beside the repository root)");

    public static IReadOnlyList<string> SeedLines()
    {
        var dir = SeedDirectory;
        if (!Directory.Exists(dir))
            throw new InvalidOperationException($"seed corpus not found at {dir} (expected ../shared beside the repository root)");
        var lines = new List<string>();
        foreach (var file in Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal))
            lines.AddRange(File.ReadAllLines(file, Encoding.UTF8));
        return lines;
    }

    private static readonly string[] Pieces =
    {
        "高新区", "国家高新技术产业开发区", "零碳科技产业园", "雄川氢能", "氢燃料电池", "科技日报记者",
        "研发投入", "同比增长", "亿元", "专精特新", "小巨人", "企业", "中关村", "张江", "东湖",
        "的", "了", "和", "在", "是", "我们", "他说", "人工智能", "5G", "iPhone", "AT&T", "C++", "c#",
        "T恤", "B超", "3.14", "50%", "12.5%", "2022年", "8月15日", "1,234", "-", "+", "#", "&", "_", ".",
        "%", "——", "、", "，", "。", "！", "？", "：", "；", "“", "”", "《", "》", "（", "）", "【", "】",
        "ＡＢＣ", "ａｂｃ", "１２３", "４５％", "，", "！", "Ｇ", " ", "  ", "\t", "\u3000", "\u00A0", "\u001C",
        "\u2028", "\r\n", "\r", "\n", "\u0085", "😀", "𠀀", "𪚥", "\u9FD5", "\u9FD6", "\u4E00", "\u3400",
        "COVID-19", "GDP", "R&D", "Wi-Fi", "e-mail", "x86_64", "v1.2.3", "U.S.A.", "100km/h", "2.5D",
        "ABC公司", "abc123def", "Ⅷ", "①", "٣", "é", "Straße", "中文English混合", "繁體中文測試", "臺灣",
    };

    /// <summary>Deterministic pseudo-random lines mixing dictionary words, rare characters (for the
    /// HMM), Latin, digits, punctuation, full-width forms and unusual whitespace; plus an empty
    /// line and a very long one.</summary>
    public static IReadOnlyList<string> GeneratedLines(int count = 200)
    {
        var random = new Random(20221115);
        var lines = new List<string> { "", " ", "\r\n", "。", "a", "1", "的" };
        for (var i = 0; i < count; i++)
        {
            var builder = new StringBuilder();
            var parts = random.Next(1, 30);
            for (var p = 0; p < parts; p++)
            {
                switch (random.Next(6))
                {
                    case 0:
                        // random (often rare) Han characters: runs the dictionary cannot cover
                        var run = random.Next(1, 8);
                        for (var k = 0; k < run; k++) builder.Append((char)random.Next(0x4E00, 0x9FD6));
                        break;
                    case 1:
                        builder.Append((char)random.Next(0x21, 0x7F));
                        break;
                    default:
                        builder.Append(Pieces[random.Next(Pieces.Length)]);
                        break;
                }
            }
            lines.Add(builder.ToString());
        }
        var longLine = new StringBuilder();
        while (longLine.Length < 12_000) longLine.Append(Pieces[random.Next(Pieces.Length)]).Append((char)random.Next(0x4E00, 0x9FD6));
        lines.Add(longLine.ToString());
        // a long run with no dictionary help at all: one HMM block
        lines.Add(new string('\u9F98', 120));
        return lines;
    }
}
