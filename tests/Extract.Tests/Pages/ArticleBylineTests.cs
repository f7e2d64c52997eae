using Pipeline.Extract.Model;
using Pipeline.Extract.Pages;

namespace Pipeline.Extract.Tests.Pages;

/// <summary>Article pages (HTML, JSONL) whose body opens with a dateline: the reporters become authors.</summary>
public class ArticleBylineTests
{
    private static ArticleRecord Read(string body, params Author[] authors) => Assert.Single(PageReader.Read(new SourceDocument
    {
        Source = "a.html",
        Kind = DocumentKind.Article,
        Title = "标题",
        Text = body,
        Authors = authors.ToList(),
    }).Articles);

    [Fact]
    public void ADatedAgencyDatelineGivesTheAuthorAndStaysInTheBody()
    {
        var r = Read("中新网成都5月8日电（记者 赵某）成都高新区今年新增企业3000家。\n其余段落。");
        Assert.Equal("赵某", Assert.Single(r.Authors).Name);
        Assert.StartsWith("中新网成都5月8日电", r.Body);
    }

    [Fact]
    public void ADatelessOutletTagGivesTheAuthorAndLeavesTheBody()
    {
        var r = Read("本报讯（记者钱某）成都高新区今年新增企业3000家。");
        Assert.Equal("钱某", Assert.Single(r.Authors).Name);
        Assert.StartsWith("成都高新区", r.Body);
    }

    [Fact]
    public void AuthorsTheSourceGaveAreKept()
    {
        var r = Read("本报讯（记者钱某）成都高新区今年新增企业3000家。", new Author { Name = "孙某", Role = "记者" });
        Assert.Equal("孙某", Assert.Single(r.Authors).Name);
    }
}
