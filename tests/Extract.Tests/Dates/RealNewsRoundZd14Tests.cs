using Pipeline.Extract.Dates;
using Pipeline.Extract.Tests.Lexicon;
using Pipeline.Extract.Tests.PeerSuites;

namespace Pipeline.Extract.Tests.Dates;

/// <summary>Round zd14 (issue #13), from a sample of 40 unlabelled real pages judged before fixing and the development
/// sets' misses: a quarter or half opening its report's name (2023年第三季度业绩说明会; a ceremony's name and 2024年度股东大会
/// stay dates; the words are Resources/year-names.txt with its example sentences), a range whose first day carries its
/// weekday or hour before the separator (2023年11月1日(星期三)至11月7日, 2024年9月13日17时至2024年9月19日8时), a decade
/// written with its century's digits (1980年代), and a timestamp glued to a user name (julia2024/09/27 12:36:14), while a
/// file name's date is none (未命名__2024-11-17+12_59_58.jpg). Every sentence is written for these tests.</summary>
public class RealNewsRoundZd14Tests
{
    private static string[] Dates(string sentence, string? published = "2024-05-20") =>
        PeerHarness.Dates(sentence, published).Select(PeerHarness.ValueText).ToArray();

    public static TheoryData<string, string> Examples() => RuleExamples.Of(YearNames.Default.Rules);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Each_example_sentence_dates_as_the_year_names_list_says(string sentence, string expected) =>
        Assert.Equal(expected.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), Dates(sentence, null));

    [Theory]
    [InlineData("公司将于11月8日召开2023年第三季度业绩说明会。", "2024-11-08")]
    [InlineData("公司已披露2024年上半年报告。", null)]
    public void A_quarter_or_half_opening_its_report_s_name_is_no_date(string sentence, string? value) =>
        Assert.Equal(value == null ? Array.Empty<string>() : new[] { value }, Dates(sentence));

    [Theory]
    [InlineData("本次活动为2023年第四季度重点项目集中开工仪式。", "2023-10..2023-12")]   // the development sets' gold counts it
    [InlineData("2024年上半年工作会议召开。", "2024-01..2024-06")]
    public void A_quarter_or_half_opening_another_name_stays_a_date(string sentence, string value) =>
        Assert.Equal(new[] { value }, Dates(sentence, null));

    [Theory]
    [InlineData("2023年第三季度,公司营业收入增长8%。", "2023-07..2023-09")]
    [InlineData("2024年上半年的经营成果好于预期。", "2024-01..2024-06")]       // 的: a clause, not a name
    [InlineData("2024年度营业收入达12亿元。", "2024")]
    [InlineData("公司2022年度突出贡献企业获表彰。", "2022")]                   // no name word after it
    [InlineData("股東會通過2023年度股東大會議事規則。", "2023")]              // 年度: the fiscal year, a date (GUIDE)
    public void A_year_with_its_part_that_dates_stays_a_date(string sentence, string value) =>
        Assert.Equal(new[] { value }, Dates(sentence, null));

    [Theory]
    [InlineData("集中认购期为2023年11月1日(星期三)至11月7日。", "2023-11-01..2023-11-07")]
    [InlineData("集中认购期为2023年11月1日（周三）至2023年11月7日（周二）。", "2023-11-01..2023-11-07")]
    [InlineData("系统于2024年9月13日17时至2024年9月19日8时关闭。", "2024-09-13..2024-09-19")]
    [InlineData("报名时间为5月6日9:00至5月10日17:00。", "2024-05-06..2024-05-10")]
    [InlineData("展会8月12日(周一)至15日举行。", "2024-08-12..2024-08-15")]
    public void A_range_whose_first_day_carries_its_weekday_or_hour_is_one_range(string sentence, string value) =>
        Assert.Equal(new[] { value }, Dates(sentence));

    [Theory]
    [InlineData("投票时间为2024年5月29日上午9:15至下午15:00。", "2024-05-29")]   // a range of hours on one day
    [InlineData("停电时间为6月3日17时至19时。", "2024-06-03")]
    [InlineData("会议于2024年5月29日(星期三)召开。", "2024-05-29")]
    public void A_day_with_its_weekday_or_hours_and_no_second_day_stays_one_day(string sentence, string value) =>
        Assert.Equal(new[] { value }, Dates(sentence));

    [Theory]
    [InlineData("这些政策源于1980年代的特区经验。", "1980..1989")]
    [InlineData("2010年代以来,园区快速发展。", "2010..2019")]
    public void A_decade_written_with_its_century_digits_is_its_ten_years(string sentence, string value) =>
        Assert.Equal(new[] { value }, Dates(sentence, null));

    [Theory]
    [InlineData("开发区自1984年设立以来快速发展。", "1984")]
    [InlineData("1985年代表团访问园区。", "1985")]                          // not a decade: 1985 does not end in 0
    [InlineData("2020年代表团访问园区。", "2020")]                          // 代表团: the year's delegation
    public void A_year_that_is_no_decade_stays_a_year(string sentence, string value) =>
        Assert.Equal(new[] { value }, Dates(sentence, null));

    [Theory]
    [InlineData("转载 julia2024/09/27 12:36:14 发布 IP属地:未知", "2024-09-27")]
    [InlineData("作者 admin2023-05-06 08:30", "2023-05-06")]
    public void A_timestamp_glued_to_a_user_name_is_a_date(string line, string value) =>
        Assert.Equal(new[] { value }, Dates(line));

    [Theory]
    [InlineData("副本_未命名__2024-11-17+12_59_58.jpg")]        // a file name
    [InlineData("IMG_2024-03-05.png")]
    [InlineData("型号AB2023-05-06款")]                        // a code glued to letters, no clock after it
    public void A_date_inside_a_file_name_or_code_is_no_date(string line) =>
        Assert.Empty(Dates(line));
}
