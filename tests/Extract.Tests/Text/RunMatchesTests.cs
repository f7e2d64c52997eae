using System.Text.RegularExpressions;
using Pipeline.Extract.Text;
using Pipeline.Extract.Zones;

namespace Pipeline.Extract.Tests.Text;

/// <summary>The list ends found by scanning only the runs around a zone word are the ones a full scan finds.</summary>
public class RunMatchesTests
{
    private static readonly Regex ListEnd = new(ZoneSpanFinder.ListEndPatternText, RegexOptions.CultureInvariant);

    [Theory]
    [InlineData("长春、哈尔滨等东北地区国家高新区和合肥、芜湖等地的高新区,南昌、赣州等中西部高新区")]
    [InlineData("全省共有克拉玛依 4 家国家高新区,4家新升级的国家高新区,等3个中部地区国家高新区")]
    [InlineData("上海浦东、天津滨海…等19个国家级新区;两个国家级经开区与省级高新技术产业开发区")]
    [InlineData("等 12\u3000个高新区高新区新区,新区。 ５ 家经济技术开发区")] // adjacent matches, ideographic space, full-width digits
    [InlineData("城市更新、产业升级等新区建设,没有列表的一句话")]
    [InlineData("高新区")]
    [InlineData("")]
    public void Finds_what_a_full_scan_finds(string text) => AssertSameMatches(text);

    [Fact]
    public void Finds_what_a_full_scan_finds_on_development_pages()
    {
        var texts = DevelopmentPageTexts.Folded();
        Assert.True(texts.Sum(t => ListEnd.Count(t)) > 100, "the pages hold too few list ends to compare");
        foreach (var text in texts) AssertSameMatches(text);
    }

    [Fact]
    public void Finds_what_a_full_scan_finds_on_random_texts()
    {
        // The pattern's words, counts, qualifiers and zone words, with punctuation, Latin letters and spaces between.
        var pieces = new[]
        {
            "等", "个", "家", "大", "的", "地区", "省", "国家", "国家级", "省级", "高新区", "新区", "高新", "经开区", "经济技术开发区",
            "自主创新示范区", "高新技术产业开发区", "长春", "某", "3", "１２", "两", "十", " ", "\u3000", "\n", "、", ",", "。", "A", "京津冀",
        };
        var random = new Random(20261206);
        for (var i = 0; i < 5000; i++)
        {
            var parts = Enumerable.Range(0, random.Next(1, 40)).Select(_ => pieces[random.Next(pieces.Length)]);
            AssertSameMatches(string.Concat(parts));
        }
    }

    private static void AssertSameMatches(string text)
    {
        var expected = ListEnd.Matches(text).Select(DevelopmentPageTexts.Describe).ToList();
        var actual = RunMatches.Find(text, ListEnd, ZoneSpanFinder.ListZoneWordValues, ZoneSpanFinder.IsListEndCharacter)
            .Select(DevelopmentPageTexts.Describe).ToList();
        Assert.Equal(expected, actual);
    }
}
