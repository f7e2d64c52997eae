using Pipeline.Extract.Pages;

namespace Pipeline.Extract.Tests.Pages;

public class RejoinTests
{
    [Theory]
    [InlineData("在国家高新区率先实现联合国可持续发展议程、碳达峰等目", "标。根据规划,各园区需完成编制。", true)] // cut mid-word
    [InlineData("会前,一行人走访了苏州工业园区、常熟高新区,", "对10余家企业进行了调研。", true)] // ends mid-clause
    [InlineData("柳某某与内蒙古某某稀土应用技术开发", "有限公司达成战略合作。", true)] // a company name cut
    [InlineData("会议以网络形式举行,多名创业青年在线参加,累计浏览", "量超过 8000 人次。", true)] // a full column line
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
