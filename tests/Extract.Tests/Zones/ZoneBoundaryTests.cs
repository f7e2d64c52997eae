using static Pipeline.Extract.Tests.Zones.ZoneTestHelper;

namespace Pipeline.Extract.Tests.Zones;

/// <summary>Zone spans stop at list items and words that are no places; less common zone forms count.</summary>
public class ZoneBoundaryTests
{
    [Theory]
    [InlineData("由多家银行、创投机构等单位参与设立的广州经开区创新基金已落地。", "广州经开区")]
    [InlineData("招商银行、福建海峡银行与东侨经开区管委会联合发布新产品。", "东侨经开区")]
    [InlineData("一批新能源研究平台、合肥经济技术开发区等载体纷纷落地。", "合肥经开区")]
    public void A_word_before_a_list_separator_or_connector_is_no_place_for_the_zone_word(string body, string zone)
    {
        var names = ZoneNames(body);
        Assert.Contains(zone, names);
        Assert.All(names, n => Assert.True(n == zone || n == "无锡高新区", $"unexpected zone {n}"));
    }

    [Fact]
    public void A_word_cut_out_of_a_list_item_is_no_place()
    {
        var names = ZoneNames("省里公布名单，无锡国家高新区生物医药平台、合肥经济技术开发区数字贸易平台等入选。");
        Assert.Equal(new[] { "合肥经开区", "无锡高新区" }, names.OrderBy(n => n));
    }

    [Theory]
    [InlineData("北京多家银行与中关村管委会签约。")]
    [InlineData("上海各银行与张江高新区合作。")]
    public void Quantities_before_a_bank_name_no_bank(string body) =>
        Assert.Empty(Run(body, enterprises: true).Record.Enterprises);

    [Fact]
    public void A_bank_before_a_zone_stays_a_company()
    {
        var record = Run("兴业银行、福建海峡银行与东侨经开区管委会合作推出新产品。", enterprises: true).Record;
        Assert.Equal(new[] { "东侨经开区" }, record.Zones.Select(z => z.Name));
        Assert.Contains("福建海峡银行", record.Enterprises.Select(e => e.Name));
    }

    [Theory]
    [InlineData("成都、武汉高新区联合发布报告。", new[] { "成都高新区", "武汉东湖高新区" })]
    [InlineData("西安、合肥等国家高新区发展迅速。", new[] { "西安高新区", "合肥高新区" })]
    public void Lists_of_known_places_still_share_the_zone_word(string body, string[] names) =>
        Assert.Equal(names.OrderBy(n => n), ZoneNames(body).OrderBy(n => n));

    /// <summary>Each zone word a list can end with (the finder skips texts holding none of them).</summary>
    [Theory]
    [InlineData("长沙、株洲、湘潭三个国家高新技术产业开发区协同发展，成效明显。", new[] { "长沙高新区", "株洲高新区", "湘潭高新区" })]
    [InlineData("武汉、长沙等国家自主创新示范区先行先试，取得突破。", new[] { "武汉国家自主创新示范区", "长沙国家自主创新示范区" })]
    [InlineData("南京、无锡等经开区加快发展。", new[] { "南京经开区", "锡山经开区" })]
    public void A_list_ends_with_any_zone_word(string body, string[] names) =>
        Assert.Equal(names.OrderBy(n => n), ZoneNames(body).OrderBy(n => n));

    [Theory]
    [InlineData("常州国家高新区（新北区）统计局发布公报。", "常州高新区")]
    [InlineData("乌鲁木齐高新区（新市区）全年新增企业800家。", "乌鲁木齐高新区")]
    public void A_district_in_parentheses_after_the_zone_is_not_a_zone_of_its_own(string body, string zone) =>
        Assert.Equal(new[] { zone }, ZoneNames(body));

    [Theory]
    [InlineData("晋江经济开发区与石狮签署协议。", "晋江经济开发区")]
    [InlineData("项目落户南安经济开发区。", "南安经济开发区")]
    [InlineData("郴州计划建成湘南湘西承接产业转移示范区核心区。", "湘南湘西承接产业转移示范区")]
    [InlineData("安徽皖江城市带承接产业转移示范区成效明显。", "皖江城市带承接产业转移示范区")]
    [InlineData("中山翠亨新區引進港資企業。", "中山翠亨新区")]
    [InlineData("佛山三龙湾新区发布规划。", "佛山三龙湾新区")]
    public void Provincial_development_zones_transfer_demonstration_zones_and_city_new_areas_count(string body, string zone) =>
        Assert.Contains(zone, ZoneNames(body));

    [Theory]
    [InlineData("漳州台商投资区召开会议。")]
    [InlineData("泉州台商投资区举办台资招商大会。")]       // GUIDE lists no …投资区 form, whatever rank MOFCOM gives it
    [InlineData("厦门海沧台商投资区新增台资企业20家。")]
    [InlineData("推动经济开发区转型升级。")]
    [InlineData("各地新区建设步伐加快。")]
    [InlineData("城市新区人口增长。")]
    public void Investment_zones_and_generic_zone_words_are_not_zones(string body) =>
        Assert.Empty(ZoneNames(body));
}
