using System.Xml.Linq;
using Pipeline.Cli.Reports;
using Pipeline.Extract.Model;
using Pipeline.Extract.Zones;
using static Pipeline.Cli.Tests.Reports.TestArchive;

namespace Pipeline.Cli.Tests.Reports;

public class CoverageTests
{
    private static CoverageArticle A(string id, string? published, params string[] zones) => new(published, zones);

    [Fact]
    public void CountsEveryNamedZonePerPeriodIncludingEmptyPeriods()
    {
        var report = CoverageReport.Build(new[]
        {
            A("1", "2022-01-05", "甲", "乙"),
            A("2", "2022-01-20", "甲"),
            A("3", "2022-04-01", "乙"),
            A("4", "2022", "甲"),           // no month: undated at month granularity
            A("5", null, "甲"),
            A("6", "2022-02-10"),           // no zone
        }, Granularity.Month);

        Assert.Equal(new[] { "2022-01", "2022-02", "2022-03", "2022-04" }, report.Periods.Select(p => p.Label));
        Assert.Equal(new[] { ("甲", 2), ("乙", 2) }, report.Zones.OrderBy(z => z.Zone == "乙").ToArray());
        var jan = report.Periods[0];
        Assert.Equal(2, report.Count("甲", jan));
        Assert.Equal(1, report.Count("乙", jan));
        Assert.Equal(2, report.ArticlesPerPeriod[jan]);
        Assert.Equal(0, report.Count("甲", report.Periods[2]));
        Assert.Equal((6, 2, 1), (report.ArticlesCounted, report.ArticlesUndated, report.ArticlesWithoutZone));
        Assert.Equal("2022-04-01", report.LastPublished);

        var byYear = CoverageReport.Build(new[] { A("4", "2022", "甲"), A("1", "2020-03-01", "甲") }, Granularity.Year);
        Assert.Equal(new[] { "2020", "2021", "2022" }, byYear.Periods.Select(p => p.Label));
        Assert.Equal(0, byYear.ArticlesUndated);
    }

    [Fact]
    public void ZonesOfTheGazetteerThatNoArticleNamesAreListedByKindAndProvince()
    {
        var known = new[]
        {
            new KnownZone("武汉东湖高新区", "hitech", "湖北", "武汉"), new KnownZone("襄阳高新区", "hitech", "湖北", "襄阳"),
            new KnownZone("合肥高新区", "hitech", "安徽", "合肥"), new KnownZone("武汉经开区", "etdz", "湖北", "武汉"),
        };
        var report = CoverageReport.Build(new[] { A("1", "2022-01-05", "武汉东湖高新区", "某地工业园") }, Granularity.Month);

        var never = NeverCovered.Of(report, known, Array.Empty<string>());
        Assert.Equal(new[] { "合肥高新区", "襄阳高新区", "武汉经开区" }, never.Zones.Select(z => z.Name));
        Assert.Equal("3 of 4 known zones: 高新区 2 of 3, 经开区 1 of 1", never.Summary());
        Assert.Contains("  湖北: 襄阳高新区\n", never.ListText());
        Assert.StartsWith("高新区 (high-tech zones)\n  安徽: 合肥高新区\n", never.ListText());
        Assert.Contains("Never named in this range: 3 of 4 known zones", CoverageText.Render(report, 8, false, never));
        Assert.Contains("<details><summary>经开区", CoverageChart.Html(report, 8, "t", false, never));

        // Limited to chosen zones, only those count.
        var chosen = NeverCovered.Of(report, known, new[] { "武汉东湖高新区", "合肥高新区" });
        Assert.Equal(new[] { "合肥高新区" }, chosen.Zones.Select(z => z.Name));
        Assert.Equal(2, chosen.Known);
    }

    [Fact]
    public void QuartersAndDateRange()
    {
        var articles = new[] { A("1", "2021-03-31", "甲"), A("2", "2021-04-01", "甲"), A("3", "2021-12", "甲"), A("4", "2022-02-01", "甲") };
        var report = CoverageReport.Build(articles, Granularity.Quarter, from: "2021-04", to: "2021");
        Assert.Equal(new[] { "2021-Q2", "2021-Q3", "2021-Q4" }, report.Periods.Select(p => p.Label));
        Assert.Equal(2, report.ArticlesCounted);
    }

    [Fact]
    public void PrimaryOnlyCountsOneZonePerArticle()
    {
        var summary = new Pipeline.Index.ArticleZones("2022-01-01", "乙", new[] { "甲", "乙" });
        Assert.Equal(new[] { "乙" }, CoverageArticle.From(summary, primaryOnly: true).Zones);
        Assert.Equal(new[] { "甲", "乙" }, CoverageArticle.From(summary, primaryOnly: false).Zones);
    }

    [Fact]
    public void FindsTheLongestGapAndTheTimeSinceLastCoverage()
    {
        var report = CoverageReport.Build(new[]
        {
            A("1", "2021-01-10", "甲"), A("2", "2021-02-10", "甲"), A("3", "2021-07-10", "甲"), A("4", "2021-08-10", "甲"),
            A("5", "2021-01-15", "乙"), A("6", "2021-12-31", "乙"),
            A("7", "2021-03-03", "丙"),
        }, Granularity.Month);

        var gaps = report.Gaps.ToDictionary(g => g.Zone);
        Assert.Equal(4, gaps["甲"].LongestGap);                      // March to June
        Assert.Equal("2021-02", gaps["甲"].GapAfter?.Label);
        Assert.Equal("4 months (2021-03…2021-06)", CoverageText.GapText(Granularity.Month, gaps["甲"]));
        Assert.Equal(4, gaps["甲"].PeriodsSinceLast);                // Sept to Dec
        Assert.Equal(10, gaps["乙"].LongestGap);
        Assert.Equal(0, gaps["乙"].PeriodsSinceLast);
        Assert.Equal(0, gaps["丙"].LongestGap);
        Assert.Null(gaps["丙"].GapAfter);
        Assert.Equal(9, gaps["丙"].PeriodsSinceLast);
        Assert.Equal(new DateOnly(2021, 12, 31).DayNumber - new DateOnly(2021, 3, 3).DayNumber, gaps["丙"].DaysSinceLast);
        // Longest uncovered first: 乙 (10 months inside), 丙 (9 since its only article), 甲 (4).
        Assert.Equal(new[] { "乙", "丙", "甲" }, report.Gaps.Select(g => g.Zone));
    }

    [Fact]
    public void TopSeriesSumTheRestAsOthers()
    {
        var report = CoverageReport.Build(new[]
        {
            A("1", "2022-01-01", "甲"), A("2", "2022-01-02", "甲"), A("3", "2022-01-03", "乙"), A("4", "2022-01-04", "丙"), A("5", "2022-01-05", "丁"),
        }, Granularity.Month);
        // Ties are broken by ordinal name order: 丁 (U+4E01) before 丙 and 乙.
        Assert.Equal(new[] { "甲", "丁", CoverageReport.Others }, report.Series(2));
        Assert.Equal(2, report.SeriesCount(CoverageReport.Others, report.Periods[0], 2));
        var text = CoverageText.Render(report, 2, primaryOnly: false);
        Assert.Contains("an article counts for every zone it names", text);
        Assert.Matches(@"2022-01\s+2\s+1\s+2\s+5", text);
    }

    [Fact]
    public void TerminalTableAlignsChineseByDisplayWidth()
    {
        var table = new TextTable("zone", "n") { RightAlignedFrom = 1 };
        table.Add("苏州工业园区", "12");
        table.Add("abc", "3");
        var lines = table.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, l => Assert.Equal(TextTable.Width(lines[1]), TextTable.Width(l)));
        Assert.Equal(12, TextTable.Width("苏州工业园区"));
    }

    [Fact]
    public void SvgIsWellFormedWithEscapedLabelsLegendAndAxes()
    {
        var report = CoverageReport.Build(new[]
        {
            A("1", "2022-01-05", "<b>&\"区\"</b>"), A("2", "2022-03-05", "<b>&\"区\"</b>", "乙"), A("3", "2022-03-09", "乙"),
        }, Granularity.Month);
        var svg = CoverageChart.Svg(report, 8, "Coverage <test> & \"more\"");
        var doc = XDocument.Parse(svg);   // throws when not well-formed XML
        XNamespace ns = "http://www.w3.org/2000/svg";
        var texts = doc.Descendants(ns + "text").Select(t => t.Value).ToList();
        Assert.Contains("Coverage <test> & \"more\"", texts);          // the title, escaped in the file, intact once parsed
        Assert.Contains("<b>&\"区\"</b>", texts);                        // legend
        Assert.Contains("2022-02", texts);                               // empty periods are on the axis too
        Assert.Contains("month of publication", texts);
        Assert.Contains("articles per zone", texts);
        Assert.DoesNotContain("<b>", svg);
        // One segment per non-empty (zone, period) pair, each with a tooltip.
        var bars = doc.Descendants(ns + "rect").Where(r => r.Element(ns + "title") != null).ToList();
        Assert.Equal(3, bars.Count);
        Assert.Contains(bars, b => b.Element(ns + "title")!.Value == "乙 2022-03: 2");
        Assert.Equal(2, bars.Select(b => b.Attribute("fill")!.Value).Distinct().Count());
    }

    [Fact]
    public void NiceScaleRoundsUpToFriendlySteps()
    {
        Assert.Equal((1, 1), CoverageChart.NiceScale(0));
        Assert.Equal((5, 1), CoverageChart.NiceScale(5));
        Assert.Equal((25, 5), CoverageChart.NiceScale(23));
        Assert.Equal((1500, 500), CoverageChart.NiceScale(1234));
    }

    [Fact]
    public async Task CommandPrintsTableAndWritesHtmlChartWithAliasesResolved()
    {
        using var archive = new TestArchive();
        var html = archive.File("coverage.html");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await CommandHost.RunAsync(new[] { "coverage", "--index", archive.IndexPath, "--by", "quarter", "--zone", "光谷,张江", "--chart", html }, stdout, stderr);
        Assert.True(code == 0, stderr.ToString());
        var text = stdout.ToString();
        Assert.Contains("武汉东湖高新区", text);
        Assert.Contains("上海张江高新区", text);
        Assert.DoesNotContain("苏州工业园区", text);
        Assert.Contains("2021-Q1", text);
        Assert.Contains("2022-Q4", text);
        var page = await File.ReadAllTextAsync(html);
        Assert.StartsWith("<!DOCTYPE html>", page);
        Assert.Contains("<svg", page);
        Assert.Contains("<table>", page);
        Assert.DoesNotContain("<script", page);
        Assert.DoesNotContain("http", page.Replace("http://www.w3.org/2000/svg", ""));   // self-contained

        var svg = archive.File("c.svg");
        code = await CommandHost.RunAsync(new[] { "coverage", "--index", archive.IndexPath, "--by", "year", "--primary-only", "--chart", svg }, stdout, stderr);
        Assert.True(code == 0, stderr.ToString());
        Assert.NotNull(XDocument.Parse(await File.ReadAllTextAsync(svg)).Root);

        // A zone no article names is a warning, as in search, figures and export, and the report says 0.
        code = await CommandHost.RunAsync(new[] { "coverage", "--index", archive.IndexPath, "--zone", "不存在的园区" }, stdout, stderr);
        Assert.Equal(0, code);
        Assert.Contains("warning: no indexed article names the zone '不存在的园区'", stderr.ToString());
    }

    [Fact]
    public async Task HelpSaysHowArticlesAreCounted()
    {
        var stdout = new StringWriter();
        Assert.Equal(0, await CommandHost.RunAsync(new[] { "coverage", "--help" }, stdout, new StringWriter()));
        Assert.Contains("counts for every zone it names", stdout.ToString());
        Assert.Contains("--primary-only", stdout.ToString());
        Assert.Contains("pipeline coverage --index", stdout.ToString());
    }
}
