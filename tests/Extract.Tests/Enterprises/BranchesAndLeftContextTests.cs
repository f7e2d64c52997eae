using static Pipeline.Extract.Tests.Zones.ZoneTestHelper;

namespace Pipeline.Extract.Tests.Enterprises;

/// <summary>Bank branches and provincial companies keep their whole name; words before a name that say
/// where it sits or open a subtitle stay out of it; a registered name may start with a zone's bare name.</summary>
public class BranchesAndLeftContextTests
{
    private static List<string> Names(string body) => Run(body, enterprises: true).Record.Enterprises.Select(e => e.Name).ToList();

    [Theory]
    [InlineData("园区与中国建设银行余杭支行签署协议。", "中国建设银行余杭支行")]
    [InlineData("招商银行前海分行为企业提供贷款。", "招商银行前海分行")]
    [InlineData("中国移动江苏公司建成5G基站。", "中国移动江苏公司")]
    public void ABranchKeepsItsWholeName(string body, string name) => Assert.Contains(name, Names(body));

    [Fact]
    public void ABankItsBranchesAndItsAbbreviationAreOneCompany()
    {
        var banks = Run("中国银行岚州分行举办对接会。会上，中国银行澜溪分行与企业签约，中行将提供授信；中国银行表示将继续支持。",
            enterprises: true).Record.Enterprises;
        var bank = Assert.Single(banks);
        Assert.Equal("中国银行岚州分行", bank.Name);
        Assert.Equal(new[] { "中国银行澜溪分行", "中行", "中国银行" }.OrderBy(n => n, StringComparer.Ordinal), bank.Aliases.OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public void ABankNamedInFullHoldsItsAbbreviatedBranches()
    {
        var banks = Run("市政府与中国建设银行股份有限公司岚州分行签约。建行澜溪支行与企业签订协议。", enterprises: true).Record.Enterprises;
        Assert.Single(banks);
    }

    [Fact]
    public void TwoBanksAndTheirAbbreviationsStayTwo()
    {
        var names = Names("中行与中国建设银行岚州分行签约，建行将提供授信。");
        Assert.Equal(2, names.Count);
    }

    [Fact]
    public void ABranchWordAfterAConjunctionBelongsToAnotherName()
    {
        var names = Names("招商银行与某某农商行分行合作。");
        Assert.Contains("招商银行", names);
        Assert.DoesNotContain(names, n => n.StartsWith("招商银行与", StringComparison.Ordinal));
    }

    [Fact]
    public void WhereCompaniesSitIsNoPartOfTheFirstName()
    {
        var names = Names("区内星河智联、云帆数据等企业加快布局。");
        Assert.DoesNotContain(names, n => n.StartsWith("区内", StringComparison.Ordinal));
    }

    [Fact]
    public void AProfileSubtitleMarkerIsNoPartOfTheName()
    {
        var names = Names("——记江苏恒远精密机械股份有限公司总经理李明\n");
        Assert.Equal(new[] { "江苏恒远精密机械股份有限公司" }, names);
    }

    [Fact]
    public void ASubtitleWithoutItsDashKeepsTheNameClean() =>
        Assert.Equal(new[] { "江苏恒远精密机械股份有限公司" }, Names("记江苏恒远精密机械股份有限公司总经理李明"));

    [Fact]
    public void AClauseEndingInGongSiIsNoName() =>
        Assert.Empty(Names("他从南京工业大学硕士毕业后进入公司，一干就是十年。"));

    [Fact]
    public void AClauseBeforeJiTuanIsNoName() =>
        Assert.DoesNotContain(Names("该厂晶圆产能已占集团一半。"), n => n.EndsWith("集团", StringComparison.Ordinal));

    [Fact]
    public void WellKnownInvestorsAreCompanies()
    {
        var names = Names("本轮融资由启明创投领投，高瓴资本、深创投跟投。");
        Assert.Contains("启明创投", names);
        Assert.Contains("高瓴资本", names);
        Assert.Contains("深创投", names);
    }

    [Fact]
    public void ARegisteredNameMayStartWithAZonesBareName()
    {
        var names = Names("本轮融资由中关村科技创投有限公司领投。");
        Assert.Contains("中关村科技创投有限公司", names);
    }
}
