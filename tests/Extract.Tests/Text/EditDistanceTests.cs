using Pipeline.Extract.Text;

namespace Pipeline.Extract.Tests.Text;

public class EditDistanceTests
{
    [Theory]
    [InlineData("", "", 0)]
    [InlineData("高新区", "", 3)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("某园区首个项目开建", "某园区首个项目开工建设", 2)]
    [InlineData("上半年产值增长", "产值上半年增长", 4)]
    public void CountsTheEditsBetweenTwoTexts(string a, string b, int distance)
    {
        Assert.Equal(distance, EditDistance.Between(a, b));
        Assert.Equal(distance, EditDistance.Between(b, a));
    }

    [Theory]
    [InlineData("abc", "cab", 0)]            // the same chars in another order: no bound beyond 0
    [InlineData("上半年产值增长", "产值上半年增长", 0)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("高新区", "开发区", 2)]
    public void TheLowerBoundCountsTheCharsNotShared(string a, string b, int bound) =>
        Assert.Equal(bound, EditDistance.LowerBound(a, b));

    [Fact]
    public void TheLowerBoundNeverExceedsTheDistance()
    {
        // Short texts over a small alphabet (many near pairs), and a few longer than the stack rows.
        var alphabet = "园区高新开发企业项目12ab ";
        var random = new Random(18);
        for (var n = 0; n < 20_000; n++)
        {
            var a = Text(random, alphabet, n % 500 == 0 ? 300 : 12);
            var b = random.Next(3) == 0 ? Edit(random, a, alphabet) : Text(random, alphabet, n % 500 == 0 ? 300 : 12);
            Assert.True(EditDistance.LowerBound(a, b) <= EditDistance.Between(a, b), $"{a} / {b}");
        }
    }

    private static string Text(Random random, string alphabet, int maxLength) =>
        new(Enumerable.Range(0, random.Next(maxLength + 1)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());

    private static string Edit(Random random, string text, string alphabet)
    {
        var chars = text.ToList();
        for (var k = random.Next(4); k > 0; k--)
        {
            var at = random.Next(chars.Count + 1);
            switch (random.Next(3))
            {
                case 0: chars.Insert(at, alphabet[random.Next(alphabet.Length)]); break;
                case 1 when at < chars.Count: chars.RemoveAt(at); break;
                case 2 when at < chars.Count: chars[at] = alphabet[random.Next(alphabet.Length)]; break;
            }
        }
        return new string(chars.ToArray());
    }
}
