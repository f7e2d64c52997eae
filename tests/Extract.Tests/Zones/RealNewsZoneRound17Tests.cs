using static Pipeline.Extract.Tests.Zones.ZoneTestHelper;

namespace Pipeline.Extract.Tests.Zones;

/// <summary>Round 17 (issue #13), from a sample of 24 unlabelled real pages judged before fixing and the lead's never-seen
/// misses: new areas and demonstration zones outside the gazetteer that GUIDE's letter counts (`…新区`, `…示范区`) — one written
/// after its province and city with 省/市 (广东省珠海市鹤洲新区), one after its province alone (青海河湟新区), a demonstration
/// zone named by a town of a city the page names (安康市恒口示范区). The page must name it twice, as for round 16's town new
/// areas: 新区 and 示范区 are common nouns too. Every sentence is written for these tests.</summary>
public class RealNewsZoneRound17Tests
{
    [Theory]
    [InlineData("广东省珠海市鹤洲新区通过招商引资取得重要进展。鹤洲新区自2020年启动筹备以来,持续强化产业载体建设。", "珠海鹤洲新区")]
    public void A_new_area_after_its_province_and_city_written_with_sheng_and_shi_is_a_zone(string text, string zone) =>
        Assert.Equal(new[] { zone }, ZoneNames(text));

    [Theory]
    [InlineData("青海河湟新区管委会召开项目推进会。河湟新区今年签约项目20个,总投资80亿元。", "河湟新区")]
    public void A_new_area_after_its_province_named_twice_is_a_zone(string text, string zone) =>
        Assert.Equal(new[] { zone }, ZoneNames(text));

    [Theory]
    [InlineData("青海河湟新区管委会召开项目推进会。")]                // named once: a passing phrase
    [InlineData("江苏城市新区建设加快,城市新区人口增长。")]            // 城市: a generic word, no name
    [InlineData("浙江推动新区建设,新区发展提速。")]                    // no name at all
    public void A_province_before_new_area_without_a_name_named_twice_is_no_zone(string text) =>
        Assert.Empty(ZoneNames(text));

    [Theory]
    [InlineData("安康市恒口示范区今年引进企业10家。恒口示范区规划面积60平方公里。", "安康恒口示范区")]
    public void A_demonstration_zone_named_by_a_town_of_a_city_the_page_names_is_a_zone(string text, string zone) =>
        Assert.Equal(new[] { zone }, ZoneNames(text));

    [Fact]
    public void The_name_alone_after_the_name_with_its_place_is_a_second_mention_of_that_zone()
    {
        var zone = Assert.Single(Run("广东省珠海市鹤洲新区通过招商引资取得重要进展。鹤洲新区自2020年启动筹备以来,持续强化产业载体建设。").Record.Zones);
        Assert.Equal("珠海鹤洲新区", zone.Name);
        Assert.Equal(new[] { "珠海市鹤洲新区", "鹤洲新区" }, zone.Mentions.Select(m => m.Text));
    }

    [Theory]
    [InlineData("恒口示范区今年引进企业10家。恒口示范区规划面积60平方公里。")]   // the town's city is named nowhere
    [InlineData("安康市恒口示范区今年引进企业10家。")]                            // named once
    public void A_town_before_a_demonstration_zone_needs_its_city_and_a_second_mention(string text) =>
        Assert.Empty(ZoneNames(text));
}
