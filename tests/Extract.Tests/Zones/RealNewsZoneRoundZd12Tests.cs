using static Pipeline.Extract.Tests.Zones.ZoneTestHelper;

namespace Pipeline.Extract.Tests.Zones;

/// <summary>Round zd12 (issue #13), from a sample of 50 unlabelled real pages judged before fixing: a list of national new
/// areas written by their places (上海浦东、天津滨海…等19个国家级新区); a provincial development zone named by a city or county
/// and a name of its own (上虞曹娥江经济开发区, 泉州双阳华侨经济开发区); a county glued to a verb before 经济开发区
/// (并入肥东经济开发区). Every sentence is written for these tests.</summary>
public class RealNewsZoneRoundZd12Tests
{
    [Fact]
    public void A_list_of_new_areas_by_their_places_names_each_gazetteer_new_area()
    {
        var zones = ZoneNames("国务院已批复设立上海浦东、河北雄安和天津滨海、重庆两江、甘肃兰州、大连金普及南京江北等7个国家级新区。");
        Assert.Equal(new[] { "两江新区", "兰州新区", "江北新区", "浦东新区", "滨海新区", "金普新区", "雄安新区" }, zones.OrderBy(z => z));
    }

    [Fact]
    public void New_areas_listed_in_Traditional_script_are_the_same_new_areas()
    {
        var zones = ZoneNames("目前已設立上海浦東、重慶兩江、廣州南沙及福建福州4個新區。");
        Assert.Equal(new[] { "两江新区", "南沙新区", "浦东新区", "福州新区" }, zones.OrderBy(z => z));
    }

    [Fact]
    public void Listed_new_areas_are_coordinated() =>
        Assert.All(Run("青岛西海岸、四川天府等国家级新区增速领先。").Record.Zones, z => Assert.True(z.Coordinated));

    [Theory]
    [InlineData("推动城市更新、产业升级等新区建设任务落地。")] // 新区 as a common noun after a list of tasks
    [InlineData("要统筹老城、新城等新区开发时序。")]
    [InlineData("科技园、产业园等2个新区已完成规划。")]
    public void A_list_before_新区_names_only_gazetteer_new_areas(string sentence) =>
        Assert.Empty(ZoneNames(sentence));

    [Theory]
    [InlineData("浙江上虞曹娥江经济开发区新签约项目12个。", "上虞曹娥江经济开发区")]
    [InlineData("泉州双阳华侨经济开发区完成规划修编。", "泉州双阳华侨经济开发区")]
    [InlineData("漳州古雷港经济开发区石化项目投产。", "漳州古雷港经济开发区")]
    public void A_city_or_county_and_a_name_of_its_own_name_a_provincial_development_zone(string sentence, string zone) =>
        Assert.Equal(new[] { zone }, ZoneNames(sentence));

    [Theory]
    [InlineData("泉州推动发展经济开发区建设。")]     // a clause after the city, no name
    [InlineData("漳州全力加快经济开发区扩区。")]
    public void A_clause_after_a_city_is_no_name_of_a_development_zone(string sentence) =>
        Assert.Empty(ZoneNames(sentence));

    [Theory]
    [InlineData("撤销该园区,将其整体并入肥东经济开发区。", "肥东经济开发区")]
    [InlineData("三个乡镇的工业片区划入姜堰经济开发区。", "姜堰经济开发区")]
    public void A_county_after_a_verb_still_names_its_development_zone(string sentence, string zone) =>
        Assert.Equal(new[] { zone }, ZoneNames(sentence));

    [Theory]
    [InlineData("两地将加快科技新城示范区建设。")] // the loose words still need the text to vouch for a glued county
    public void A_county_glued_to_a_word_before_a_loose_zone_word_names_no_zone(string sentence) =>
        Assert.Empty(ZoneNames(sentence));
}
