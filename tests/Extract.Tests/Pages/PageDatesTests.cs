using Pipeline.Extract.Pages;

namespace Pipeline.Extract.Tests.Pages;

public class PageDatesTests
{
    [Theory]
    [InlineData("2022年第13期(总第542期) 2022年8月15日", "2022-08-15")]
    [InlineData("2023年5月6日 星期六", "2023-05-06")]
    [InlineData("2024年3月号", "2024-03")]
    [InlineData("2021年2月30日", null)]
    public void ReadsThePrintedDate(string line, string? iso) => Assert.Equal(iso, PageDates.Printed(line));

    [Fact]
    public void AYearReportedAsFinishedMeansThePageIsFromTheNext() =>
        Assert.Equal("2021", PageDates.Infer(new[] { "2020年，全区单位GDP能耗0.2吨标准煤/万元。", "从2013年起建设光伏项目。" }));

    [Fact]
    public void TargetsAndDocumentTitlesDoNotCount() =>
        Assert.Equal("2021", PageDates.Infer(new[]
        {
            "力争2030年前达到峰值，2060年前实现碳中和。", "印发《行动方案(2022-2035年)》。", "2021年7月，园区获批。",
            "到2025年，产值翻番。", "联合国2030年可持续发展议程", "设立2000万元人才奖励资金",
        }));

    [Fact]
    public void AnEventNamedByItsYearCounts() =>
        Assert.Equal("2023", PageDates.Infer(new[] { "“2023数字经济峰会”在园区开幕。", "2019年被评为示范园区。" }));

    [Fact]
    public void NothingToGoOnGivesNothing() => Assert.Null(PageDates.Infer(new[] { "近日，园区举办招聘会。" }));
}
