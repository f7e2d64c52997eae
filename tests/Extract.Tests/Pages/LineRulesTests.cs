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
    [InlineData("接入数据超12.4亿条", false)]
    [InlineData("2023年园区工业投资增长26.8%", false)]
    public void DetectsPullQuotes(string line, bool pullQuote) => Assert.Equal(pullQuote, LineRules.IsPullQuote(F(line)));

    [Theory]
    [InlineData("高新区绿色发展④", true)]
    [InlineData("园区创新巡礼（三）", true)]
    [InlineData("创新资源不断集聚", false)]
    public void DetectsSeriesTags(string line, bool series) => Assert.Equal(series, LineRules.IsSeriesTag(F(line)));

    [Theory]
    [InlineData("优化服务环境，推动数字产业集聚", true)]
    [InlineData("某某高新区：“三链协同” 打造智造新城", true)]
    [InlineData("“不负韶华 国聘行动”", true)]
    [InlineData("王某强调,园区要主动对接国家重大需", true)] // heading-like alone; its next line decides
    [InlineData("会后,调研组先后走访了甲市高新区、乙市经开区,", false)]
    [InlineData("“作为国内领先的光伏组件供", false)]
    [InlineData("据悉，该项目计划投资约25亿元。", false)]
    [InlineData("《园区绿色发展专项资金实施细则》、", false)]
    public void TellsHeadingLikeLines(string line, bool heading) => Assert.Equal(heading, LineRules.IsHeadingLike(F(line)));

    [Theory]
    [InlineData("标。按照计划，各园区需于年底前完成编制。", true)]
    [InlineData("绍，按照建设方案安排", true)]
    [InlineData("名第三、人才集聚单项排名第五。", true)]
    [InlineData("份有限公司是园区数字化改造的样板。", true)]
    [InlineData("近日，园区举办了一场招聘会。", false)]
    [InlineData("据了解，该基地计划年内投产。", false)]
    [InlineData("“明年，我们还会扩大产能。”", false)]
    [InlineData("上半年，示范区新签约项目18个，总投资超过40亿元。", false)]
    [InlineData("前三季度，园区技工贸总收入同比增长12%。", false)]
    [InlineData("当天，两家企业在现场签署了合作协议。", false)]
    [InlineData("半年，园区新增规上企业9家。", true)]
    public void TellsLinesThatStartMidSentence(string line, bool mid) => Assert.Equal(mid, LineRules.StartsMidSentence(F(line)));

    [Theory]
    [InlineData("当天，开幕式现场共签约项目12个。", true)]
    [InlineData("此外，示范区还将新建两个孵化器。", true)]
    [InlineData("当天的签约仪式上，12个项目落地。", false)]
    [InlineData("3月2日，某高新区举行项目签约仪式。", false)]
    [InlineData("同时推进的还有三座标准厂房。", false)]
    public void TellsParagraphsThatPointBack(string line, bool back) => Assert.Equal(back, LineRules.OpensWithBackReference(F(line)));

    [Fact]
    public void SeesACompanyNameCutByTheColumn() =>
        Assert.True(LineRules.JoinsAcrossBreak("园区内企业某某科技股", "份有限公司是一个典型。"));

    [Theory]
    [InlineData("2024年第9期(总第301期) 2024年9月10日", true)]
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

    [Theory]
    [InlineData("2024-06-12 10:30:15 来源：某某网", true)]
    [InlineData("发布时间：2024-06-12 来源：某某日报", true)]
    [InlineData("责任编辑：甲某", true)]
    [InlineData("某某网 2024-06-12", true)]
    [InlineData("2024年6月12日 星期三 某某日报", true)]
    [InlineData("2024年中关村论坛开幕", false)]
    [InlineData("来源于园区的创新活力", false)]
    [InlineData("2024年6月12日，园区举办开放日活动，吸引了众多企业参加。", false)]
    public void RecognisesWebSourceLines(string line, bool expected) =>
        Assert.Equal(expected, LineRules.IsSourceLine(TextNormalizer.Fold(line)));
}
