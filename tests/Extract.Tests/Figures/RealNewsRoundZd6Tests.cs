using Pipeline.Extract.Dates;
using Pipeline.Extract.Enterprises;
using Pipeline.Extract.Figures;
using Pipeline.Extract.Model;
using Pipeline.Extract.Pages;
using Pipeline.Extract.Pipeline;
using Pipeline.Extract.Tests.PeerSuites;
using Pipeline.Extract.Zones;

namespace Pipeline.Extract.Tests.Figures;

/// <summary>Round zd6 (issue #13): classes of misses counted over every development set, each tested here on sentences
/// written for the test — a count read as a company's name, tenths with a hundredth (九成五), counters a saved page
/// prints, a stock code opening a bracket, capacities listed in a project's name, a fiscal year, a zone's second title
/// in brackets, and the page year a 截至 month gives.</summary>
public class RealNewsRoundZd6Tests
{
    private static string[] Texts(string body) => PeerHarness.Figures(body).Select(f => f.Text).ToArray();

    private static ArticleRecord Extract(string body)
    {
        var document = new ArticleDocument(new ArticleRecord { Title = "标题", Body = body }, PublicationDate.TryParse("2024-06-01"));
        IStage[] stages = { new ZoneStage(), new EnterpriseStage(), new DateStage(), new FigureStage() };
        foreach (var stage in stages) stage.Annotate(document);
        foreach (var stage in stages) stage.Project(document);
        return document.Record;
    }

    [Theory]
    [InlineData("基地建成后，预计入驻企业80家以上，带动就业千人。", "80家以上")]
    [InlineData("首期入驻企业20余家，均已投产。", "20余家")]
    public void ACountAfterACompanyWordIsAFigureNotACompany(string body, string figure)
    {
        var record = Extract(body);
        Assert.Contains(record.Figures, f => f.Text == figure);
        Assert.DoesNotContain(record.Enterprises, e => e.Name.Any(char.IsAsciiDigit));
    }

    [Theory]
    [InlineData("受访企业中约八成五看好下半年。", 85)]
    [InlineData("回流企业约九成五都已开工。", 95)]
    [InlineData("园区企业7成5以上实现盈利。", 75)]
    public void ADigitAfterTenthsIsTheNextTenthDown(string body, decimal percent) =>
        Assert.Contains(PeerHarness.Figures(body), f => f.Value == percent && f.Unit == "%");

    [Theory]
    [InlineData("今年新增三成五家企业落户。")]
    [InlineData("约八成 四家企业来自本省。")]
    public void ADigitThatCountsSomethingElseIsNoHundredth(string body) =>
        Assert.DoesNotContain(PeerHarness.Figures(body), f => f.Value is 35 or 84);

    [Theory]
    [InlineData("今年起重机械进驻12席展位。", "12席")]
    [InlineData("本季度共出让商住用地6幅。", "6幅")]
    [InlineData("审议会通过海外投资11案。", "11案")]
    public void SeatsPlotsAndCasesAreCounts(string body, string figure) => Assert.Equal(new[] { figure }, Texts(body));

    [Theory]
    [InlineData("2024-05-08\n352\n园区新增企业9家。")]
    [InlineData("2024年05月08日 09:12:40 要闻 2710\n园区新增企业9家。")]
    [InlineData("12瀏覽 評論3條\n\n园区新增企业9家。")]
    public void CountersASavedPagePrintsAreNoFigures(string body) => Assert.Equal(new[] { "9家" }, Texts(body));

    [Fact]
    public void ASixDigitCodeOpeningABracketIsAStockCode() =>
        Assert.Equal(new[] { "6.18元", "2.4亿元" }, Texts("某某股份(301234,收盘价6.18元)公告,拟投资2.4亿元扩产。"));

    [Fact]
    public void CapacitiesListedInAProjectNameAreNoFigures() =>
        Assert.Equal(new[] { "12亿元" }, Texts("签约年产8万吨锂电材料、600吨电解液和3万吨隔膜项目,总投资12亿元。"));

    [Fact]
    public void AFiscalYearAndAYearsPeriodEndAreDates()
    {
        var dates = PeerHarness.Dates("在2022财年,集团营收增长。2023年期末,公司总资产增至80亿元。", "2024-06-01");
        Assert.Equal(new[] { "2022", "2023-12" }, dates.Select(d => d.Value));
    }

    [Fact]
    public void AZoneWordInBracketsAfterAZoneIsItsSecondTitle()
    {
        var zone = Assert.Single(Extract("甲城高新区(经开区)新签约项目9个,经开区管委会表示将加快建设。").Zones);
        Assert.Equal(3, zone.Mentions.Count);
    }

    [Fact]
    public void AsOfAMonthAndTodaysMonthsAgreeOnThePageYear() =>
        Assert.Equal("2023", PageDates.Infer(new[] { "2023年,园区获批国家级平台。截至2023年9月,园区企业共40家,今年1—9月税收增长5%。" }));

    [Theory]
    [InlineData("經濟部表示,申請案須於10/15前送件,受理至11/30止。", "2024-10-15", "2024-11-30")]
    [InlineData("(資料來源:經濟部工業局6/12)", "2024-06-12", null)]
    public void InATaiwanTextASlashedMonthAndDayIsADay(string body, string first, string? second)
    {
        var values = RecordDatesOf(body).Select(d => d.Value).ToList();
        Assert.Equal(second == null ? new[] { first } : new[] { first, second }, values);
    }

    [Theory]
    [InlineData("經濟部統計,外銷訂單約1/3來自美國。")]
    [InlineData("园区企业占全市的2/5。")]
    public void AFractionIsNoSlashedDay(string body) => Assert.Empty(RecordDatesOf(body));

    private static List<DateEntity> RecordDatesOf(string body) => PeerHarness.RecordDates(body, "2024-06-20");

    [Fact]
    public void AByLineOpenedByAnEightDigitDateDatesThePage() =>
        Assert.Equal("2023-11-02", PageDates.LeadDate("20231102文/某某某"));

    [Theory]
    [InlineData("集團截至二零二四年六月三十日止六個月內,營業額為港幣十二億元。", "十二億元")]
    [InlineData("截至2024年6月30日止6个月,公司收入3.2亿元。", "3.2亿元")]
    public void TheMonthsAReportCoversAreItsPeriodNotAFigure(string body, string only) => Assert.Equal(new[] { only }, Texts(body));

    [Fact]
    public void AnAmountOfMoneyBeforeJiIsASizeClass() =>
        Assert.Equal(new[] { "8个", "20亿元" }, Texts("新签约50亿元级项目8个,总投资20亿元。"));

    [Fact]
    public void AZoneNamedAfterQianshenIsTheFormerNameOfTheZoneBeforeIt()
    {
        var zone = Assert.Single(Extract("2001年,乙城经开区的前身——甲县经济开发区获批设立。").Zones);
        Assert.Equal(2, zone.Mentions.Count);
    }
}
