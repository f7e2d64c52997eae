using Pipeline.Extract.Pages;
using Pipeline.Extract.Tests.PeerSuites;
using Pipeline.Extract.Text;

namespace Pipeline.Extract.Tests.Dates;

/// <summary>Round zd13 (issue #13), from a sample of 50 unlabelled real pages judged before fixing and the development
/// sets' misses: days written out with 廿 and 卅 (七月廿八日), a written-out day without its month after the one who acted
/// (蔣效愚十一日表示), an agency dateline filed on a written-out day (中新社悉尼四月七日电), a range of days without their month
/// (在19日至21日), a day an event is moved to (推迟到22日下午), 前晚, and Republic years written as a range (111至113年,
/// 105年至106年6月底) or opening a name (114年第1次…审议会), and a date line's eight run-together digits (20260308). Every
/// sentence is written for these tests.</summary>
public class RealNewsRoundZd13Tests
{
    /// <summary>The sentence holds one date, of this value (2022-03-05, or 2022..2024 for a range).</summary>
    private static void OneDate(string sentence, string published, string value) =>
        Assert.Equal(value, PeerHarness.ValueText(Assert.Single(PeerHarness.Dates(sentence, published))));

    [Theory]
    [InlineData("開幕式七月廿八日晚在成都舉行。", "2023-07-27", "2023-07-28")]
    [InlineData("報名於十二月卅一日截止。", "2023-11-20", "2023-12-31")]
    [InlineData("展览于三月廿一日开幕。", "2023-03-01", "2023-03-21")]
    public void A_day_written_with_nian_or_sa_after_its_month_is_a_date(string sentence, string published, string value) =>
        OneDate(sentence, published, value);

    [Theory]
    [InlineData("北京奧組委執行副主席蔣效愚十一日在此間表示,工程進展順利。", "2007-06-11", "2007-06-11")]
    [InlineData("據悉,運動會將於廿八日揭幕。", "2023-07-27", "2023-07-28")]
    [InlineData("據中新社、香港中通社廿七日電:開幕式在成都舉行。", "2023-07-28", "2023-07-27")]
    [InlineData("市长二十六日主持会议。", "2023-05-27", "2023-05-26")]
    public void A_written_out_day_after_the_one_who_acted_is_a_day_near_the_publication(string sentence, string published, string value) =>
        OneDate(sentence, published, value);

    [Theory]
    [InlineData("审批须在三日内完成。")]           // one numeral: a count of days
    [InlineData("公司计划十日后交付。")]
    [InlineData("展期为期十五日,免费参观。")]      // a length of time
    [InlineData("合同约定一百二十日付清。")]       // the tail of a longer numeral
    [InlineData("项目二十日内完成审批。")]
    public void A_written_out_count_of_days_is_no_date(string sentence) =>
        Assert.Empty(PeerHarness.Dates(sentence, "2023-05-27"));

    [Theory]
    [InlineData("中新社悉尼四月七日电(记者王进昌)今天农展会开幕。")]
    [InlineData("中新社香港六月十一日電 (記者 梁今)北京奧運設施陸續完成。")]
    [InlineData("新华社北京7月27日电(记者王丽)大运会开幕式在成都举行。")]
    public void An_agency_dateline_filed_on_a_day_stays_in_the_body(string paragraph)
    {
        var folded = TextNormalizer.Fold(paragraph);
        Assert.True(Bylines.TryParseDateline(paragraph, folded, out _, out var length));
        Assert.Equal(0, Bylines.BodyStart(folded, length));
    }

    [Fact]
    public void A_dateline_naming_no_day_goes_with_the_byline()
    {
        const string paragraph = "本报讯(记者 王丽)大运会开幕式在成都举行。";
        var folded = TextNormalizer.Fold(paragraph);
        Assert.True(Bylines.TryParseDateline(paragraph, folded, out _, out var length));
        Assert.Equal(length, Bylines.BodyStart(folded, length));
    }

    [Theory]
    [InlineData("國家大劇院在19日至21日停止所有演出及觀摩活動。", "2008-05-21", "2008-05-19..2008-05-21")]
    [InlineData("博览会将于23日至26日在会展中心举办。", "2014-10-10", "2014-10-23..2014-10-26")]
    [InlineData("运动会定于廿八日至卅日举行。", "2023-07-27", "2023-07-28..2023-07-30")]
    public void Two_days_without_their_month_across_a_separator_are_one_range(string sentence, string published, string value) =>
        OneDate(sentence, published, value);

    [Theory]
    [InlineData("交響音樂會推遲到22日下午2點進行。", "2008-05-21", "2008-05-22")]
    [InlineData("音乐会调整到23日晚举行。", "2008-05-21", "2008-05-23")]
    [InlineData("发布会改至15日上午召开。", "2024-03-12", "2024-03-15")]
    public void A_day_an_event_is_moved_to_is_a_date(string sentence, string published, string value) =>
        OneDate(sentence, published, value);

    [Theory]
    [InlineData("日均客流量达到15日上午的两倍。")]   // 达到 counts, it moves nothing
    [InlineData("园区产值增长到20日下午公布。")]
    public void A_day_after_to_with_no_moving_verb_stays_out(string sentence) =>
        Assert.Empty(PeerHarness.Dates(sentence, "2024-03-12"));

    [Fact]
    public void The_night_before_last_is_two_days_before_the_publication() =>
        OneDate("國家大劇院已於前晚9時許在官方網站上發出公告。", "2008-05-21", "2008-05-19");

    [Theory]
    [InlineData("赛前晚宴在酒店举行。")]
    [InlineData("会前晚餐由主办方安排。")]
    public void A_meal_before_an_event_is_no_night_before_last(string sentence) =>
        Assert.Empty(PeerHarness.Dates(sentence, "2008-05-21"));

    [Theory]
    [InlineData("經濟部表示,111至113年國際燃料價格大幅上漲。", "2022..2024")]
    [InlineData("經濟部統計,105年至106年6月底止,新台幣5億元以上投資案件共計700件。", "2016..2017-06")]
    [InlineData("經濟部表示,108-110年園區營收連續成長。", "2019..2021")]
    public void Republic_years_across_a_separator_are_one_range(string sentence, string value) =>
        OneDate(sentence, "2025-03-28", value);

    [Theory]
    [InlineData("經濟部今日召開114年第1次電價費率審議會,決議電價不調整。")]
    [InlineData("彰化縣各界慶祝115年農民節表彰大會在溪州公園登場。")]
    public void A_Republic_year_opening_a_name_is_no_date(string sentence) =>
        Assert.DoesNotContain(PeerHarness.Dates(sentence, "2026-02-26"), d => d.Value is "2025" or "2026");

    [Fact]
    public void A_Republic_year_standing_alone_in_a_Taiwan_text_stays_a_date() =>
        Assert.Contains(PeerHarness.Dates("經濟部表示,112年園區營收創新高。", "2024-03-08"), d => d.Value == "2023");

    [Theory]
    [InlineData("新聞自選輯 20260308\n卓榮泰赴東京看球賽。", "2026-03-08")]
    [InlineData("图片\n20230808文/王妙琴\n园区厂商营收成长。", "2023-08-08")]
    public void Eight_run_together_digits_where_a_date_line_puts_them_are_a_day(string text, string value) =>
        Assert.Contains(PeerHarness.Dates(text, null), d => d.Value == value);

    [Theory]
    [InlineData("订单号20230808已发货。")]      // glued inside a sentence: a code
    [InlineData("编号 20231345 的项目。")]      // no such day
    [InlineData("电话 20230808123 查询。")]     // a longer number
    public void Eight_digits_that_are_no_date_line_stay_numbers(string text) =>
        Assert.Empty(PeerHarness.Dates(text, null));
}
