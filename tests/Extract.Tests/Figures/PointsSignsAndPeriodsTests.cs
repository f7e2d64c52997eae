using Pipeline.Extract.Figures;
using Pipeline.Extract.Tests.PeerSuites;

namespace Pipeline.Extract.Tests.Figures;

/// <summary>Round 14's figure classes from real news (stock and retail reports, Taiwan and Hong Kong media): points of an
/// index or a score after their cue (Resources/point-cues.txt), a plus sign before a percentage, a minus sign after an
/// amount word, an amount quoted alone, 億年增 as a change on the year; and what is none: the first months of a year,
/// a count of digits, a telephone number.</summary>
public class PointsSignsAndPeriodsTests
{
    private static readonly string[] PointUnits = { "点", "點", "分" };

    public static IEnumerable<object[]> PointExamples() =>
        PointCues.Default.Examples.Select(e => new object[] { e.Input, e.Expected });

    [Theory]
    [MemberData(nameof(PointExamples))]
    public void EachPointExampleGivesItsFigureInPoints(string sentence, string expected)
    {
        var points = PeerHarness.Figures(sentence).Where(f => PointUnits.Contains(f.Unit)).Select(f => f.Text.Replace(" ", "")).ToList();
        if (expected.Length == 0) Assert.Empty(points);
        else Assert.Equal(expected.Replace(" ", ""), Assert.Single(points));
    }

    [Fact]
    public void EveryPointExampleFileHasSentencesOfBothKinds()
    {
        Assert.Contains(PointCues.Default.Examples, e => e.Expected.Length == 0);
        Assert.Contains(PointCues.Default.Examples, e => e.Expected.Length > 0);
    }

    [Theory]
    [InlineData("1-5月装机同比+70.4%。", "+70.4%", 70.4)]
    [InlineData("创科是增长“火车头”(+14.8%),制造业持续迈向智能化。", "+14.8%", 14.8)]
    [InlineData("营收较上季+3.2个百分点。", "+3.2个百分点", 3.2)]
    public void APlusSignBeforeAPercentageMarksARise(string body, string text, double value)
    {
        var figure = Assert.Single(PeerHarness.Figures(body));
        Assert.Equal(text, figure.Text);
        Assert.Equal((decimal)value, figure.Value);
    }

    [Theory]
    [InlineData("实施“6+2+X”产业计划。")]
    [InlineData("推进5G+工业互联网,建成+5项目。")]
    public void APlusSignInACodeStaysNoFigure(string body) => Assert.DoesNotContain(PeerHarness.Figures(body), f => f.Text.Contains('+'));

    [Theory]
    [InlineData("公司实现净利润-8507.59万元,同比下降109.57%。", -85075900)]
    [InlineData("经营活动现金流量净额-2.3亿元。", -230000000)]
    public void AMinusSignAfterAnAmountWordIsNegative(string body, double value) =>
        Assert.Contains(PeerHarness.Figures(body), f => f.Value == (decimal)value && f.Unit == "元");

    [Fact]
    public void ADashBetweenNumbersStaysARange()
    {
        var figure = Assert.Single(PeerHarness.Figures("铅价运行区间为14000-16500元/吨。"));
        Assert.Equal(16500m, figure.ValueMax);
    }

    [Theory]
    [InlineData("今年首8個月零售業總銷貨價值上升19.3%。", "19.3%")]
    [InlineData("今年首10个月合计的零售业总销货价值上升1.2%。", "1.2%")]
    [InlineData("中关村前10个月高新企业收入维持高增速", null)]
    [InlineData("今年首八個月的零售業總銷貨價值上升百分之六點七。", "百分之六點七")]
    public void TheFirstMonthsOfAYearAreAPeriod(string body, string? only)
    {
        var figures = PeerHarness.Figures(body);
        Assert.DoesNotContain(figures, f => f.Unit is "个月" or "個月");
        if (only != null) Assert.Equal(only, Assert.Single(figures).Text);
    }

    [Theory]
    [InlineData("项目提前3个月完工。")]
    [InlineData("建设期缩短到18个月。")]
    public void ADurationInMonthsIsStillAFigure(string body) => Assert.Contains(PeerHarness.Figures(body), f => f.Unit == "个月");

    [Theory]
    [InlineData("台灣主要 IT 廠營收再現 2 位數增幅")]
    [InlineData("營收出現2位數(10%以上)增幅。")]
    public void ACountOfDigitsIsNoFigure(string body) => Assert.DoesNotContain(PeerHarness.Figures(body), f => f.Unit == "位");

    [Fact]
    public void PeopleCountedIn位StayFigures() => Assert.Equal("位", Assert.Single(PeerHarness.Figures("新引进5位院士。")).Unit);

    [Theory]
    [InlineData("統計顯示,規模「250人至499人」企業投入研發經費占比僅7.2%。", 250, 499.0)]
    [InlineData("規模「249人以下」企業投入研發經費則占10.4%。", 249, null)]
    public void AnAmountQuotedAloneIsAFigure(string body, double value, double? max) =>
        Assert.Contains(PeerHarness.Figures(body), f => f.Value == (decimal)value && f.Unit == "人" && f.ValueMax == (decimal?)max);

    [Fact]
    public void ANameQuotingABareNumberStaysAName() =>
        Assert.Empty(PeerHarness.Figures("实施“551”人才计划。"));

    [Theory]
    [InlineData("8月零售業銷貨額達324億年升13.7%", 32400000000)]
    [InlineData("營收達1.2萬億年增8%", 1200000000000)]
    public void YearOnYearAfterAnAmountIsNoCountOfYears(string body, double value) =>
        Assert.Contains(PeerHarness.Figures(body), f => f.Value == (decimal)value);

    [Fact]
    public void AYearBeforeYearOnYearStaysAYear() =>
        Assert.DoesNotContain(PeerHarness.Figures("2023年增长5%。"), f => f.Value == 2023m);

    [Theory]
    [InlineData("爆料熱線:\n(852) 3600 3600")]
    [InlineData("咨询电话:(010)6258-1234")]
    [InlineData("联系电话（021）5080 1234。")]
    public void ATelephoneNumberIsNoFigure(string body) => Assert.Empty(PeerHarness.Figures(body));
}

/// <summary>Bands of places in a ranking (分列2-10位, 头部1-30名中, 百强园区16-20名:…) are ranks, not counts.</summary>
public class RankBandTests
{
    [Theory]
    [InlineData("芯盟科技、芯爱科技的融资规模也相当可观,分列2-10位。")]
    [InlineData("头部1-30名中,高新区占17席。")]
    [InlineData("尾部71-100名中,经开区占18席。")]
    [InlineData("2022年全国百强园区16-20名:南京高新技术产业开发区、上海紫竹高新区。")]
    public void ARankBandIsNoFigure(string body) => Assert.DoesNotContain(PeerHarness.Figures(body), f => f.Unit is "名" or "位");

    [Theory]
    [InlineData("计划招收30-50名学生。")]
    [InlineData("共引进10至20位专家,")]
    public void ACountRangeOfPeopleIsStillAFigure(string body) => Assert.Contains(PeerHarness.Figures(body), f => f.Unit is "名" or "位" && f.ValueMax != null);
}
