using Pipeline.Extract.Pages;

namespace Pipeline.Extract.Tests.Pages;

public class RejoinTests
{
    [Theory]
    [InlineData("园区提出率先建成绿色低碳示范园区和零碳工厂等目", "标。按照计划,各企业需完成改造。", true)] // cut mid-word
    [InlineData("会后,调研组先后走访了甲市高新区、乙市经开区,", "对20余家企业开展了座谈。", true)] // ends mid-clause
    [InlineData("王某某与甲市某某新材料技术开发", "有限公司达成战略合作。", true)] // a company name cut
    [InlineData("活动采用线上直播方式,吸引了众多求职者参与,累计观看", "人数超过 5000 人次。", true)] // a full column line
    [InlineData("近日,园区举办招聘会。", "目前,已有300家企业报名。", false)] // a sentence ended
    [InlineData("“我们会继续努力。”", "他说,园区将加大支持。", false)]
    [InlineData("创新资源", "园区集聚各类研发机构。", false)] // too short to be a cut column line
    public void JoinsOnlyWhatTheColumnsCut(string head, string tail, bool joined) =>
        Assert.Equal(joined, ArticleDraft.BelongsTogether(head, tail));

    [Fact]
    public void SubheadingsAndNotesAreNeverJoined()
    {
        var lines = ArticleDraft.Rejoin(new[]
        {
            new Paragraph("编者按 本版推出系列报道", false, true),
            new Paragraph("园区把智能制造作为主攻方向,产值达到", false, false),
            new Paragraph("1500亿元。", false, false),
            new Paragraph("数字车间遍地开花", true, false),
            new Paragraph("园区企业加快改造。", false, false),
        }).ToList();
        Assert.Equal(new[] { "编者按 本版推出系列报道", "园区把智能制造作为主攻方向,产值达到1500亿元。", "数字车间遍地开花", "园区企业加快改造。" }, lines);
    }
}
