using Pipeline.Extract.Pipeline;

namespace Pipeline.Extract.Tests;

public class PublicationDateTests
{
    [Theory]
    [InlineData("2022-08-15", 2022, 8, 15)]
    [InlineData("2021-07", 2021, 7, null)]
    [InlineData("2021", 2021, null, null)]
    [InlineData("2021-02-30", 2021, 2, null)]
    public void ParsesAsPreciseAsGiven(string iso, int y, int? m, int? d)
    {
        Assert.Equal(new PublicationDate(y, m, d), PublicationDate.TryParse(iso));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("yesterday")]
    public void RejectsWhatIsNotADate(string? iso) => Assert.Null(PublicationDate.TryParse(iso));

    [Fact]
    public void PrintsBackAsIso() => Assert.Equal("2021-07", new PublicationDate(2021, 7).ToString());
}
