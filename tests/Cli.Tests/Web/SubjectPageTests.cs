using System.Net;
using Pipeline.Cli.Tests.Reports;
using Pipeline.Cli.Web;

namespace Pipeline.Cli.Tests.Web;

/// <summary>The figures' facts on the search page and a subject's page charting an indicator over its periods,
/// through HTTP on 127.0.0.1.</summary>
public sealed class SubjectPageTests() : ServedArchiveTests(new TestArchive(FactTableTests.Records()))
{
    [Fact]
    public async Task ASubjectPageChartsItsIndicatorOverThePeriodsOfEveryArticle()
    {
        var html = await Http.GetStringAsync("/subject?name=" + Q("成都高新技术产业开发区") + "&indicator=revenue");
        var titles = System.Text.RegularExpressions.Regex.Matches(html, "<title>([^<]*)</title>").Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        // Levels from two articles (c1, c2), in period order, the 2025 goal drawn as a target.
        Assert.Contains("成都高新技术产业开发区 revenue 2021: 1100000000000 元", titles);
        Assert.Contains("成都高新技术产业开发区 revenue 2021-01..2021-09: 90000000000 元", titles);
        Assert.Contains("成都高新技术产业开发区 revenue 2025 (target): 1500000000000 元", titles);
        Assert.True(html.IndexOf("2021-01..2021-09:", StringComparison.Ordinal) < html.IndexOf("2025 (target):", StringComparison.Ordinal));
        Assert.Contains("c1; c2", html);   // the evidence
        Assert.DoesNotContain("high_tech_enterprises", html);
    }

    [Fact]
    public async Task TheSearchPageShowsEachFiguresFactsAndLinksItsSubject()
    {
        var html = await Http.GetStringAsync("/");
        Assert.Contains("<th>subject</th><th>metric</th><th>indicator</th><th>period</th>", html);
        Assert.Contains("href=\"/subject?name=" + Q("成都市") + "\"", html);
        Assert.Contains("change (percent) of 营业收入", html);
        Assert.Contains("2021-01..2021-09", html);
    }

    [Fact]
    public async Task ASubjectPageWithoutANameIsABadRequestAndNamesAreEscaped()
    {
        Assert.Equal(HttpStatusCode.BadRequest, (await Http.GetAsync("/subject")).StatusCode);
        var html = await Http.GetStringAsync("/subject?name=" + Q("<script>x</script>"));
        Assert.DoesNotContain("<script>x", html);
        Assert.Contains("No figure in the index is about this subject.", html);
    }
}
