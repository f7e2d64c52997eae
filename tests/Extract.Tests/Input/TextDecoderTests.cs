using System.Text;
using Pipeline.Extract.Input;

namespace Pipeline.Extract.Tests.Input;

public class TextDecoderTests
{
    private const string Sample = "甲市高新区：打造创新高地\n◎本报记者 张三";

    static TextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void ReadsUtf8WithoutBom() => Assert.Equal(Sample, TextDecoder.Decode(Encoding.UTF8.GetBytes(Sample)).Text);

    [Fact]
    public void ReadsUtf8WithBomAndDropsIt()
    {
        var decoded = TextDecoder.Decode(new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes(Sample)).ToArray());
        Assert.Equal(Sample, decoded.Text);
        Assert.Contains("BOM", decoded.Encoding);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ReadsUtf16ByItsBom(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, true);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(Sample)).ToArray();
        Assert.Equal(Sample, TextDecoder.Decode(bytes).Text);
    }

    [Fact]
    public void FallsBackToGb18030()
    {
        var bytes = Encoding.GetEncoding("GB18030").GetBytes(Sample);
        var decoded = TextDecoder.Decode(bytes);
        Assert.Equal(Sample, decoded.Text);
        Assert.Equal("gb18030", decoded.Encoding);
    }

    [Fact]
    public void RefusesBinary()
    {
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52 };
        var e = Assert.Throws<InvalidDataException>(() => TextDecoder.Decode(png));
        Assert.Contains("binary", e.Message);
    }

    [Fact]
    public void RefusesEmptyAndBlankFiles()
    {
        Assert.Contains("empty", Assert.Throws<InvalidDataException>(() => TextDecoder.Decode(Array.Empty<byte>())).Message);
        Assert.Contains("empty", Assert.Throws<InvalidDataException>(() => TextDecoder.Decode(Encoding.UTF8.GetBytes(" \n\t\n"))).Message);
    }

    [Fact]
    public void RefusesBytesThatAreNoText()
    {
        // High bytes that are neither UTF-8 nor a valid GB18030 sequence (0x80 and 0xFF are never lead bytes).
        var bytes = Enumerable.Repeat(new byte[] { 0x80, 0xFF, 0x41 }, 50).SelectMany(b => b).ToArray();
        Assert.Throws<InvalidDataException>(() => TextDecoder.Decode(bytes));
    }
}
