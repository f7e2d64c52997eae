using Pipeline.Extract.Tests.PeerSuites;

namespace Pipeline.Extract.Tests.Figures;

/// <summary>Spaces are dropped for scanning (超过 8000 人次), but not where they keep two numbers apart.</summary>
public class SpacesBetweenNumbersTests
{
    [Theory]
    [InlineData("2023-11-02 08:30 来源：本报")]
    [InlineData("发布时间：2024-06-12 10:30:15")]
    public void A_date_and_its_time_of_day_do_not_run_into_one_figure(string line) => Assert.Empty(PeerHarness.Figures(line));

    [Theory]
    [InlineData("园区去年新增企业 10 000 家。", 10000)]
    [InlineData("项目总投资 2 000万元。", 20000000)]
    [InlineData("超过 8000 人次参加。", 8000)]
    public void A_space_as_a_thousands_separator_is_still_dropped(string body, double value) =>
        Assert.Equal((decimal)value, Assert.Single(PeerHarness.Figures(body)).Value);

    [Fact]
    public void Two_counts_separated_by_a_space_stay_two()
    {
        var figures = PeerHarness.Figures("两个园区分别有 12 35 家企业。");
        Assert.DoesNotContain(figures, f => f.Value == 1235);
    }
}
