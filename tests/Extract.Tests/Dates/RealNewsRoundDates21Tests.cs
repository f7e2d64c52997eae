using Pipeline.Extract.Pages;
using Pipeline.Extract.Tests.PeerSuites;

namespace Pipeline.Extract.Tests.Dates;

/// <summary>Round dates21 (issues #12/#13), from a sample of 20 real pages judged before fixing: a range from a year's end
/// to a later whole year, a year labelling a document's edition in brackets (the labels are Resources/year-names.txt with
/// its example sentences), a month and day the text also writes in full, and a count that reads like a year no page date.
/// Every sentence is written for these tests.</summary>
public class RealNewsRoundDates21Tests
{
    private static string[] Dates(string text, string? published) => PeerHarness.DateTexts(text, published);

    [Theory]
    [InlineData("新厂房预计于2025年底至2027年分两期建成。", "2025-12..2027")]
    [InlineData("改造工程将在2024年6月至2026年完成。", "2024-06..2026")]
    [InlineData("项目建设期为2023年初至2025年底。", "2023-01..2025-12")]
    public void A_range_may_open_on_a_month_of_a_year_and_close_on_a_whole_later_year(string sentence, string expected) =>
        Assert.Equal(new[] { expected }, Dates(sentence, "2023-03-01"));

    [Fact]
    public void A_range_ending_on_an_earlier_year_stays_two_dates() =>
        Assert.Equal(new[] { "2025-12", "2024" }, Dates("2025年底至2024年的数据未变。", "2026-03-01"));

    [Theory]
    [InlineData("高新区突发环境事件应急预案(2023年修订)")]
    [InlineData("园区招商引资优惠办法（2022年修订版）全文如下。")]
    [InlineData("经开区企业服务手册(2021年版)")]
    public void A_year_labelling_a_documents_edition_in_brackets_is_no_date(string line) =>
        Assert.Empty(Dates(line, "2024-03-01"));

    [Theory]
    [InlineData("管委会于2023年修订了园区准入标准。", "2023")]
    [InlineData("办法(2023年修订后施行)由管委会解释。", "2023")]
    public void A_revision_said_in_a_clause_stays_a_date(string sentence, string expected) =>
        Assert.Equal(new[] { expected }, Dates(sentence, "2024-03-01"));

    [Fact]
    public void A_month_and_day_the_text_writes_in_full_elsewhere_is_that_day() =>
        Assert.Equal(new[] { "2021-09-16", "2021-09-16", "2017-05" },
            Dates("财经快讯9月16日丨某科技宣布,公司将于2021年9月16日召开股东大会。工厂于2017年5月开工。", "2017"));

    [Fact]
    public void A_month_and_day_written_in_full_years_before_the_page_is_an_anniversary() =>
        Assert.Equal(new[] { "2005-06-18", "2025-06-18" },
            Dates("2005年6月18日,高新区正式挂牌成立。6月18日,高新区举行建区20周年座谈会。", "2025-06-19"));

    [Fact]
    public void A_month_and_day_written_in_full_in_two_years_keeps_the_pages_year() =>
        Assert.Equal(new[] { "2020-03-08", "2021-03-08", "2022-03-08" },
            Dates("2020年3月8日园区开工,2021年3月8日竣工。3月8日举行周年活动。", "2022-03-10"));

    [Theory]
    [InlineData("两家企业分别于2019、2020年在科创板上市。", new[] { "2019", "2020" })]
    [InlineData("园区2016、2017及2018年营收连续增长。", new[] { "2016", "2017", "2018" })]
    [InlineData("2021年、2022年园区营收连续增长。", new[] { "2021", "2022" })]
    public void A_year_listed_before_a_year_written_with_nian_is_a_year_of_its_own(string sentence, string[] expected) =>
        Assert.Equal(expected, Dates(sentence, "2024-03-01"));

    [Theory]
    [InlineData("园区引进人才3000、2020年新增企业50家。", new[] { "2020" })]
    [InlineData("产值分别为1980、2025年目标为3000亿元。", new[] { "2025" })]
    public void A_number_before_a_listed_year_is_no_year_unless_it_is_an_earlier_one(string sentence, string[] expected) =>
        Assert.Equal(expected, Dates(sentence, "2024-03-01"));

    [Theory]
    [InlineData("园区年减碳量相当于2018座城市公园一年的吸碳量。")]
    [InlineData("全市共有1998所中小学接入该平台。")]
    public void A_count_of_things_that_reads_like_a_year_dates_no_page(string text) =>
        Assert.Null(PageDates.Infer(new[] { text }));

    [Fact]
    public void An_event_named_by_its_year_still_dates_the_page() =>
        Assert.Equal("2023", PageDates.Infer(new[] { "2023数字经济峰会在园区开幕。" }));
}
