using Pipeline.Extract.Tests.PeerSuites;

namespace Pipeline.Extract.Tests.Dates;

/// <summary>Round zd18 (issue #13), from a sample of 24 unlabelled real pages judged before fixing: a relative day word
/// inside a newspaper's name (光明日报 among the media a report credits) is no day, and a year that labels a document's
/// edition (2018年版《…目录》, the words are Resources/year-names.txt with its example sentences) is no date of its own.
/// Every sentence is written for these tests.</summary>
public class RealNewsRoundZd18Tests
{
    private static string[] Dates(string text, string? published) => PeerHarness.DateTexts(text, published);

    [Theory]
    [InlineData("新华社、光明日报、人民网等20余家媒体的50余名记者参加。")]
    [InlineData("據光明日報報道,該區已引進企業30家。")]
    public void A_day_word_inside_a_newspapers_name_is_no_day(string sentence) =>
        Assert.Empty(Dates(sentence, "2023-03-16"));

    [Theory]
    [InlineData("明日举行项目集中签约仪式。", "2023-03-17")]
    [InlineData("记者明日从光明区获悉,项目将开工。", "2023-03-17")]
    public void A_day_word_outside_the_name_is_still_the_day(string sentence, string expected) =>
        Assert.Equal(new[] { expected }, Dates(sentence, "2023-03-16"));

    [Fact]
    public void Today_in_a_later_paragraph_repeats_the_day_the_dateline_gave_but_still_dates_what_is_said_of_it()
    {
        const string text = "（中央社记者屏东县31日电）首家进驻园区的厂商今天举行上梁典礼。\n厂商去年8月动土，今天举行上梁典礼，县长出席。";
        Assert.Equal(new[] { "2025-12-31", "2024-08" },
            PeerHarness.RecordDates(text, "2025-12-31").Select(PeerHarness.ValueText).ToArray());
        // The later 今天 is no record date, but the period reader still sees it (a relative time), as it did.
        Assert.Equal(new[] { "2025-12-31", "2024-08", "2025-12-31" }, Dates(text, "2025-12-31"));
    }

    [Fact]
    public void Today_that_repeats_no_day_named_before_is_the_publication_day()
    {
        const string text = "园区3月2日举行签约仪式。\n今天，首批企业入驻。";
        Assert.Equal(new[] { "2025-03-02", "2025-03-05" },
            PeerHarness.RecordDates(text, "2025-03-05").Select(PeerHarness.ValueText).ToArray());
    }

    [Theory]
    [InlineData("联合发布了《中国开发区审核公告目录》(2018年版)。", new string[0])]
    [InlineData("根据2018年版《目录》,我省国家级开发区有21家。", new string[0])]
    [InlineData("全省2017年版权登记量增长12%。", new[] { "2017" })] // 版权: a word of its own, no edition
    public void A_year_labelling_an_edition_is_no_date_of_its_own(string sentence, string[] expected) =>
        Assert.Equal(expected, Dates(sentence, "2018-03-08"));
}
