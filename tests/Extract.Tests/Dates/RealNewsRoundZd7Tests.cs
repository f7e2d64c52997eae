using Pipeline.Extract.Dates;
using Pipeline.Extract.Model;
using Pipeline.Extract.Pages;
using Pipeline.Extract.Tests.Lexicon;
using Pipeline.Extract.Tests.PeerSuites;
using Pipeline.Extract.Text;

namespace Pipeline.Extract.Tests.Dates;

/// <summary>Round zd7 (issue #13): dates of real news by class — days of the lunar first month (Resources/lunar-new-year.txt
/// and its example sentences), fiscal years, a post's stamp without its year, a date field among a page's bar-separated
/// fields, and the page year of texts that name no past year (a near plan, 并于 continuing a plan, a year's results beside
/// 今年). Every sentence is written for these tests.</summary>
public class RealNewsRoundZd7Tests
{
    private static string Show(DateEntity d) => d.ValueEnd == null ? d.Value! : $"{d.Value}..{d.ValueEnd}";

    public static TheoryData<string, string> LunarExamples() => RuleExamples.Of(LunarCalendar.Default.Table);

    [Theory]
    [MemberData(nameof(LunarExamples))]
    public void Each_lunar_example_dates_as_the_table_says(string sentence, string expected)
    {
        var published = LunarCalendar.Default.Table.Setting("published").Single();
        var want = expected.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(want, PeerHarness.Dates(sentence, published).Select(Show));
    }

    [Fact]
    public void A_lunar_day_is_a_day_whose_year_is_inferred()
    {
        var date = Assert.Single(PeerHarness.Dates("工厂正月初九恢复满负荷生产。", "2024-03-01"));
        Assert.Equal(("2024-02-18", "day", true), (date.Value, date.Granularity, date.YearInferred));
    }

    [Theory]
    [InlineData("工地正月三十前完成清表。")]   // 2023's 正月 has 29 days
    [InlineData("正月里,园区企业陆续返岗。")]   // a lunar month alone is no Gregorian month
    [InlineData("正月十五万元的订单已交付。")]  // the numeral runs on into an amount
    public void No_day_is_made_of_what_is_no_lunar_day(string sentence) =>
        Assert.Empty(PeerHarness.Dates(sentence, "2023-02-20"));

    [Fact]
    public void The_table_holds_each_year_once_and_months_of_29_or_30_days()
    {
        Assert.Equal(new DateTime(2030, 2, 3), LunarCalendar.Default.FirstMonthDay(2030, 1));
        Assert.Null(LunarCalendar.Default.FirstMonthDay(1900, 1));
        Assert.Null(LunarCalendar.Default.FirstMonthDay(2030, 31));
    }

    [Theory]
    [InlineData("该集团2024会计年度营收增长一成。", "2024")]
    [InlineData("董事会通过2021年會計年度盈餘分配案。", "2021")]
    [InlineData("港府2025财政年度预算案即将公布。", "2025")]
    public void A_fiscal_year_is_its_calendar_year(string sentence, string value) =>
        Assert.Equal(value, Assert.Single(PeerHarness.Dates(sentence, "2025-01-10")).Value);

    [Fact]
    public void A_posts_stamp_without_its_year_is_a_day_of_the_page_year() =>
        Assert.Equal(new[] { "2024-05-08" }, PeerHarness.Dates("05-08 09:15\n园区新增一家上市公司。", "2024").Select(d => d.Value));

    [Theory]
    [InlineData("05-08园区新增企业12家。")]     // no time of day: a range or a code, not a stamp
    [InlineData("编号 13-45 09:15")]             // not at a line's start
    public void Month_and_day_without_a_stamps_time_at_a_lines_start_are_no_date(string body) =>
        Assert.Empty(PeerHarness.Dates(body, "2024"));

    [Fact]
    public void A_stamp_under_the_headline_narrows_the_inferred_page_year_to_its_day()
    {
        var page = ReadPageText("stamp.txt", "某某电子拟投资8亿元扩建华南工厂\n11-02 14:20\n2022年,公司实现营收30亿元,同比增长12%。\n公司表示,新厂将于明年投产。");
        Assert.Equal("2023-11-02", page.Published);
    }

    [Fact]
    public void A_date_field_among_bar_separated_page_fields_dates_the_page_however_long_the_line()
    {
        const string fields = "撰文 | 發布日期 2022 年 11 月 03 日 16:05 | 分類 能源 , 產業 , 綠能 facebook share line share follow us in feedly twitter share";
        Assert.True(LineRules.IsSourceLine(TextNormalizer.Fold(fields)));
        var page = ReadPageText("fields.txt", "儲能廠商擴產 營收可望再創新高\n" + fields + "\n業者指出,新產線預計明年第一季量產。");
        Assert.Equal("2022-11-03", page.Published);
    }

    [Fact]
    public void A_body_line_with_a_date_label_but_no_bars_is_no_field_line() =>
        Assert.False(LineRules.IsSourceLine("公司在官网上公布了新品发布日期 2024年5月20日的具体安排,届时将举办线上发布会并邀请多家媒体参加,活动当天还将公布全年产能规划与市场策略"));

    [Theory]
    [InlineData("项目计划于2025年3月开工建设,并于2026年6月建成投产。", "2025")]          // 并于 continues the plan
    [InlineData("全县今年安排重点项目80个,其中2021年计(jì)划完成年度投资45亿元。", "2021")] // pinyin readings stripped; the year's annual plan
    [InlineData("新签约项目将助力园区实现2023年“开门红”。", "2023")]
    public void A_page_that_names_no_past_year_is_dated_by_its_nearest_plan(string text, string year) =>
        Assert.Equal(year, PageDates.Infer(new[] { text }));

    [Fact]
    public void A_past_year_wins_over_a_plan() =>
        Assert.Equal("2022", PageDates.Infer(new[] { "2022年5月,园区获批省级平台。", "项目计划于2024年9月开工。" }));

    [Fact]
    public void A_years_results_in_figures_beside_this_year_in_its_paragraph_are_last_years() =>
        Assert.Equal("2021", PageDates.Infer(new[] { "公司2020年生产电池2.1亿只,实现产值15亿元。今年,企业计划把产能扩大一倍。" }));

    [Fact]
    public void An_event_of_a_year_beside_this_year_without_figures_in_its_clause_stays_that_year() =>
        Assert.Equal("2020", PageDates.Infer(new[] { "园区举行2020年第三季度项目集中开工活动,共有12个项目开工。今年以来,园区投资保持增长。" }));

    private static PageLayout ReadPageText(string source, string text) =>
        PageReader.Read(new SourceDocument { Source = source, Kind = DocumentKind.PageText, Text = text });
}
