using Pipeline.Extract.Zones;

namespace Pipeline.Extract.Tests.Zones;

public class ZoneGazetteerTests
{
    private static ZoneGazetteer Gazetteer => ZoneGazetteer.Default;

    [Fact]
    public void Loads_every_national_high_tech_zone_and_etdz_from_the_embedded_file()
    {
        Assert.InRange(Gazetteer.Zones.Count(z => z.Kind == "hitech"), 165, 185);
        Assert.InRange(Gazetteer.Zones.Count(z => z.Kind == "etdz"), 200, 235);
        Assert.Equal(19, Gazetteer.Zones.Count(z => z.Kind == "new_area" && z.Canonical is not ("郑东新区" or "横琴新区")));
    }

    [Fact]
    public void Canonical_names_are_unique_and_every_zone_has_province()
    {
        var duplicates = Gazetteer.Zones.GroupBy(z => z.Canonical).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
        Assert.All(Gazetteer.Zones, z => Assert.False(string.IsNullOrEmpty(z.Province), z.Canonical));
    }

    [Theory]
    [InlineData("光谷", "武汉东湖高新区", true)]
    [InlineData("东湖高新区", "武汉东湖高新区", false)]
    [InlineData("中关村科技园区", "中关村", false)]
    [InlineData("杨凌农业高新技术产业示范区", "杨凌示范区", false)]
    [InlineData("无锡国家高新区", "无锡高新区", false)]
    [InlineData("张江", "上海张江高新区", true)]
    [InlineData("苏州工业园区", "苏州工业园区", false)]
    public void Names_resolve_to_their_zone(string name, string canonical, bool standalone)
    {
        Assert.True(Gazetteer.TryGetName(name, out var zone, out var isStandalone));
        Assert.Equal(canonical, zone.Canonical);
        Assert.Equal(standalone, isStandalone);
    }

    [Theory]
    [InlineData("武汉", "hitech", "武汉东湖高新区")]
    [InlineData("上海张江", "hitech", "上海张江高新区")]
    [InlineData("东湖", "hitech", "武汉东湖高新区")]
    [InlineData("苏州", "hitech", "苏州高新区")]
    [InlineData("昆山", "hitech", "昆山高新区")]
    [InlineData("长春", "hitech", "长春高新区")]
    [InlineData("天津", "etdz", "天津经开区")]
    public void Places_stand_for_their_main_zone(string place, string kind, string canonical) =>
        Assert.Equal(canonical, Gazetteer.ByPlace(place, kind)?.Canonical);

    [Fact]
    public void Bad_header_is_reported_by_name()
    {
        var error = Assert.Throws<InvalidDataException>(() => ZoneGazetteer.Load(new StringReader("name\tcity\nx\ty\n")));
        Assert.Contains("zones.tsv", error.Message);
    }
}
