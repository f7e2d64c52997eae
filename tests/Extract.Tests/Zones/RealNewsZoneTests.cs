using Pipeline.Extract.Model;
using Pipeline.Extract.Pipeline;
using Pipeline.Extract.Text;
using Pipeline.Extract.Zones;
using static Pipeline.Extract.Tests.Zones.ZoneTestHelper;

namespace Pipeline.Extract.Tests.Zones;

/// <summary>Zones as real pages write them: with pinyin readings glued into a Traditional name, as an ecological new
/// area, with a role noun glued on the left, by a bare zone word the title or header names in full, joined to a park
/// by 和, and a county's short name that ends a phrase.</summary>
public class RealNewsZoneTests
{
    [Fact]
    public void Pinyin_readings_glued_into_a_name_are_skipped_and_the_mention_keeps_them()
    {
        var zone = Assert.Single(Run("昨日,广州開發(fā)區(qū)新簽約項目十二個。").Record.Zones);
        Assert.Equal("广州经开区", zone.Name);
        Assert.Equal("广州開發(fā)區(qū)", Assert.Single(zone.Mentions).Text);
    }

    [Fact]
    public void Readings_are_stripped_only_where_a_toned_syllable_follows_a_Han_character()
    {
        var readings = PinyinReadings.Strip("園區(qū)面積(km)擴大");
        Assert.NotNull(readings);
        Assert.Equal("園區面積(km)擴大", readings.Text);
        Assert.Equal(6, readings.ToWritten(2)); // 面, after 區(qū)
        Assert.Null(PinyinReadings.Strip("面積(km)擴大"));
    }

    [Theory]
    [InlineData("研发社区位于太湖生态新区核心片区。", "太湖生态新区")]
    public void An_ecological_new_area_is_a_zone(string sentence, string zone) =>
        Assert.Equal(new[] { zone }, ZoneNames(sentence));

    [Theory]
    [InlineData("全市招商主战场经开区新开工项目12个。")]
    [InlineData("加快推进科技新城示范区建设。")]
    public void A_role_noun_or_a_phrase_before_a_zone_word_is_no_place(string sentence) =>
        Assert.Empty(ZoneNames(sentence));

    [Fact]
    public void A_zone_the_header_names_in_full_is_what_bare_zone_words_stand_for_even_beside_another_zone()
    {
        var document = Run("经开区今年签约项目19个,其中与北京经开区合作项目3个。经开区将加快建设。", "来源:岳阳经济技术开发区");
        var names = document.Record.Zones.Select(z => z.Name).OrderBy(n => n).ToList();
        Assert.Equal(new[] { "北京经开区", "岳阳经开区" }.OrderBy(n => n), names);
        Assert.Equal(2, document.Record.Zones.Single(z => z.Name == "岳阳经开区").Mentions.Count);
    }

    [Fact]
    public void A_bare_zone_word_joined_by_he_counts_as_the_citys_zone() =>
        Assert.Equal(new[] { "芜湖高新区" },
            ZoneNames("芜湖市统计局数据显示,全市工业园区和高新区营收增长。截至三月,高新区新增企业30家。"));

    [Fact]
    public void The_paper_credited_as_the_source_names_the_city_of_bare_zone_words()
    {
        var document = new ArticleDocument(new ArticleRecord
        {
            Title = "全市园区经济稳步增长",
            Body = "一季度,全市工业园区和高新区完成投资30亿元。截至3月,高新区新增企业12户。",
            Authors = { new Author { Name = "芜湖日报", Role = "来源" } },
        }, null);
        var stage = new ZoneStage();
        stage.Annotate(document);
        stage.Project(document);
        Assert.Equal(new[] { "芜湖高新区" }, document.Record.Zones.Select(z => z.Name));
    }
}
