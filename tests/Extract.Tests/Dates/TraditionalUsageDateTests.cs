using Pipeline.Extract.Model;
using Pipeline.Extract.Tests.PeerSuites;

namespace Pipeline.Extract.Tests.Dates;

/// <summary>Dates as Taiwan and Hong Kong papers write them: quarters with 季 alone (今年前三季, 明年第一季,
/// 上季) and a day in brackets after 昨/今/前 (昨（15）日).</summary>
public class TraditionalUsageDateTests
{
    private static DateEntity Single(string body, string? published = "2023-06-14") => Assert.Single(PeerHarness.Dates(body, published));

    [Theory]
    [InlineData("今年前三季園區營業額成長", "2023-01", "2023-09")]
    [InlineData("預計明年第一季量產", "2024-01", "2024-03")]
    [InlineData("去年第四季營收", "2022-10", "2022-12")]
    [InlineData("2022年第2季出貨", "2022-04", "2022-06")]
    [InlineData("今年首季獲利", "2023-01", "2023-03")]
    public void ReadsQuartersWrittenWithJiAlone(string body, string value, string end)
    {
        var d = Single(body);
        Assert.Equal(value, d.Value);
        Assert.Equal(end, d.ValueEnd);
        Assert.True(d.YearInferred || body.StartsWith("2022", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("上季營收成長", "2023-01", "2023-03")]
    [InlineData("本季出貨量", "2023-04", "2023-06")]
    [InlineData("下季度展望", "2023-07", "2023-09")]
    public void ReadsQuartersCountedFromPublication(string body, string value, string end)
    {
        var d = Single(body);
        Assert.Equal(value, d.Value);
        Assert.Equal(end, d.ValueEnd);
        Assert.True(d.YearInferred);
    }

    [Fact]
    public void ThePreviousQuarterInJanuaryIsLastYearsFourth()
    {
        var d = Single("上季營收", "2024-01-20");
        Assert.Equal("2023-10", d.Value);
        Assert.Equal("2023-12", d.ValueEnd);
    }

    [Theory]
    [InlineData("第一季營收增加", "2023-01", "2023-03")]
    [InlineData("前三季累計出貨", "2023-01", "2023-09")]
    public void ReadsQuartersWithoutAYearWordInThePublicationYear(string body, string value, string end)
    {
        var d = Single(body);
        Assert.Equal(value, d.Value);
        Assert.Equal(end, d.ValueEnd);
        Assert.True(d.YearInferred);
    }

    [Theory]
    [InlineData("四季如春的氣候")]     // the four seasons, not a quarter
    [InlineData("三季出貨都在成長")]
    [InlineData("趕上季節變化")]
    [InlineData("今年季節性需求")]
    public void LeavesQuartersWithoutAYearAlone(string body) => Assert.Empty(PeerHarness.Dates(body, "2023-06-14"));

    [Theory]
    [InlineData("管理局昨(15)日公布", "2023-06-14", "2023-06-15")]
    [InlineData("管理局昨（15）日公布", "2023-06-16", "2023-06-15")]
    [InlineData("經濟部今（16）日表示", "2023-06-16", "2023-06-16")]
    [InlineData("公司前(14)日宣布", "2023-06-16", "2023-06-14")]
    [InlineData("市府昨(30)日公告", "2023-07-01", "2023-06-30")]
    [InlineData("預計明(1)日上路", "2023-06-30", "2023-07-01")]
    public void ReadsADayInBracketsInThePublicationMonth(string body, string published, string value)
    {
        var d = Single(body, published);
        Assert.Equal(value, d.Value);
        Assert.True(d.YearInferred);
    }

    [Theory]
    [InlineData("民國112年3月起實施", "2023-03", null)]
    [InlineData("民国110年", "2021", null)]
    [InlineData("112年第1季營收", "2023-01", "2023-03")]
    [InlineData("113年度預算", "2024", null)]
    [InlineData("111年12月31日止", "2022-12-31", null)]
    [InlineData("較去年同期(107年1到2月)的1094.46億元", "2018-01", "2018-02")]
    [InlineData("108年1-6月出口", "2019-01", "2019-06")]
    public void ReadsRepublicOfChinaYears(string body, string value, string? end)
    {
        var d = Single(body);
        Assert.Equal(value, d.Value);
        Assert.Equal(end, d.ValueEnd);
        Assert.False(d.YearInferred);
    }

    [Theory]
    [InlineData("創立100年來")]
    [InlineData("已有120年歷史")]
    public void LeavesCountsOfYearsAlone(string body) => Assert.Empty(PeerHarness.Dates(body, "2023-06-14"));

    [Theory]
    [InlineData("經濟部15日公布統計", "2023-06-16", "2023-06-15")]
    [InlineData("行政院30日通過草案", "2023-07-02", "2023-06-30")]
    [InlineData("法案將於18日起實施", "2023-06-16", "2023-06-18")]
    public void ReadsABareDayNearThePublicationDay(string body, string published, string value)
    {
        var d = Single(body, published);
        Assert.Equal(value, d.Value);
        Assert.True(d.YearInferred);
    }

    [Theory]
    [InlineData("須在15日內完成")]
    [InlineData("每月15日發薪")]
    [InlineData("為期15日的展覽")]
    [InlineData("兌換15日元")]
    [InlineData("第3日")]
    public void LeavesDayCountsAlone(string body) => Assert.Empty(PeerHarness.Dates(body, "2023-06-16"));

    [Fact]
    public void ADayInBracketsNeedsThePublicationMonth()
    {
        Assert.Empty(PeerHarness.Dates("管理局昨（15）日公布", "2023"));
    }

    [Fact]
    public void ADayInBracketsIsNoFigure()
    {
        Assert.Empty(PeerHarness.Figures("管理局昨（15）日公布", "2023-06-16"));
        Assert.Empty(PeerHarness.Figures("管理局昨（15）日公布", "2023"));
    }
}
