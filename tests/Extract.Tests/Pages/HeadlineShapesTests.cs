using Pipeline.Extract.Model;
using Pipeline.Extract.Pages;
using Pipeline.Extract.Text;

namespace Pipeline.Extract.Tests.Pages;

/// <summary>Headlines printed over several lines, under a dashed kicker, beside their issuer or under a spaced-out
/// signature: the headline is the title, never the byline, kicker or issuer.</summary>
public class HeadlineShapesTests
{
    private static List<ArticleRecord> Read(string text) =>
        PageReader.Read(new SourceDocument { Source = "p.txt", Kind = DocumentKind.PageText, Text = text }).Articles;

    [Fact]
    public void ASpacedTwoCharacterByline_IsTheAuthorNotTheTitle()
    {
        var article = Assert.Single(Read("""
            甲市高新区：
            让每一家工厂都用上绿电

            ◎本报记者　林　涛

            甲市高新区今年新建屋顶光伏30兆瓦，覆盖企业120家。

            园区负责人介绍，明年还将新增储能项目5个。
            """));
        Assert.Equal("甲市高新区：让每一家工厂都用上绿电", article.Title);
        Assert.Equal("林涛", Assert.Single(article.Authors).Name);
    }

    [Fact]
    public void ADashedKicker_StaysAKickerAboveItsHeadline()
    {
        var article = Assert.Single(Read("""
            年度园区评价结果出炉——

            西部园区整体排名前移

            ◎本报记者 赵明远

            最新评价结果显示，西部地区园区整体排名上升。
            """));
        Assert.Equal("西部园区整体排名前移", article.Title);
        Assert.Equal("年度园区评价结果出炉", article.Kicker);
    }

    [Fact]
    public void ASpeakerLeadingIntoADash_IsNotAKicker() =>
        Assert.False(LineRules.IsDashedKicker("他笑着表示——"));

    [Fact]
    public void AHeadlineWhoseSubjectEndsTheFirstLine_IsOneTitle()
    {
        var article = Assert.Single(Read("""
            芯片企业扎堆，乙市高新区
            建起“芯片一条街”

            ◎本报记者 孙海燕

            乙市高新区的芯片企业已超过200家。
            """));
        Assert.Equal("芯片企业扎堆，乙市高新区建起“芯片一条街”", article.Title);
        Assert.Null(article.Kicker);
    }

    [Fact]
    public void AKickerEndingInAWholeClause_StaysAKicker()
    {
        var article = Assert.Single(Read("""
            芯片企业扎堆，产值一年翻番
            乙市高新区建起“芯片一条街”

            ◎本报记者 孙海燕

            乙市高新区的芯片企业已超过200家。
            """));
        Assert.Equal("乙市高新区建起“芯片一条街”", article.Title);
        Assert.Equal("芯片企业扎堆，产值一年翻番", article.Kicker);
    }

    [Fact]
    public void TheIssuerUnderADocumentsHeadline_IsNotTheTitle()
    {
        var article = Assert.Single(Read("""
            丙市高新区2024年三季度重点项目签约公告

            （丙市高新区管委会经济发展局　2024年9月30日发布）

            9月28日，丙市高新区三季度重点项目集中签约，共签约项目12个。
            """));
        Assert.Equal("丙市高新区2024年三季度重点项目签约公告", article.Title);
    }

    [Theory]
    [InlineData("丁省科学技术厅", true)]
    [InlineData("丁市高新区管委会", true)]
    [InlineData("（2024年2月27日）", true)]
    [InlineData("高新区发展开新局", false)]
    [InlineData("科技创新谋新布局", false)]
    [InlineData("园区绿色发展新格局", false)]
    public void RecognisesIssuerLines(string line, bool expected) =>
        Assert.Equal(expected, LineRules.IsIssuerLine(TextNormalizer.Fold(line)));

    [Fact]
    public void AReportersNotesColumn_IsNotABylineAndItsHeadlineIsTheTitle()
    {
        var articles = Read("""
            戊市园区储能产业加速成形

            ◎本报记者 周文斌

            戊市园区今年新增储能企业15家。

            記者手記

            綠色不是負擔

            在採訪中，不少企業負責人坦言，起初擔心成本上升。
            """);
        Assert.Equal(2, articles.Count);
        Assert.Equal("綠色不是負擔", articles[1].Title);
        Assert.Empty(articles[1].Authors);
    }
}
