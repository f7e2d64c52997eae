using Pipeline.Extract.Model;
using Pipeline.Extract.Pipeline;
using static Pipeline.Extract.Tests.Attribution.AttributionHarness;

namespace Pipeline.Extract.Tests.Attribution;

/// <summary>Periods that need more than one sentence of resources/period-cues.txt examples to show.</summary>
public class PeriodRuleTests
{
    private const string YearReview = "2024年,全区实现增加值3029.6亿元,可比增长5.8%。回顾一年走势,一季度开局良好,GDP增长5.9%,上半年增长5.2%。";

    /// <summary>Runs the stages over a body whose page prints no date: the date the page reader guessed is marked inferred.</summary>
    private static ArticleRecord RunInferred(string body, string published)
    {
        var document = new ArticleDocument(new ArticleRecord { Body = body, PublishedInferred = true }, PublicationDate.TryParse(published));
        var stages = ExtractionPipeline.CreateDefault().Stages;
        foreach (var stage in stages) stage.Annotate(document);
        foreach (var stage in stages) stage.Project(document);
        return document.Record;
    }

    [Fact]
    public void APartOfTheYearWithoutItsYearIsInTheYearWrittenLastWhenThePageDateIsOnlyInferred()
    {
        var inferred = RunInferred(YearReview, "2025");
        Assert.Equal("2024", Period(Figure(inferred, "3029.6亿元")));
        Assert.Equal("2024-01..2024-03", Period(Figure(inferred, "5.9%")));
        Assert.Equal("2024-01..2024-06", Period(Figure(inferred, "5.2%")));
        // The record's own dates keep what the date stage read: only the figures' periods follow the written year.
        Assert.Contains(inferred.Dates, d => d.Text == "一季度" && d.Value == "2025-01");
    }

    [Fact]
    public void AnArticleThatCountsFromItsGuessedYearKeepsIt()
    {
        // 今年 says the guessed year is the article's own: a bare 6月30日 after 2022年 stays in it.
        var record = RunInferred("今年上半年,园区营收增长10%。2022年,该区出台新一轮支持政策。截至6月30日,这一比例已达到72%。", "2024");
        Assert.Equal("2024-06-30", Period(Figure(record, "72%")));
    }

    [Fact]
    public void NowOnAPageWhoseYearIsGuessedIsTheTimeStatedLast()
    {
        // The year 2021 is guessed from 截至2020年底 (a finished year-end): 目前 restates that year-end, not the guess.
        var record = RunInferred("截至2020年底,全市8个工业园区累计签约项目960个。目前已投产项目512个,占比53%。", "2021");
        Assert.Equal("2020-12", Period(Figure(record, "512个")));
        // A year stated last is no as-of month: now stays the guessed year.
        var review = RunInferred("2022年,园区各项工作有序推进。目前共有规上工业企业140家。", "2023");
        Assert.Equal("2023", Period(Figure(review, "140家")));
    }

    [Fact]
    public void NowOnAPrintedDateIsStillThePublicationMonth()
    {
        var record = Run("截至2020年底,全市8个工业园区累计签约项目960个。目前已投产项目512个。", "2021-03-05");
        Assert.Equal("2021-03", Period(Figure(record, "512个")));
    }

    [Fact]
    public void APrintedPublicationDateStillDatesAPartOfTheYearWithoutItsYear()
    {
        // Printed in March 2025, a bare 一季度 after 2024年 is the date stage's (the current year's), as before.
        var printed = Run(YearReview, "2025-03-01");
        var quarter = Assert.Single(printed.Dates, d => d.Text == "一季度");
        Assert.Equal(quarter.Value + ".." + quarter.ValueEnd, Period(Figure(printed, "5.9%")));
    }

    [Fact]
    public void FiguresAfterRespectivelyKeepTheLastPeriodWhenTheCountsDiffer()
    {
        var record = Run("一季度、二季度园区营收分别增长5%、6%和7%。");
        Assert.Equal("2021-04..2021-06", Period(Figure(record, "5%")));
        Assert.Equal("2021-04..2021-06", Period(Figure(record, "7%")));
        var years = Run("2019—2021年公司营业收入分别为4.6亿元和9.8亿元。");
        Assert.Equal("2019..2021", Period(Figure(years, "4.6亿元")));
        // Three items listed before 分别: the three figures are theirs, each over the whole span.
        var items = Run("2019—2021年,甲公司、乙公司和丙公司营业收入分别为4.6亿元、9.8亿元和17.3亿元。");
        Assert.Equal("2019..2021", Period(Figure(items, "9.8亿元")));
    }

    [Fact]
    public void ARepublicYearInChineseDigitsAfterPublicationIsNoYear()
    {
        // 一二〇年 would be 2031, ten years after publication: a number, not a year.
        var record = Run("今年園區營業額1.2兆元。一二〇年園區出口200億元。");
        Assert.Equal("2021", Period(Figure(record, "200億元")));
    }

    [Fact]
    public void ASinceSpanNotFollowedByARankingStaysAPeriod()
    {
        var record = Run("前三季度园区营收增长10%。2015年以来,园区累计引进企业300家。");
        Assert.Equal("2015..2021", Period(Figure(record, "300家")));
    }

    [Fact]
    public void ATimeNotingAFigureDatesItsParagraphOnly()
    {
        var record = Run("2018年,全区地区生产总值1223亿元。\n全区服务业营业收入113亿元(1-11月),增长20.8%。分行业看,软件业收入51亿元。\n全区固定资产投资增长38.8%。", published: null);
        Assert.Equal("2018-01..2018-11", Period(Figure(record, "113亿元")));
        Assert.Equal("2018-01..2018-11", Period(Figure(record, "51亿元")));
        Assert.Equal("2018", Period(Figure(record, "38.8%")));
    }

    [Fact]
    public void AnEventMonthDoesNotDateTheSentencesAfterIt()
    {
        var record = Run("2017年,园区引进项目30个。首个厂房已于2017年6月动工。全年新增就业3200人。园区还争取补助资金1.5亿元。");
        Assert.Equal("2017", Period(Figure(record, "1.5亿元")));
    }
}
