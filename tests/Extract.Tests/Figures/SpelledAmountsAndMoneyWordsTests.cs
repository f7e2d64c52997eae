using System.Globalization;
using Pipeline.Extract.Figures;
using Pipeline.Extract.Model;
using Pipeline.Extract.Numbers;
using Pipeline.Extract.Pipeline;
using Pipeline.Extract.Tests.PeerSuites;

namespace Pipeline.Extract.Tests.Figures;

/// <summary>Spoken ranges, spelled percentages, money in 元角分 and 块毛, 万 as w, currency codes, units of
/// other systems, 廿/卅, and the convention that a spelled amount with a money, measure, duration or percentage
/// unit is a figure while a small count with a classifier is not.</summary>
public class SpelledAmountsAndMoneyWordsTests
{
    private static FigureEntity Single(string body) => Assert.Single(PeerHarness.Figures(body));
    private static decimal D(string s) => decimal.Parse(s, CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("港口去年多运了两三万吨矿石。", "20000", "30000", "吨")]
    [InlineData("新线把车程缩短了七八百公里。", "700", "800", "公里")]
    [InlineData("每台设备售价五六千美元。", "5000", "6000", "美元")]
    [InlineData("项目总投资二三十亿元。", "2000000000", "3000000000", "元")]
    [InlineData("园区已吸引十七八万人就业。", "170000", "180000", "人")]
    public void ASpokenRangeIsTwoEndsNotOneNumber(string body, string value, string max, string unit)
    {
        var f = Single(body);
        Assert.Equal((D(value), D(max), unit, true), (f.Value, f.ValueMax, f.Unit, f.Approx));
    }

    [Theory]
    [InlineData("两三天后再议。")]
    [InlineData("等了三四个月才拿到批复。")]
    public void ASpokenRangeWithoutAScaleWordIsVague(string body) => Assert.Empty(PeerHarness.Figures(body));

    [Fact]
    public void ASpelledPercentageMayBeARange()
    {
        var f = Single("良品率提高了百分之二十到三十五。");
        Assert.Equal((20m, 35m, "%"), (f.Value, f.ValueMax, f.Unit));
        var g = Single("覆盖率从百分之四十到百分之六十不等。");
        Assert.Equal((40m, 60m), (g.Value, g.ValueMax));
    }

    [Fact]
    public void BaiFenBaiIsAHundredPerCent() => Assert.Equal((100m, "%"), (Single("检测合格率百分百。").Value, Single("检测合格率百分百。").Unit));

    [Theory]
    [InlineData("奖金叁仟伍佰元整。", "3500", "元")]
    [InlineData("退还押金贰佰元。", "200", "元")]
    [InlineData("一杯豆浆卖两块五毛。", "2.5", "块")]
    [InlineData("地铁票六块三。", "6.3", "块")]
    [InlineData("公交票价二元五角。", "2.5", "元")]
    [InlineData("停车费每小时三块零五。", "3.05", "块")]
    [InlineData("补贴标准为每斤一块二角五分。", "1.25", "块")]
    [InlineData("收据金额：壹元整", "1", "元")]
    [InlineData("支票金额伍元正", "5", "元")]
    [InlineData("应付人民币叁拾元零角零分。", "30", "元")]
    [InlineData("实收零元陆角零分，", "0.6", "元")]
    public void MoneyInYuanJiaoFenAndKuaiMao(string body, string value, string unit)
    {
        var f = Single(body);
        Assert.Equal((D(value), unit, FigureKinds.Money), (f.Value, f.Unit, f.Kind));
    }

    [Theory]
    [InlineData("菜价在三元五角到四元二角之间。", "3.5", "4.2", "元")]
    [InlineData("车费八块三到九块五。", "8.3", "9.5", "块")]
    [InlineData("单价2元至2元5角。", "2", "2.5", "元")]
    public void AMoneyRangeKeepsTheSubunitsOfBothEnds(string body, string value, string max, string unit)
    {
        var f = Single(body);
        Assert.Equal((D(value), D(max), unit), (f.Value, f.ValueMax, f.Unit));
    }

    [Theory]
    [InlineData("这条鱼重4斤2两。", "4.2", "斤")]
    [InlineData("收获的冬瓜重十二斤六两，", "12.6", "斤")]
    [InlineData("储罐每次补水三个加仑。", "3", "加仑")]
    [InlineData("新增绿地两个平方公里", "2", "平方公里")]
    public void LiangAfterJinAndAClassifierBeforeAMeasure(string body, string value, string unit)
    {
        var f = Single(body);
        Assert.Equal((D(value), unit, FigureKinds.Measure), (f.Value, f.Unit, f.Kind));
    }

    [Theory]
    [InlineData("推出一个升级版的平台")]
    [InlineData("首只克隆猴，一个克隆团队")]
    public void AClassifierBeforeAWordStartingWithAUnitIsNoMeasure(string body) => Assert.Empty(PeerHarness.Figures(body));

    [Theory]
    [InlineData("这类岗位年薪可达60w。", "600000")]
    [InlineData("月薪20k左右的工程师。", "20000")]
    public void WAndKAfterDigitsAreScaleWords(string body, string value) => Assert.Equal(D(value), Single(body).Value);

    [Theory]
    [InlineData("支持65W快充的新机。")]
    [InlineData("发布一款8K电视。")]
    public void WattsAndVideoCodesStayOut(string body) => Assert.Empty(PeerHarness.Figures(body));

    [Theory]
    [InlineData("每股派息HKD1.25。", "1.25", "HKD")]
    [InlineData("票面价格CNY100。", "100", "CNY")]
    [InlineData("募资US$3000万。", "30000000", "US$")]
    [InlineData("报价为25USD。", "25", "USD")]
    public void CurrencyCodesAndSymbolsAreMoney(string body, string value, string unit)
    {
        var f = Single(body);
        Assert.Equal((D(value), unit, FigureKinds.Money), (f.Value, f.Unit, f.Kind));
    }

    [Theory]
    [InlineData("水箱容量为12加侖。", "12", "加侖")]
    [InlineData("面板尺寸达85英吋。", "85", "英吋")]
    [InlineData("船身長120呎。", "120", "呎")]
    [InlineData("每瓶装500mL。", "500", "mL")]
    [InlineData("每粒重0.3g。", "0.3", "g")]
    [InlineData("室外最高温达42°C。", "42", "°C")]
    [InlineData("当地气温为95℉。", "95", "℉")]
    [InlineData("每箱装二十公升。", "20", "公升")]
    [InlineData("跑道长三十公尺。", "30", "公尺")]
    public void UnitsOfOtherSystems(string body, string value, string unit)
    {
        var f = Single(body);
        Assert.Equal((D(value), unit, FigureKinds.Measure), (f.Value, f.Unit, f.Kind));
    }

    [Theory]
    [InlineData("隧道施工历时廿六个月。", "26", "个月", "duration")]
    [InlineData("设备连续运行卅天。", "30", "天", "duration")]
    [InlineData("门票价格八元。", "8", "元", "money")]
    [InlineData("车间里测得三十九摄氏度。", "39", "摄氏度", "measure")]
    [InlineData("精度误差不到两微米。", "2", "微米", "measure")]
    [InlineData("利率下调了五个百分点。", "5", "个百分点", "percent")]
    [InlineData("整个流程只要三点五小时。", "3.5", "小时", "duration")]
    [InlineData("一共用了两吨半钢材。", "2.5", "吨", "measure")]
    public void ASpelledAmountWithAUnitOfMeasureIsAFigure(string body, string value, string unit, string kind)
    {
        var f = Single(body);
        Assert.Equal((D(value), unit, kind, false), (f.Value, f.Unit, f.Kind, f.Digit));
    }

    [Theory]
    [InlineData("厂里来了两个技术员。")]
    [InlineData("园区聚焦五大产业。")]
    [InlineData("三家企业联合攻关。")]
    [InlineData("新款三元锂电池上市。")]
    [InlineData("产值一度下滑。")]
    [InlineData("打通最后一公里。")]
    [InlineData("工厂四周是农田。")]
    public void SmallCountsAndWordsWithNumeralsAreNoFigures(string body) => Assert.Empty(PeerHarness.Figures(body));

    [Fact]
    public void ANumberInsideACompanysNameIsNoFigure()
    {
        var document = new ArticleDocument(
            new ArticleRecord { Body = "华大九天等企业落户园区，九天完成装修。" }, PublicationDate.TryParse("2024-05-01"));
        document.Add(new Annotation(Labels.Enterprise, 0, 4, "华大九天",
            new EnterpriseEntity { Name = "华大九天" }));
        new FigureStage().Annotate(document);
        var figure = Assert.Single(document.Get(Labels.Figure));
        Assert.Equal(12, figure.Start);
    }

    [Theory]
    [InlineData("廿四", "24")]
    [InlineData("卅五", "35")]
    [InlineData("廿", "20")]
    [InlineData("50w", "500000")]
    public void TensWordsAndLatinScalesParse(string text, string? value)
    {
        var ok = NumeralParser.TryParse(text, out var v);
        Assert.Equal(value != null, ok);
        if (value != null) Assert.Equal(D(value), v);
    }

    [Theory]
    [InlineData("两三万", "20000", "30000")]
    [InlineData("七八百", "700", "800")]
    [InlineData("十七八万", "170000", "180000")]
    [InlineData("二三十亿", "2000000000", "3000000000")]
    public void SpokenRangesParse(string text, string low, string high) =>
        Assert.Equal((D(low), D(high)), NumeralParser.TryParseSpokenRange(text));

    [Theory]
    [InlineData("一二三")]
    [InlineData("二〇二二")]
    [InlineData("三五万")]
    public void OtherDigitRunsAreNoSpokenRanges(string text) => Assert.Null(NumeralParser.TryParseSpokenRange(text));
}
