using Pipeline.Extract.Model;
using Pipeline.Extract.Tests.PeerSuites;

namespace Pipeline.Extract.Tests.Figures;

/// <summary>Signs, ranges written once, tenths, lone scale words and counts before 大.</summary>
public class FigureFormsTests
{
    private static FigureEntity Single(string body) => Assert.Single(PeerHarness.Figures(body));

    [Theory]
    [InlineData("两到三万港元的补贴", "20000", "30000", "港元")]
    [InlineData("从8500到3万港元不等", "8500", "30000", "港元")]      // 8500万 would pass the end
    [InlineData("投资一千到两千万元", "10000000", "20000000", "元")]
    [InlineData("八到九百亿泰铢", "80000000000", "90000000000", "泰铢")]  // one digit before one digit and 百亿: 800亿, as 八九百亿
    [InlineData("订单规模在三到四百万元之间", "3000000", "4000000", "元")]
    [InlineData("单笔贷款1-2千万元。", "10000000", "20000000", "元")]
    [InlineData("年产能2至3百万吨", "2000000", "3000000", "吨")]
    [InlineData("补贴1万(含)-5万元", "10000", "50000", "元")]
    [InlineData("奖励1万元--5万元", "10000", "50000", "元")]
    [InlineData("5-10万元", "50000", "100000", "元")]
    public void ARangeSharesTheScaleWrittenAtItsEnd(string body, string value, string max, string unit)
    {
        var f = Single(body);
        Assert.Equal(decimal.Parse(value), f.Value);
        Assert.Equal(decimal.Parse(max), f.ValueMax);
        Assert.Equal(unit, f.Unit);
    }

    [Theory]
    [InlineData("气温负13.5摄氏度", "-13.5")]
    [InlineData("增速为-3.2%,降幅收窄", "-3.2")]
    [InlineData("獲利排名第一,年成長率-18%。", "-18")]
    [InlineData("规上工业增加值同比增长-3.5%,", "-3.5")]
    [InlineData("一季度增速-2.1%", "-2.1")]
    public void ReadsNegativeNumbers(string body, string value) => Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), Single(body).Value);

    [Theory]
    [InlineData("占比超四成,居全省首位", "40", true)]
    [InlineData("市场份额达9成。", "90", false)]
    [InlineData("约7.5成的企业", "75", true)]
    public void TenthsArePercentages(string body, string value, bool approx)
    {
        var f = Single(body);
        Assert.Equal(decimal.Parse(value), f.Value);
        Assert.Equal("%", f.Unit);
        Assert.Equal(approx, f.Approx);
    }

    [Theory]
    [InlineData("千名应届毕业生签约", "1000", "名")]
    [InlineData("全年产值首次达到亿元", "100000000", "元")]
    [InlineData("百企集聚", "100", "企")]
    [InlineData("效率百倍增", "100", "倍")]
    [InlineData("十多万人次参观", "100000", "人次")]
    [InlineData("实现百亿产出", "10000000000", "")]
    public void ALoneScaleWordWithAUnitCountsOne(string body, string value, string unit)
    {
        var f = PeerHarness.Figures(body).First();
        Assert.Equal(decimal.Parse(value), f.Value);
        Assert.Equal(unit, f.Unit);
    }

    [Theory]
    [InlineData("惠及千家万户")]
    [InlineData("千方百计稳就业")]
    [InlineData("千万不要大意")]
    [InlineData("打造百亿级产业集群")]
    [InlineData("千亿元级产业")]
    [InlineData("千万门级交换机")]
    [InlineData("一成不变")]
    [InlineData("五百分之2.2")]
    [InlineData("五大工程")]
    [InlineData("抖音、快手、百度等平台")]
    public void LeavesIdiomsClassesAndSlogansAlone(string body) => Assert.Empty(PeerHarness.Figures(body));

    [Fact]
    public void AnArabicCountBefore大IsACountWithUnit大()
    {
        var f = Single("形成4大主导产业。");
        Assert.Equal(4, f.Value);
        Assert.Equal("大", f.Unit);
        Assert.Equal("count", f.Kind);
    }
}
