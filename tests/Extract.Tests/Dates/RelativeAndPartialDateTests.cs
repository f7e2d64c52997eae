using Pipeline.Extract.Model;
using Pipeline.Extract.Tests.PeerSuites;

namespace Pipeline.Extract.Tests.Dates;

/// <summary>Parts of a year, short and counted years, months and days counted from the publication date.</summary>
public class RelativeAndPartialDateTests
{
    private static DateEntity Single(string body, string published = "2023-06-14") => Assert.Single(PeerHarness.Dates(body, published));

    [Theory]
    [InlineData("2022年一季度,营收增长。", "2022-01", "2022-03")]
    [InlineData("今年第二季度实现盈利", "2023-04", "2023-06")]
    [InlineData("2021年首季度", "2021-01", "2021-03")]
    [InlineData("去年前三季度,产值增长", "2022-01", "2022-09")]
    [InlineData("今年前两个季度", "2023-01", "2023-06")]
    [InlineData("2020年上半年,出口下降", "2020-01", "2020-06")]
    [InlineData("去年下半年", "2022-07", "2022-12")]
    [InlineData("今年前7个月,营收增长", "2023-01", "2023-07")]
    [InlineData("2019年4月12-19日举办", "2019-04-12", "2019-04-19")]
    [InlineData("从2016到2018,营收翻番", "2016", "2018")]
    public void ReadsRangesInsideAYear(string body, string value, string end)
    {
        var d = Single(body);
        Assert.Equal(value, d.Value);
        Assert.Equal(end, d.ValueEnd);
    }

    [Theory]
    [InlineData("15年3月2日", "2015-03-02")]
    [InlineData("98年4月", "1998-04")]
    [InlineData("19年底", "2019-12")]
    [InlineData("零七年八月二十九号", "2007-08-29")]
    [InlineData("两千零四年八月十五", "2004-08-15")]
    [InlineData("1357年6月10日", "1357-06-10")]
    public void ReadsShortAndCountedYearsBeforeAMonth(string body, string value) => Assert.Equal(value, Single(body).Value);

    [Theory]
    [InlineData("用了15年时间")]          // a count of years
    [InlineData("1357年间")]              // an old year alone is a number, not a date of the guide
    public void LeavesYearsWithoutAMonthAlone(string body) => Assert.Empty(PeerHarness.Dates(body, "2023-06-14"));

    [Theory]
    [InlineData("本月9日,会议召开", "2023-06-09")]
    [InlineData("上个月15号", "2023-05-15")]
    [InlineData("下月九号", "2023-07-09")]
    [InlineData("下个月完工", "2023-07")]
    [InlineData("本月初", "2023-06")]
    [InlineData("昨天,记者获悉", "2023-06-13")]
    [InlineData("前天下午", "2023-06-12")]
    [InlineData("明天开幕", "2023-06-15")]
    public void CountsMonthsAndDaysFromThePublicationDate(string body, string value)
    {
        var d = Single(body);
        Assert.Equal(value, d.Value);
        Assert.True(d.Relative);
        Assert.True(d.YearInferred);
    }

    [Fact]
    public void ACrossYearMonthRollsTheYear() => Assert.Equal("2022-12", Single("上个月", "2023-01-20").Value);

    [Theory]
    [InlineData("昨天,记者获悉", "2023-06")]  // no publication day: no day to count from
    [InlineData("上个月", "2023")]            // no publication month
    public void RelativeDaysNeedTheirAnchor(string body, string published) => Assert.Empty(PeerHarness.Dates(body, published));
}
