using static Pipeline.Extract.Tests.Zones.ZoneTestHelper;

namespace Pipeline.Extract.Tests.Zones;

/// <summary>Round 23 (zones23, issue #13): rankings and rosters that name their zone word first and list the places after it
/// (53个高新技术产业开发区是:…, 国家级开发区依次是…), a district written after its city (广州花都经济开发区), a zone described by
/// its trade (医药专业国家高新区) and standalone names inside listed companies' names (复旦张江). Every sentence is written for
/// these tests.</summary>
public class RealNewsZoneRound23Tests
{
    private static List<string> Sorted(IEnumerable<string> names) => names.OrderBy(n => n, StringComparer.Ordinal).ToList();

    [Theory]
    [InlineData("在15个国家高新区中，研发投入居前的依次是西安、成都、武汉。", new[] { "西安高新区", "成都高新区", "武汉东湖高新区" })]
    [InlineData("首批5个国家级经济技术开发区是：大连、秦皇岛、烟台、宁波、湛江。", new[] { "大连经开区", "秦皇岛经开区", "烟台经开区", "宁波经开区", "湛江经开区" })]
    [InlineData("评价结果显示，排名前四的国家级开发区分别为广州、天津、昆山和青岛。", new[] { "广州经开区", "天津经开区", "昆山经开区", "青岛经开区" })]
    public void Places_listed_after_a_counted_or_ranked_zone_word_are_its_zones(string text, string[] zones) =>
        Assert.Equal(Sorted(zones), Sorted(ZoneNames(text)));

    [Fact]
    public void Places_a_page_ran_together_in_such_a_list_are_read_one_by_one() =>
        Assert.Equal(Sorted(new[] { "中关村", "武汉东湖高新区", "南京高新区", "沈阳高新区" }),
            Sorted(ZoneNames("最早的4个国家高新区是：北京、武汉南京沈阳。")));

    [Theory]
    [InlineData("全市18个开发区的主导产业依次是汽车、电子、医药。")]   // the members are trades, not places
    [InlineData("5家国家高新区的负责人分别是张明、李华、王强。")]        // people
    [InlineData("去年经济总量排名前三的城市依次是杭州、宁波、温州。")]   // no zone word heads the list
    [InlineData("2个国家高新区是：南京、苏州。")]                          // too short to be a roster
    public void A_list_after_a_lead_that_is_no_roster_of_zones_gives_no_zone(string text) =>
        Assert.Empty(ZoneNames(text));

    [Theory]
    [InlineData("国务院同意广州花都经济开发区升级为国家级经济技术开发区。", "广州花都经济开发区")]
    [InlineData("今年以来，广州从化经济开发区引进项目10个。", "广州从化经济开发区")]
    public void A_district_after_its_city_keeps_the_city_though_its_name_holds_a_function_word_character(string text, string zone) =>
        Assert.Contains(zone, ZoneNames(text));

    [Theory]
    [InlineData("这里是全国唯一的医药专业国家高新区。")]
    [InlineData("该区正在申报首个海洋特色高新区。")]
    public void A_zone_described_by_its_trade_names_no_place(string text) =>
        Assert.Empty(ZoneNames(text));

    [Theory]
    [InlineData("截至去年底，全省共有国家级高新区8家。")]
    [InlineData("全市拥有省级经开区3个、省级高新区2个。")]
    [InlineData("该市现有高新区一家。")]
    public void A_verb_of_having_before_a_zone_word_is_no_place(string text) =>
        Assert.Empty(ZoneNames(text));

    [Theory]
    [InlineData("复旦张江、万全药业等企业在园区建成投产。")]
    [InlineData("张江高科发布年度业绩公告。")]
    [InlineData("泰达股份与多家银行签署合作协议。")]
    public void A_standalone_name_inside_a_listed_company_name_is_the_company(string text) =>
        Assert.Empty(ZoneNames(text));

    [Fact]
    public void A_standalone_name_alone_is_still_the_zone() =>
        Assert.Equal(new[] { "上海张江高新区" }, ZoneNames("公司决定把研发中心落户张江。"));
}
