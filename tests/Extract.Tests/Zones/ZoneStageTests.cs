using Pipeline.Extract.Model;
using Pipeline.Extract.Pipeline;
using static Pipeline.Extract.Tests.Zones.ZoneTestHelper;

namespace Pipeline.Extract.Tests.Zones;

public class ZoneStageTests
{
    [Theory]
    [InlineData("今年以来，无锡国家高新区新增企业300家。", "无锡高新区")]
    [InlineData("项目落户合肥高新技术产业开发区。", "合肥高新区")]
    [InlineData("一批企业位于苏州工业园区内。", "苏州工业园区")]
    [InlineData("记者来到中新天津生态城采访。", "中新天津生态城")]
    [InlineData("雄安新区建设全面提速。", "雄安新区")]
    [InlineData("中关村科技园区发布新政。", "中关村")]
    [InlineData("光谷的激光产业规模全国领先。", "武汉东湖高新区")]
    [InlineData("这里是杨凌农业高新技术产业示范区。", "杨凌示范区")]
    [InlineData("青岛市高新区召开大会。", "青岛高新区")]
    [InlineData("山东潍坊高新区的企业。", "潍坊高新区")]
    public void Finds_gazetteer_zones_in_any_written_form(string body, string canonical) =>
        Assert.Equal(new[] { canonical }, ZoneNames(body));

    [Theory]
    [InlineData("年初，项目落户兴化经开区，总投资5亿元。", "兴化经开区")]
    [InlineData("，梁溪高新区揭牌。", "梁溪高新区")]
    [InlineData("结合惠山高新区实际情况。", "惠山高新区")]
    [InlineData("开封市城乡一体化示范区建设加速。", "开封城乡一体化示范区")]
    public void Discovers_zones_not_in_the_gazetteer(string body, string canonical) =>
        Assert.Equal(new[] { canonical }, ZoneNames(body));

    [Fact]
    public void Provincial_and_preparatory_zones_keep_their_level()
    {
        var zones = Run("6月举行的江苏省惠山高新区(筹)揭牌仪式上，梁溪省级高新区也亮相。").Record.Zones;
        Assert.Equal("preparatory", zones.Single(z => z.Name == "惠山高新区").Level);
        Assert.Equal("provincial", zones.Single(z => z.Name == "梁溪高新区").Level);
    }

    [Theory]
    [InlineData("国家高新区是创新的高地。")]
    [InlineData("各高新区要加快发展。")]
    [InlineData("该高新区拥有企业500家。")]
    [InlineData("全国高新区工业增加值增长。")]
    [InlineData("推动高新区高质量发展，促进国家高新技术产业开发区建设。")]
    [InlineData("全国169个国家高新区中，部分高新区率先实现碳达峰。")]
    [InlineData("我在广州工作，常去深圳。")]
    [InlineData("张江实验室和中关村大街都很有名。")]
    [InlineData("企业入驻青岛软件科技园和黄岛创业园。")]
    [InlineData("长三角国家高新区稳增长座谈会召开。")]
    [InlineData("创新区域协同发展，打造城市新区。")]
    [InlineData("建设低碳示范区，发展工业园区。")]
    [InlineData("一批企业入驻上海张江科技产业园。")]
    [InlineData("光谷生物城新增企业。")]
    [InlineData("推动高质量发展的国家高新区。")]
    public void Generic_zone_words_and_bare_places_are_not_zones(string body) =>
        Assert.Empty(ZoneNames(body));

    [Fact]
    public void A_list_of_places_ending_with_a_zone_word_counts_each_place_coordinated()
    {
        var zones = Run("近日，成都、沈阳、武汉、广州、西安、上海张江等6个国家高新区举办招聘会。").Record.Zones;
        Assert.Equal(new[] { "成都高新区", "沈阳高新区", "武汉东湖高新区", "广州高新区", "西安高新区", "上海张江高新区" },
            zones.Select(z => z.Name));
        Assert.All(zones, z => Assert.True(z.Coordinated));
        Assert.Equal("武汉", zones[2].Mentions.Single().Text);
        Assert.Equal("上海张江", zones[5].Mentions.Single().Text);
    }

    [Fact]
    public void A_spaced_count_and_a_modifier_before_the_zone_word_still_end_a_list()
    {
        var zones = Run("会上，景德镇、鹰潭、龙岩 3 家新认定的国家高新区负责人作了发言。").Record.Zones;
        Assert.Equal(new[] { "景德镇高新区", "鹰潭高新区", "龙岩高新区" }, zones.Select(z => z.Name));
        Assert.All(zones, z => Assert.True(z.Coordinated));
    }

    [Fact]
    public void A_park_word_followed_by_qu_is_the_zones_own_name() =>
        Assert.Equal(new[] { "上海张江高新区" }, ZoneNames("张江高科技园区内集聚了一批企业。"));

    [Fact]
    public void An_area_of_its_own_in_a_list_is_not_read_as_a_place() =>
        Assert.Equal(new[] { "天津经开区", "天津滨海高新区" }, ZoneNames("天津经开区、天津港保税区和天津滨海高新区三区联动。"));

    [Fact]
    public void The_city_written_before_a_gazetteer_name_is_part_of_the_mention()
    {
        var zone = Assert.Single(Run("干部赴上海漕河泾开发区考察学习。").Record.Zones);
        Assert.Equal("上海漕河泾开发区", zone.Mentions.Single().Text);
        Assert.Contains("上海漕河泾开发区", zone.Aliases);
    }

    [Fact]
    public void Lists_with_district_names_and_connectors_resolve_through_the_gazetteer()
    {
        Assert.Equal(new[] { "中关村", "武汉东湖高新区" }, ZoneNames("考察北京中关村、武汉东湖等国家高新区。"));
        Assert.Equal(new[] { "武汉东湖高新区", "洛阳高新区" }, ZoneNames("重点了解武汉东湖和洛阳两个高新区。"));
        Assert.Equal(new[] { "天津经开区", "苏州工业园区" }, ZoneNames("天津、苏州工业园区等国家级经开区。"));
    }

    [Fact]
    public void Traditional_text_resolves_to_simplified_names_with_original_offsets()
    {
        var record = Run("記者走進武漢東湖高新區，看到").Record;
        var zone = Assert.Single(record.Zones);
        Assert.Equal("武汉东湖高新区", zone.Name);
        Assert.Equal("武漢東湖高新區", zone.Mentions.Single().Text);
        Assert.Equal(4, zone.Mentions.Single().Start);
    }

    [Fact]
    public void All_mentions_of_a_zone_share_one_entity_with_body_offsets()
    {
        const string body = "广州高新区发布政策。广州国家高新区企业超过200家，广州高新区将继续推进。";
        var document = Run(body);
        var annotations = document.Get(Labels.Zone).ToList();
        Assert.Equal(3, annotations.Count);
        Assert.All(annotations, a => Assert.Same(annotations[0].Value, a.Value));
        var zone = Assert.IsType<ZoneEntity>(annotations[0].Value);
        Assert.All(zone.Mentions, m => Assert.Equal(m.Text, body[m.Start..m.End]));
        Assert.Contains("广州国家高新区", zone.Aliases);
        Assert.True(zone.InGazetteer);
        Assert.Equal("广东", zone.Province);
    }

    [Fact]
    public void Primary_zone_prefers_the_title_then_frequency_and_is_null_on_a_tie()
    {
        Assert.Equal("青岛高新区", Run("广州高新区和青岛高新区。青岛高新区企业。广州高新区。广州高新区。", "青岛高新区要成数字经济新高地").Record.PrimaryZone);
        Assert.Equal("广州高新区", Run("广州高新区和青岛高新区。广州高新区企业增多。").Record.PrimaryZone);
        Assert.Null(Run("广州高新区和青岛高新区合作。").Record.PrimaryZone);
        Assert.Null(Run("成都、武汉等国家高新区召开会议。").Record.PrimaryZone);
        Assert.Null(Run("没有园区的文章。").Record.PrimaryZone);
    }
}
