using Pipeline.Extract.Dates;
using Pipeline.Extract.Model;
using Pipeline.Extract.Pipeline;

namespace Pipeline.Extract.Tests.Dates;

public class DateStageTests
{
    private static List<DateEntity> Run(string body, string? published = "2022-08-15")
    {
        var document = new ArticleDocument(new ArticleRecord { Body = body }, PublicationDate.TryParse(published));
        var stage = new DateStage();
        stage.Annotate(document);
        stage.Project(document);
        return document.Record.Dates;
    }

    /// <summary>The stage reads a resolved day as <c>DateTime.TryParseExact(value, "yyyy-MM-dd")</c> did: the same
    /// answer for days, impossible days, years out of range, wrong widths, other digits and stray characters.</summary>
    [Theory]
    [InlineData("2022-08-15")]
    [InlineData("2024-02-29")]
    [InlineData("2023-02-29")]
    [InlineData("2022-04-31")]
    [InlineData("0000-01-01")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("2022-13-01")]
    [InlineData("2022-00-10")]
    [InlineData("2022-06-00")]
    [InlineData("2022-6-15")]
    [InlineData(" 2022-06-15")]
    [InlineData("2022-06-15 ")]
    [InlineData("2022/06/15")]
    [InlineData("２０２２-06-15")]
    [InlineData("2022-0６-15")]
    [InlineData("2022-06")]
    [InlineData("2022")]
    public void A_resolved_day_is_read_as_the_calendar_reads_it(string value)
    {
        var expected = DateTime.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None, out var day) ? new PublicationDate(day.Year, day.Month, day.Day) : null;
        Assert.Equal(expected, DateStage.IsoDay(value));
    }

    [Theory]
    [InlineData("2022年8月15日,会议召开。", "2022-08-15", null, "day", false)]
    [InlineData("8月12日,科技部召开会议。", "2022-08-12", null, "day", true)]
    [InlineData("自2017年6月国务院批准以来", "2017-06", null, "month", false)]
    [InlineData("2020年底,产值占比提高。", "2020-12", null, "month", false)]
    [InlineData("截至2021年年底,企业5450家", "2021-12", null, "month", false)]
    [InlineData("3月底,青岛高新区传来喜讯", "2022-03", null, "month", true)]
    [InlineData("4月初,记者获悉", "2022-04", null, "month", true)]
    [InlineData("在6月下旬举行的大会上", "2022-06", null, "month", true)]
    [InlineData("今年2月,雄川氢能推出新车", "2022-02", null, "month", true)]
    [InlineData("去年10月,发布平台", "2021-10", null, "month", true)]
    [InlineData("力争2030年前达到峰值", "2030", null, "year", false)]
    [InlineData("通报2021年度综合评价结果", "2021", null, "year", false)]
    [InlineData("2018-2020年,实现增加值", "2018", "2020", "year", false)]
    [InlineData("2018年至2020年,实现增加值", "2018", "2020", "year", false)]
    [InlineData("1-9月,营收增长", "2022-01", "2022-09", "month", true)]
    [InlineData("2021年1—9月,营收增长", "2021-01", "2021-09", "month", false)]
    [InlineData("会议于2022.8.15召开", "2022-08-15", null, "day", false)]
    [InlineData("发布于2022-08-15。", "2022-08-15", null, "day", false)]
    [InlineData("发布于2022/8/15。", "2022-08-15", null, "day", false)]
    [InlineData("2021年,国家高新区内企业", "2021", null, "year", false)]
    [InlineData("二〇二二年八月十五日", "2022-08-15", null, "day", false)]
    [InlineData("二〇二二年八月", "2022-08", null, "month", false)]
    [InlineData("8月12日至15日举行", "2022-08-12", "2022-08-15", "day", true)]
    [InlineData("２０２２年８月１５日", "2022-08-15", null, "day", false)]
    [InlineData("明年五月投产", "2023-05", null, "month", true)]
    [InlineData("十二月一号开业", "2022-12-01", null, "day", true)]
    [InlineData("2022年8月15号开业", "2022-08-15", null, "day", false)]
    [InlineData("今年4月底或5月初", "2022-04", null, "month", true)]
    public void ResolvesDates(string body, string value, string? end, string granularity, bool inferred)
    {
        var d = Run(body).First();
        Assert.Equal(value, d.Value);
        Assert.Equal(end, d.ValueEnd);
        Assert.Equal(granularity, d.Granularity);
        Assert.Equal(inferred, d.YearInferred);
    }

    [Theory]
    [InlineData("出台《碳达峰碳中和实施方案(2022-2030年)》")]
    [InlineData("举行的“2021碳达峰碳中和无锡峰会”")]
    [InlineData("当前正是2022届高校毕业生就业冲刺期")]
    [InlineData("“十四五”时期")]
    [InlineData("近日,日前,记者获悉")]
    [InlineData("今年以来,高新区加快发展")]
    [InlineData("年初,企业开工")]
    [InlineData("前年,公司上市")]                 // a relative year alone has no calendar value
    [InlineData("明年将投产")]
    [InlineData("今年年初,企业开工")]
    [InlineData("今日头条、乐道互动等企业")]      // a company, not a day
    [InlineData("目前天然气供应充足")]
    [InlineData("用时3个月完成施工")]
    [InlineData("10年来,深圳高新区遵循规律")]
    [InlineData("增长17.1%,提高3.5个百分点")]
    public void LeavesOutWhatIsNotADate(string body) => Assert.Empty(Run(body));

    [Theory]
    [InlineData("中国高新区通讯 2019年第8期(总第120期)")]          // an issue label
    [InlineData("落实联合国2030年可持续发展议程。")]              // a document's name
    [InlineData("2024年中国国际服务贸易交易会在北京开幕。")]      // an event's name
    [InlineData("出席2019年世界智能制造大会。")]
    public void AYearInsideANameIsNoDate(string body) => Assert.Empty(Run(body));

    [Theory]
    [InlineData("国务院印发2030年前碳达峰行动方案。", "2030")]     // 年前 makes it a time
    [InlineData("2021年举办首届数字经济大会。", "2021")]           // a clause, not a name
    [InlineData("2018年全区营业收入增长。", "2018")]                // no name word follows
    public void AYearBeforeAClauseStaysADate(string body, string value) => Assert.Equal(value, Assert.Single(Run(body)).Value);

    [Fact]
    public void TraditionalDatesResolveAndKeepTheirText()
    {
        var date = Assert.Single(Run("去年十月，東莞松山湖高新區舉辦會議。", "2023-04-01"));
        Assert.Equal("2022-10", date.Value);
        Assert.Equal("去年十月", date.Text);
    }

    [Fact]
    public void AMentionWithoutYearTakesTheYearItsSentenceNamed()
    {
        var dates = Run("2021年2月至4月,企业开工;6月,投产。", "2022-08-15");
        Assert.Equal("2021-02", dates[0].Value);
        Assert.Equal("2021-04", dates[0].ValueEnd);
        Assert.Equal("2022-06", dates[1].Value); // a new sentence falls back to the page's year
        Assert.True(dates[1].YearInferred);

        var same = Run("去年10月发布平台,12月上线。");
        Assert.Equal(new[] { "2021-10", "2021-12" }, same.Select(d => d.Value));
    }

    [Fact]
    public void RelativeDatesNeedAKnownYear()
    {
        Assert.Empty(Run("今年2月,8月12日,去年", published: null));
        Assert.Equal("2021", Assert.Single(Run("2021年,产值增长", published: null)).Value);
        var yearOnly = Run("今年2月,8月12日", published: "2021");
        Assert.Equal(new[] { "2021-02", "2021-08-12" }, yearOnly.Select(d => d.Value));
        Assert.All(yearOnly, d => Assert.True(d.YearInferred));
    }

    [Fact]
    public void JoinsDatesBrokenByColumnWrapsAndKeepsBodyOffsets()
    {
        const string body = "2022年第13期(总第542期) 2022年8月\n15日";
        var d = Run(body).Last();
        Assert.Equal("2022-08-15", d.Value);
        Assert.Equal("2022年8月\n15日", body[d.Start..d.End]);
    }

    [Theory]
    // A line that ends with a number and a line that opens with a date are two paragraphs: joined, 第9 and 2021年
    // would read 92021年, no year at all.
    [InlineData("此外,在利用外资单项排名中,开发区也拿下TOP10,位列第9\n2021年开发区规上工业总产值突破千亿元", "2021", "2021年")]
    [InlineData("作者:政府办 来源:政府办 更新时间:2018-06-08\n2018年,海林开发区开复工项目12个", "2018", "2018年")]
    [InlineData("园区今年新落地重点项目共计19\n3月5日,园区举行集中签约仪式", "2022-03-05", "3月5日")]
    [InlineData("园区今年新落地重点项目共计19\n15日,园区举行集中签约仪式", "2022-08-15", "15日")]
    // A date the column cut still joins (20\n21年, 1\n2月).
    [InlineData("企业的营业收入统计截至20\n21年,全区共有企业500家", "2021", "20\n21年")]
    [InlineData("园区重点项目集中签约仪式于今年1\n2月5日举行", "2022-12-05", "今年1\n2月5日")]
    public void ALineOpeningWithADateIsNotJoinedToANumberBeforeIt(string body, string value, string text)
    {
        var d = Run(body).Last();
        Assert.Equal(value, d.Value);
        Assert.Equal(text, body[d.Start..d.End]);
    }

    [Fact]
    public void DatesAreNotFigures()
    {
        var figures = Figures.FigureStageTests.Run("2022年,襄阳高新区工业增加值达到268.45亿元,是2015年的1.87倍。").Figures;
        Assert.Equal(new[] { 26_845_000_000m, 1.87m }, figures.Select(f => f.Value));
    }

    /// <summary>A month said without its year that the publication year would put after the publication date is in the
    /// year before, when that is the year the text named last (a report on last year's December, published in January);
    /// a forecast word keeps it ahead, so does a day (a deadline), and a text that last named another year keeps the
    /// publication year.</summary>
    [Theory]
    [InlineData("2025年出口總額6407.5億美元。12月對美國出口222.4億美元。", "2026-01-09", "2025-12")]
    [InlineData("2019年全年我国粗钢产量99634万吨,同比增长8.3%。其中12月粗钢产量为8427万吨。", "2020-01-20", "2019-12")]
    [InlineData("2025年营收增长两成。公司预计12月投产新线。", "2026-01-09", "2026-12")]
    [InlineData("2019年公司成立。12月底前完成厂房建设。", "2021-06-15", "2021-12")]
    [InlineData("去年产值增长。8月12日,科技部召开会议。", "2022-08-15", "2022-08-12")]
    [InlineData("2021年高企认定名单公布。5月20日前登陆系统填报并完成提交。", "2022-04-18", "2022-05-20")]
    public void A_month_after_the_publication_date_is_the_year_named_before_it(string body, string published, string expected)
    {
        Assert.Equal(expected, Run(body, published).Last().Value);
    }
}
