using static Pipeline.Extract.Tests.Zones.ZoneTestHelper;

namespace Pipeline.Extract.Tests.Zones;

/// <summary>A zone written once with its city and once without is one zone; a province with 省 before a zone
/// word speaks of all its zones.</summary>
public class ShortFormsAndProvinceCollectivesTests
{
    [Theory]
    [InlineData("湖州南浔经开区举办推介会。南浔经开区现有企业300家。", "湖州南浔经开区", "南浔经开区")]
    [InlineData("梁溪高新区揭牌。无锡梁溪高新区将聚焦数字经济。", "无锡梁溪高新区", "梁溪高新区")]
    public void AShortFormDroppingTheCityJoinsTheFullName(string body, string full, string shortForm)
    {
        var zone = Assert.Single(Run(body).Record.Zones);
        Assert.Equal(full, zone.Name);
        Assert.Contains(shortForm, zone.Aliases);
        Assert.Equal(2, zone.Mentions.Count);
    }

    [Fact]
    public void TwoZonesOfOneCityStayApart()
    {
        var names = ZoneNames("湖州南浔经开区与湖州吴兴高新区签约。");
        Assert.Equal(2, names.Count);
    }

    [Theory]
    [InlineData("浙江省国家级高新区数量位居全国前列。")]
    [InlineData("今年上半年，江苏省18家国家高新区营业收入增长6%。")]
    [InlineData("廣東省國家級高新區整體實力提升。")]
    public void AProvinceBeforeAZoneWordIsACollective(string body) => Assert.Empty(ZoneNames(body));
}
