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
    public void CleanReadsASmallFullStopBetweenDigitsAsTheDecimalPointAndLeavesItElsewhere()
    {
        Assert.Equal("營業額20.25億元，增長5.3%", TextNormalizer.Clean("營業額20﹒25億元，增長5﹒3%"));
        Assert.Equal("增长12.5%", TextNormalizer.Clean("增长１２﹒５％"));
        // A list's number before a heading (1﹒香港) and a stop after a word keep the mark as printed.
        Assert.Equal("1﹒香港:營業額", TextNormalizer.Clean("1﹒香港:營業額"));
        Assert.Equal("完成﹒", TextNormalizer.Clean("完成﹒"));
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
    public void Folding_a_text_that_needs_no_folding_gives_the_text_itself()
    {
        const string text = "高新区实现营业收入1200亿元,同比增长12%";
        Assert.Same(text, TextNormalizer.Fold(text));
        Assert.Same(text, ChineseScript.ToSimplified(text));
    }

    [Fact]
    public void Folding_reuses_its_buffer_without_leaking_one_text_into_the_next()
    {
        // A long text, then a shorter one folded from the same pooled buffer: each comes out whole and alone.
        var longText = string.Concat(Enumerable.Repeat("蘇州工業園區營業收入增長１２％。", 400));
        var shortText = "經濟技術開發區";
        Assert.Equal(string.Concat(Enumerable.Repeat("苏州工业园区营业收入增长12%。", 400)), TextNormalizer.Fold(longText));
        Assert.Equal("经济技术开发区", TextNormalizer.Fold(shortText));
        Assert.Equal("经济技术开发区", ChineseScript.ToSimplified(shortText));
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
