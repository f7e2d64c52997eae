using Pipeline.Extract.Model;
using Pipeline.Extract.Tests.PeerSuites;

namespace Pipeline.Extract.Tests.Dates;

/// <summary>Round zd9 (issue #13): dates of real news by class — a relative year's month before 以来, a two-digit year with a
/// leading zero, a quarter's 期末, a day alone in brackets after a time word, a quarter opening a results meeting's name and a
/// Chinese month after 的 or 暨. Every sentence is written for these tests.</summary>
public class RealNewsRoundZd9Tests
{
    private static string Show(DateEntity d) => d.ValueEnd == null ? d.Value! : $"{d.Value}..{d.ValueEnd}";

    [Theory]
    [InlineData("该厂自去年11月以来已连续三个月满产。", "2023-11")]
    [InlineData("園區出口自去年10月以來逐月回升。", "2023-10")]
    [InlineData("去年底以来,园区新签项目40个。", "2023-12")]
    public void A_relative_years_month_before_yilai_keeps_its_month(string sentence, string value) =>
        Assert.Equal(value, Assert.Single(PeerHarness.Dates(sentence, "2024-02-01")).Value);

    [Theory]
    [InlineData("今年以来,园区新签项目40个。")]   // the guide's 今年以来 has no calendar value
    [InlineData("去年以来,企业研发投入持续增加。")]
    public void A_relative_year_alone_before_yilai_is_no_date(string sentence) =>
        Assert.Empty(PeerHarness.Dates(sentence, "2024-02-01"));

    [Theory]
    [InlineData("该订单约占公司08年营业收入的4.2%。", "2008")]
    [InlineData("集团零九年净利润翻番。", "2009")]
    public void A_two_digit_year_with_a_leading_zero_is_a_year(string sentence, string value) =>
        Assert.Equal(value, Assert.Single(PeerHarness.Dates(sentence, "2010-03-01")).Value);

    [Theory]
    [InlineData("园区已有15年历史。")]            // a count of years
    [InlineData("这座古桥已有三百零七年历史。")]  // the tail of a longer number
    public void Counted_years_stay_no_dates(string sentence) =>
        Assert.Empty(PeerHarness.Dates(sentence, "2010-03-01"));

    [Fact]
    public void A_quarters_period_end_is_its_last_month() =>
        Assert.Equal("2019-06", Show(Assert.Single(PeerHarness.Dates("截至2019年二季度期末,公司在手订单充足。", "2019-08-20"))));

    [Theory]
    [InlineData("董事会随后(12 日)审议通过该议案。", "2021-05-12")]
    [InlineData("公司当天（9日）即完成交割。", "2021-05-09")]
    public void A_day_alone_in_brackets_after_a_time_word_is_that_day(string sentence, string value) =>
        Assert.Equal(value, Assert.Single(PeerHarness.Dates(sentence, "2021-05-14")).Value);

    [Fact]
    public void A_bracketed_day_on_a_page_dated_by_its_year_is_read_near_the_day_the_text_named_last() =>
        Assert.Equal(new[] { "2020-07-10", "2020-07-16" },
            PeerHarness.Dates("公司7月10日公布营收。\n在稍晚(16 日)的业绩说明会上,公司表示订单饱满。", "2020").Select(d => d.Value));

    [Theory]
    [InlineData("项目须在期限(30日)内完成。")]  // 内 after the bracket makes it a length of time
    [InlineData("会议材料(附件3)已印发。")]  // no day in the bracket
    public void A_bracket_with_no_day_of_its_own_gives_none(string sentence) =>
        Assert.Empty(PeerHarness.Dates(sentence, "2021-05-14"));

    [Fact]
    public void A_quarter_opening_a_results_meetings_name_is_that_quarter() =>
        Assert.Equal("2022-07..2022-09", Show(Assert.Single(PeerHarness.Dates("公司在三季度业绩说明会上介绍了新工厂进度。", "2022-11-02"))));

    [Fact]
    public void A_quarter_opening_another_meetings_name_stays_a_label() =>
        Assert.Empty(PeerHarness.Dates("园区召开三季度重点项目调度会。", "2022-11-02"));

    [Theory]
    [InlineData("这是该厂有史以来最好的五月订单。", "2022-05")]
    [InlineData("园区举行签约暨九月重点项目开工活动。", "2022-09")]
    public void A_chinese_month_after_de_or_ji_is_the_month_of_what_follows(string sentence, string value) =>
        Assert.Equal(value, Assert.Single(PeerHarness.Dates(sentence, "2022-10-08")).Value);

    [Fact]
    public void A_chinese_month_inside_a_word_stays_no_date() =>
        Assert.Empty(PeerHarness.Dates("歌手五月天举办演唱会。", "2022-10-08"));
}
