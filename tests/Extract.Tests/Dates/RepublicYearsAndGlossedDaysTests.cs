using Pipeline.Extract.Dates;
using Pipeline.Extract.Model;
using Pipeline.Extract.Tests.Lexicon;
using Pipeline.Extract.Tests.PeerSuites;

namespace Pipeline.Extract.Tests.Dates;

/// <summary>Dates of real news that the usual readers missed: Republic-of-China years in Taiwan texts that never say
/// 民国 (Resources/republic-calendar.txt and its example sentences), a bare day read near the day its paragraph named
/// (a wire's dateline), the last month of a quarter (一季度末), a decade without its century, a day glossed in brackets
/// after 今天 (今天(18/2), 今日(1月3日)) and a copyright's single year.</summary>
public class RepublicYearsAndGlossedDaysTests
{
    private static List<DateEntity> Dates(string body, string? published = "2024-05-20") => PeerHarness.Dates(body, published);

    private static string Show(DateEntity d) => d.ValueEnd == null ? d.Value! : $"{d.Value}..{d.ValueEnd}";

    public static TheoryData<string, string> Examples() => RuleExamples.Of(RepublicCalendar.Default.Rules);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Each_example_sentence_dates_as_the_resource_says(string sentence, string expected)
    {
        var want = expected.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(want, Dates(sentence, null).Select(Show));
    }

    [Fact]
    public void Months_after_a_Republic_year_take_its_year_in_the_same_sentence() =>
        Assert.Equal(new[] { "2010-03..2010-04", "2010-01..2010-02" },
            Dates("園區99年3-4月出貨較1-2月成長兩成,新台幣營收同步走高。", null).Select(Show));

    [Theory]
    [InlineData("公司97年9月在北京成立,营收逐年增长。", "1997-09")]      // Simplified, no Taiwan word
    [InlineData("集團於98年7月在香港上市。", "1998-07")]                  // Traditional, a Hong Kong text
    public void A_two_digit_year_elsewhere_stays_in_the_last_century(string body, string value) =>
        Assert.Equal(value, Assert.Single(Dates(body, null)).Value);

    [Fact]
    public void A_fiscal_year_written_with_its_end_in_two_digits_is_no_range_of_calendar_years() =>
        Assert.DoesNotContain(Dates("政府公布2024-25年度財政預算案。", null), d => d.ValueEnd == "2025");

    [Fact]
    public void A_bare_day_is_read_near_the_day_its_paragraph_named_not_the_publication() =>
        Assert.Equal(new[] { "2019-03-08", "2019-03-06" },
            Dates("本报杭州3月8日电 6日,滨江区举行项目集中签约。", "2019-06-02").Select(d => d.Value));

    [Theory]
    [InlineData("截至二季度末,园区在孵企业达到410家。", "2024-06")]
    [InlineData("截至今年一季度末,入园企业超过两千户。", "2024-03")]
    public void The_end_of_a_quarter_is_its_last_month(string body, string value)
    {
        var date = Assert.Single(Dates(body));
        Assert.Equal(value, date.Value);
        Assert.Null(date.ValueEnd);
    }

    [Theory]
    [InlineData("这类园区最早出现在80年代的沿海城市。", "1980", "1989")]
    [InlineData("早在九十年代,这里还是一片农田。", "1990", "1999")]
    public void A_decade_without_its_century_is_the_last_centurys(string body, string value, string end)
    {
        var date = Assert.Single(Dates(body));
        Assert.Equal((value, end), (date.Value, date.ValueEnd));
        Assert.True(date.YearInferred);
    }

    [Theory]
    [InlineData("90后创业者占比过半。")]
    [InlineData("该基金自2010年代起投资了十家公司。")]
    public void Generations_and_other_decades_are_not_read_as_the_last_centurys(string body) =>
        Assert.DoesNotContain(Dates(body), d => d.Value is "1990" or "1910");

    [Theory]
    [InlineData("基金主席今天(21/3)在記者會上宣布新措施。", "2017-03-21")]
    [InlineData("局長今日(3月21日)出席論壇並致辭。", "2017-03-21")]
    public void A_day_glossed_after_today_is_one_date(string body, string value) =>
        Assert.Equal(value, Assert.Single(Dates(body, "2017-03")).Value);

    [Fact]
    public void A_copyrights_single_year_is_a_date() =>
        Assert.Equal("2025", Assert.Single(Dates("Copyright © 2025 某某传媒 版权所有", null)).Value);

    [Theory]
    [InlineData("13日,2021年合肥市重大产业项目第三次集中签约活动在高新区举行。")]
    [InlineData("2019年全省科技成果转化第5届洽谈会上,园区签约项目20个。")]
    public void A_year_opening_the_name_of_a_numbered_round_is_no_date(string body) =>
        Assert.DoesNotContain(Dates(body), d => d.Value is "2021" or "2019");

    [Fact]
    public void A_year_whose_round_is_said_in_a_clause_is_a_date() =>
        Assert.Contains(Dates("2021年园区举办了第三次集中签约活动。"), d => d.Value == "2021");
}
