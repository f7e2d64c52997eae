using Pipeline.Extract.Model;
using Pipeline.Extract.Pages;
using Pipeline.Extract.Text;
using Xunit;

namespace Pipeline.Extract.Tests.Pages;

/// <summary>Date lines, bylines and headlines of layouts other than the familiar newspaper page.</summary>
public class UnfamiliarLayoutTests
{
    [Theory]
    [InlineData("原创 某某科技发布 2023年5月9日 18:05 江苏", true)]
    [InlineData("深圳商报　2022年3月1日　B02　创新", true)]
    [InlineData("2021/10/08　工商时报　记者王大明／新竹报导", true)]
    [InlineData("2022年3月1日园区召开创新大会部署全年重点工作", false)]
    [InlineData("2022年3月1日，某某日报刊发园区创新报道", false)]
    [InlineData("园区于2022年3月1日发布新政，首批企业获得资助共计一千二百万元的扶持资金", false)]
    public void DateLinesOfMastheadsPostsAndBylines(string line, bool expected) =>
        Assert.Equal(expected, LineRules.IsSourceLine(TextNormalizer.Fold(line)));

    [Theory]
    [InlineData("杭州高新区：", true)]
    [InlineData("观察：", true)]
    [InlineData("他表示：", false)]
    [InlineData("主要数据：", false)]
    [InlineData("会上，负责人指出：", false)]
    public void FirstLinesOfTwoLineHeadlines(string line, bool expected) =>
        Assert.Equal(expected, LineRules.IsHeadlineLead(TextNormalizer.Fold(line)));

    [Theory]
    [InlineData("园区政策为何频频加码？", true)]
    [InlineData("产业链“链长制”真的管用吗？", true)]
    [InlineData("怎么办？", false)]
    [InlineData("他问，企业还能坚持多久？", false)]
    public void QuestionHeadlines(string line, bool expected) =>
        Assert.Equal(expected, LineRules.IsAskingHeadline(TextNormalizer.Fold(line)));

    [Theory]
    [InlineData("某市高新区2022年国民经济和社会发展统计公报", true)]
    [InlineData("关于开展2023年度科技型企业评价工作的通知", true)]
    [InlineData("科技日报", false)]
    [InlineData("园区动态简报", false)]
    public void DocumentTitles(string line, bool expected) =>
        Assert.Equal(expected, LineRules.IsDocumentTitle(TextNormalizer.Fold(line)));

    [Theory]
    [InlineData("浙江日报记者 王小明 通讯员 李四", "浙江日报记者:王小明 通讯员:李四")]
    [InlineData("南方日报特约记者 陈一", "南方日报特约记者:陈一")]
    public void BylinesWithThePapersName(string line, string expected)
    {
        Assert.True(Bylines.TryParseBylineLine(line, TextNormalizer.Fold(line), out var authors));
        Assert.Equal(expected, string.Join(" ", authors.Select(a => $"{a.Role}:{a.Name}")));
    }

    [Theory]
    [InlineData("■行业观察")]
    [InlineData("■汇率")]
    [InlineData("浙江日报")]
    public void SectionNamesAfterABoxAreNotBylines(string line) =>
        Assert.False(Bylines.TryParseBylineLine(line, TextNormalizer.Fold(line), out _));

    [Fact]
    public void AYearsListAnnouncedDoesNotMoveThePageIntoTheNextYear() =>
        Assert.Equal("2021", PageDates.Infer(new[] { "省里日前公布2021年度“链主企业”名单，园区3家企业入选。" }));

    [Fact]
    public void AnAnnualReportStillDatesThePageAfterItsYear() =>
        Assert.Equal("2022", PageDates.Infer(new[] { "公司披露2021年度报告，营收增长两成。" }));

    [Fact]
    public void AForecastEarlierInTheSentenceIsNotThePagesYear() =>
        Assert.Equal("2022", PageDates.Infer(new[] { "2022年上半年产值增长9%。公司预计，新产线于2025年第二季投产后每年新增产值30亿元。" }));

    [Fact]
    public void AYearNamedAsTheSubjectBesideThisYearIsThisYear() =>
        Assert.Equal("2023", PageDates.Infer(new[] { "2023年是园区成立三十周年，今年园区新增高新技术企业120家。" }));

    [Fact]
    public void AYearReportedBesideThisYearIsLastYear() =>
        Assert.Equal("2024", PageDates.Infer(new[] { "2023年全区实现产值800亿元，今年1至5月又增长12%。" }));

    [Fact]
    public void AnIssueLineWithoutADateTakesItFromTheEditorsLine()
    {
        var layout = PageReader.Read(new SourceDocument
        {
            Source = "n.txt",
            Kind = DocumentKind.PageText,
            Text = "某某高新区工作简报\n2023年第12期\n某某高新区管委会办公室编 2023年6月30日\n园区上半年新签约项目30个\n园区上半年新签约项目30个，总投资约120亿元。\n",
        });
        Assert.Equal("2023-06-30", layout.Published);
        Assert.False(layout.PublishedInferred);
        Assert.Equal("园区上半年新签约项目30个", Assert.Single(layout.Articles).Title);
    }

    [Fact]
    public void AMastheadDateWinsOverYearsInTheText()
    {
        var layout = PageReader.Read(new SourceDocument
        {
            Source = "m.txt",
            Kind = DocumentKind.PageText,
            Text = "某某经济日报　2021年6月2日　A08　产经\n园区新能源产业加速集聚\n记者 王小明\n园区2022年规划投产一批项目，今年1至5月新签约项目23个。\n",
        });
        Assert.Equal("2021-06-02", layout.Published);
        Assert.False(layout.PublishedInferred);
        Assert.Equal("园区新能源产业加速集聚", Assert.Single(layout.Articles).Title);
    }

    [Fact]
    public void AWireRoundupUnderOneHeadlineIsOneArticle()
    {
        var layout = PageReader.Read(new SourceDocument
        {
            Source = "w.txt",
            Kind = DocumentKind.PageText,
            Text = "多地高新区一季度开门红\n新华社甲市4月9日电（记者 王一）甲市高新区一季度产值增长一成。\n新华社乙市4月8日电（记者 李二）乙市高新区一季度新签项目12个。\n",
        });
        var article = Assert.Single(layout.Articles);
        Assert.Equal("多地高新区一季度开门红", article.Title);
        Assert.Equal(new[] { "王一", "李二" }, article.Authors.Select(a => a.Name));
    }

    [Fact]
    public void APostsHeadlineAboveItsStampIsTheHeadline()
    {
        var layout = PageReader.Read(new SourceDocument
        {
            Source = "p.txt",
            Kind = DocumentKind.PageText,
            Text = "好消息！园区又添新地标了\n原创 某某园区发布 2023年5月9日 18:05 江苏\n园区科创大厦今天正式启用，首批入驻企业40家。\n",
        });
        Assert.Equal("2023-05-09", layout.Published);
        Assert.Equal("好消息！园区又添新地标了", Assert.Single(layout.Articles).Title);
    }
}
