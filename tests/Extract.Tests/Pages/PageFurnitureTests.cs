using Pipeline.Extract.Tests.Lexicon;
using Pipeline.Extract.Pages;
using Pipeline.Extract.Text;

namespace Pipeline.Extract.Tests.Pages;

/// <summary>The furniture word lists (Resources/page-furniture.txt) and the example lines written beside them.</summary>
public class PageFurnitureTests
{
    public static TheoryData<string, string> Examples() => RuleExamples.Of(PageFurniture.Default.Rules);

    [Fact]
    public void The_resource_carries_examples_of_every_kind()
    {
        var kinds = PageFurniture.Default.Rules.Examples.Select(e => e.Expected).ToHashSet();
        foreach (var kind in new[] { "crumb", "widget", "summary", "image", "tail", "prompt", "text", "deck" }) Assert.Contains(kind, kinds);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Each_example_line_is_what_the_resource_says(string line, string expected)
    {
        var folded = TextNormalizer.Fold(line);
        var kind = PageFurniture.Default.Classify(folded);
        // A deck (某某出席并致辞) is text to the furniture's reading; what makes it a deck is the attendance rule.
        var read = kind != FurnitureKind.None ? kind.ToString().ToLowerInvariant() : PageFurniture.Default.IsAttendanceDeck(folded) ? "deck" : "text";
        Assert.Equal(expected, read);
    }

    [Theory]
    [InlineData("B03 两江新区数字经济核心产业营收增长15.2% 2024年03月21日", "两江新区数字经济核心产业营收增长15.2%")]
    [InlineData("第A07版 合肥高新区量子企业突破60家", "合肥高新区量子企业突破60家")]
    [InlineData("襄阳高新区新能源汽车产量翻番 2023-11-02", "襄阳高新区新能源汽车产量翻番")]
    [InlineData("滨湖高新区新增瞪羚企业15家 来源：滨湖发布 2024-05-06 10:12", "滨湖高新区新增瞪羚企业15家")]
    [InlineData("北岸开发区一季度签约项目31个 阅读量：2045", "北岸开发区一季度签约项目31个")]
    public void A_page_label_and_a_date_glued_to_a_headline_come_off(string line, string headline)
    {
        var folded = TextNormalizer.Fold(line);
        var (before, after, _) = PageFurniture.HeadlineGlue(folded);
        Assert.Equal(headline, line[before..^after].Trim());
    }

    [Theory]
    [InlineData("2023年营业收入 1200亿元")]
    [InlineData("A5 2023年05月12日")]
    [InlineData("东岸日报 2024-06-12 来源：东岸日报")]
    [InlineData("发布者：园区办公室 发布时间：2024-04-18 浏览量：89")]
    [InlineData("据统计，2023年全区实现营收1200亿元，同比增长8%。 2023-11-02")]
    public void A_line_that_is_no_headline_keeps_its_numbers(string line) =>
        Assert.Equal((0, 0, false), PageFurniture.HeadlineGlue(TextNormalizer.Fold(line)));
}
