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
    [InlineData("新能源汽车项目落户长三角生态绿色一体化发展示范区嘉善片区。", "长三角生态绿色一体化示范区")]
    [InlineData("澳門企業近年陸續進駐橫琴新區。", "横琴新区")]
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

    [Theory]
    [InlineData("绵阳、德阳、乐山等西部地区国家高新区加快发展。", new[] { "绵阳高新区", "德阳高新区", "乐山高新区" })]
    [InlineData("南昌、赣州、吉安等中西部国家高新区排名上升。", new[] { "南昌高新区", "赣州高新区", "吉安高新区" })]
    [InlineData("记者走访了宁波、温州等地的高新区。", new[] { "宁波高新区", "温州高新区" })]
    [InlineData("厦门、泉州等沿海国家高新区外贸回暖。", new[] { "厦门火炬高新区", "泉州高新区" })]
    [InlineData("長春、吉林等東北地區國家高新區取得進步。", new[] { "长春高新区", "吉林高新区" })]
    [InlineData("苏州、无锡、常州等长三角国家高新区协同创新。", new[] { "苏州高新区", "无锡高新区", "常州高新区" })]
    [InlineData("郑州、洛阳等中部省份高新区营收增长。", new[] { "郑州高新区", "洛阳高新区" })]
    [InlineData("深圳、珠海等湾区城市高新区抢人才。", new[] { "深圳高新区", "珠海高新区" })]
    [InlineData("合肥、芜湖、蚌埠等3个中部地区国家高新区排名上升。", new[] { "合肥高新区", "芜湖高新区", "蚌埠高新区" })]
    public void A_region_between_the_list_and_its_zone_word_qualifies_the_places(string body, string[] names)
    {
        var zones = Run(body).Record.Zones;
        Assert.Equal(names, zones.Select(z => z.Name));
        Assert.All(zones, z => Assert.True(z.Coordinated));
    }

    [Theory]
    [InlineData("大湾区高新区抢人才。")]
    [InlineData("大灣區高新區搶人才搶項目。")]
    [InlineData("成渝两地高新区产业互补。")]
    [InlineData("东北地区国家高新区取得进步。")]
    [InlineData("中西部高新区进步明显。")]
    [InlineData("各城市积极打造高新区、新区。")]
    [InlineData("各城市積極打造高新區、新區。")]
    [InlineData("各地紛紛打造高新區。")]
    [InlineData("多地加紧申建国家高新区。")]
    [InlineData("该市正在申报国家高新区。")]
    [InlineData("加快建设新区和开发区。")]
    [InlineData("粤港澳大湾区经开区联盟成立。")]
    [InlineData("长三角地区高新区协同发展。")]
    [InlineData("广东地区高新区营收增长。")]
    [InlineData("中新广州知识城与科学城联动。")]
    public void Regions_collectives_and_verbs_before_a_zone_word_name_no_zone(string body) =>
        Assert.Empty(ZoneNames(body));

    [Fact]
    public void A_prefecture_written_with_diqu_is_still_a_place() =>
        Assert.Equal(new[] { "阿克苏地区高新区" }, ZoneNames("，阿克苏地区高新区揭牌。"));

    [Theory]
    [InlineData("企业落户广州开发区。", "广州经开区")]
    [InlineData("昆山开发区引进项目12个。", "昆山经开区")]
    [InlineData("北京开发区发布政策。", "北京经开区")]
    public void The_short_form_x_kaifaqu_of_an_etdz_is_that_etdz(string body, string canonical) =>
        Assert.Equal(new[] { canonical }, ZoneNames(body));

    [Fact]
    public void The_short_and_full_etdz_names_are_one_zone()
    {
        var zone = Assert.Single(Run("广州经济技术开发区（广州开发区）与高校合作，广州开发区企业受益。").Record.Zones);
        Assert.Equal("广州经开区", zone.Name);
        Assert.Contains("广州开发区", zone.Aliases);
        Assert.Equal(3, zone.Mentions.Count);
    }

    [Theory]
    [InlineData("无锡高新区是国家传感网创新示范区的核心区。", "国家传感网创新示范区")]
    [InlineData("無錫高新區是國家傳感網創新示範區的核心區。", "国家传感网创新示范区")]
    public void A_national_demonstration_zone_named_by_its_theme_is_a_zone(string body, string name) =>
        Assert.Contains(name, ZoneNames(body));

    [Theory]
    [InlineData("全国已有23个国家自主创新示范区。")]
    [InlineData("桂林获批建设国家可持续发展议程创新示范区。")]
    public void Classes_of_national_demonstration_zones_are_not_zones(string body) =>
        Assert.DoesNotContain(ZoneNames(body), n => n.StartsWith("国家", StringComparison.Ordinal));

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

    [Fact]
    public void A_trade_programmes_title_is_no_zone() =>
        Assert.Empty(ZoneNames("该市获批国家进口贸易促进创新示范区，进口额增长两成。"));

    [Fact]
    public void A_provincial_high_tech_park_named_chanye_yuanqu_is_a_high_tech_zone() =>
        Assert.Contains("安远高新区", ZoneNames("安远高新技术产业园区营收增长一成。"));

    [Theory]
    [InlineData("全市工业园区完成投资30亿元。")]
    [InlineData("赣县工业园区新增企业12家。")]
    public void Industrial_parks_outside_the_gazetteer_are_parks(string body) => Assert.Empty(ZoneNames(body));

    [Fact]
    public void A_standalone_name_ending_a_quoted_coinage_is_no_zone() =>
        Assert.Empty(ZoneNames("该区正打造“滨海光谷”“湾区药谷”。"));

    [Fact]
    public void Bare_zone_words_name_the_zone_of_the_one_city_the_page_names()
    {
        var body = "今年以来，经开区规上工业产值增长两成。在芜湖市委市政府领导下，经开区招商引资成效明显。";
        Assert.Equal(new[] { "芜湖经开区" }, ZoneNames(body));
    }

    [Fact]
    public void The_city_of_bare_zone_words_may_come_from_the_title()
    {
        var document = Run("市高新区规上工业增长一成，高新区新增企业20家。", title: "连云港市高新区上半年经济运行情况");
        Assert.Equal(new[] { "连云港高新区" }, document.Record.Zones.Select(z => z.Name));
    }

    [Theory]
    [InlineData("经开区规上工业产值增长两成。新落户企业来自芜湖和合肥，经开区招商成效明显。")]
    [InlineData("国家高新区创新能力提升，各高新区在武汉召开会议。")]
    public void Bare_zone_words_with_two_cities_or_naming_a_class_stay_unresolved(string body) =>
        Assert.DoesNotContain(ZoneNames(body), n => n is "芜湖经开区" or "武汉东湖高新区");

    [Fact]
    public void Chengxiang_yitihua_shifanqu_names_a_zone_without_a_place() =>
        Assert.Equal(new[] { "城乡一体化示范区" }, ZoneNames("副市长带队到市城乡一体化示范区调研产业园区建设。"));
}
