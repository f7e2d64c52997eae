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
    [InlineData("6千2", "6200")]                 // a last digit after 千 counts hundreds, as in 六千二
    [InlineData("4万8", "48000")]
    [InlineData("7千5万", "75000000")]
    [InlineData("4万80", "40080")]               // two digits are their own value
    [InlineData("四万万", "400000000")]          // 万万 is 亿
    [InlineData("二十万万零三百万", "2003000000")]
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
    [InlineData("一亿亿", "10000000000000000")]
    [InlineData("壹佰贰拾叁", "123")]
    [InlineData("兩萬", "20000")]
    [InlineData("五億三千萬", "530000000")]
    [InlineData("十万", "100000")]
    [InlineData("二百五十万", "2500000")]
    public void ParsesChineseNumerals(string text, string expected) =>
        Assert.Equal(decimal.Parse(expected), NumeralParser.Parse(text));

    [Theory]
    [InlineData("万")]        // a scale word alone is no numeral (Recognizers-Text agrees)
    [InlineData("万万")]
    [InlineData("万一")]
    [InlineData("千百亿")]
    [InlineData("亿万")]
    [InlineData("百千")]
    [InlineData("一二十")]
    [InlineData("")]
    [InlineData("abc")]
    public void RejectsWhatIsNotANumeral(string text)
        => Assert.False(NumeralParser.TryParse(text, out _));

    [Theory]
    [InlineData("亿", "100000000")]          // 超亿元: one 亿
    [InlineData("万", "10000")]              // 近万人
    [InlineData("万亿", "1000000000000")]
    [InlineData("千万", "10000000")]
    public void InAFigureAScaleWordAloneCountsOne(string text, string expected) =>
        Assert.Equal(decimal.Parse(expected), NumeralParser.ParseInFigure(text));

    [Theory]
    [InlineData("负三十二", "-32")]
    [InlineData("負四十五億零四百零四萬", "-4504040000")]
    [InlineData("-10000", "-10000")]
    [InlineData("负六点六", "-6.6")]
    [InlineData("两个亿", "200000000")]        // colloquial 个 before 亿
    [InlineData("倆千两百贰拾二", "2222")]
    public void ReadsSignsAndColloquialForms(string text, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), NumeralParser.Parse(text));

    [Fact]
    public void KeepsDecimalExactness()
    {
        // 0.1 + 0.2 style errors would show here if a double were involved anywhere.
        Assert.Equal(1_640_000_000m, NumeralParser.Parse("16.4亿"));
        Assert.Equal(29_000m, NumeralParser.Parse("2.9万"));
        Assert.Equal(2_971_000m, NumeralParser.Parse("297.1万"));
    }
}
