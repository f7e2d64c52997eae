using static Pipeline.Extract.Tests.Attribution.AttributionHarness;

namespace Pipeline.Extract.Tests.Attribution;

/// <summary>The metric rules of round 8, each on sentences written for the test (not taken from a development page);
/// the one-line examples of each word list are in Resources/metric-words.txt (VocabularyExampleTests).</summary>
public class MetricRuleTests
{
    [Fact]
    public void APercentGrowthIsTheGrowthOfTheLastAmountNotOfACompletionRate()
    {
        var record = Run("该区完成税收收入18.6亿元,完成年度计划的102.3%,同比增长9.1%;完成工业投资26亿元,同比增长4.2个百分点。");
        Assert.Equal("税收收入", Figure(record, "9.1%").Metric);
        Assert.Equal("tax", Figure(record, "9.1%").Indicator);
    }

    [Fact]
    public void ARateChangedInPointsStillChangesThePercentageBeforeIt()
    {
        var record = Run("全区研发投入强度达到5.1%,比上年提高0.4个百分点。");
        Assert.Equal("研发投入强度", Figure(record, "0.4个百分点").Metric);
    }

    [Fact]
    public void ABracketedAbbreviationGlossesTheMetricBeforeIt()
    {
        var record = Run("一季度,示范区地区生产总值(GDP)实现426亿元,增长7%。");
        Assert.Equal("地区生产总值", Figure(record, "426亿元").Metric);
        Assert.Equal("gdp", Figure(record, "426亿元").Indicator);
        Assert.Equal("地区生产总值", Figure(record, "7%").Metric);
    }

    [Fact]
    public void AnAmountRightAfterInvestingIsTheInvestmentWhateverItBuilds()
    {
        var record = Run("这家企业去年在匈牙利投资1.5亿欧元建设电池工厂,可提供1200个当地就业机会。");
        Assert.Equal("投资", Figure(record, "1.5亿欧元").Metric);
        Assert.Equal("当地就业机会", Figure(record, "1200个").Metric);
        Assert.Equal("jobs", Figure(record, "1200个").Indicator);
    }

    [Fact]
    public void ACountCountsTheThingsAfterItWithTheirScale()
    {
        var record = Run("开发区已形成3个百亿级产业集群,全部投产后将带动4500人就业。");
        Assert.Equal("百亿级产业集群", Figure(record, "3个").Metric);
        Assert.Equal("就业", Figure(record, "4500人").Metric);
    }

    [Fact]
    public void ASizeWithoutAThingSizesTheThingDescribedAfterIt()
    {
        var record = Run("市里设立总规模达20亿元的科创母基金。");
        Assert.Equal("科创母基金规模", Figure(record, "20亿元").Metric);
        var named = Run("该基金规模达20亿元。");
        Assert.Equal("基金规模", Figure(named, "20亿元").Metric);
    }

    [Fact]
    public void AnIndustryBeforeAChangeNamesItselfWithTheMeasureCarriedToIt()
    {
        var record = Run("全县规模以上工业增加值同比增长7.2%。分门类看,采矿业下降2.5%,制造业增长8.3%。");
        Assert.Equal("采矿业规模以上工业增加值", Figure(record, "2.5%").Metric);
        Assert.Equal("制造业规模以上工业增加值", Figure(record, "8.3%").Metric);
        Assert.Equal("added_value", Figure(record, "8.3%").Indicator);
    }

    [Fact]
    public void AnIndustryAfterAnotherIndustrysAmountTakesOnlyItsMeasure()
    {
        var record = Run("去年全县制造业营业额2.4亿元,建筑业1.1亿元。");
        Assert.Equal("建筑业营业额", Figure(record, "1.1亿元").Metric);
        Assert.Equal("revenue", Figure(record, "1.1亿元").Indicator);
    }

    [Fact]
    public void AnAreaBeforeAnAmountSaysWhoseButACountOfAreasCountsThem()
    {
        var amounts = Run("新区实际利用外资4.5亿美元,增长12%;综合保税区2.1亿美元,增长30%。");
        Assert.Equal("实际利用外资", Figure(amounts, "2.1亿美元").Metric);
        Assert.Equal("实际利用外资", Figure(amounts, "30%").Metric);
        var count = Run("全省拥有的综合保税区增加到了12个。");
        Assert.Equal("综合保税区", Figure(count, "12个").Metric);
    }

    [Fact]
    public void AnAmountAfterAPlanWordIsThePlanTheLevelBeforeItIsCompletedAgainst()
    {
        var record = Run("前三季度,全县完成工业投资18亿元,完成全年计划24亿元的75%,同比增长9.4%。");
        Assert.Equal("工业投资", Figure(record, "18亿元").Metric);
        Assert.Equal("工业投资全年计划", Figure(record, "24亿元").Metric);
        Assert.True(Figure(record, "24亿元").Target);
        Assert.Equal("全年计划完成率", Figure(record, "75%").Metric);
        Assert.Equal("工业投资", Figure(record, "9.4%").Metric);
        // A plan word with no level before it in the sentence leaves the reading as it was.
        var alone = Run("今年全县年度目标任务为30亿元。");
        Assert.NotEqual("-", Figure(alone, "30亿元").Metric ?? "-");
        Assert.False(Figure(alone, "30亿元").Metric?.EndsWith("完成率"));
    }

    [Fact]
    public void AShareListedAfterAnotherWithOnlyItsWholeSharesThePart()
    {
        var record = Run("该区共有高新技术企业420家,占全市37%、全省8%。");
        Assert.Equal("高新技术企业占全市比重", Figure(record, "37%").Metric);
        Assert.Equal("高新技术企业占全省比重", Figure(record, "8%").Metric);
        Assert.Equal("全省", Figure(record, "8%").ShareOf);
    }

    [Fact]
    public void ACountCountsANounAfterAWordTheSegmenterReadsAsAName()
    {
        var record = Run("截至目前,全区45个续建项目已全部复工。");
        Assert.Equal("续建项目", Figure(record, "45个").Metric);
    }

    [Fact]
    public void AnIndustryAfterAnotherIndustrysChangeTakesTheMeasureOfTheParagraph()
    {
        var record = Run("按產業看:(1)精密儀器成長9.5%,主因設備廠商營收增加;(2)光電產業衰退3.2%,主因面板需求下滑。");
        Assert.Equal("光電產業營收", Figure(record, "3.2%").Metric);
    }
}
