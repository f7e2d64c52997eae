namespace Pipeline.Index.Tests;

public sealed class PublishedDateTests
{
    [Theory]
    [InlineData("2022-03-15", 20220315)]
    [InlineData("2022-03", 20220300)]
    [InlineData("2022", 20220000)]
    [InlineData(null, 0)]
    [InlineData("2022-13", 0)]
    [InlineData("2022-02-30", 0)]
    [InlineData("去年", 0)]
    public void Dates_become_sortable_numbers(string? published, int expected) =>
        Assert.Equal(expected, PublishedDate.ToNumber(published));

    [Fact]
    public void Bounds_cover_the_named_period()
    {
        Assert.True(PublishedDate.TryParseUpperBound("2022", out var high));
        Assert.Equal(20229999, high);
        Assert.True(PublishedDate.TryParseUpperBound("2022-03", out high));
        Assert.Equal(20220399, high);
        Assert.True(PublishedDate.TryParseLowerBound("2022-03", out var low));
        Assert.Equal(20220300, low);
        Assert.False(PublishedDate.TryParseLowerBound("03/2022", out _));
    }

    [Fact]
    public void Year_and_month_facets()
    {
        Assert.Equal(("2022", "2022-03"), PublishedDate.YearAndMonth("2022-03-15"));
        Assert.Equal(("2022", (string?)null), PublishedDate.YearAndMonth("2022"));
        Assert.Equal(((string?)null, (string?)null), PublishedDate.YearAndMonth(null));
    }
}
