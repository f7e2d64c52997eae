using Pipeline.Extract.Zones;
using static Pipeline.Extract.Tests.Zones.ZoneTestHelper;

namespace Pipeline.Extract.Tests.Zones;

/// <summary>Round zd10 (issue #13): zones of real news — a county-level city as a zone's place (the divisions once left
/// every one of them out), a provincial 经济开发区 abridged to 经开区 on the same page, a national ETDZ named by its
/// district alone or by the district it now lies in, and the State Council's international cooperation demonstration
/// zones. Every sentence is written for these tests.</summary>
public class RealNewsZoneRoundZd10Tests
{
    [Theory]
    [InlineData("昆山")]
    [InlineData("什邡市")]
    [InlineData("义乌")]
    [InlineData("晋江")]
    public void County_level_cities_are_places(string place) =>
        Assert.True(Divisions.Default.IsPlace(place));

    [Fact]
    public void County_rank_zone_units_stay_out_of_the_places() =>
        Assert.False(Divisions.Default.IsPlace("石家庄高新技术产业开发区"));

    [Theory]
    [InlineData("广汉经济开发区与德阳高新区签署合作协议。", "广汉经济开发区")]
    [InlineData("今年以来,邛崃经济开发区新引进项目9个。", "邛崃经济开发区")]
    public void A_county_level_citys_provincial_zone_is_found(string sentence, string zone) =>
        Assert.Contains(zone, ZoneNames(sentence));

    [Fact]
    public void A_provincial_zone_abridged_to_jingkaiqu_is_the_zone_named_in_full()
    {
        var zone = Assert.Single(Run("江油经济开发区获评省级优秀园区。江油经开区今年新签约项目15个。").Record.Zones);
        Assert.Equal("江油经济开发区", zone.Name);
        Assert.Equal(2, zone.Mentions.Count);
        Assert.Contains("江油经开区", zone.Aliases);
    }

    [Fact]
    public void A_national_etdz_outside_the_gazetteer_name_is_not_merged_into_a_provincial_zone_of_another_place() =>
        Assert.Equal(2, Run("江油经济开发区与彭州经开区签约。").Record.Zones.Count);

    [Theory]
    [InlineData("余杭经济技术开发区上半年规上工业产值增长18%。")]
    [InlineData("临平开发区综合排名跃升至第24位。")]
    public void An_etdz_named_by_its_district_or_the_district_it_now_lies_in_is_the_gazetteer_zone(string sentence) =>
        Assert.Equal(new[] { "杭州余杭经开区" }, ZoneNames(sentence));

    [Theory]
    [InlineData("该医院将落户中韩(长春)国际合作示范区。", "中韩(长春)国际合作示范区")]
    [InlineData("中韓（長春）國際合作示範區今年簽約項目20個。", "中韩(长春)国际合作示范区")]
    [InlineData("中国—上海合作组织地方经贸合作示范区新添物流项目。", "上合示范区")]
    public void International_cooperation_demonstration_zones_are_zones(string sentence, string zone) =>
        Assert.Equal(new[] { zone }, ZoneNames(sentence));
}
