using Pipeline.Extract.Model;
using Pipeline.Extract.Tests.PeerSuites;

namespace Pipeline.Extract.Tests.Figures;

/// <summary>Figures as Taiwan and Hong Kong papers write them: 兆 before a currency is 10^12, a currency
/// word may stand before the number (新台幣1.2兆元), and 成長/衰退 say a change.</summary>
public class TraditionalUsageFigureTests
{
    private static FigureEntity Single(string body) => Assert.Single(PeerHarness.Figures(body));

    [Theory]
    [InlineData("全年營收達1.2兆元。", "1.2兆元", "1200000000000", "元")]
    [InlineData("營業額達新台幣1.2兆元,創新高。", "1.2兆元", "1200000000000", "元")]
    [InlineData("外銷訂單約3兆美元。", "約3兆美元", "3000000000000", "美元")]
    [InlineData("貿易額為2.5兆日圓。", "2.5兆日圓", "2500000000000", "日圓")]
    [InlineData("資產規模2兆日元", "2兆日元", "2000000000000", "日元")]
    [InlineData("本地生產總值近3兆港元。", "近3兆港元", "3000000000000", "港元")]
    [InlineData("總投資港幣500萬元。", "500萬元", "5000000", "元")]
    [InlineData("募得人民幣3億元", "3億元", "300000000", "元")]
    [InlineData("融資逾20億美元。", "逾20億美元", "2000000000", "美元")]
    [InlineData("捐款300萬港元。", "300萬港元", "3000000", "港元")]
    public void ReadsTrillionsAndCurrencies(string body, string text, string value, string unit)
    {
        var f = Single(body);
        Assert.Equal(text, f.Text);
        Assert.Equal(decimal.Parse(value), f.Value);
        Assert.Equal(unit, f.Unit);
        Assert.Equal("money", f.Kind);
    }

    /// <summary>A body given straight to the stages (not cleaned as page input is) still reads the small full stop
    /// between digits as the decimal point; the figure's text is the body's as written.</summary>
    [Theory]
    [InlineData("營業額20﹒25億元,增長5﹒3%。", "20﹒25億元", "2025000000")]
    [InlineData("總投資１２﹒５億元。", "１２﹒５億元", "1250000000")]
    public void ReadsASmallFullStopBetweenDigitsAsTheDecimalPointInAnUncleanedBody(string body, string text, string value)
    {
        var f = PeerHarness.Figures(body).First();
        Assert.Equal(text, f.Text);
        Assert.Equal(decimal.Parse(value), f.Value);
    }

    [Theory]
    [InlineData("總產值達4兆2,000億元。", "4兆2,000億元", "4200000000000", "元")]
    [InlineData("外匯存底約1兆500億美元", "約1兆500億美元", "1050000000000", "美元")]
    [InlineData("預估產值1.5至2兆元。", "1.5至2兆元", "1500000000000", "元")]
    public void ReadsTrillionsWithARest(string body, string text, string value, string unit)
    {
        var f = Single(body);
        Assert.Equal(text, f.Text);
        Assert.Equal(decimal.Parse(value), f.Value);
        Assert.Equal(unit, f.Unit);
    }

    [Fact]
    public void ReadsATaiwanReportSentence()
    {
        var figures = PeerHarness.Figures("今年前三季園區營業額達新台幣1.2兆元，較去年同期成長8.5%。", "2023-11-16");
        Assert.Equal(2, figures.Count);
        Assert.Equal((1_200_000_000_000m, "元", false), (figures[0].Value, figures[0].Unit, figures[0].Change));
        Assert.Equal((8.5m, "%", true), (figures[1].Value, figures[1].Unit, figures[1].Change));
        var date = Assert.Single(PeerHarness.Dates("今年前三季園區營業額達新台幣1.2兆元，較去年同期成長8.5%。", "2023-11-16"));
        Assert.Equal(("2023-01", "2023-09"), (date.Value, date.ValueEnd));
    }

    [Theory]
    [InlineData("裝機容量達500兆瓦。", "500", "兆瓦")]
    [InlineData("頻率為2400兆赫。", "2400", "兆赫")]
    [InlineData("壓力達30兆帕", "30", "兆帕")]
    [InlineData("釋放能量120兆焦。", "120", "兆焦")]
    public void KeepsMegaInItsUnit(string body, string value, string unit)
    {
        var f = Single(body);
        Assert.Equal(decimal.Parse(value), f.Value);
        Assert.Equal(unit, f.Unit);
    }

    [Fact]
    public void ACurrencyWordBeforeANumberWithoutUnitMakesItMoney()
    {
        var f = Single("總額達新台幣500億,居全國之冠。");
        Assert.Equal(50_000_000_000m, f.Value);
        Assert.Equal("新台幣", f.Unit);
        Assert.Equal("money", f.Kind);
    }

    [Theory]
    [InlineData("集資HK$500萬,", "500萬", "5000000", "HK$")]
    [InlineData("估值US$1.2億。", "1.2億", "120000000", "US$")]
    [InlineData("投資RMB 300萬。", "300萬", "3000000", "RMB")]
    [InlineData("售價NT$2,000萬元起", "2,000萬元", "20000000", "元")]
    public void ReadsCurrencySymbolsBeforeTheNumber(string body, string text, string value, string unit)
    {
        var f = Single(body);
        Assert.Equal(text, f.Text);
        Assert.Equal(decimal.Parse(value), f.Value);
        Assert.Equal(unit, f.Unit);
        Assert.Equal("money", f.Kind);
    }

    [Theory]
    [InlineData("較去年同期成長8.5%。", "8.5", true)]
    [InlineData("出口年衰退3%,", "3", true)]
    [InlineData("營收下滑12%。", "12", true)]
    [InlineData("營收年增8.5%。", "8.5", true)]
    [InlineData("出貨月減4.2%,", "4.2", true)]
    [InlineData("良率為92%。", "92", false)]
    [InlineData("全年增加值514億元。", "51400000000", false)]
    public void ReadsChangeWords(string body, string value, bool change)
    {
        var f = Single(body);
        Assert.Equal(decimal.Parse(value), f.Value);
        Assert.Equal(change, f.Change);
    }

    [Theory]
    [InlineData("參觀人數逾16萬人。", "160000", "人", true)]
    [InlineData("吸引萬餘人參加。", "10000", "人", true)]
    [InlineData("員工近3,000人。", "3000", "人", true)]
    [InlineData("共計約1.5萬家廠商。", "15000", "家", true)]
    [InlineData("新增300餘家企業。", "300", "家", true)]
    public void ReadsApproximationsInTraditional(string body, string value, string unit, bool approx)
    {
        var f = Single(body);
        Assert.Equal(decimal.Parse(value), f.Value);
        Assert.Equal(unit, f.Unit);
        Assert.Equal(approx, f.Approx);
    }
}
