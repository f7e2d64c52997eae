using Pipeline.Extract.Input;

namespace Pipeline.Extract.Tests.Input;

public class PageBreaksTests
{
    private static List<string> Pages(string text, int bufferedAtOnce = 0) =>
        PageBreaks.Pages(bufferedAtOnce == 0 ? new StringReader(text) : new TrickleReader(text, bufferedAtOnce)).ToList();

    [Fact]
    public void ATextWithoutAFormFeedIsOnePageEvenBlank()
    {
        Assert.Equal(new[] { "宁波高新区新设研发机构12家。\n" }, Pages("宁波高新区新设研发机构12家。\n"));
        Assert.Equal(new[] { "  \n" }, Pages("  \n"));
        Assert.Equal(new[] { "一页。" }, PageBreaks.Pages("一页。"));
    }

    [Fact]
    public void FormFeedsSeparatePagesAndBlankPagesAreNone()
    {
        const string dump = "第一版\n甲市高新区开工项目8个。\n\f第二版\n乙市经开区引进人才300人。\n\f\n\f第三版\n丙园区上月出口增长5%。\n\f";
        var expected = new[] { "第一版\n甲市高新区开工项目8个。\n", "第二版\n乙市经开区引进人才300人。\n", "第三版\n丙园区上月出口增长5%。\n" };
        Assert.Equal(expected, Pages(dump));
        Assert.Equal(expected, PageBreaks.Pages(dump));
        // Read a few characters at a time: a page is the same wherever the reader's blocks end.
        foreach (var size in new[] { 1, 2, 5 }) Assert.Equal(expected, Pages(dump, size));
    }

    /// <summary>Hands out at most a few characters per read, as a stream may.</summary>
    private sealed class TrickleReader(string text, int most) : TextReader
    {
        private int _at;

        public override int Read(char[] buffer, int index, int count)
        {
            var n = Math.Min(Math.Min(count, most), text.Length - _at);
            text.CopyTo(_at, buffer, index, n);
            _at += n;
            return n;
        }
    }
}
