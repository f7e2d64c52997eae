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

    [Theory]
    [InlineData("台州湾新区的1万多台设备")]
    [InlineData("居民户均用电，温州税收，产业集群，什么")]
    public void LeavesSimplifiedTextAsItIs(string simplified) =>
        Assert.Equal(simplified, ChineseScript.ToSimplified(simplified));

    /// <summary>Every GB2312 Han character is Simplified already; the few Traditional forms GB2312
    /// also encodes (後, 於) may fold, but nothing may turn into a non-GB2312 character.</summary>
    [Fact]
    public void NeverFoldsASimplifiedCharacterOutOfTheSimplifiedSet()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var gb2312 = System.Text.Encoding.GetEncoding("gb2312");
        var bytes = new List<byte>();
        for (var hi = 0xB0; hi <= 0xF7; hi++)
        for (var lo = 0xA1; lo <= 0xFE; lo++)
            bytes.AddRange(new[] { (byte)hi, (byte)lo });
        var text = gb2312.GetString(bytes.ToArray());
        var folded = ChineseScript.ToSimplified(text);
        var roundTrip = gb2312.GetString(gb2312.GetBytes(folded));
        Assert.Equal(folded, roundTrip);
    }

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
