using Pipeline.Extract.Text;

namespace Pipeline.Extract.Tests.Text;

public class TextNormalizerTests
{
    [Fact]
    public void CleanCollapsesEverySpaceKindAndDropsInvisibles()
    {
        Assert.Equal("量超过 8000 人次。", TextNormalizer.Clean("量超过\u3000 8000\u00a0\u200b人次。\t"));
    }

    [Fact]
    public void CleanMakesFullWidthDigitsAndLettersAsciiButKeepsChinesePunctuationAndCircledNumbers()
    {
        Assert.Equal("增长12.5%，AI", TextNormalizer.Clean("增长１２．５％，ＡＩ"));
        Assert.Equal("园区发展④：", TextNormalizer.Clean("园区发展④："));
    }

    [Fact]
    public void FoldKeepsLengthAndFoldsWidthAndScript()
    {
        const string text = "深圳高新區：營業收入增長１２％";
        var folded = TextNormalizer.Fold(text);
        Assert.Equal(text.Length, folded.Length);
        Assert.Equal("深圳高新区:营业收入增长12%", folded);
    }

    [Fact]
    public void FoldLeavesSeriesNumbersAlone() => Assert.Equal("高新区绿色发展③", TextNormalizer.Fold("高新区绿色发展③"));

    [Theory]
    [InlineData("已建成。", true)]
    [InlineData("“很方便。”", true)]
    [InlineData("如何再突破?", true)]
    [InlineData("零碳园区等目", false)]
    [InlineData("乙市经开区,", false)]
    public void TellsWhetherASentenceEnded(string text, bool ends) => Assert.Equal(ends, TextNormalizer.EndsSentence(text));

    [Theory]
    [InlineData("建设零碳园区等目", "标。按照计划", "建设零碳园区等目标。按照计划")]
    [InlineData("通过 Open", "Harmony 系统", "通过 Open Harmony 系统")]
    [InlineData("累计浏览", "量超过 8000 人次", "累计浏览量超过 8000 人次")]
    public void JoinsBrokenLinesWithoutASpaceBetweenHanCharacters(string head, string tail, string joined) =>
        Assert.Equal(joined, TextNormalizer.JoinBroken(head, tail));
}
