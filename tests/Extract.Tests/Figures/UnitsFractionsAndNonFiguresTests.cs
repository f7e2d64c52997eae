using Pipeline.Extract.Model;
using Pipeline.Extract.Tests.PeerSuites;

namespace Pipeline.Extract.Tests.Figures;

/// <summary>Compound count units (家次), spelled fractions (四分之三), paired power and energy (兆瓦/兆瓦时),
/// compute units (P, PFlops), and numbers that only look like figures (億緯, 前20, 每万人).</summary>
public class UnitsFractionsAndNonFiguresTests
{
    private static FigureEntity Single(string body) => Assert.Single(PeerHarness.Figures(body));

    private static decimal D(string s) => decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("累计走访企业超过600家次,解决一批难题", "600", "家次")]
    [InlineData("全年举办路演42场次。", "42", "场次")]
    [InlineData("新增工业机器人300多台套。", "300", "台套")]
    [InlineData("已发放消费券4批次,带动消费", "4", "批次")]
    [InlineData("机场保障航班1.2万架次。", "12000", "架次")]
    [InlineData("春运期间加开临客86车次。", "86", "车次")]
    [InlineData("检测仪器设备2000台次。", "2000", "台次")]
    [InlineData("接待游客8.5万人次。", "85000", "人次")]
    [InlineData("共享专利1500项次。", "1500", "项次")]
    [InlineData("服務企業3,200家次。", "3200", "家次")]
    [InlineData("舉辦對接會25場次。", "25", "場次")]
    public void CompoundCountUnitsKeepBothCharacters(string body, string value, string unit)
    {
        var f = Single(body);
        Assert.Equal(D(value), f.Value);
        Assert.Equal(unit, f.Unit);
        Assert.Equal("count", f.Kind);
    }

    [Theory]
    [InlineData("入驻企业120家,其中高新技术企业40", "家")]
    [InlineData("采购设备30台。", "台")]
    [InlineData("分3批完成交付。", "批")]
    [InlineData("举办5场,吸引观众", "场")]
    public void ASingleCountUnitStaysSingleWhenNoCiFollows(string body, string unit) =>
        Assert.Equal(unit, PeerHarness.Figures(body).First().Unit);

    [Theory]
    [InlineData("产值占全省近3分之1,位居第一", "0.333333", true, true)]
    [InlineData("两地产能占近5分之2。", "0.4", true, true)]
    [InlineData("误差控制在百万分之五以内", "0.000005", true, false)]
    public void FractionsWithDigitsOrAScaleWordAreRatios(string body, string value, bool approx, bool digit)
    {
        var f = Single(body);
        Assert.Equal(D(value), f.Value);
        Assert.Equal("", f.Unit);
        Assert.Equal("ratio", f.Kind);
        Assert.Equal(approx, f.Approx);
        Assert.Equal(digit, f.Digit);
    }

    [Theory]
    [InlineData("占全市总量的四分之三。")]
    [InlineData("约五分之一的企业设有研发机构")]
    [InlineData("超三分之二的订单来自海外。")]
    [InlineData("专利数量占比达十分之一以上")]
    [InlineData("研发人員佔員工總數逾四分之一。")]
    public void ChineseFractionsWithoutAScaleWordAreNoFigures(string body) => Assert.Empty(PeerHarness.Figures(body));

    [Theory]
    [InlineData("不良率降到千分之三。", "3", "‰")]
    [InlineData("占比百分之四十。", "40", "%")]
    public void SpelledPercentagesAreNotFractions(string body, string value, string unit)
    {
        var f = Single(body);
        Assert.Equal(D(value), f.Value);
        Assert.Equal(unit, f.Unit);
    }

    [Theory]
    [InlineData("服务态度十分之好")]
    [InlineData("三分之策,各有所长")]
    public void FenZhiWithoutANumeralAfterItIsNoFraction(string body) => Assert.Empty(PeerHarness.Figures(body));

    [Theory]
    [InlineData("主要受惠於積體電路產業20/16及28奈米等製程")]
    [InlineData("更新时间 01/10 发布")]
    public void SlashPairsAtOrAboveOneOrWithALeadingZeroAreNoFractions(string body) =>
        Assert.DoesNotContain(PeerHarness.Figures(body), f => f.Unit == "");

    [Theory]
    [InlineData("建成储能电站100兆瓦/200兆瓦时,年内并网", "100", "兆瓦", "200", "兆瓦时")]
    [InlineData("配套储能系统2.5MW/5MWh。", "2.5", "MW", "5", "MWh")]
    [InlineData("一期规模50千瓦/100千瓦时。", "50", "千瓦", "100", "千瓦时")]
    [InlineData("项目规模1吉瓦/2吉瓦时。", "1", "吉瓦", "2", "吉瓦时")]
    public void PowerAndEnergyWrittenAsAPairAreTwoFigures(string body, string v1, string u1, string v2, string u2)
    {
        var figures = PeerHarness.Figures(body);
        Assert.Equal(2, figures.Count);
        Assert.Equal((D(v1), u1), (figures[0].Value, figures[0].Unit));
        Assert.Equal((D(v2), u2), (figures[1].Value, figures[1].Unit));
        Assert.All(figures, f => Assert.Equal("measure", f.Kind));
    }

    [Theory]
    [InlineData("年发电量约2600万千瓦时。", "26000000", "千瓦时")]
    [InlineData("全年用电120万度,节电3.4GWh。", "3.4", "GWh")]
    [InlineData("储能容量达到1.8吉瓦时。", "1.8", "吉瓦时")]
    [InlineData("单台储能柜容量215kWh,可", "215", "kWh")]
    [InlineData("电池容量5000mAh,支持快充", "5000", "mAh")]
    [InlineData("年發電量約1.2億千瓦時", "120000000", "千瓦時")]
    [InlineData("总装机容量120万千瓦。", "1200000", "千瓦")]
    public void EnergyUnitsAreRead(string body, string value, string unit) =>
        Assert.Contains(PeerHarness.Figures(body), f => f.Value == D(value) && f.Unit == unit);

    [Fact]
    public void ANumberAfterASlashWithoutAUnitPairIsStillNoFigure()
    {
        Assert.Empty(PeerHarness.Figures("见附录/3。"));
        Assert.Equal(0.5m, Single("占比为1/2。").Value);
    }

    [Theory]
    [InlineData("数据中心算力规模约1200P,服务企业", "1200", "P", true)]
    [InlineData("智算中心总算力超过500P。", "500", "P", true)]
    [InlineData("新建300P智能算力,年底投用", "300", "P", false)]
    [InlineData("峰值性能达到100PFlops。", "100", "PFlops", false)]
    [InlineData("超算峰值达到2EFLOPS。", "2", "EFLOPS", false)]
    [InlineData("芯片算力为256TOPS。", "256", "TOPS", false)]
    [InlineData("新建智算中心一期规模达2000P。", "2000", "P", false)]
    [InlineData("超算中心峰值约300P", "300", "P", true)]
    public void ComputeUnitsAreRead(string body, string value, string unit, bool approx)
    {
        var f = Single(body);
        Assert.Equal(D(value), f.Value);
        Assert.Equal(unit, f.Unit);
        Assert.Equal(approx, f.Approx);
    }

    [Theory]
    [InlineData("推出5P柜式空调新品。")]
    [InlineData("平台采用P2P架构。")]
    [InlineData("型号为A800P,售价未公布。")]
    [InlineData("算力平台已上线,推出5P柜机")]
    public void ABarePWithoutComputeIsNoFigure(string body) => Assert.Empty(PeerHarness.Figures(body));

    [Theory]
    [InlineData("亿纬锂能在当地扩产。")]
    [InlineData("億緯鋰能持續擴產。")]
    [InlineData("万科在此拿地。")]
    [InlineData("百度与园区签约。")]
    [InlineData("千方科技发布新品。")]
    [InlineData("亿航智能完成试飞。")]
    public void AScaleWordInsideANameIsNoFigure(string body) => Assert.Empty(PeerHarness.Figures(body));

    [Theory]
    [InlineData("營收破千億\n", "100000000000")]
    [InlineData("园区产值破千亿", "100000000000")]
    [InlineData("营收破百亿,同比增长", "10000000000")]
    [InlineData("产值超亿元", "100000000")]
    public void AnImpliedOneBeforeAScaleWordIsAFigure(string body, string value)
    {
        var f = PeerHarness.Figures(body).First();
        Assert.Equal(D(value), f.Value);
        Assert.True(f.Approx);
    }

    [Fact]
    public void BreakingThroughIsALinkNotAnApproximation() =>
        Assert.False(Single("产值突破1000亿元。").Approx);

    [Theory]
    [InlineData("综合排名进入全国前20。")]
    [InlineData("连续三年位列全省前10位,")]
    [InlineData("位居全国前三")]
    [InlineData("跻身全球前50名。")]
    public void RanksAreNoFigures(string body) => Assert.Empty(PeerHarness.Figures(body));

    [Theory]
    [InlineData("目前30家企业已入驻", "30", "家")]
    [InlineData("此前20名学员已结业", "20", "名")]
    [InlineData("前10个月出口额增长12%", "12", "%")]
    public void AWordEndingInQianBeforeANumberIsNoRank(string body, string value, string unit) =>
        Assert.Contains(PeerHarness.Figures(body), f => f.Value == D(value) && f.Unit == unit);

    [Theory]
    [InlineData("每万人发明专利拥有量达到86件。", "86", "件")]
    [InlineData("每千人口拥有执业医师3.2人", "3.2", "人")]
    [InlineData("每百户拥有汽车45辆。", "45", "辆")]
    [InlineData("每萬人發明專利擁有量為120件", "120", "件")]
    [InlineData("每10万人口中有大学文化程度的1.5万人", "15000", "人")]
    public void APerUnitDenominatorIsNoFigure(string body, string value, string unit)
    {
        var f = Single(body);
        Assert.Equal(D(value), f.Value);
        Assert.Equal(unit, f.Unit);
    }

    [Fact]
    public void AnIntervalInTimeAfter每StaysAFigure()
    {
        var figures = PeerHarness.Figures("生产线每50秒下线一台整车。");
        Assert.Contains(figures, f => f.Value == 50 && f.Unit == "秒");
    }
}
