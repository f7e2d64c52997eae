using Pipeline.Extract.Model;
using Pipeline.Extract.Tests.PeerSuites;

namespace Pipeline.Extract.Tests.Dates;

/// <summary>How real news pages write dates: bare Republic years where the page dates in them, a day after a comma,
/// a copyright's years, a month range in a headline, years that name a list or a ceremony, a quarter that lies ahead,
/// a date after a word of Latin letters, and today repeating a dateline's day.</summary>
public class RealNewsDateTests
{
    private static List<DateEntity> Dates(string body, string? published = "2024-05-20") => PeerHarness.Dates(body, published);

    [Fact]
    public void BareRepublicYearsCountWhereThePageDatesInThem()
    {
        var dates = Dates("據統計,園區112年上半年營收創新高,112年總營收達3兆元,較111年成長5%。", "2024-02-10");
        Assert.Equal(new[] { "2023-01", "2023", "2022" }, dates.Select(d => d.Value));
    }

    [Theory]
    [InlineData("園區111年3月啟用,附近是有100年歷史的老街。")]
    [InlineData("今年是建党100年,园区举办活动。")]
    public void AThreeDigitCountOfYearsIsNoYear(string body) => Assert.DoesNotContain(Dates(body), d => d.Value is "2011");

    [Fact]
    public void ADayMayFollowTheOneWhoActedAndAComma() =>
        Assert.Equal("2023-04-18", Assert.Single(Dates("甲县,18日举行招商推介会。", "2023-04-20")).Value);

    [Theory]
    [InlineData("推出海岛,5日游线路。")]
    [InlineData("分两批,15日内完成。")]
    public void DaysAfterACommaThatCountAreNoDate(string body) => Assert.Empty(Dates(body, "2023-04-20"));

    [Theory]
    [InlineData("Copyright © 2003-2019 某某网 版权所有")]
    [InlineData("© 2003-2019 Example Inc. All Rights Reserved")]
    public void ACopyrightsYearsAreARange(string body)
    {
        var date = Assert.Single(Dates(body));
        Assert.Equal(("2003", "2019"), (date.Value, date.ValueEnd));
    }

    [Fact]
    public void AChineseMonthRangeMayRunIntoItsSentence()
    {
        var date = Assert.Single(Dates("一至九月全区工业产值增长8%", "2023-10-05"));
        Assert.Equal(("2023-01", "2023-09"), (date.Value, date.ValueEnd));
    }

    [Theory]
    [InlineData("两家企业入选2023年省级专精特新企业名录。")]
    [InlineData("园区举行2024年重点项目集中签约仪式。")]
    [InlineData("在此前举行的2022年全市科技创新成果专题发布会上,")]
    public void AYearNamingAListOrACeremonyIsNoDate(string body) => Assert.Empty(Dates(body));

    [Fact]
    public void AYearBeforeWhatWasDoneStaysADate() =>
        Assert.Equal("2023", Assert.Single(Dates("2023年举行签约仪式12场。")).Value);

    [Theory]
    [InlineData("新厂预计第2季度投产。", "2024-08-10", "2025-04")]   // the quarter is over: the next one is meant
    [InlineData("新厂预计第4季度投产。", "2024-08-10", "2024-10")]
    [InlineData("公司预计一季度净利润增长三成。", "2024-04-10", "2024-01")] // a forecast of a result, not an event
    public void AQuarterAheadOfAnEventLiesInTheComingYear(string body, string published, string value) =>
        Assert.Equal(value, Assert.Single(Dates(body, published)).Value);

    [Fact]
    public void ADateMayFollowAWordOfLatinLettersAfterASpace() =>
        Assert.Equal("2023-06-01", Assert.Single(Dates("来源 www.example.cn 2023年6月1日")).Value);

    [Fact]
    public void ADateGluedToLatinLettersIsPartOfACode() =>
        Assert.DoesNotContain(Dates("型号AB2023年6月上市"), d => d.Value.StartsWith("2023", StringComparison.Ordinal));

    [Fact]
    public void TodayAfterADatelineOfTheSameDayIsNoNewMention() =>
        Assert.Equal("2024-05-03", Assert.Single(Dates("(记者张三台北3日电)园区管理局今天表示,营收增长两成。", "2024-05-03")).Value);

    [Theory]
    [InlineData("园区新闻\n16日上午,园区召开经济运行分析会。", "2023-08-16")]
    [InlineData("9日,首批货物发往欧洲。", "2023-08-09")]
    public void AParagraphMayOpenWithTheDayAlone(string body, string value) =>
        Assert.Equal(value, Assert.Single(Dates(body, "2023-08-16")).Value);

    [Fact]
    public void ADayOpeningAListItemIsNoDate() => Assert.Empty(Dates("15日内完成审批。", "2023-08-16"));

    [Fact]
    public void ATaiwanDateLineInRepublicYearsIsADate() =>
        Assert.Equal("2019-08-31", Assert.Single(Dates("發布日期:108-08-31", "2019-08-31")).Value);

    [Fact]
    public void ASentenceMayOpenWithTheDayAlone() =>
        Assert.Equal(new[] { "2023-08-15", "2023-08-14" },
            Dates("8月15日晚,园区举行文艺晚会;14日晚间,项目签约。", "2023-08-16").Select(d => d.Value));

    [Theory]
    [InlineData("公司2022年Q4营收增长20%。", "2022-10", "2022-12")]
    [InlineData("公司2022年H1营收增长20%。", "2022-01", "2022-06")]
    [InlineData("Q3营收环比增长5%。", "2023-07", "2023-09")]
    public void QuartersAndHalvesMayBeWrittenQAndH(string body, string value, string end)
    {
        var date = Assert.Single(Dates(body, "2023-11-02"));
        Assert.Equal((value, end), (date.Value, date.ValueEnd));
    }

    [Theory]
    [InlineData("H1N1疫苗研发取得进展。")]
    [InlineData("新车型Q50上市。")]
    public void QAndHInsideCodesAreNoDates(string body) => Assert.Empty(Dates(body, "2023-11-02"));

    [Fact]
    public void ASentenceMayOpenWithARangeOfDays()
    {
        var date = Assert.Single(Dates("22日至24日,博览会在会展中心举办。", "2023-08-20"));
        Assert.Equal(("2023-08-22", "2023-08-24"), (date.Value, date.ValueEnd));
    }

    [Theory]
    [InlineData("本月初，二期工程完成封顶。")]
    [InlineData("上个月，园区新增注册企业40家。")]
    public void A_month_said_only_relative_to_the_publication_is_no_record_date(string body)
    {
        Assert.Empty(PeerHarness.RecordDates(body, "2024-05-20"));
        Assert.Single(Dates(body)); // still found and resolved: it dates the figures said of it
    }

    [Theory]
    [InlineData("管委会今天公布了一批扶持政策。", "2024-05-20")]
    [InlineData("昨天，首批设备运抵厂区。", "2024-05-19")]
    [InlineData("前日，双方在园区签署协议。", "2024-05-18")]
    [InlineData("代表团明早将赴新区考察。", "2024-05-21")]
    public void A_day_said_only_relative_to_the_publication_is_a_record_date(string body, string value) =>
        Assert.Equal(value, Assert.Single(PeerHarness.RecordDates(body, "2024-05-20")).Value);

    [Theory]
    [InlineData("本月9日，园区召开推进会。", "2024-05-09")]
    [InlineData("上月28日，项目通过验收。", "2024-04-28")]
    [InlineData("基金主席今天(21/5)宣布新措施。", "2024-05-21")]
    public void A_relative_day_with_its_day_number_stays_a_record_date(string body, string value) =>
        Assert.Equal(value, Assert.Single(PeerHarness.RecordDates(body, "2024-05-20")).Value);

    [Fact]
    public void A_figure_said_of_yesterday_takes_yesterday_as_its_period()
    {
        var figure = Assert.Single(PeerHarness.Figures("园区昨天签约项目12个。", "2024-05-20"));
        Assert.Equal("2024-05-19", figure.Period?.Value);
    }

    [Theory]
    [InlineData("竞得地块编号为市储2024-03号。")]
    [InlineData("依据园发2023-12號文件执行。")]
    public void A_year_and_number_before_hao_is_a_file_number(string body) => Assert.Empty(Dates(body));

    [Fact]
    public void A_year_and_month_before_other_words_stays_a_date() =>
        Assert.Equal("2024-03", Assert.Single(Dates("园区2024-03起执行新政。")).Value);

    [Theory]
    [InlineData("記者會於05/11/2024舉行。", "2024-11-05")]
    [InlineData("截止日期為28/2/2025,逾期不候。", "2025-02-28")]
    [InlineData("活动定于12/25/2024举行。", "2024-12-25")] // 25 is no month: month first
    public void A_numeric_date_with_its_year_last_is_read_day_first(string body, string value) =>
        Assert.Equal(value, Assert.Single(Dates(body)).Value);

    [Theory]
    [InlineData("编号12/31/20245")]               // a fifth digit: no year
    [InlineData("版本号1.2.20241")]
    [InlineData("日期31/2/2024有误。")]        // no 31 February
    public void A_day_first_date_must_be_a_calendar_day(string body) =>
        Assert.DoesNotContain(Dates(body), d => d.Granularity == "day");
}
