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

    private const string Traditional = "新竹科學園區管理局今天公布統計，園區廠商營業額較去年同期成長，從業員工人數也創新高。\n記者陳曉明報導";

    [Fact]
    public void ReadsUndeclaredBig5AsBig5NotAsGbk()
    {
        var decoded = TextDecoder.Decode(Encoding.GetEncoding("big5").GetBytes(Traditional));
        Assert.Equal(Traditional, decoded.Text);
        Assert.Equal("big5", decoded.Encoding);
    }

    [Fact]
    public void UndeclaredSimplifiedStaysGb18030()
    {
        const string simplified = "园区管理局今天公布统计，园区企业营业额比去年同期增长，从业人员数量也创新高。";
        Assert.Equal("gb18030", TextDecoder.Decode(Encoding.GetEncoding("GB18030").GetBytes(simplified)).Encoding);
    }

    [Theory]
    [InlineData("<meta charset=\"big5\">", "big5")]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=BIG5-HKSCS\">", "big5")]
    public void HonoursTheCharsetAPageDeclares(string meta, string expected)
    {
        var html = $"<html><head>{meta}<title>科學園</title></head><body><p>{Traditional}</p></body></html>";
        var decoded = TextDecoder.Decode(Encoding.GetEncoding("big5").GetBytes(html));
        Assert.Equal(html, decoded.Text);
        Assert.Equal(expected, decoded.Encoding);
    }

    [Fact]
    public void APageDeclaringGb2312IsReadAsGb18030SoGbkCharactersSurvive()
    {
        // 镕 and 喆 are outside GB2312 but in GBK: pages labelled gb2312 carry them all the time.
        var html = "<html><head><meta charset=gb2312></head><body><p>朱镕基、王喆出席园区创新大会。</p></body></html>";
        var decoded = TextDecoder.Decode(Encoding.GetEncoding("GB18030").GetBytes(html));
        Assert.Equal(html, decoded.Text);
    }

    [Fact]
    public void AWrongDeclarationFallsBackToDetection()
    {
        var html = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>园区管理局今天公布统计，企业营业额比去年同期增长。</p></body></html>";
        var decoded = TextDecoder.Decode(Encoding.GetEncoding("GB18030").GetBytes(html));
        Assert.Equal(html, decoded.Text);
        Assert.Equal("gb18030", decoded.Encoding);
    }

    [Fact]
    public void AUtf8FileCutInItsLastCharacterIsReadWithTheRepairSaid()
    {
        var bytes = Encoding.UTF8.GetBytes(Sample + "\n园区企业稳步发展。");
        var decoded = TextDecoder.Decode(bytes[..^2]);
        Assert.Equal("utf-8", decoded.Encoding);
        Assert.Equal(Sample + "\n园区企业稳步发展\uFFFD", decoded.Text);
        var repair = Assert.Single(decoded.Repairs!);
        Assert.Equal(bytes.Length - 3, repair.Offset);
        Assert.Equal(Sample.Count(c => c == '\n') + 2, repair.Line);
        Assert.Contains("1 invalid UTF-8 byte replaced by U+FFFD at line", decoded.RepairSummary());
    }

    [Fact]
    public void AStrayByteInUtf8IsRepairedButShortGb18030IsStillGb18030()
    {
        var bytes = Encoding.UTF8.GetBytes(Sample).ToList();
        bytes.Insert(Encoding.UTF8.GetByteCount(Sample[..5]), 0xFF); // between two characters
        Assert.Single(TextDecoder.Decode(bytes.ToArray()).Repairs!);
        var shortGb = TextDecoder.Decode(Encoding.GetEncoding("GB18030").GetBytes("园区"));
        Assert.Equal(("园区", "gb18030"), (shortGb.Text, shortGb.Encoding));
        Assert.Null(TextDecoder.Decode(Encoding.UTF8.GetBytes(Sample)).RepairSummary());
    }
}
