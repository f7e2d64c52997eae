using Pipeline.Extract.Text;

namespace Pipeline.Extract.Tests.Text;

public class RangesTests
{
    private static readonly List<(int Start, int End)> Taken = new() { (2, 5), (10, 12) };

    [Theory]
    [InlineData(0, 2, false)] // ends where a range starts
    [InlineData(5, 10, false)] // between two ranges
    [InlineData(12, 20, false)] // starts where a range ends
    [InlineData(4, 6, true)]
    [InlineData(0, 3, true)]
    [InlineData(11, 11, true)] // an empty span inside a range
    [InlineData(0, 30, true)] // covers both
    public void A_span_overlaps_a_range_when_they_share_a_character(int start, int end, bool overlaps) =>
        Assert.Equal(overlaps, Ranges.Overlaps(Taken, start, end));

    [Fact]
    public void No_ranges_overlap_nothing() => Assert.False(Ranges.Overlaps(new List<(int, int)>(), 0, 10));
}
