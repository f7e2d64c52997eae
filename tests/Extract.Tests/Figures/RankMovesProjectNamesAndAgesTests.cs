using Pipeline.Extract.Tests.PeerSuites;

namespace Pipeline.Extract.Tests.Figures;

/// <summary>Moves in a ranking and capacities inside project names are no figures; a class of projects
/// (亿元以上项目) is none either; a chart's list number keeps apart from the next line; ages, person-years
/// and text lengths keep their units.</summary>
public class RankMovesProjectNamesAndAgesTests
{
    [Theory]
    [InlineData("在全国排名中上升3位，")]
    [InlineData("综合排名较上年下降了2位。")]
    [InlineData("该园区位次前移7位，")]
    [InlineData("今年位次提升4位以上。")]
    [InlineData("排名跃升11名，")]
    public void ARankMoveIsNoFigure(string body) => Assert.Empty(PeerHarness.Figures(body));

    [Theory]
    [InlineData("新引进5位院士，", "位")]
    [InlineData("提升了3个百分点。", "个百分点")]
    public void ACountOfPeopleOrPointsIsStillAFigure(string body, string unit) =>
        Assert.Equal(unit, Assert.Single(PeerHarness.Figures(body)).Unit);

    [Theory]
    [InlineData("总投资30亿元的年产8GWh锂电池项目开工")]
    [InlineData("签约年产3000吨碳纤维复合材料项目。")]
    public void ACapacityInAProjectNameIsNoFigure(string body) =>
        Assert.DoesNotContain(PeerHarness.Figures(body), f => f.Unit is "GWh" or "吨");

    [Theory]
    [InlineData("项目建成后年产3000吨，")]
    [InlineData("该厂年产12万吨，带动配套项目落地。")]
    public void ACapacityStatedAsAnAmountIsAFigure(string body) =>
        Assert.Equal("吨", Assert.Single(PeerHarness.Figures(body)).Unit);

    [Theory]
    [InlineData("全年新开工亿元以上项目45个。", 1)]
    [InlineData("引进千万元以上企业12家，", 1)]
    [InlineData("单笔融资超亿元，", 1)]
    public void AScaleWordBoundedByYiShangIsAClass(string body, int count)
    {
        var figures = PeerHarness.Figures(body);
        Assert.Equal(count, figures.Count);
        if (body.Contains("超亿元")) Assert.Equal(100000000m, figures[0].Value);
        else Assert.DoesNotContain(figures, f => f.Value is 100000000m or 10000000m);
    }

    [Theory]
    [InlineData("新签约亿元以上项目40个。", 1)]
    [InlineData("累计签约12个项目，", 1)]
    public void YueInsideSignedIsNoApproximation(string body, int count)
    {
        var figures = PeerHarness.Figures(body);
        Assert.Equal(count, figures.Count);
        Assert.All(figures, f => Assert.False(f.Approx));
    }

    [Fact]
    public void YueBeforeANumberIsStillAnApproximation() => Assert.True(Assert.Single(PeerHarness.Figures("总投资约12亿元。")).Approx);

    [Fact]
    public void AChartListNumberDoesNotGlueToTheNextLine()
    {
        var figures = PeerHarness.Figures("排名如下\n3 成都某区\n4 武汉某区\n");
        Assert.DoesNotContain(figures, f => f.Unit == "%");
    }

    [Fact]
    public void ASpacedLineNumberBeforeAUnitStillJoins()
    {
        var figures = PeerHarness.Figures("概况\n12 个项目集中签约\n");
        Assert.Equal("个", Assert.Single(figures).Unit);
    }

    [Theory]
    [InlineData("那年他才27岁。", 27, "岁")]
    [InlineData("团队成员平均年龄不到30岁，", 30, "岁")]
    [InlineData("研发人员全时当量约12万人年。", 120000, "人年")]
    [InlineData("报告全文约3.5万字）", 35000, "字")]
    public void AgesPersonYearsAndLengthsAreFigures(string body, int value, string unit)
    {
        var f = Assert.Single(PeerHarness.Figures(body));
        Assert.Equal(value, f.Value);
        Assert.Equal(unit, f.Unit);
    }
}
