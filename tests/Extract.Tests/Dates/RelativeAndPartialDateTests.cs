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

    [Theory]
    [InlineData("园区上半年完成投资45亿元", "2023-01", "2023-06")]
    [InlineData("下半年将重点推进三个项目", "2023-07", "2023-12")]
    [InlineData("力争四季度实现满产", "2023-10", "2023-12")]
    [InlineData("第三季度出口回暖", "2023-07", "2023-09")]
    [InlineData("前三季度,营收增长", "2023-01", "2023-09")]
    [InlineData("中科前2月營業額創新高", "2023-01", "2023-02")]
    [InlineData("全市前5月外贸进出口增长", "2023-01", "2023-05")]
    [InlineData("各项指标一季度开局良好", "2023-01", "2023-03")]
    [InlineData("园区上半年召开会议12次", "2023-01", "2023-06")]   // the meeting is the object of the clause's verb
    public void ReadsABarePartOfTheYearInThePublicationYear(string body, string value, string end)
    {
        var d = Single(body);
        Assert.Equal(value, d.Value);
        Assert.Equal(end, d.ValueEnd);
        Assert.True(d.YearInferred);
    }

    [Theory]
    [InlineData("投产前3个月完成调试")]
    [InlineData("目前2月底前完成")]
    [InlineData("截止前2月5日报名")]
    public void BeforeAMonthCountIsNoRangeOfFirstMonths(string body) =>
        Assert.DoesNotContain(PeerHarness.Dates(body, "2023-06-14"), d => d.Value == "2023-01");

    [Fact]
    public void ABarePartOfTheYearTakesTheYearItsSentenceNamed()
    {
        var dates = PeerHarness.Dates("2021年,园区产值增长12%,其中下半年增长15%。", "2023-06-14");
        Assert.Equal(new[] { ("2021", (string?)null), ("2021-07", "2021-12") }, dates.Select(d => (d.Value, d.ValueEnd)));
    }

    [Theory]
    [InlineData("2022年上半年,出口下降", "2022-01")]   // the year is read with it
    [InlineData("去年四季度以来,订单回升", "2022-10")]
    public void AYearOrRelativeYearBeforeThePartGovernsIt(string body, string value) => Assert.Equal(value, Single(body).Value);

    [Theory]
    [InlineData("连续三季度保持增长")]          // a length of time
    [InlineData("用了两个季度完成调试")]
    [InlineData("每年上半年举办招聘会")]        // every year
    [InlineData("每一季度发布一次")]
    [InlineData("召开三季度重点项目推进会")]    // the first word of a meeting's name
    [InlineData("投产前3个月完成验收")]         // months before something, not of the year
    [InlineData("四季常青的园区")]              // the four seasons
    public void LeavesPartsOfTheYearThatAreNotDatesAlone(string body) => Assert.Empty(PeerHarness.Dates(body, "2023-06-14"));

    [Fact]
    public void ABarePartOfTheYearNeedsAYear() => Assert.Empty(PeerHarness.Dates("上半年产值增长8%", null));

    [Theory]
    [InlineData("工厂2021年12月动工，次年3月5日投产。", "次年3月5日", "2022-03-05")]
    [InlineData("2019年园区引进项目20个。当年6月，首个项目投产。", "当年6月", "2019-06")]
    [InlineData("企业于2020年落户，同年10月完成注册。", "同年10月", "2020-10")]
    [InlineData("该公司2018年成立，翌年5月登陆创业板。", "翌年5月", "2019-05")]
    public void AMonthAfterTongNianOrCiNianCountsFromTheYearNamedBefore(string body, string text, string value)
    {
        var date = Assert.Single(PeerHarness.Dates(body, "2023-06-14"), d => d.Text == text);
        Assert.Equal(value, date.Value);
        Assert.True(date.YearInferred);
    }

    [Theory]
    [InlineData("次年3月，二期将开工。")]          // no year named before it
    [InlineData("同比增长12%，同时新增企业30家。")]
    [InlineData("当年，这里还是一片荒地。")]        // no month: "back then"
    public void TongNianAndCiNianNeedAYearBeforeThemAndAMonthAfter(string body) => Assert.Empty(PeerHarness.Dates(body, "2023-06-14"));
}
