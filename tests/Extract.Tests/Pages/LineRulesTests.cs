using Pipeline.Extract.Pages;
using Pipeline.Extract.Text;

namespace Pipeline.Extract.Tests.Pages;

public class LineRulesTests
{
    private static string F(string s) => TextNormalizer.Fold(s);

    [Theory]
    [InlineData("受访单位供图", true)]
    [InlineData("视觉中国供图", true)]
    [InlineData("本报记者 王某摄", true)]
    [InlineData("新建成的光伏车棚。 本报记者 王某摄", true)]
    [InlineData("今年3月，首批50辆氢能公交投运。受访者供图", true)]
    [InlineData("图为园区新建成的智能制造车间。", true)]
    [InlineData("园区为企业提供了图书、设备等支持。", false)]
    [InlineData("他们拍摄了一部宣传片。", false)]
    public void DetectsCaptions(string line, bool caption) => Assert.Equal(caption, LineRules.IsCaption(F(line)));

    [Theory]
    [InlineData("200家", true)]
    [InlineData("70% 以上", true)]
    [InlineData("超 30亿元", true)]
    [InlineData("1.2万人", true)]
    [InlineData("汇聚数据超18.6亿条", false)]
    [InlineData("2022年规模以上工业增加值增长30.5%", false)]
    public void DetectsPullQuotes(string line, bool pullQuote) => Assert.Equal(pullQuote, LineRules.IsPullQuote(F(line)));

    [Theory]
    [InlineData("高新区绿色发展④", true)]
    [InlineData("园区创新巡礼（三）", true)]
    [InlineData("创新资源不断集聚", false)]
    public void DetectsSeriesTags(string line, bool series) => Assert.Equal(series, LineRules.IsSeriesTag(F(line)));

    [Theory]
    [InlineData("营造大环境，推动绿色低碳产业发展", true)]
    [InlineData("某某高新区：“两化融合” 构筑绿色产业高地", true)]
    [InlineData("“不负韶华 国聘行动”", true)]
    [InlineData("王某要求,园区要积极响应国家战略需", true)] // heading-like alone; its next line decides
    [InlineData("会前,一行人走访了苏州工业园区、常熟高新区,", false)]
    [InlineData("“作为新能源汽车动力电池材料供", false)]
    [InlineData("据悉，该项目总投资约40亿元。", false)]
    [InlineData("《循环经济发展专项资金管理暂行办法》、", false)]
    public void TellsHeadingLikeLines(string line, bool heading) => Assert.Equal(heading, LineRules.IsHeadingLike(F(line)));

    [Theory]
    [InlineData("标。根据规划，各园区需于今年8月底前完成编制。", true)]
    [InlineData("绍，根据发展规划要求", true)]
    [InlineData("名第一、创新能力单项排名第二。", true)]
    [InlineData("份有限公司是传统企业转型升级的一个典型。", true)]
    [InlineData("近日，园区举办了一场招聘会。", false)]
    [InlineData("据了解，该项目总投资约40亿元。", false)]
    [InlineData("“今年，我们将出台相关政策。”", false)]
    public void TellsLinesThatStartMidSentence(string line, bool mid) => Assert.Equal(mid, LineRules.StartsMidSentence(F(line)));

    [Fact]
    public void SeesACompanyNameCutByTheColumn() =>
        Assert.True(LineRules.JoinsAcrossBreak("园区内企业某某科技股", "份有限公司是一个典型。"));

    [Theory]
    [InlineData("2022年第13期(总第542期) 2022年8月15日", true)]
    [InlineData("2023年5月6日 星期六", true)]
    [InlineData("2021年，园区实现营业收入3000亿元。", false)]
    public void FindsIssueLines(string line, bool issue) => Assert.Equal(issue, LineRules.IsIssueLine(F(line)));
}

public class FigureContinuationTests
{
    [Theory]
    [InlineData("24%,创历史同期新高。", true)]
    [InlineData("2022年,园区实现营业收入3000亿元。", false)]
    [InlineData("10年来,园区坚持创新驱动。", false)]
    public void ARunOnFigureIsMidSentenceButADateIsNot(string line, bool mid) =>
        Assert.Equal(mid, LineRules.StartsMidSentence(TextNormalizer.Fold(line)));
}
