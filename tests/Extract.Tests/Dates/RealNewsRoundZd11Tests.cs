using Pipeline.Extract.Tests.PeerSuites;

namespace Pipeline.Extract.Tests.Dates;

/// <summary>Round zd11 (issue #13): a relative day whose day of the month is written out in its brackets, as Taiwan papers
/// print it (昨（二十六）日); a full numeric date and a month and day without the year joined by a dash as one range
/// (2023.6.1—6.3). Every sentence is written for these tests.</summary>
public class RealNewsRoundZd11Tests
{
    [Theory]
    [InlineData("經濟部產業園區管理局昨（二十六）日揭示園區開發成果。", "2025-11-26")]
    [InlineData("園管局今(二十七)日公布招商成果。", "2025-11-27")]
    [InlineData("國科會昨（二十）日表示,營收創新高。", "2025-11-20")]
    public void A_written_out_day_in_brackets_after_a_relative_day_is_a_date(string sentence, string value) =>
        Assert.Equal(value, PeerHarness.ValueText(Assert.Single(PeerHarness.Dates(sentence, "2025-11-27"))));

    [Theory]
    [InlineData("該局昨(四十)日公布數據。")]   // no day of a month
    [InlineData("部分廠商(二十家)昨日表示。")] // a count in brackets, not after a relative day word
    public void A_bracket_holding_no_day_of_the_month_is_no_bracketed_day(string sentence) =>
        Assert.DoesNotContain(PeerHarness.Dates(sentence, "2025-11-27"), d => d.Text.Contains('('));

    [Theory]
    [InlineData("展会定于2023.6.1—6.3在会展中心举行。", "2023-06-01..2023-06-03")]
    [InlineData("报名时间:2023-06-28至07-05。", "2023-06-28..2023-07-05")]
    [InlineData("活动时间2023.12.30-1.2,全程免费。", "2023-12-30..2024-01-02")]
    [InlineData("论坛于2023.6.1-6月3日召开。", "2023-06-01..2023-06-03")]
    public void A_full_date_and_a_month_and_day_across_a_dash_are_one_range(string sentence, string value) =>
        Assert.Equal(value, PeerHarness.ValueText(Assert.Single(PeerHarness.Dates(sentence, "2023-05-20"))));

    [Theory]
    [InlineData("截至2023.6.1-6.3%的企业完成改造。")] // a percentage, not a day
    [InlineData("2023.6.1-6.35万元的订单。")]          // a number goes on
    public void Numbers_after_a_dated_dash_stay_out_of_the_range(string sentence) =>
        Assert.All(PeerHarness.Dates(sentence, "2023-05-20"), d => Assert.Null(d.ValueEnd));
}
