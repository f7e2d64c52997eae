using Pipeline.Extract.Model;
using Pipeline.Extract.Tests.PeerSuites;

namespace Pipeline.Extract.Tests.Dates;

/// <summary>Days written without 日, parts of a day that name it, 下年 with a month, 二千年, and two dates joined
/// by a dash of any kind as one range.</summary>
public class DaysWithoutRiAndDashedRangesTests
{
    private static DateEntity Single(string body, string published = "2024-05-20") => Assert.Single(PeerHarness.Dates(body, published));

    [Theory]
    [InlineData("新厂定于9月18投产。", "2024-09-18")]
    [InlineData("协议于2021年11月5签署，", "2021-11-05")]
    [InlineData("展会定在五月二十。", "2024-05-20")]
    [InlineData("直到七月，", "2024-07")]
    public void ADayMayBeWrittenWithoutRi(string body, string value) => Assert.Equal(value, Single(body).Value);

    [Theory]
    [InlineData("今年6月3家企业上市。")]
    [InlineData("5月12.5%的增速")]
    public void DigitsAfterAMonthThatCountSomethingAreNoDay(string body) =>
        Assert.DoesNotContain(PeerHarness.Dates(body, "2024-05-20"), d => d.Granularity == "day");

    [Theory]
    [InlineData("前日，管委会召开会议。", "2024-05-18")]
    [InlineData("昨晚，首批货物抵港。", "2024-05-19")]
    [InlineData("今晚，发布会将在深圳举行。", "2024-05-20")]
    [InlineData("今晨，列车驶出站台。", "2024-05-20")]
    [InlineData("明早，代表团将赴园区考察。", "2024-05-21")]
    [InlineData("明晚的晚会", "2024-05-21")]
    public void PartsOfADayNameTheirDay(string body, string value) => Assert.Equal(value, Single(body).Value);

    [Theory]
    [InlineData("此前日本企业已在当地设厂。")]
    [InlineData("提前日程安排。")]
    public void QianRiInsideOtherWordsIsNoDay(string body) => Assert.Empty(PeerHarness.Dates(body, "2024-05-20"));

    [Fact]
    public void XiaNianWithAMonthIsNextYear() => Assert.Equal("2025-03", Single("项目计划下年3月竣工。").Value);

    [Fact]
    public void XiaNianAloneIsNoDate() => Assert.Empty(PeerHarness.Dates("下年的计划", "2024-05-20"));

    [Fact]
    public void ErQianNianIsTheYear2000() => Assert.Equal("2000", Single("公司成立于二千年，").Value);

    [Theory]
    [InlineData("已有两千年的历史。")]
    [InlineData("二千年来，这里一直是商埠。")]
    public void TwoThousandYearsAreNoYear(string body) => Assert.Empty(PeerHarness.Dates(body, "2024-05-20"));

    [Theory]
    [InlineData("展期为2024年3月1日―2024年3月5日。", "2024-03-01", "2024-03-05")]
    [InlineData("申报时间：2024年3月1日‒2024年4月30日", "2024-03-01", "2024-04-30")]
    [InlineData("2024年3月1日〜2024年4月30日受理", "2024-03-01", "2024-04-30")]
    [InlineData("受理期2024.3.1-2024.4.30。", "2024-03-01", "2024-04-30")]
    [InlineData("有效期2024-03-01至2025-02-28。", "2024-03-01", "2025-02-28")]
    [InlineData("任期2015.09-2019.06。", "2015-09", "2019-06")]
    [InlineData("12月20日至1月5日休市。", "2024-12-20", "2025-01-05")]
    [InlineData("报名时间2024年6月1日ー2024年6月30日。", "2024-06-01", "2024-06-30")]
    public void TwoFullDatesJoinedByAnyDashAreOneRange(string body, string value, string end)
    {
        var d = Single(body);
        Assert.Equal((value, end), (d.Value, d.ValueEnd));
    }

    [Theory]
    [InlineData("展会时间：六月十二到十五。", "2024-06-12", "2024-06-15")]
    [InlineData("集训安排在三月三到五号。", "2024-03-03", "2024-03-05")]
    [InlineData("一至三月，出口增长6%。", "2024-01", "2024-03")]
    [InlineData("今年一至四月份产值增长。", "2024-01", "2024-04")]
    [InlineData("供暖期从十一至三月，", "2024-11", "2025-03")]
    public void ChineseNumeralRangesWriteTheirUnitOnce(string body, string value, string end)
    {
        var d = Single(body);
        Assert.Equal((value, end), (d.Value, d.ValueEnd));
    }

    [Theory]
    [InlineData("统一至三月底完成。")]
    [InlineData("唯一到五月才开放的展馆")]
    public void AChineseDigitInsideAWordStartsNoRangeOfMonths(string body) =>
        Assert.DoesNotContain(PeerHarness.Dates(body, "2024-05-20"), d => d.ValueEnd != null);

    [Theory]
    [InlineData("项目预计2025年年尾投产。", "2025-12")]
    [InlineData("工程将于八月尾收官。", "2024-08")]
    [InlineData("2023年伊始，园区迎来新项目。", "2023-01")]
    public void EndsAndBeginningsOfYearsAndMonths(string body, string value) => Assert.Equal(value, Single(body).Value);

    [Fact]
    public void ARelativeYearsBeginningHasNoCalendarValue() => Assert.Empty(PeerHarness.Dates("今年伊始，园区迎来新项目。", "2024-05-20"));
}
