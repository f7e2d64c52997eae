using Pipeline.Extract.Tests.PeerSuites;

namespace Pipeline.Extract.Tests.Dates;

/// <summary>Round zd10 (issue #13): dates of real news by class — a day written with an English month name, a fiscal year
/// written as its two calendar years, and a year opening the name of a ranking counted by its members. Every sentence is
/// written for these tests.</summary>
public class RealNewsRoundZd10Tests
{
    [Theory]
    [InlineData("恒基地產全年盈利按年升5% Mar 18, 2023 恒基地產公布業績。", "2023-03-18")]
    [InlineData("Published: September 3 2021 园区新签项目12个。", "2021-09-03")]
    [InlineData("更新於 7 Jan 2024,港交所公布數據。", "2024-01-07")]
    [InlineData("Sept. 21st, 2019 科技园公布年报。", "2019-09-21")]
    public void A_day_with_an_English_month_name_is_a_date(string sentence, string value) =>
        Assert.Equal(value, PeerHarness.ValueText(Assert.Single(PeerHarness.Dates(sentence, null))));

    [Theory]
    [InlineData("May 2023 報告顯示,營收增長。")]         // no day
    [InlineData("Prices may 25, 2023 rise, analysts said.")] // a lower-case may is the verb
    public void An_English_month_without_a_day_or_in_lower_case_is_no_date(string sentence) =>
        Assert.Empty(PeerHarness.Dates(sentence, null));

    [Fact]
    public void A_month_name_glued_inside_a_Latin_word_is_no_date() =>
        Assert.Empty(PeerHarness.Dates("代號 XMar12 2020A 的產品上市。", null));

    [Theory]
    [InlineData("恒隆地產公布2021/2022年度業績,基本盈利增長。", "2021..2022")]
    [InlineData("該集團2019/20財政年度收入創新高。", "2019..2020")]
    public void A_fiscal_year_written_as_two_consecutive_years_is_one_span(string sentence, string value) =>
        Assert.Equal(value, PeerHarness.ValueText(Assert.Single(PeerHarness.Dates(sentence, "2022-09-30"))));

    [Fact]
    public void A_month_after_a_fiscal_year_of_two_years_lies_in_its_second_year() =>
        Assert.Equal(new[] { "2022..2023", "2023-03" },
            PeerHarness.Dates("該行公布2022/2023全年業績,截至3月底止,純利增長8%。", "2023-05-20").Select(PeerHarness.ValueText));

    [Theory]
    [InlineData("两地比分为2018/2020。")]   // not consecutive
    [InlineData("该比例约为2019/2020.5。")] // a number goes on
    public void Two_years_that_are_no_fiscal_span_stay_no_date(string sentence) =>
        Assert.DoesNotContain(PeerHarness.Dates(sentence, "2022-09-30"), d => d.ValueEnd != null);

    [Theory]
    [InlineData("【解讀】2023年「財星500強」中國企業有幾家?")]
    [InlineData("2022年中国民营企业500强发布,榜单显示……")]
    [InlineData("2021年“全球独角兽500强”名单出炉。")]
    public void A_year_opening_the_name_of_a_ranking_is_no_date(string sentence) =>
        Assert.Empty(PeerHarness.Dates(sentence, "2024-08-01"));

    [Theory]
    [InlineData("2023年位列世界500强第88位。", "2023")]  // a placing verb: the year dates the placing
    [InlineData("2022年该公司首次进入中国500强。", "2022")]
    public void A_year_of_a_placing_in_a_ranking_stays_a_date(string sentence, string value) =>
        Assert.Equal(value, Assert.Single(PeerHarness.Dates(sentence, "2024-08-01")).Value);
}
