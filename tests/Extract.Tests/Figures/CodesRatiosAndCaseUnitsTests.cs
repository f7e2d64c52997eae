using Pipeline.Extract.Tests.PeerSuites;

namespace Pipeline.Extract.Tests.Figures;

/// <summary>Securities codes and note numbering that are no figures, the parts of a structure ratio
/// (0.8∶53.9∶45.3, 6比4), and whole units for working days and for cases (宗, 起).</summary>
public class CodesRatiosAndCaseUnitsTests
{
    private static decimal D(string s) => decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("江苏某材料股份有限公司（证券代码：603123，以下简称某材料）发布公告")]
    [InlineData("某科技(股票代码:002415)表示")]
    [InlineData("华光新材（688379.SH）今日披露")]
    [InlineData("宁德时代300750.SZ收涨")]
    [InlineData("騰訊控股（0700.HK）公布業績")]
    public void SecuritiesCodesAreNoFigures(string body) => Assert.Empty(PeerHarness.Figures(body));

    [Fact]
    public void AnAmountNextToACodeIsStillAFigure()
    {
        var f = Assert.Single(PeerHarness.Figures("公司（证券代码：600519）营收达1500亿元。"));
        Assert.Equal(150000000000m, f.Value);
        Assert.Equal("元", f.Unit);
    }

    [Theory]
    [InlineData("注：1.本表数据为快报数。", 0)]
    [InlineData("说明：1、部分指标按可比价计算。", 0)]
    [InlineData("增速为：1.5%。", 1)]             // a decimal after a colon is an amount
    [InlineData("比例为：3.2倍。", 1)]
    public void NumberingAfterANotesColonIsNoFigure(string body, int count) => Assert.Equal(count, PeerHarness.Figures(body).Count);

    [Fact]
    public void EachPartOfAStructureRatioIsAFigure()
    {
        var figures = PeerHarness.Figures("三次产业比例调整为1.2∶48.6∶50.2。");
        Assert.Equal(new[] { D("1.2"), D("48.6"), D("50.2") }, figures.Select(f => f.Value));
        Assert.All(figures, f => Assert.Equal("", f.Unit));
    }

    [Theory]
    [InlineData("男女比例约为6比4。", "6", "4")]
    [InlineData("投票结果为7:3,议案通过", "7", "3")]
    public void BothSidesOfAWrittenRatioAreFigures(string body, string left, string right)
    {
        var figures = PeerHarness.Figures(body);
        Assert.Equal(new[] { D(left), D(right) }, figures.Select(f => f.Value));
        Assert.All(figures, f => Assert.Equal("", f.Unit));
    }

    [Theory]
    [InlineData("会议于10:30开始。")]
    [InlineData("9:05准时发车,")]
    [InlineData("视频 00:0001:30 东方雨虹公告")]
    [InlineData("播放 02:1503:40")]
    public void AClockTimeIsNoRatio(string body) => Assert.Empty(PeerHarness.Figures(body));

    [Theory]
    [InlineData("審批時間由20個工作天縮短至", "20", "個工作天")]
    [InlineData("办结时限压缩到5个工作日。", "5", "个工作日")]
    [InlineData("全年受理投诉1,200多宗。", "1200", "宗")]
    [InlineData("成交土地12宗,总面积", "12", "宗")]
    [InlineData("全年发生交通事故15起,同比下降", "15", "起")]
    [InlineData("查处违法案件23起。", "23", "起")]
    public void WorkingDaysAndCasesAreWholeUnits(string body, string value, string unit)
    {
        var f = PeerHarness.Figures(body).First();
        Assert.Equal(D(value), f.Value);
        Assert.Equal(unit, f.Unit);
    }

    [Theory]
    [InlineData("项目起步区面积5平方公里。", "平方公里")]
    [InlineData("票价20起售,", "")]
    public void QiThatBeginsAWordIsNoUnit(string body, string unit)
    {
        var figures = PeerHarness.Figures(body);
        Assert.DoesNotContain(figures, f => f.Unit == "起");
        if (unit.Length > 0) Assert.Contains(figures, f => f.Unit == unit);
    }
}
