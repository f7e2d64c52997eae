using Pipeline.Extract.Text;

namespace Pipeline.Extract.Tests.Text;

/// <summary>Line breaks of hard-wrapped paragraphs, which the name finders read through (sentences written for these tests).</summary>
public class WrappedLinesTests
{
    private const string Wrapped =
        "本季出貨增加的廠商包括鴻海、廣達、仁寶、緯創、英業\n" +
        "達、和碩等代工大廠,法人預期下半年營收將持續成長,\n" +
        "相關供應鏈也可望同步受惠。";

    [Fact]
    public void Breaks_between_two_Han_characters_of_lines_of_one_width_are_wraps()
    {
        var breaks = WrappedLines.Breaks(Wrapped);
        Assert.Equal(new[] { Wrapped.IndexOf('\n') }, breaks); // the second line ends at a comma: nothing to join there
    }

    [Fact]
    public void The_text_read_without_them_joins_the_split_word_and_maps_back()
    {
        var joined = PinyinReadings.Strip(Wrapped, WrappedLines.Breaks(Wrapped));
        Assert.NotNull(joined);
        var at = joined.Text.IndexOf("英業達", StringComparison.Ordinal);
        Assert.True(at > 0);
        Assert.Equal(Wrapped.IndexOf("英業", StringComparison.Ordinal), joined.ToWritten(at));
        Assert.Equal(Wrapped.IndexOf("\n達", StringComparison.Ordinal) + 1, joined.ToWritten(at + 2));
    }

    [Theory]
    [InlineData("園區今年新簽約項目二十個,總投資超過一百億元人民幣\n新簽約的項目涵蓋新能源、生物醫藥、集成電路等領域\n")] // a paragraph of two lines
    public void Two_lines_of_one_width_are_enough(string text) => Assert.Single(WrappedLines.Breaks(text));

    [Theory]
    [InlineData("深圳高新区打造国家战略科技力量\n华为、中兴、比亚迪等企业加快布局新一代信息技术产业,营收持续增长。")] // a heading above a paragraph
    [InlineData("园区新签约项目二十个,总投资超过一百亿元人民币。\n新签约项目涵盖新能源、生物医药、集成电路等领域。")] // sentences, one a line
    [InlineData("买方\n:兴岚投资有限公司,本公司之全资附属公司\n代理人 :某某物业顾问(香港)有限公司")] // a form's labels
    [InlineData("华为技术有限公司深圳市南山区科技园北区一号\n中兴通讯股份有限公司深圳市南山区高新技术园南区")] // a table: no comma
    public void Other_line_breaks_are_not(string text) => Assert.Empty(WrappedLines.Breaks(text));
}
