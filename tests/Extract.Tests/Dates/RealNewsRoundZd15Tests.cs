using Pipeline.Extract.Dates;
using Pipeline.Extract.Tests.Lexicon;
using Pipeline.Extract.Tests.PeerSuites;

namespace Pipeline.Extract.Tests.Dates;

/// <summary>Round zd15 (issue #13), from a sample of 30 unlabelled real pages judged before fixing and the development
/// sets' misses: a later day listed after a day with 及, 和, 、 (十月十七日及十八日, 7月14日(星期六)及15日; the words are
/// Resources/day-lists.txt with its example sentences) is a date in the first day's month and year, and on a page that
/// prints no date of its own a mention without a year takes the year the text named last, a bare day the day it named
/// last. Every sentence is written for these tests.</summary>
public class RealNewsRoundZd15Tests
{
    private static string[] Dates(string text, string? published) => PeerHarness.DateTexts(text, published);

    public static TheoryData<string, string> Examples() => RuleExamples.Of(DayLists.Default.Rules);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Each_example_sentence_dates_as_the_day_lists_file_says(string sentence, string expected) =>
        Assert.Equal(expected.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), Dates(sentence, "2020-10-05"));

    [Theory]
    [InlineData("展览定于8月2日(周五)及3日(周六)开放。", "2024-08-02;2024-08-03")]
    [InlineData("两场说明会分别于9月5日和12日举行。", "2024-09-05;2024-09-12")]
    [InlineData("大会于今年6月18日、19日召开。", "2024-06-18;2024-06-19")]
    public void A_later_day_listed_after_a_day_shares_its_month_and_year(string sentence, string expected) =>
        Assert.Equal(expected.Split(';'), Dates(sentence, "2024-07-01"));

    [Theory]
    [InlineData("公司于9月5日和12家企业签约。", "2024-09-05")]        // 12家: a count
    [InlineData("报名于9月12日及5日内完成审核。", "2024-09-12")]      // a smaller number: no later day of the month
    [InlineData("活动于9月5日与30日内的参展商对接。", "2024-09-05")]  // 30日内: a length of time
    public void A_number_after_the_list_word_that_is_no_later_day_stays_apart(string sentence, string expected) =>
        Assert.Equal(new[] { expected }, Dates(sentence, "2024-07-01"));

    [Fact]
    public void On_a_page_without_its_own_date_a_month_takes_the_year_the_text_named_last()
    {
        const string page = "2019年我市重点项目共502个,1—8月份累计完成投资697亿元。\n截止8月底合计应开工项目186个。\n新开工项目258个,1—8月份完成投资280亿元。";
        Assert.Equal(new[] { "2019", "2019-01..2019-08", "2019-08", "2019-01..2019-08" }, Dates(page, null));
    }

    [Fact]
    public void On_a_page_without_its_own_date_a_bare_day_is_read_near_the_day_the_text_named_last()
    {
        const string page = "发布日期:2022年7月26日\n县长王惠美27日下午前往视察道路改善工程。";
        Assert.Equal(new[] { "2022-07-26", "2022-07-27" }, Dates(page, null));
    }

    [Theory]
    [InlineData("截至8月15日,一号厂房进入装修阶段。")]                     // no year anywhere: nothing to read it in
    [InlineData("截至8月15日,一号厂房进入装修阶段。园区2025年将建成二期。")] // a year named only after it
    public void A_month_before_any_year_on_a_page_without_its_own_date_stays_unresolved(string page) =>
        Assert.Equal(page.Contains("2025年") ? new[] { "2025" } : Array.Empty<string>(), Dates(page, null));

    [Fact]
    public void A_page_with_its_own_date_still_reads_a_month_in_the_publication_year()
    {
        const string page = "2019年我市重点项目共502个。\n截止8月底合计应开工项目186个。";
        Assert.Equal(new[] { "2019", "2021-08" }, Dates(page, "2021-09-10"));
    }
}
