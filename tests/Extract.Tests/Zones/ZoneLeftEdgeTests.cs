using Pipeline.Extract.Tests.Lexicon;
using Pipeline.Extract.Zones;
using static Pipeline.Extract.Tests.Zones.ZoneTestHelper;

namespace Pipeline.Extract.Tests.Zones;

/// <summary>Where a zone name's place starts: words glued on before it are cut (Resources/zone-left-edge.txt and its
/// example sentences); the division gazetteer vouches for places; 国家自主创新示范区 and its short form 自创区.</summary>
public class ZoneLeftEdgeTests
{
    public static TheoryData<string, string> Examples() => RuleExamples.Of(ZoneLeftEdge.Default.Rules);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Each_example_sentence_names_the_zones_the_resource_says(string sentence, string expected)
    {
        var want = expected.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).OrderBy(z => z);
        Assert.Equal(want, ZoneNames(sentence).OrderBy(z => z));
    }

    [Theory]
    [InlineData("园区企业数量位居经开区前列，其中一半以上为科技型企业。")]
    [InlineData("（下称经开区）今年将新引进项目30个。")]
    [InlineData("诸多经济开发区面临转型升级压力。")]
    [InlineData("我市高新区今年主要指标保持两位数增长。")]
    [InlineData("众多高新区把人才引进作为一号工程。")]
    public void A_verb_pronoun_or_quantifier_before_a_zone_word_names_no_zone(string sentence) =>
        Assert.Empty(ZoneNames(sentence));

    [Theory]
    [InlineData("本市宜兴经济开发区新增规上企业18家。", "宜兴经济开发区")]
    [InlineData("企业迈入海安经济开发区发展快车道。", "海安经济开发区")]
    [InlineData("许多企业落户通化医药高新区。", "通化医药高新区")]
    public void A_place_after_such_words_keeps_its_own_left_edge(string sentence, string zone) =>
        Assert.Equal(new[] { zone }, ZoneNames(sentence));

    [Theory]
    [InlineData("哈大齐自创区今年新增高新技术企业300家。", "哈大齐国家自主创新示范区")]
    [InlineData("合芜蚌自创区核心区合肥高新区发布新政。", "合芜蚌国家自主创新示范区")]
    [InlineData("长春国家自主创新示范区建设推进会召开。", "长春国家自主创新示范区")]
    [InlineData("东湖示范区与张江示范区联合发布报告。", "武汉东湖高新区")]
    [InlineData("中关村自创区出台支持概念验证的措施。", "中关村")]
    public void National_innovation_demonstration_zones_and_their_short_form(string sentence, string zone) =>
        Assert.Contains(zone, ZoneNames(sentence));

    [Fact]
    public void Both_forms_of_one_demonstration_zone_are_one_zone()
    {
        var zones = Run("郑洛新国家自主创新示范区建设五年来，郑洛新自创区集聚了一批研发平台。").Record.Zones;
        var zone = Assert.Single(zones);
        Assert.Equal("郑洛新国家自主创新示范区", zone.Name);
        Assert.Contains("郑洛新自创区", zone.Aliases);
    }

    [Theory]
    [InlineData("泰州")]
    [InlineData("泰州市")]
    [InlineData("姜堰")]
    [InlineData("延边")]
    [InlineData("石景山")]
    public void The_division_gazetteer_knows_cities_and_counties(string place) => Assert.True(Divisions.Default.IsPlace(place));

    [Theory]
    [InlineData("建设")]
    [InlineData("胜利")]
    [InlineData("石家庄高新技术产业开发区")]
    public void Town_short_names_and_zone_units_are_no_places(string text) => Assert.False(Divisions.Default.IsPlace(text));

    [Fact]
    public void Towns_are_known_by_their_full_names() => Assert.True(Divisions.Default.IsTown("黎里镇"));
}
