using Pipeline.Extract.Text;

namespace Pipeline.Extract.Tests.Text;

public class ChineseScriptTests
{
    [Theory]
    [InlineData("蘇州工業園區", "苏州工业园区")]
    [InlineData("經濟技術開發區", "经济技术开发区")]
    [InlineData("有限責任公司", "有限责任公司")]
    [InlineData("营业收入", "营业收入")]
    public void ConvertsTraditionalToSimplified(string traditional, string simplified) =>
        Assert.Equal(simplified, ChineseScript.ToSimplified(traditional));

    [Fact]
    public void KeepsEveryOffset()
    {
        const string text = "據悉，該園區2022年產值達1,200億元（約）";
        Assert.Equal(text.Length, ChineseScript.ToSimplified(text).Length);
    }

    [Fact]
    public void TellsTraditionalFromSimplifiedText()
    {
        Assert.True(ChineseScript.LooksTraditional("新竹科學園區今年營業額創新高，廠商數量持續增長。"));
        Assert.False(ChineseScript.LooksTraditional("新竹科学园区今年营业额创新高，厂商数量持续增长。"));
        Assert.False(ChineseScript.LooksTraditional("no Han at all"));
    }
}
