using Pipeline.Extract.Model;
using Pipeline.Extract.Pages;

namespace Pipeline.Extract.Tests.Pages;

public class PageDatesTests
{
    private static PageLayout ReadPageText(string source, string text) =>
        PageReader.Read(new SourceDocument { Source = source, Kind = DocumentKind.PageText, Text = text });

    [Theory]
    [InlineData("2024年第9期(总第301期) 2024年9月10日", "2024-09-10")]
    [InlineData("2023年5月6日 星期六", "2023-05-06")]
    [InlineData("2024年3月号", "2024-03")]
    [InlineData("2021年2月30日", null)]
    [InlineData("01/12/2024 19:24", "2024-12-01")] // Hong Kong sites print the day first
    [InlineData("12/25/2024", "2024-12-25")]
    public void ReadsThePrintedDate(string line, string? iso) => Assert.Equal(iso, PageDates.Printed(line));

    [Fact]
    public void AYearReportedAsFinishedMeansThePageIsFromTheNext() =>
        Assert.Equal("2021", PageDates.Infer(new[] { "2020年，全区单位产值能耗下降8%。", "从2013年起建设光伏项目。" }));

    [Fact]
    public void TargetsAndDocumentTitlesDoNotCount() =>
        Assert.Equal("2021", PageDates.Infer(new[]
        {
            "力争2030年前实现园区碳达峰，2050年前建成零碳园区。", "印发《行动方案(2022-2035年)》。", "2021年7月，园区获批。",
            "到2025年，产值翻番。", "发布2035年城市愿景规划", "安排2000万元专项奖补资金",
        }));

    [Fact]
    public void AnEventNamedByItsYearCounts() =>
        Assert.Equal("2023", PageDates.Infer(new[] { "“2023数字经济峰会”在园区开幕。", "2019年被评为示范园区。" }));

    [Fact]
    public void NothingToGoOnGivesNothing() => Assert.Null(PageDates.Infer(new[] { "近日，园区举办招聘会。" }));

    [Fact]
    public void AYearNamedBesideThisYearIsAnEarlierYear() =>
        Assert.Equal("2024", PageDates.Infer(new[] { "2023年全区实现营收800亿元,同比增长7%;今年1至5月,营收增长9%。" }));

    [Fact]
    public void AYearWithAMonthBesideThisYearMayBeThisYear() =>
        Assert.Equal("2024", PageDates.Infer(new[] { "截至2024年4月底,全区已建成光伏项目200个。", "今年一季度,用电量增长5%。", "到2027年,绿电占比过半。" }));

    [Theory]
    [InlineData("今年(2022年)是园区获批十周年。", "2022")]
    [InlineData("去年(2021年)园区产值首次破千亿。", "2022")]
    [InlineData("今年是2024年,也是园区获批二十周年。", "2024")]
    public void AYearGlossingTodayOrLastYearSaysThePageYear(string text, string year) => Assert.Equal(year, PageDates.Infer(new[] { text }));

    [Fact]
    public void AYearWhoseClauseReportsWhatWasDoneCounts() =>
        Assert.Equal("2019", PageDates.Infer(new[] { "公司2019年在孵化器中起步,如今已有员工300人。", "园区2018年实现产值600亿元。" }));

    [Theory]
    [InlineData("2026年,园区将建成第二个产业园。")]        // the clause after the year is a plan
    [InlineData("项目计划于2027年投产。")]
    [InlineData("公司有望2028年实现盈利。")]
    [InlineData("2030年碳达峰目标如期实现需要各方努力。")]
    [InlineData("2035年基本实现现代化。")]                  // a goal: no figure reported
    public void PlannedYearsDoNotCount(string text) => Assert.Null(PageDates.Infer(new[] { text }));

    [Fact]
    public void AnAgencyDatelineNarrowsTheInferredYearToItsDay()
    {
        var layout = ReadPageText("wire.txt", "甲市高新区:新兴产业加速集聚\n\n新华社甲市3月8日电(记者 王某)2023年,甲市高新区实现营业收入800亿元;今年1至2月,营收增长9%。\n");
        Assert.Equal("2024-03-08", layout.Published);
        Assert.True(layout.PublishedInferred);
    }

    [Fact]
    public void DatelinesMonthsApartGiveNoDay() =>
        Assert.Null(PageDates.DatelineDay(new[] { "新华社甲市3月8日电 园区今天……", "新华社乙市7月9日电 园区今天……" }.Select(t => (t, t))));

    [Fact]
    public void ARoundupOfDatelinesIsDatedByItsLatest() =>
        Assert.Equal((3, 15), PageDates.DatelineDay(new[] { "新华社甲市3月15日电 园区今天……", "新华社乙市3月9日电 园区今天……", "新华社丙市3月12日电 园区今天……" }.Select(t => (t, t))));

    [Fact]
    public void AYearRangeReportedYearByYearHasEnded() =>
        // 2020—2022年…分别为: each year of the range is done, the last one too; the page is from 2023 at least.
        Assert.Equal("2023", PageDates.Infer(new[] { "园区2019年起步,2020—2022年产值分别为12亿元、18亿元和25亿元。", "2021年3月,公司获批。" }));

    [Fact]
    public void AYearRangeWithoutYearlyResultsOnlyReachesItsEnd() =>
        // 2021年至2023年 as a stretch the report looks back on (no 分别): its end year counts as itself.
        Assert.Equal("2023", PageDates.Infer(new[] { "2021—2023年园区累计引进项目90个。", "2020年12月,园区挂牌。" }));

    [Fact]
    public void ARangeOfPlannedYearsIsNotAPastYear() =>
        Assert.Equal("2022", PageDates.Infer(new[] { "2022年3月,园区启动规划。", "2025—2027年,园区将分别新增企业100家、150家和200家。" }));

    [Fact]
    public void A_founding_year_says_how_old_a_zone_is_not_when_the_page_was_written()
    {
        Assert.Null(PageDates.Infer(new[] { "滨河经济技术开发区始建于2006年3月，今年9月12日，经省政府批准，升级为省级高新区。" }));
        Assert.Equal("2019", PageDates.Infer(new[] { "园区成立于2008年。", "2019年1至6月，园区实现营收120亿元。" }));
    }

    [Fact]
    public void A_report_on_a_year_comes_out_after_it()
    {
        Assert.Equal("2021", PageDates.Infer(new[] { "商务部日前发布2020年中国对外直接投资统计公报，园区企业投资额相较2018年增长了30%。" }));
    }

    [Fact]
    public void A_list_of_the_year_is_this_years_beside_this_year()
    {
        Assert.Equal("2020", PageDates.Infer(new[] { "日前，省2020年度瞪羚企业名单公布，高新区8家企业入选，今年全区瞪羚企业达到23家。" }));
    }

    [Theory]
    [InlineData("【东方广播 2019 年 05 月 06 日讯】园区今天开放参观。", "2019-05-06")]
    [InlineData("本报讯 (2020-03-15) 记者从园区获悉,…", "2020-03-15")]
    [InlineData("城市网讯（2022年7月9日）园区新增企业40家。", "2022-07-09")]
    [InlineData("本报讯（记者王某）3月15日,园区召开大会。", null)]
    [InlineData("园区2019年5月6日开园。", null)]
    public void ALeadMayOpenWithTheDateItFilesOn(string paragraph, string? iso) => Assert.Equal(iso, PageDates.LeadDate(paragraph));

    [Theory]
    [InlineData("https://news.example.cn/202110/480178.shtml", "2021-10")]
    [InlineData("http://www.example.gov.cn/xwzx/t20190305_1234.html", "2019-03-05")]
    [InlineData("https://example.com/2020/0714/abc.html", "2020-07-14")]
    [InlineData("https://example.com/2018-11/02/c_123.htm", "2018-11-02")]
    [InlineData("https://example.com/20201345/a.html", null)]
    [InlineData("http://www.2021example.cn/index.html", null)]
    public void AnAddressMayHoldItsDateInItsPath(string url, string? iso) => Assert.Equal(iso, PageDates.FromUrl(url));

    [Fact]
    public void AddressesThatDisagreeGiveNoDate()
    {
        Assert.Equal("2021-10", PageDates.FromAddresses(new[] { "原文:https://news.example.cn/202110/1.shtml" }));
        Assert.Null(PageDates.FromAddresses(new[] { "见 https://a.example.cn/202110/1.shtml 与 https://b.example.cn/201905/2.shtml" }));
    }

    [Fact]
    public void APageTextIsDatedByTheAddressItPrints()
    {
        var layout = ReadPageText("web.txt", "园区签约12个项目\n\n3月8日,园区举行项目签约仪式,总投资80亿元。\n本文来源某某网,原文:https://news.example.cn/202303/112233.shtml\n");
        Assert.Equal("2023-03", layout.Published);
    }

    [Theory]
    // Real addresses of saved news pages whose text prints no year (period15 sample): the address dates the page.
    [InlineData("http://www.dvtln.cn/zx/2021/1126/21604.html", "2021-11-26")]
    [InlineData("http://bcrbszb.bcxww.com/old/html/2015-06/01/content_3640919.htm", "2015-06-01")]
    [InlineData("http://txwb.com/Article/hyzx/wlzz/201507/287980.html", "2015-07")]
    [InlineData("http://www.ahqy.gov.cn/OpennessContent/show/962092.html", null)]
    public void AnArticleLineWithoutADateIsDatedByItsAddress(string url, string? iso)
    {
        var layout = PageReader.Read(new SourceDocument
            { Source = "a.jsonl:1", Url = url, Kind = DocumentKind.Article, Text = "今年1—10月,园区规模以上工业实现总产值490.5亿元,同比增长6.5%。" });
        Assert.Equal(iso, layout.Published);
        Assert.False(layout.PublishedInferred);
    }

    [Fact]
    public void AnArticleLineKeepsTheDateItGivesOverItsAddress() =>
        Assert.Equal("2021-12-01", PageReader.Read(new SourceDocument
            { Source = "a.jsonl:1", Url = "http://www.dvtln.cn/zx/2021/1126/21604.html", Published = "2021-12-01", Kind = DocumentKind.Article, Text = "园区新增企业40家。" }).Published);

    [Fact]
    public void APageTextIsDatedByItsLead()
    {
        var layout = ReadPageText("tv.txt", "园区扩建研发基地\n\n【东方广播 2019 年 05 月 06 日讯】园区将再投资50亿元扩建研发基地,去年园区营收增长12%。\n");
        Assert.Equal("2019-05-06", layout.Published);
        Assert.False(layout.PublishedInferred);
    }

    [Theory]
    [InlineData("开发区2019年实际利用外资创历史新高。", "2020")]
    [InlineData("2018年全市规上工业增加值同比增长6%。", "2019")]
    [InlineData("2018年1至9月全市规上工业增加值同比增长6%。", "2018")]
    public void AYearWithAWholeYearResultIsOver(string text, string year) => Assert.Equal(year, PageDates.Infer(new[] { text }));

    [Fact]
    public void AYearWhoseTotalsAreStillEstimatedIsNotOver()
    {
        Assert.Equal("2023", PageDates.Infer(new[] { "预计全年实现营收500亿元,增长9%。2023年,园区获评省级示范园区。" }));
        // The estimate in another paragraph is of a later year: the year reported with a comma is over.
        Assert.Equal("2023", PageDates.Infer(new[] { "2022年,园区营收增长9%。", "下半年将加大招商力度,预计全年新增企业100家。" }));
    }

    [Theory]
    [InlineData("發布日期:108-08-31", "2019-08-31")]
    [InlineData("更新時間 112/01/05", "2023-01-05")]
    [InlineData("電話:02-110-12-12", null)]
    public void ATaiwanDateLineMayPrintARepublicYear(string line, string? iso) => Assert.Equal(iso, PageDates.Printed(line));

    [Fact]
    public void ACrumbMayEndWithThePagesDate()
    {
        var layout = ReadPageText("crumb.txt", "首页 > 新闻中心 > 园区动态 2019-08-31\n\n园区签约十个重点项目\n\n8月30日上午,园区举行集中签约仪式,共签约项目10个。\n");
        Assert.Equal("2019-08-31", layout.Published);
    }

    [Fact]
    public void A_line_labelled_date_dates_the_page_whatever_follows_it()
    {
        var layout = ReadPageText("labelled.txt", " date 2025-04-09 Copyright © 2025 某某传媒\n\n园区新签约项目五个\n\n9日上午,园区举行签约仪式,五个项目落地。\n");
        Assert.Equal("2025-04-09", layout.Published);
        Assert.False(layout.PublishedInferred);
    }

    [Theory]
    [InlineData("update 2025-04-09")]
    [InlineData("dates 2025-04-09")]
    public void Only_the_date_label_opens_a_labelled_date_line(string line) => Assert.Null(PageDates.LabelledDate(line));

    [Theory]
    [InlineData("工研院今天發表新技術,首批授權廠商已簽約。(編輯:林大同)1130415", "2024-04-15")]
    [InlineData("园区公告,二期厂房明年完工。（编辑：陈小明）1091130", "2020-11-30")]
    [InlineData("廠商進駐率已達九成。(編輯:王某)1120231", null)] // no 31 February
    [InlineData("廠商進駐率已達九成。(編輯:王某)1120315\n(編輯:李某)1120316", null)] // two codes that disagree
    [InlineData("园区新签约企业8家。1120315", null)] // seven digits with no editor line are no date
    public void A_wire_editor_code_is_the_day_it_was_filed(string text, string? iso) => Assert.Equal(iso, PageDates.FromEditorCode(text));

    [Fact]
    public void A_page_without_a_date_line_is_dated_by_its_wire_editor_code()
    {
        var layout = ReadPageText("wire.txt",
            "園區廠商營收創新高\n(中央社記者林某新竹15日電)園區管理局今天表示,今年前3月營收成長1成。\n(編輯:張某)1130415");
        Assert.Equal("2024-04-15", layout.Published);
        Assert.True(layout.PublishedInferred);
    }
}
