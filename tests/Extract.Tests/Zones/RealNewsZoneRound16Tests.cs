using static Pipeline.Extract.Tests.Zones.ZoneTestHelper;

namespace Pipeline.Extract.Tests.Zones;

/// <summary>Round 16 (issue #13), from a sample of 24 unlabelled real pages judged before fixing and heldout33's misses: a new
/// area named by a town of a city the page names (徐圩新区 beside 连云港), a zone word after 该市/本市 (the city named last
/// with 市, 界首经开区), an 工业园区 after a prefecture-level city's own name (海东工业园区, GUIDE's city rank). Every sentence
/// is written for these tests.</summary>
public class RealNewsZoneRound16Tests
{
    [Theory]
    [InlineData("连云港市加快沿海开发。徐圩新区今年新签约项目12个,徐圩新区石化基地建设提速。", "徐圩新区")]
    [InlineData("苏州市吴江区推进长三角一体化,黎里新区已引进企业40家,黎里新区规划面积20平方公里。", "黎里新区")]
    public void A_new_area_named_by_a_town_of_a_city_the_page_names_is_a_zone(string text, string zone) =>
        Assert.Equal(new[] { zone }, ZoneNames(text));

    [Theory]
    [InlineData("徐圩新区今年新签约项目12个,徐圩新区石化基地建设提速。")]      // the town's city is named nowhere
    [InlineData("连云港市加快沿海开发,徐圩新区今年新签约项目12个。")]           // named once: a passing phrase
    public void A_town_name_before_new_area_needs_its_city_on_the_page_and_a_second_mention(string text) =>
        Assert.Empty(ZoneNames(text));

    [Theory]
    [InlineData("3月6日,界首市12个项目在该市经开区集中开工,总投资29亿元。", "界首经开区", "经开区")]
    [InlineData("义乌市出台新政,本市高新区将新增用地500亩。", "义乌高新区", "高新区")]
    public void A_zone_word_after_gaishi_is_the_zone_of_the_city_named_before(string text, string zone, string mention)
    {
        var only = Assert.Single(Run(text).Record.Zones);
        Assert.Equal(zone, only.Name);
        Assert.Equal(mention, Assert.Single(only.Mentions).Text);
    }

    [Theory]
    [InlineData("项目在该市经开区集中开工。")]
    [InlineData("本市高新区新增企业12家。")]   // 本市 opening the text: no city named before it
    public void A_zone_word_after_gaishi_with_no_city_named_before_is_no_zone(string text) =>
        Assert.Empty(ZoneNames(text));

    [Theory]
    [InlineData("青海海东工业园区今年新开工项目15个。", "海东工业园区")]
    [InlineData("2020年,海东工业园区开展补短板活动。", "海东工业园区")]
    public void An_industrial_park_word_after_a_prefecture_city_is_a_city_rank_zone(string text, string zone) =>
        Assert.Equal(new[] { zone }, ZoneNames(text));

    [Theory]
    [InlineData("上饶市工业园区主营业务收入增长8%。")]  // the city's parks together
    [InlineData("盐亭工业园区新建厂房3万平方米。")]      // a county's park
    [InlineData("一季度全市工业园区产值增长。")]
    public void An_industrial_park_word_after_a_county_or_the_city_with_shi_is_a_park(string text) =>
        Assert.Empty(ZoneNames(text));

    [Theory]
    [InlineData("该区是国务院批准设立的国家东中西区域合作示范区的先导区。", "国家东中西区域合作示范区")]
    [InlineData("连云港东中西区域合作示范区管委会召开会议。", "国家东中西区域合作示范区")]
    public void The_national_east_central_west_cooperation_zone_is_a_gazetteer_zone(string text, string zone) =>
        Assert.Equal(new[] { zone }, ZoneNames(text));
}
