using Pipeline.Extract.Model;
using Pipeline.Extract.Pages;
using Pipeline.Extract.Pipeline;
using Pipeline.Extract.Tests.PeerSuites;

namespace Pipeline.Extract.Tests;

public class PublicationDateTests
{
    [Theory]
    [InlineData("2022-08-15", 2022, 8, 15)]
    [InlineData("2021-07", 2021, 7, null)]
    [InlineData("2021", 2021, null, null)]
    [InlineData("2021-02-30", 2021, 2, null)]
    public void ParsesAsPreciseAsGiven(string iso, int y, int? m, int? d)
    {
        Assert.Equal(new PublicationDate(y, m, d), PublicationDate.TryParse(iso));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("yesterday")]
    public void RejectsWhatIsNotADate(string? iso) => Assert.Null(PublicationDate.TryParse(iso));

    [Fact]
    public void PrintsBackAsIso() => Assert.Equal("2021-07", new PublicationDate(2021, 7).ToString());
}

/// <summary>Which of the dates a page prints is its publication date: a labelled publication line over a site's clock,
/// the text's reported years over a clock that is older, a news serial's day in a printed address.</summary>
public class PublicationDateChoiceTests
{
    private static PageLayout Read(string text) =>
        PageReader.Read(new SourceDocument
            { Source = "page.txt", Kind = DocumentKind.PageText, Text = text });

    [Fact]
    public void A_labelled_publication_line_beats_the_sites_clock_above_it()
    {
        var layout = Read("""
            某某日报网
            2026年03月17日 星期二
            首页 > 园区新闻 > 正文
            某某高新区一季度新签约项目12个
            发布时间:2019-04-08 09:12:30  来源:某某日报
            4月3日，记者从某某高新区获悉，今年一季度该区新签约项目12个，总投资56亿元，同比增长两成。
            """);
        Assert.Equal("2019-04-08", layout.Published);
    }

    [Fact]
    public void A_clock_older_than_the_years_the_text_reports_is_not_the_pages_date()
    {
        var layout = Read("""
            2019-06-02 10:00:00 星期日
            首页 > 图片新闻
            某开发区召开2022年经济工作会议
            3月2日，某开发区召开2022年经济工作会议。会议指出，2021年，全区实现地区生产总值310亿元，同比增长8%。
            """);
        Assert.Equal("2022", layout.Published);
    }

    [Fact]
    public void A_dated_line_with_its_weekday_stays_the_pages_date_when_nothing_contradicts_it()
    {
        var layout = Read("""
            2024年6月12日 星期三
            某某园区上半年新增企业300家
            记者日前从某某园区获悉，2023年园区共新增企业520家，今年以来新增企业300家。
            """);
        Assert.Equal("2024-06-12", layout.Published);
    }

    [Theory]
    [InlineData("2025年04月22日 星期二", true)]
    [InlineData("2023-11-05 11:00:00 星期日", true)]
    [InlineData("今天是2026年1月5日 星期一", true)]
    [InlineData("科技日报 2024年6月18日 星期二 第7版", false)] // a paper's issue line names the paper
    [InlineData("发布时间:2019-04-08 09:12:30", false)]
    public void Tells_a_sites_clock(string line, bool clock) => Assert.Equal(clock, PageDates.IsClockLine(line));

    [Theory]
    [InlineData("发布时间:2019-04-08 09:12:30  来源:某某日报", true)]
    [InlineData("时间:2024-12-04    来源:某某电讯", true)]
    [InlineData("来源:某某网 日期:2021-05-06", true)]
    [InlineData("2025年04月22日 星期二", false)]
    [InlineData("某某日报 2024-06-12", false)]
    public void Tells_a_labelled_publication_line(string line, bool labelled) =>
        Assert.Equal(labelled, LineRules.HasPublicationDateLabel(line));

    [Theory]
    [InlineData("http://www.example.com/realtimenews/20190311001234-260405", "2019-03-11")]
    [InlineData("https://www.example.com.tw/news/afe/202103150098.aspx", "2021-03-15")]
    [InlineData("https://www.example.com/article/2087654321.html", null)] // a plain number, not a day
    [InlineData("https://www.example.com/a/20251129/14737.html", "2025-11-29")]
    [InlineData("https://www.example.com/news/mm/1660109-20211103.htm", "2021-11-03")]
    [InlineData("https://www.example.com/news/report_20230615.html", "2023-06-15")]
    [InlineData("https://www.example.com/news/item-20231345.html", null)] // no such day
    [InlineData("https://www.example.com/news/12-20211103.htm", "2021-11-03")]
    [InlineData("https://www.example.com/news/v2-202111031234.htm", null)] // a longer number
    public void Reads_the_day_a_news_serial_opens_with(string url, string? iso) => Assert.Equal(iso, PageDates.FromUrl(url));
}

/// <summary>A bare day after a name in quotes (“…论坛”15日在京开幕): the day the named event or body acted,
/// resolved against the publication date.</summary>
public class QuotedNameBareDayTests
{
    [Theory]
    [InlineData("“中关村创新合作论坛”15日在京开幕,来自各地的园区代表参会。", "15日", "2024-03-15")]
    [InlineData("「產業園區轉型座談會」12日在台中舉行,多家廠商與會。", "12日", "2024-03-12")]
    public void ABareDayAfterAQuotedNameIsADate(string body, string text, string value) =>
        Assert.Contains(PeerHarness.Dates(body, "2024-03-18"), d => d.Text == text && d.Value == value);

    [Fact]
    public void AQuotedNameThenACountIsNoDate() =>
        Assert.DoesNotContain(PeerHarness.Dates("打造“一刻钟服务圈”,15日内办结审批。", "2024-03-18"), d => d.Text == "15日");
}
