using Pipeline.Extract.Tests.PeerSuites;

namespace Pipeline.Extract.Tests.Dates;

/// <summary>Decades of a century as year ranges, 今天 as the present rather than a day, and a year that opens the name of a
/// work plan or a meeting as part of that name.</summary>
public class DecadesAndYearNamedDocumentsTests
{
    [Theory]
    [InlineData("该企业上世纪80年代就开始生产阀门。", "1980", "1989")]
    [InlineData("早在上世纪九十年代，这里还是一片农田。", "1990", "1999")]
    [InlineData("20世纪70年代建成的老厂房", "1970", "1979")]
    [InlineData("二十世纪六十年代的研究所", "1960", "1969")]
    public void ADecadeIsTheRangeOfItsYears(string body, string from, string to)
    {
        var d = Assert.Single(PeerHarness.Dates(body, "2024-05-06"));
        Assert.Equal(from, d.Value);
        Assert.Equal(to, d.ValueEnd);
    }

    [Theory]
    [InlineData("这份坚持一直延续到今天。")]
    [InlineData("今天的高新区已经大不一样。")]
    [InlineData("上世纪的老工业基地")]
    public void NoCalendarValue(string body) => Assert.Empty(PeerHarness.Dates(body, "2024-05-06"));

    [Fact]
    public void TodayAsTheDayOfAnAnnouncementIsADate() =>
        Assert.Equal("2024-05-06", Assert.Single(PeerHarness.Dates("管理局今天公布最新统计。", "2024-05-06")).Value);

    [Theory]
    [InlineData("市工信局印发2025年工作要点，明确重点任务。")]
    [InlineData("在2023年全市招商引资工作会议上，")]
    public void AYearOpeningAPlanOrMeetingNameIsNoDate(string body) => Assert.Empty(PeerHarness.Dates(body, "2024-05-06"));

    [Theory]
    [InlineData("2023年召开会议12次。", "2023")]
    [InlineData("2022年，该区工作要点之一是引育人才。", "2022")]
    public void AYearBeforeAClauseStaysADate(string body, string year) =>
        Assert.Equal(year, Assert.Single(PeerHarness.Dates(body, "2024-05-06")).Value);

    [Theory]
    [InlineData("2024年全国百强县名单中，该县排名第12位。")]
    [InlineData("据报告，2024年百强园区中，高新区占一半。")]
    [InlineData("商务部公布2024年国家级经开区综合发展水平考核评价结果。")]
    [InlineData("研究院发布2024年数字经济企业排行榜。")]
    public void AYearNamingARankingOrEvaluationRoundIsNoDate(string body) => Assert.Empty(PeerHarness.Dates(body, "2025-06-03"));

    [Theory]
    [InlineData("该区2024年入选百强园区。", "2024")]
    [InlineData("2024年，园区营收跻身全省百强。", "2024")]
    public void AYearOfWhatARankingSaysStaysADate(string body, string year) =>
        Assert.Equal(year, Assert.Single(PeerHarness.Dates(body, "2025-06-03")).Value);
}
