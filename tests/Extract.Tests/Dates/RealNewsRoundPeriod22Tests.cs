using Pipeline.Extract.Tests.PeerSuites;

namespace Pipeline.Extract.Tests.Dates;

/// <summary>Round period22 (issues #12/#13), from a sample of 21 real pages judged before fixing: a relative year with the
/// year itself in brackets, as Taiwan papers print it (今(2024)年上半年, 去(108)年), and the first quarters counted with 首
/// (2023年首3季), as Macau's statistics write them. Every sentence here is written for these tests.</summary>
public class RealNewsRoundPeriod22Tests
{
    private static string[] Dates(string text, string? published) => PeerHarness.DateTexts(text, published);

    [Theory]
    [InlineData("園區今(2022)年上半年營業額成長8.5%。", "2022-01..2022-06")]
    [InlineData("該公司去（2021）年營收創新高。", "2021")]
    [InlineData("加工區今(111)年1至9月貿易額達5000億元。", "2022-01..2022-09")]
    [InlineData("出口額較去(110)年成長12%。", "2021")]
    public void A_relative_year_with_its_year_in_brackets_is_that_year(string sentence, string expected) =>
        Assert.Equal(new[] { expected }, Dates(sentence, "2022-10-20"));

    [Theory]
    [InlineData("今(20)日園區舉辦招商說明會。")]
    [InlineData("今(12345)年計畫啟動。")]
    public void A_bracketed_day_or_a_long_number_is_no_bracketed_year(string sentence) =>
        Assert.DoesNotContain(Dates(sentence, "2022-10-20"), d => d.StartsWith("2345") || d.Length == 4);

    [Theory]
    [InlineData("本澳2022年首3季本地生產總值按年實質下跌。", "2022-01..2022-09")]
    [InlineData("园区首2季度营收增长6%。", "2022-01..2022-06")]
    public void The_first_quarters_counted_with_shou_are_the_years_first_months(string sentence, string expected) =>
        Assert.Equal(new[] { expected }, Dates(sentence, "2022-10-20"));

    [Fact]
    public void The_first_quarter_alone_stays_the_first_quarter() =>
        Assert.Equal(new[] { "2022-01..2022-03" }, Dates("2022年首季园区营收增长6%。", "2022-10-20"));
}
