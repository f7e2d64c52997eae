using Pipeline.Extract.Tests.PeerSuites;

namespace Pipeline.Extract.Tests.Dates;

/// <summary>Round zd12 (issue #13), from a sample of 50 unlabelled real pages judged before fixing: a lunar month other
/// than 正月 (农历九月初六) is no Gregorian month; a list's number glued on before a month and day (1.10月25日) leaves the
/// date whole. Every sentence is written for these tests.</summary>
public class RealNewsRoundZd12Tests
{
    [Theory]
    [InlineData("星期日,农历九月初六。")]
    [InlineData("中秋节即农历八月十五,园区放假一天。")]
    [InlineData("節日在農曆十月初一。")]
    [InlineData("阴历七月初七,文化节开幕。")]
    public void A_lunar_month_is_no_gregorian_month(string sentence) =>
        Assert.Empty(PeerHarness.Dates(sentence, "2025-10-26"));

    [Fact]
    public void The_first_lunar_month_is_still_read_from_the_table() =>
        Assert.Equal("2025-02-05", PeerHarness.ValueText(Assert.Single(PeerHarness.Dates("2025年农历正月初八,园区企业开工。", "2025-02-10"))));

    [Fact]
    public void A_month_in_Chinese_numerals_with_no_lunar_word_before_it_is_kept() =>
        Assert.Equal("2025-09", PeerHarness.ValueText(Assert.Single(PeerHarness.Dates("九月初,园区新厂投产。", "2025-10-26"))));

    [Theory]
    [InlineData("一周速览\n1.10月25日,论坛在园区举办。", "2025-10-25")]
    [InlineData("本周要闻\n12.9月3日,项目集中签约。", "2025-09-03")]
    [InlineData("大事记\n 3.10月8日,新厂投产。", "2025-10-08")]
    public void A_list_number_glued_before_a_month_and_day_leaves_the_date(string text, string value) =>
        Assert.Equal(value, PeerHarness.ValueText(Assert.Single(PeerHarness.Dates(text, "2025-10-26"))));

    [Theory]
    [InlineData("工期缩短1.5个月,成本下降。")]   // a decimal count of months
    [InlineData("产能提高到12.5月均水平。")]
    [InlineData("指数为1.10月环比上升。")]      // no day after the month: a decimal, not a list's number
    [InlineData("营收增长3.10月25日公布。")]    // the number does not open its line
    public void A_decimal_before_a_month_is_no_list_number(string text) =>
        Assert.Empty(PeerHarness.Dates(text, "2025-10-26"));
}
