using static Pipeline.Extract.Tests.Zones.ZoneTestHelper;

namespace Pipeline.Extract.Tests.Zones;

/// <summary>Round zd19 (issue #13): a list of places ending with a count and a zone word whose item is a district whose name
/// holds a character that is a function word elsewhere (花都: 都, 从化: 从) gave no zone at all — the item was read as a clause
/// and the list lost every place. A county-level place name of the divisions is a list item whatever its characters.
/// Every sentence is written for these tests.</summary>
public class RealNewsZoneRoundZd19Tests
{
    [Theory]
    [InlineData("广州、南沙、增城和花都四个国家级经济技术开发区合计实现产值1万亿元。", new[] { "广州经开区", "南沙经开区", "增城经开区", "花都经开区" })]
    [InlineData("花都、南沙两个国家级经济技术开发区今年签约项目30个。", new[] { "花都经开区", "南沙经开区" })]
    [InlineData("广州、增城和从化三个经开区协同招商。", new[] { "广州经开区", "增城经开区", "从化经开区" })]
    public void A_listed_district_whose_name_holds_a_function_word_character_is_a_place_of_the_list(string text, string[] zones) =>
        Assert.Equal(zones, ZoneNames(text));

    [Theory]
    [InlineData("城市更新、产业升级等新区建设加快推进。")]       // 新区 a common noun after a list of actions
    [InlineData("首都、省会和副省级城市的高新区发展较快。")]     // kinds of city, no places
    public void A_list_of_words_that_are_no_places_gives_no_zone(string text) =>
        Assert.Empty(ZoneNames(text));
}
