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
}
