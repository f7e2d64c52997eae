using Pipeline.Extract.Figures;
using Pipeline.Extract.Tests.Text;

namespace Pipeline.Extract.Tests.Figures;

/// <summary>The quote-row test asks the pattern only of lines that end as a quote row can: the shortcut must never refuse a
/// line the pattern takes.</summary>
public class QuoteRowEndTests
{
    [Theory]
    [InlineData("上证指数 3050.12 +12.30 0.40%", true)]
    [InlineData("恒生指数 18000 -120 -0.66%\u3000 ", true)]
    [InlineData("深证成指 １０２３４ ５６", true)]
    [InlineData("成交额 1,234,567,", true)]
    [InlineData("园区实现产值 35 亿元。", false)]
    [InlineData("   ", false)]
    [InlineData("", false)]
    public void AQuoteRowEndsWithItsLastNumber(string line, bool ends)
    {
        Assert.Equal(ends, FurnitureNumbers.EndsLikeQuoteRow(line));
        if (!ends) Assert.DoesNotMatch(FurnitureNumbers.QuoteRow, line);
    }

    [Fact]
    public void EveryLineThePatternTakesPassesTheShortcut()
    {
        var lines = DevelopmentPageTexts.Lines()
            .Concat(DevelopmentPageTexts.Folded().SelectMany(t => t.Split('\n')))
            .Concat(GeneratedRows(20_000))
            .ToList();
        var matched = 0;
        foreach (var line in lines)
        {
            if (!FurnitureNumbers.QuoteRow.IsMatch(line)) continue;
            matched++;
            Assert.True(FurnitureNumbers.EndsLikeQuoteRow(line), line);
        }
        Assert.True(matched > 50, $"only {matched} lines matched the pattern");
    }

    /// <summary>Labels, numbers, signs and spaces of every kind in random order: lines near a quote row and quote rows.</summary>
    private static IEnumerable<string> GeneratedRows(int count)
    {
        var pieces = new[]
        {
            "上证指数", "恒指", "成交", " ", "\u3000", "\u00a0", "\t", "\n", "3050.12", "+12.30", "-0.66%", "１２", "٣", "▲5", "▼2.1",
            "1,234", "。", "，", "%", ".", ",", "•", "-", "+", "*", "亿元", "A股",
        };
        var random = new Random(16);
        for (var n = 0; n < count; n++)
            yield return string.Concat(Enumerable.Range(0, random.Next(1, 10)).Select(_ => pieces[random.Next(pieces.Length)]));
    }
}
