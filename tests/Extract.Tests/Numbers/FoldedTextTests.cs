using Pipeline.Extract.Numbers;
using Pipeline.Extract.Tests.Text;

namespace Pipeline.Extract.Tests.Numbers;

public class FoldedTextTests
{
    [Fact]
    public void FromSourceAnswersAsTheBinarySearchOverTheViewsOffsets()
    {
        // Bodies with wrapped lines, spaces between numbers and pinyin readings (the view drops chars of all three), and
        // every offset from before the body to past its end.
        var bodies = Directory.EnumerateFiles(Path.Combine(Segmentation.PythonJieba.RepositoryRoot, "corpus/pages"), "*.txt")
            .Select(File.ReadAllText)
            .Concat(DevelopmentPageTexts.Lines().Where(l => l.Length > 0).Take(2000))
            .Append("增长 2 000万元，达到\n400公\n里，萬(wàn)元  第3 5号\r\n")
            .Append("");
        foreach (var body in bodies)
        {
            var view = FoldedText.Create(body);
            for (var offset = -2; offset <= body.Length + 2; offset++)
                Assert.Equal(view.FirstAtOrAfter(offset), view.FromSource(offset));
        }
    }
}
