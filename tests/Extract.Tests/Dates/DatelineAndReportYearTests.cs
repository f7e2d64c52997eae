using Pipeline.Extract.Tests.PeerSuites;

namespace Pipeline.Extract.Tests.Dates;

/// <summary>A bare day after the one who acted (记者15日从…获悉), read near the paragraph's dateline when the
/// publication month is unknown; 首N个月; a report's own year (2024年年度报告) and the quarters a report story
/// speaks of; 上年末 and a statistics bulletin's name, which are no dates.</summary>
public class DatelineAndReportYearTests
{
    private static List<(string Text, string Value, string? End)> Dates(string body, string? published) =>
        PeerHarness.Dates(body, published).Select(d => (d.Text, d.Value, d.ValueEnd)).ToList();

    [Theory]
    [InlineData("新华社上海6月20日电 记者20日从市科委获悉,", "20日", "2022-06-20")]
    [InlineData("本报杭州9月3日讯 滨江高新区2日发布消息,", "2日", "2022-09-02")]
    [InlineData("新华社南宁1月2日电 南宁高新区（西乡塘区）31日举行签约仪式,", "31日", "2021-12-31")]
    public void ABareDayReadsNearTheDatelineWhenThePageGivesOnlyAYear(string body, string text, string value)
    {
        var dates = Dates(body, "2022");
        Assert.Contains((text, value, (string?)null), dates);
    }

    [Fact]
    public void ABareDayWithoutADatelineOrPublicationMonthHasNoValue() =>
        Assert.DoesNotContain(Dates("园区管委会18日发布消息,", "2022"), d => d.Text == "18日");

    [Theory]
    [InlineData("公司（简称甲方）15日公告,", "2023-06-15")]
    [InlineData("示范区（新区）8日召开大会", "2023-06-08")]
    public void ABareDayMayFollowABracketedAside(string body, string value) =>
        Assert.Contains(Dates(body, "2023-06-14"), d => d.Value == value);

    [Theory]
    [InlineData("比例为(3)15日内")]
    [InlineData("见附件(表2)10日前报送")]
    public void ABracketThatIsNoAsideOfIdeographsStartsNoBareDay(string body) => Assert.Empty(Dates(body, "2023-06-14"));

    [Theory]
    [InlineData("某廠昨（2）日公告", "2023-06-03", "2023-06-02")]  // one digit in the brackets
    [InlineData("某廠今(1)日公告", "2023-06-01", "2023-06-01")]
    [InlineData("某廠昨(9)日公告", "2023-06-10", "2023-06-09")]
    public void ASingleDigitDayInBracketsIsRead(string body, string published, string value) =>
        Assert.Contains(Dates(body, published), d => d.Value == value);

    [Theory]
    [InlineData("今年首10個月出口成長", "2024-01", "2024-10")]
    [InlineData("今年首三个月营收", "2024-01", "2024-03")]
    [InlineData("去年首11个月", "2023-01", "2023-11")]
    public void FirstNMonthsIsARangeFromJanuary(string body, string value, string end)
    {
        Assert.Contains((body[..(body.IndexOf('月') + 1)], value, (string?)end), Dates(body, "2024-11-15"));
        Assert.Empty(PeerHarness.Figures(body, "2024-11-15"));
    }

    [Theory]
    [InlineData("預計明年第2季量產", "2025-04", "2025-06")]
    [InlineData("並將在第4季推出補貼", "2024-10", "2024-12")]
    [InlineData("第3季度營收", "2024-07", "2024-09")]
    public void TaiwanQuartersWithArabicDigitsAreRead(string body, string value, string end) =>
        Assert.Contains(Dates(body, "2024-09-03"), d => d.Value == value && d.End == end);

    [Theory]
    [InlineData("首10个月内完成交付")]   // a length of time with no year
    [InlineData("首批10个月度项目")]
    public void FirstMonthsWithoutAYearAreNoDate(string body) => Assert.Empty(Dates(body, "2024-11-15"));

    [Theory]
    [InlineData("某公司披露2023年年度报告。", "2023")]
    [InlineData("某公司披露2023年度报告。", "2023")]
    public void AnAnnualReportNamesItsYear(string body, string value) =>
        Assert.Contains(Dates(body, "2024-04-20"), d => d.Value == value);

    [Fact]
    public void AQuarterInAReportStoryIsInTheReportYear()
    {
        const string body = "某公司4月18日披露2023年年度报告。公司全年营收12亿元。\n分季度看,第四季度营收4亿元。\n公司表示,主要系四季度集中交付所致。";
        var quarters = Dates(body, "2024-04-19").Where(d => d.Text.Contains('季')).ToList();
        Assert.Equal(2, quarters.Count);
        Assert.All(quarters, q => Assert.Equal(("2023-10", "2023-12"), (q.Value, q.End)));
    }

    [Fact]
    public void AQuarterAlreadyBegunAtPublicationStaysInThePublicationYear()
    {
        const string body = "某公司披露2023年年度报告。\n公司表示,一季度营收3亿元。";
        Assert.Contains(Dates(body, "2024-04-19"), d => d.Text == "一季度" && d.Value == "2024-01");
    }

    [Fact]
    public void WithoutAReportAQuarterStaysInThePublicationYear() =>
        Assert.Contains(Dates("公司第四季度营收4亿元。", "2024-04-19"), d => d.Value == "2024-10");

    [Theory]
    [InlineData("常住人口比上年末增加1.2万人。")]
    [InlineData("营收较上年增长8%。")]
    [InlineData("上年底贷款余额为")]
    public void ThePreviousYearAloneIsNoDate(string body) => Assert.Empty(Dates(body, "2024-03-01"));

    [Fact]
    public void APreviousYearMonthIsADate() =>
        Assert.Contains(Dates("上年12月投产。", "2024-03-01"), d => d.Value == "2023-12");

    [Theory]
    [InlineData("滨海新区2022年国民经济和社会发展统计公报")]
    [InlineData("《某市2021年统计年鉴》显示")]
    [InlineData("某区2023年统计公报显示")]
    public void AYearInABulletinsNameIsNoDate(string body) => Assert.Empty(Dates(body, "2024-03-01"));

    [Fact]
    public void AYearBeforeABulletinThatIsPublishedIsADate() =>
        Assert.Contains(Dates("2023年发布统计公报3期。", "2024-03-01"), d => d.Value == "2023");
}
