using Pipeline.Extract.Model;
using Pipeline.Extract.Pages;
using Pipeline.Extract.Text;

namespace Pipeline.Extract.Tests.Pages;

public class BylinesTests
{
    private static string Roles(IEnumerable<Author> authors) => string.Join(" ", authors.Select(a => $"{a.Role}:{a.Name}"));

    [Theory]
    [InlineData("◎本报记者 王小明 通讯员 赵一", "本报记者:王小明 通讯员:赵一")]
    [InlineData("▶ 本报记者 孙立", "本报记者:孙立")]
    [InlineData("◎本报记者 王大 钱二 通讯员 周三", "本报记者:王大 本报记者:钱二 通讯员:周三")]
    [InlineData("◎林晓 本报记者 马骏", ":林晓 本报记者:马骏")]
    [InlineData("通讯员 徐某某", "通讯员:徐某某")]
    [InlineData("◎实习记者 何一 实习生 郑二", "实习记者:何一 实习生:郑二")]
    [InlineData("◎本報記者 陳立 通訊員 黃敏", "本报记者:陳立 通讯员:黃敏")]
    [InlineData("◎本报记者\u3000马\u3000骏", "本报记者:马骏")]
    [InlineData("◎本報記者　鄭　雯　通訊員　林曉峰", "本报记者:鄭雯 通讯员:林曉峰")]
    [InlineData("◎本报记者 李 强 王 芳", "本报记者:李强 本报记者:王芳")]
    [InlineData("（记者 王小明 刘大伟）", "记者:王小明 记者:刘大伟")]
    [InlineData("(通讯员 周某)", "通讯员:周某")]
    public void ParsesBylineLines(string line, string expected)
    {
        Assert.True(Bylines.TryParseBylineLine(line, TextNormalizer.Fold(line), out var authors));
        Assert.Equal(expected, Roles(authors));
    }

    [Theory]
    [InlineData("记者了解到，甲市高新区即将启用新平台。")]
    [InlineData("本报记者近日走访了园区")]
    [InlineData("创新资源不断集聚")]
    [InlineData("◎本报记者")]
    [InlineData("◎本报记者 李 强 王")]
    [InlineData("（图片由园区提供）")]
    [InlineData("(王小明 刘大伟)")]
    [InlineData("（下转第3版）")]
    public void LeavesOtherLinesAlone(string line) =>
        Assert.False(Bylines.TryParseBylineLine(line, TextNormalizer.Fold(line), out _));

    [Theory]
    [InlineData("科技日报讯（记者王某）4月3日，记者获悉……", "记者:王某", "4月3日")]
    [InlineData("科技日报讯(李甲 陈乙)6月25日,园区举办开放日。", ":李甲 :陈乙", "6月25日")]
    [InlineData("新华社合肥5月8日电（记者 刘某）记者8日从……", "记者:刘某", "记者8日")]
    public void ParsesDatelines(string paragraph, string expected, string bodyStart)
    {
        Assert.True(Bylines.TryParseDateline(paragraph, TextNormalizer.Fold(paragraph), out var authors, out var length));
        Assert.Equal(expected, Roles(authors));
        Assert.StartsWith(bodyStart, paragraph[length..]);
    }

    [Fact]
    public void ParsesCreditLinesWithOrganisationAndPeople()
    {
        const string line = "(供稿:省科技厅火炬办 李某某 王某)";
        Assert.True(Bylines.TryParseCreditLine(line, TextNormalizer.Fold(line), out var authors));
        Assert.Equal("供稿:省科技厅火炬办 供稿:李某某 供稿:王某", Roles(authors));
    }

    [Fact]
    public void SplitsACreditOffTheLastParagraph()
    {
        const string line = "将把这面旗帜举得更高。 （供稿：某某高新区）";
        Assert.True(Bylines.TryParseTrailingCredit(line, TextNormalizer.Fold(line), out var authors, out var bodyLength));
        Assert.Equal("供稿:某某高新区", Roles(authors));
        Assert.Equal("将把这面旗帜举得更高。", line[..bodyLength]);
    }

    [Theory]
    [InlineData("[责任编辑:周小川 ]", "责任编辑:周小川")]
    [InlineData("【编辑：吴一 郑二】", "编辑:吴一 编辑:郑二")]
    public void ReadsCreditsInSquareBrackets(string line, string expected)
    {
        Assert.True(Bylines.TryParseCreditLine(line, TextNormalizer.Fold(line), out var authors));
        Assert.Equal(expected, Roles(authors));
    }

    [Theory]
    [InlineData("冯一凡、陈晓", true)]
    [InlineData("王五、赵六、孙七", true)]
    [InlineData("高新区、经开区联合招商", false)]
    [InlineData("张三", false)]
    public void ReadsReportersNamesAlone(string line, bool isList) =>
        Assert.Equal(isList, Bylines.TryParseNameList(line, TextNormalizer.Fold(line), out _));

    [Theory]
    [InlineData("記者林小東／高雄報導", "记者:林小東")]
    [InlineData("【記者蔡一、何二／綜合報導】", "记者:蔡一 记者:何二")]
    [InlineData("文／周大衛", "文:周大衛")]
    [InlineData("撰文：鄭小芬", "撰文:鄭小芬")]
    [InlineData("文、圖／吳阿土", "图文:吳阿土")]
    [InlineData("文/记者 冯某某", "记者:冯某某")]
    [InlineData("〔記者林小東／高雄報導〕", "记者:林小東")]
    [InlineData("聯合報／記者林小東／高雄即時報導", "记者:林小東")]
    [InlineData("本報訊", "")]
    [InlineData("【星島專訊】", "")]
    public void ParsesBylinesWithSlashOrPlace(string line, string expected)
    {
        Assert.True(Bylines.TryParseMarkedByline(line, TextNormalizer.Fold(line), out var authors));
        Assert.Equal(expected, Roles(authors));
    }

    [Theory]
    [InlineData("1/3的企业来自外地")]
    [InlineData("文化/旅游融合发展")]
    [InlineData("甲市高新区/乙市经开区联合报导会")]
    [InlineData("本报讯园区今年产值增长")]
    public void LeavesSlashedHeadlinesAlone(string line) =>
        Assert.False(Bylines.TryParseMarkedByline(line, TextNormalizer.Fold(line), out _));

    [Theory]
    [InlineData("中央社記者方小雯台北3日電）經濟部今天表示……", "记者:方小雯", "經濟部")]
    [InlineData("（中央社記者孔一、甘大偉新竹3日電）園區廠商……", "记者:孔一 记者:甘大偉", "園區")]
    [InlineData("人民网上海7月2日电 张江科学城今天……", "", "张江")]
    [InlineData("中新网成都7月2日电 (记者 邱某)园区今天……", "记者:邱某", "园区")]
    [InlineData("本报讯（记者 马某）园区今天……", "记者:马某", "园区")]
    [InlineData("本报讯 园区今天……", "", "园区")]
    [InlineData("新华社北京7月2日电（新华社记者 车某、马某）园区今天……", "新华社记者:车某 新华社记者:马某", "园区")]
    [InlineData("央视网消息（记者 韩某）：园区今天……", "记者:韩某", "园区")]
    [InlineData("（中央社記者石小文華盛頓2日專電）美國商務部……", "记者:石小文", "美國")]
    [InlineData("（中央社台北2日電）經濟部……", "", "經濟部")]
    [InlineData("【明報專訊】科學園昨日……", "", "科學園")]
    [InlineData("（香港中通社）特區政府今日……", "", "特區")]
    public void ParsesDatelinesOfOtherOutlets(string paragraph, string expected, string bodyStart)
    {
        Assert.True(Bylines.TryParseDateline(paragraph, TextNormalizer.Fold(paragraph), out var authors, out var length));
        Assert.Equal(expected, Roles(authors));
        Assert.StartsWith(bodyStart, paragraph[length..]);
    }

    [Theory]
    [InlineData("据新华社北京7月2日电，园区今天……")]
    [InlineData("6月12日电力公司检修完毕。")]
    [InlineData("（一）加快园区建设。")]
    public void LeavesQuotedOrNamelessOpeningsAlone(string paragraph) =>
        Assert.False(Bylines.TryParseDateline(paragraph, TextNormalizer.Fold(paragraph), out _, out _));
}
