using System.Text;
using Pipeline.Extract.Numbers;

namespace Pipeline.Extract.Tests.Numbers;

/// <summary>Property test: numbers written in Chinese by an independent writer parse back exactly.</summary>
public class ChineseNumeralRoundTripTests
{
    private const string DigitChars = "零一二三四五六七八九";
    private const string FinancialDigits = "零壹贰叁肆伍陆柒捌玖";

    /// <summary>Writes a whole number below 10^16 (or exactly 10^16) the way Chinese prose does:
    /// sections of four digits joined by 万 and 亿, one 零 for every run of missing places,
    /// 十 without 一 at the very start, and 两 for 2 before 千/万/亿 when asked.</summary>
    internal static string Write(decimal n, bool useLiang = false, bool financial = false)
    {
        if (n == 0) return "零";
        if (n == 10_000_000_000_000_000m) return "一亿亿";
        var yiHigh = decimal.Truncate(n / 100_000_000m);
        var yiLow = n - yiHigh * 100_000_000m;
        var sb = new StringBuilder();
        if (yiHigh > 0)
        {
            sb.Append(WriteBelowYi(yiHigh, useLiang, financial));
            sb.Append('亿');
            if (yiLow > 0)
            {
                if (yiLow < 10_000_000m) sb.Append('零');
                sb.Append(WriteBelowYi(yiLow, useLiang, financial));
            }
        }
        else sb.Append(WriteBelowYi(yiLow, useLiang, financial));
        var s = sb.ToString();
        if (!financial && s.StartsWith("一十", StringComparison.Ordinal)) s = s[1..];
        return s;
    }

    private static string WriteBelowYi(decimal n, bool useLiang, bool financial)
    {
        var high = (int)decimal.Truncate(n / 10_000m);
        var low = (int)(n - high * 10_000m);
        var sb = new StringBuilder();
        if (high > 0)
        {
            sb.Append(WriteSection(high, useLiang, financial));
            sb.Append('万');
            if (low > 0)
            {
                if (low < 1000) sb.Append('零');
                sb.Append(WriteSection(low, useLiang, financial));
            }
        }
        else if (low > 0) sb.Append(WriteSection(low, useLiang, financial)); // a leading 零 is the caller's
        return sb.ToString();
    }

    private static string WriteSection(int n, bool useLiang, bool financial)
    {
        var digits = financial ? FinancialDigits : DigitChars;
        var units = financial ? new[] { "仟", "佰", "拾", "" } : new[] { "千", "百", "十", "" };
        var places = new[] { n / 1000, n / 100 % 10, n / 10 % 10, n % 10 };
        var sb = new StringBuilder();
        var pendingZero = false;
        var started = false;
        for (var p = 0; p < 4; p++)
        {
            var d = places[p];
            if (d == 0)
            {
                if (started) pendingZero = true;
                continue;
            }
            if (pendingZero) sb.Append(digits[0]);
            pendingZero = false;
            started = true;
            var digit = useLiang && !financial && d == 2 && p <= 1 ? '两' : digits[d];
            sb.Append(digit).Append(units[p]);
        }
        return sb.ToString();
    }

    [Fact]
    public void WriterWritesTheTextbookForms()
    {
        Assert.Equal("一亿零五万", Write(100_050_000m));
        Assert.Equal("十二", Write(12m));
        Assert.Equal("一万零一十", Write(10_010m));
        Assert.Equal("两千三百", Write(2300m, useLiang: true));
        Assert.Equal("一千零五", Write(1005m));
        Assert.Equal("一千二百三十四万五千六百七十八亿九千零一十二万三千四百五十六", Write(1_234_567_890_123_456m));
    }

    [Fact]
    public void RandomWholeNumbersRoundTrip()
    {
        var random = new Random(20240817);
        for (var k = 0; k < 5000; k++)
        {
            var n = RandomNumber(random);
            foreach (var (liang, financial) in new[] { (false, false), (true, false), (false, true) })
            {
                var written = Write(n, liang, financial);
                Assert.True(NumeralParser.TryParse(written, out var parsed), $"{n} written as {written} did not parse");
                Assert.Equal(n, parsed);
            }
        }
    }

    [Fact]
    public void RandomDecimalsRoundTripInMixedAndChineseForms()
    {
        var random = new Random(77);
        for (var k = 0; k < 3000; k++)
        {
            var whole = RandomNumber(random) % 100_000_000m;
            var fractionDigits = random.Next(1, 5);
            var fraction = random.Next(0, (int)Math.Pow(10, fractionDigits));
            var fractionText = fraction.ToString().PadLeft(fractionDigits, '0');
            var value = whole + decimal.Parse("0." + fractionText, System.Globalization.CultureInfo.InvariantCulture);

            // 十二点五: the whole part in words, the fraction digit by digit.
            var chinese = Write(whole) + "点" + string.Concat(fractionText.Select(c => DigitChars[c - '0']));
            Assert.Equal(value, NumeralParser.Parse(chinese));

            // 16.4亿, 1.28万: an Arabic decimal with a scale word.
            var scale = random.Next(2) == 0 ? ("万", 10_000m) : ("亿", 100_000_000m);
            var arabic = value.ToString(System.Globalization.CultureInfo.InvariantCulture) + scale.Item1;
            Assert.Equal(value * scale.Item2, NumeralParser.Parse(arabic));
        }
    }

    [Fact]
    public void ArabicWithThousandsSeparatorsRoundTrips()
    {
        var random = new Random(5);
        for (var k = 0; k < 2000; k++)
        {
            var n = RandomNumber(random);
            var written = n.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(n, NumeralParser.Parse(written));
        }
    }

    /// <summary>Whole numbers up to 10^16, with many zeros so that 零 rules are exercised.</summary>
    private static decimal RandomNumber(Random random)
    {
        var digits = random.Next(1, 17);
        var sb = new StringBuilder();
        for (var i = 0; i < digits; i++)
        {
            var zero = random.NextDouble() < 0.4;
            sb.Append(i == 0 ? (char)('1' + random.Next(9)) : zero ? '0' : (char)('0' + random.Next(10)));
        }
        if (random.Next(500) == 0) return 10_000_000_000_000_000m;
        return decimal.Parse(sb.ToString());
    }
}
