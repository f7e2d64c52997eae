using System.Text;
using Pipeline.Extract.Input;

namespace Pipeline.Extract.Tests.Input;

public sealed class InputLoaderTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "loader-" + Guid.NewGuid().ToString("N"));

    public InputLoaderTests()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Directory.CreateDirectory(_dir);
    }

    public void Dispose() => Directory.Delete(_dir, true);

    [Fact]
    public void RefusesBadFilesByNameAndGoesOnWithTheRest()
    {
        File.WriteAllText(Path.Combine(_dir, "a-good.txt"), "园区新闻\n◎本报记者 张三\n正文。", new UTF8Encoding(false));
        File.WriteAllBytes(Path.Combine(_dir, "b-gbk.txt"), Encoding.GetEncoding("GB18030").GetBytes("高新区动态\n◎本报记者 李四\n正文。"));
        File.WriteAllBytes(Path.Combine(_dir, "c-binary.txt"), new byte[] { 0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0 });
        File.WriteAllBytes(Path.Combine(_dir, "d-empty.txt"), Array.Empty<byte>());
        var loader = new InputLoader();
        var refused = new List<string>();
        loader.Refused += refused.Add;

        var documents = loader.Load(new[] { _dir, Path.Combine(_dir, "missing.txt") }).ToList();

        Assert.Equal(new[] { "a-good.txt", "b-gbk.txt" }, documents.Select(d => d.Source));
        Assert.Contains("高新区动态", documents[1].Text);
        Assert.Equal(2, loader.Summary.FilesRead);
        Assert.Equal(3, loader.Summary.FilesRefused);
        Assert.Contains(refused, m => m.Contains("c-binary.txt") && m.Contains("binary"));
        Assert.Contains(refused, m => m.Contains("d-empty.txt") && m.Contains("empty"));
        Assert.Contains(refused, m => m.Contains("missing.txt"));
    }
}

public class StandardInputTests
{
    [Fact]
    public void RefusesEmptyStandardInput()
    {
        var loader = new InputLoader();
        var refused = new List<string>();
        loader.Refused += refused.Add;
        Assert.Empty(loader.Load(new[] { "-" }, new StringReader(" \n")).ToList());
        Assert.Equal(1, loader.Summary.FilesRefused);
        Assert.Equal("stdin: empty input", Assert.Single(refused));
    }

    [Fact]
    public void ReadsAPageFromStandardInput()
    {
        var loader = new InputLoader();
        var document = Assert.Single(loader.Load(new[] { "-" }, new StringReader("园区动态\n正文。")));
        Assert.Equal("stdin", document.Source);
        Assert.Equal(1, loader.Summary.FilesRead);
    }
}
