using Pipeline.Extract.Text;

namespace Pipeline.Extract.Tests.Text;

public class WordAtTests
{
    [Fact]
    public void AnswersAsTheOrdinalComparisonAtEveryOffset()
    {
        const string text = "今天公布：前晚,赛前晚宴 同年3月、次年";
        var words = new[] { "", "今天", "今", "前晚", "晚宴", "同年", "次年", "年", "次年3", "：前", "今天公布：前晚,赛前晚宴 同年3月、次年再" };
        foreach (var word in words)
            for (var at = 0; at <= text.Length + 1; at++)
                Assert.Equal(at + word.Length <= text.Length && string.CompareOrdinal(text, at, word, 0, word.Length) == 0,
                    WordAt.Follows(text, at, word));
    }

    [Fact]
    public void ANegativeOffsetThrowsAsTheComparisonDid() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => WordAt.Follows("今天", -1, "今"));
}
