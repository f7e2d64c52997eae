using Pipeline.Extract.Tests.PeerSuites;

namespace Pipeline.Extract.Tests.Figures;

/// <summary>Numbers of real web pages that count nothing in the article (view counters, a byline's clock with a counter
/// glued to it, stock-quote widgets, plot and unit codes), places in rankings, size classes and capacities inside
/// project names; and the amounts real news writes that must still be read (个多月, a bare 兆, 过百, 一元, 三成至…).</summary>
public class WebFurnitureAndNameNumbersTests
{
    private static decimal D(string s) => decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    private static string[] Texts(string body) => PeerHarness.Figures(body).Select(f => f.Text).ToArray();

    [Theory]
    [InlineData("发布时间:2024-03-12 浏览次数:25\n\n园区新增企业12家。", "12家")]
    [InlineData("来源:本网 阅读量:8846\n\n园区新增企业12家。", "12家")]
    [InlineData("人气:512次\n\n园区新增企业12家。", "12家")]
    [InlineData("點擊：3051\n\n園區新增企業12家。", "12家")]
    [InlineData("来源:某某新闻2023-05-06 09:45127\n\n园区新增企业12家。", "12家")]
    public void ACounterOrABylineClockIsNoFigure(string body, string only) => Assert.Equal(new[] { only }, Texts(body));

    /// <summary>Office hours whose weekday, a Han numeral, runs straight into the clock (週六9:30) read without failing the page.</summary>
    [Theory]
    [InlineData("服務時間為週一至週六9:30-12:00，園區今年新增廠商15家。", "15家")]
    [InlineData("咨询时间为周一至周五8:30-17:30，园区新增企业12家。", "12家")]
    public void AWeekdayGluedToAClockReadsWithoutFailing(string body, string only) => Assert.Contains(only, Texts(body));

    [Fact]
    public void AReadingCountInASentenceIsStillAFigure() =>
        Assert.Contains(PeerHarness.Figures("这篇报道的阅读量超过了10万次。"), f => f.Value == 100000m && f.Unit == "次");

    [Fact]
    public void AStockQuoteWidgetIsNoFigure() =>
        Assert.Equal(new[] { "8.5%" }, Texts("  • 深证成指 10234.56 -12.30\n  • 创业板指 2011.20 3.15\n\n园区产值增长8.5%。"));

    [Theory]
    [InlineData("施工方进入XC-0203单元0512-03地块作业。")]
    [InlineData("编号0305的展位已售出。")]
    public void APlotOrUnitCodeIsNoFigure(string body) => Assert.Empty(PeerHarness.Figures(body));

    [Theory]
    [InlineData("该园区在全省考核中排名12位。")]
    [InlineData("在年度榜单中排名37，较上年靠前。")]
    [InlineData("有3个园区在评比中位列最后5名。")]
    [InlineData("吸引前8家龙头企业落户。")]
    public void APlaceInARankingIsNoFigure(string body) =>
        Assert.DoesNotContain(PeerHarness.Figures(body), f => f.Value > 3);

    [Fact]
    public void ACountBesideARankingWordIsStillAFigure() =>
        Assert.Equal(new[] { "5家" }, Texts("排名靠前的企业新增5家。"));

    [Theory]
    [InlineData("新签约超亿元的产业项目7个。", "7个")]
    [InlineData("实施千万元技改项目9个，", "9个")]
    [InlineData("推进21个亿元项目建设。", "21个")]
    public void ASizeClassBeforeProjectsIsNoFigure(string body, string only) => Assert.Equal(new[] { only }, Texts(body));

    [Fact]
    public void AThresholdWithANumeralIsStillAFigure() =>
        Assert.Equal(new[] { "超10亿元", "3个" }, Texts("新签约超10亿元的项目3个。"));

    [Theory]
    [InlineData("年产8英寸晶圆15万片项目正式投产。")]
    [InlineData("某纸业公司50万吨新材料项目签约落地。")]
    public void ACapacityInAProjectNameIsNoFigure(string body) =>
        Assert.DoesNotContain(PeerHarness.Figures(body), f => f.Unit is "片" or "吨");

    [Theory]
    [InlineData("项目占地120亩的厂房已经完工。", "亩")]
    [InlineData("项目建成后可年产50万吨新材料。", "吨")]
    public void AMeasureOutsideAProjectNameIsAFigure(string body, string unit) =>
        Assert.Equal(unit, Assert.Single(PeerHarness.Figures(body)).Unit);

    [Theory]
    [InlineData("整个审批流程历时三个多月。", "3", "个月", true)]
    [InlineData("園區總產值突破3兆。", "3000000000000", "", false)]
    [InlineData("研发团队规模过百人。", "100", "人", true)]
    [InlineData("寫字樓面積擴大三成至8萬平方呎。", "30", "%", false)]
    public void RealNewsAmountsAreRead(string body, string value, string unit, bool approx)
    {
        var f = PeerHarness.Figures(body).First();
        Assert.Equal(D(value), f.Value);
        Assert.Equal(unit, f.Unit);
        Assert.Equal(approx, f.Approx);
    }

    [Fact]
    public void TheAreaAfterATenthIsReadWithItsFeet() =>
        Assert.Contains(PeerHarness.Figures("寫字樓面積擴大三成至8萬平方呎。"), f => f.Value == 80000m && f.Unit == "平方呎");

    [Fact]
    public void OneYuanEndingItsPhraseIsAnAmount() =>
        Assert.Equal(new[] { D("1"), D("5") }, PeerHarness.Figures("财政每投入一元便可带动社会投资五元。").Select(f => f.Value));

    [Theory]
    [InlineData("推进一元化管理。")]
    [InlineData("运来一块钢板。")]
    public void OneYuanInAWordIsNoAmount(string body) => Assert.Empty(PeerHarness.Figures(body));

    [Theory]
    [InlineData("分享到：0\n点赞 35\n\n园区新增企业12家。")]
    [InlineData("正文第一段。\n第2页 共4页\n园区新增企业12家。")]
    [InlineData("读者QQ群：987654321\n\n园区新增企业12家。")]
    [InlineData("作者：某某 字数：2380\n\n园区新增企业12家。")]
    [InlineData("阅读 4526\n\n园区新增企业12家。")]
    public void WidgetPagerAndIdNumbersAreNoFigures(string body) => Assert.Equal(new[] { D("12") }, PeerHarness.Figures(body).Select(f => f.Value));

    [Theory]
    [InlineData("该公司上半年营收2。5亿元。", "250000000", "元")]
    [InlineData("研发投入占比达4。8%。", "4.8", "%")]
    [InlineData("项目总投资3000余萬(wàn)元。", "30000000", "元")]
    [InlineData("累計投資18億(yì)元。", "1800000000", "元")]
    public void MistypedPointsAndPinyinReadingsAreRead(string body, string value, string unit)
    {
        var f = Assert.Single(PeerHarness.Figures(body));
        Assert.Equal(D(value), f.Value);
        Assert.Equal(unit, f.Unit);
    }

    [Fact]
    public void AFullStopEndingASentenceOnANumberStaysAFullStop() =>
        Assert.DoesNotContain(PeerHarness.Figures("该区今年共签约项目12。3月以来开工5个。"), f => f.Value is 12.3m);

    [Fact]
    public void ATenthEndingASubheadingIsReadThoughTheNextLineFollows() =>
        Assert.Contains(PeerHarness.Figures("園區計劃今年出租率提升至八成\n他表示，園區首批大樓已經落成並投入使用。"), f => f.Value == 80m && f.Unit == "%");

    [Fact]
    public void AMapScaleIsNoFigure() => Assert.Empty(PeerHarness.Figures("绘制比例尺1:2000的地形图。"));
}
