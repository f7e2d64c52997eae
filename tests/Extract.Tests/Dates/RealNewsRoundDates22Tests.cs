using Pipeline.Extract.Tests.PeerSuites;

namespace Pipeline.Extract.Tests.Dates;

/// <summary>Round dates22 (issues #12/#13), from a sample of 18 real pages judged before fixing: the year's first months
/// opening a clause (，前10个月), Republic years printed in Chinese digits or with the Arabic zero among them (民國一0五年),
/// years compared with or counted from (較96年, 自90年以來), and a year counted from that dates nothing after it. The
/// Republic forms' example sentences are in Resources/republic-calendar.txt; every sentence here is written for these tests.</summary>
public class RealNewsRoundDates22Tests
{
    private static string[] Dates(string text, string? published) => PeerHarness.DateTexts(text, published);

    [Theory]
    [InlineData("园区建设进展顺利，前9个月完成投资120亿元。", "2023-01..2023-09")]
    [InlineData("前三个月,园区企业营收同比增长12%。", "2023-01..2023-03")]
    [InlineData("分类来看：前8个月，新开工项目38个。", "2023-01..2023-08")]
    public void The_first_months_opening_a_clause_are_the_years(string sentence, string expected) =>
        Assert.Equal(new[] { expected }, Dates(sentence, "2023-10-20"));

    [Theory]
    [InlineData("项目投产前3个月完成设备调试。")]
    [InlineData("企业须在开工前6个月提交申请材料。")]
    public void A_length_of_time_before_an_event_is_no_date(string sentence) =>
        Assert.Empty(Dates(sentence, "2023-10-20"));

    [Theory]
    [InlineData("公司营收较19年增长两成。", "2019")]
    [InlineData("园区自18年起每年举办创新大赛。", "2018")]
    public void A_two_digit_year_compared_with_or_counted_from_is_a_year(string sentence, string expected) =>
        Assert.Equal(new[] { expected }, Dates(sentence, "2023-10-20"));

    [Theory]
    [InlineData("园区产值较10年前翻了一番。")]
    [InlineData("该债券利率较10年期国债高出20个基点。")]
    [InlineData("該廠房在台北矗立，100年後仍可使用。")]
    public void A_count_of_years_stays_no_date(string sentence) =>
        Assert.Empty(Dates(sentence, "2023-10-20"));

    [Fact]
    public void A_year_counted_from_dates_nothing_said_after_it_on_an_undated_page() =>
        Assert.Equal(new[] { "2017" },
            Dates("屏東縣自民國一0六年起未再傳出病例;七月下旬一名員工返鄉後確診,八月三日再度就醫。", null));
}
