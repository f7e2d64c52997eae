using Pipeline.Extract.Zones;
using static Pipeline.Extract.Tests.Zones.ZoneTestHelper;

namespace Pipeline.Extract.Tests.Zones;

/// <summary>Round zd11 (issue #13): a county whose short name is a common word (灯塔 of 灯塔市, "lighthouse") before a loose
/// zone word (示范区, 新区, 开发区) names a zone only when the text writes the county in full; a national ETDZ the gazetteer
/// lacked (杭州湾上虞); 农高区, the short form of 国家农业高新技术产业示范区, and the two approved in 2019. Every sentence is written for these tests.</summary>
public class RealNewsZoneRoundZd11Tests
{
    [Theory]
    [InlineData("该园区入选省级数字化转型灯塔示范区,将全力打造灯塔示范区。")]
    [InlineData("灯塔示范区建设现场会在园区召开。")]
    [InlineData("两地携手共建友好新区,推动产业协作。")]
    [InlineData("新城新区建设要防止盲目扩张。")]
    [InlineData("城东新区规划面积30平方公里。")]
    public void A_common_word_that_is_also_a_countys_short_name_names_no_zone(string sentence) =>
        Assert.Empty(ZoneNames(sentence));

    [Theory]
    [InlineData("灯塔市今年获批建设灯塔示范区,首批项目已开工。", "灯塔示范区")]
    [InlineData("辽宁灯塔经济开发区新增规上企业6家。", "灯塔经济开发区")]
    public void The_county_written_in_full_or_with_a_distinctive_zone_word_still_names_its_zone(string sentence, string zone) =>
        Assert.Contains(zone, ZoneNames(sentence));

    [Theory]
    [InlineData("灯塔")]
    [InlineData("姜堰")]
    public void County_short_names_are_known_as_such(string place) =>
        Assert.True(Divisions.Default.IsCountyShortName(place));

    [Theory]
    [InlineData("泰州")] // a city first
    [InlineData("吉林")] // a province and a city
    public void City_and_province_names_are_no_county_short_names(string place) =>
        Assert.False(Divisions.Default.IsCountyShortName(place));

    [Fact]
    public void Only_a_county_name_whose_everyday_meaning_comes_first_needs_the_county_in_full()
    {
        Assert.True(ZoneLeftEdge.Default.IsCommonWord("灯塔"));
        Assert.True(ZoneLeftEdge.Default.IsCommonWord("城东"));
        Assert.False(ZoneLeftEdge.Default.IsCommonWord("永康"));
        Assert.False(ZoneLeftEdge.Default.IsCommonWord("灌云")); // jieba tags it n, but it is only a place
    }

    [Theory]
    [InlineData("灌云开发区新开工项目12个。", "灌云开发区")]
    [InlineData("太谷农业高新技术产业示范区获批省级示范区。", "太谷农业高新技术产业示范区")]
    public void A_place_jieba_mistags_as_a_noun_still_names_its_zone(string sentence, string zone) =>
        Assert.Contains(zone, ZoneNames(sentence));

    [Theory]
    [InlineData("杭州湾上虞经济技术开发区考评排名跃升至全国第60位。", "杭州湾上虞经开区")]
    [InlineData("上虞经开区今年新签约亿元以上项目21个。", "杭州湾上虞经开区")]
    public void Hangzhouwan_Shangyu_is_a_national_etdz(string sentence, string zone) =>
        Assert.Equal(new[] { zone }, ZoneNames(sentence));

    [Theory]
    [InlineData("晋中农高区以有机旱作农业为主题。", "晋中农高区")]
    [InlineData("2019年11月,国务院批准建设江苏南京国家农业高新技术产业示范区。", "南京农高区")]
    [InlineData("黄三角农高区以盐碱地综合治理为主题。", "黄河三角洲农高区")]
    [InlineData("杨凌农高区发布新一轮招商政策。", "杨凌示范区")]
    public void Agricultural_high_tech_demonstration_zones_and_their_short_form(string sentence, string zone) =>
        Assert.Equal(new[] { zone }, ZoneNames(sentence));

    [Theory]
    [InlineData("到2025年,国家将布局不超过30家农高区。")]
    [InlineData("各地争创国家农高区。")]
    public void Nongaoqu_without_a_place_names_no_zone(string sentence) =>
        Assert.Empty(ZoneNames(sentence));
}
