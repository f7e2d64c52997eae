using Pipeline.Extract.Input;

namespace Pipeline.Extract.Tests.Input;

public class InputLoaderFolderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("pipeline-input-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string relative, string content)
    {
        var path = Path.Combine(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    private const string Article = "<html><head><title>标题</title></head><body><h1>苏州工业园区新增企业</h1>" +
                                   "<div class=\"content\"><p>今年以来，苏州工业园区新增科技企业1200家，同比增长15%，创历史新高。</p></div></body></html>";

    [Fact]
    public void FilesInAFolderAreKnownByTheirPathBelowIt()
    {
        Write("html/2023-03/15/content_1.htm", Article);
        Write("html/2023-03/16/content_1.htm", Article);
        var loader = new InputLoader();
        var sources = loader.Load(new[] { _dir }).Select(d => d.Source).ToList();
        Assert.Equal(new[] { "html/2023-03/15/content_1.htm", "html/2023-03/16/content_1.htm" }, sources);
    }

    [Fact]
    public void AFileGivenByNameIsKnownByItsName()
    {
        var file = Write("deep/folder/page.htm", Article);
        Assert.Equal("page.htm", Assert.Single(new InputLoader().Load(new[] { file })).Source);
    }

    [Fact]
    public void HtmlWithoutRunningTextIsRefusedAsNotAnArticlePage()
    {
        var list = Write("node_2.htm", "<html><body><a id=\"pageLink\" href=\"node_3.htm\">第05版：高新区</a>" +
                                       "<ul><li><a href=\"content_1.htm\">长沙高新区一季度新签约项目投资额达186亿元</a></li></ul></body></html>");
        var loader = new InputLoader();
        var refused = new List<string>();
        loader.Refused += refused.Add;
        Assert.Empty(loader.Load(new[] { list }));
        Assert.Contains("not an article page", Assert.Single(refused));
        Assert.Equal(1, loader.Summary.FilesRefused);
    }
}
