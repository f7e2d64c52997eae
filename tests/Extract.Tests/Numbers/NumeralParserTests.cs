using Pipeline.Extract.Numbers;

namespace Pipeline.Extract.Tests.Numbers;

public class NumeralParserTests
{
    [Theory]
    [InlineData("1,100万", "11000000")]
    [InlineData("16.4亿", "1640000000")]
    [InlineData("3万4000", "34000")]
    [InlineData("1.7万", "17000")]
    [InlineData("47.8万亿", "47800000000000")]
    [InlineData("0.0225万", "225")]
    [InlineData("12,345,678", "12345678")]
    [InlineData("２３００亿", "230000000000")]
    [InlineData("3千", "3000")]
    [InlineData("5千万", "50000000")]
    [InlineData("1亿2000万", "120000000")]
    public void ParsesArabicAndMixed(string text, string expected) =>
        Assert.Equal(decimal.Parse(expected), NumeralParser.Parse(text));

    [Theory]
    [InlineData("一亿零五万", "100050000")]
    [InlineData("两千三百", "2300")]
    [InlineData("三万四千", "34000")]
    [InlineData("十二点五", "12.5")]
    [InlineData("三点一四", "3.14")]
    [InlineData("十二", "12")]
    [InlineData("二十", "20")]
    [InlineData("一千零五", "1005")]
    [InlineData("一千零五十", "1050")]
    [InlineData("一万零三百", "10300")]
    [InlineData("三千五", "3500")]
    [InlineData("三万五", "35000")]
    [InlineData("一亿五", "150000000")]
    [InlineData("二〇二二", "2022")]
    [InlineData("百", "100")]
    [InlineData("亿", "100000000")]
    [InlineData("万亿", "1000000000000")]
    [InlineData("一亿亿", "10000000000000000")]
    [InlineData("壹佰贰拾叁", "123")]
    [InlineData("兩萬", "20000")]
    [InlineData("五億三千萬", "530000000")]
    [InlineData("十万", "100000")]
    [InlineData("二百五十万", "2500000")]
    public void ParsesChineseNumerals(string text, string expected) =>
        Assert.Equal(decimal.Parse(expected), NumeralParser.Parse(text));

    [Theory]
    [InlineData("万")]        // a lone 万 with more after it
    [InlineData("万一")]
    [InlineData("千百亿")]
    [InlineData("亿万")]
    [InlineData("百千")]
    [InlineData("一二十")]
    [InlineData("")]
    [InlineData("abc")]
    public void RejectsWhatIsNotANumeral(string text)
    {
        // 万 alone is one 万; the rest are not numbers at all.
        if (text == "万") Assert.Equal(10_000m, NumeralParser.Parse(text));
        else Assert.False(NumeralParser.TryParse(text, out _));
    }

    [Fact]
    public void KeepsDecimalExactness()
    {
        // 0.1 + 0.2 style errors would show here if a double were involved anywhere.
        Assert.Equal(1_640_000_000m, NumeralParser.Parse("16.4亿"));
        Assert.Equal(29_000m, NumeralParser.Parse("2.9万"));
        Assert.Equal(2_971_000m, NumeralParser.Parse("297.1万"));
    }
}
