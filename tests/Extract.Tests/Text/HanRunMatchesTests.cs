using System.Buffers;
using System.Text.RegularExpressions;
using Pipeline.Extract.Enterprises;
using Pipeline.Extract.Text;

namespace Pipeline.Extract.Tests.Text;

/// <summary>The matches found only before the characters that follow a Han run are the ones a full scan finds.</summary>
public class HanRunMatchesTests
{
    private static readonly (string Pattern, string Followers, int MinRun, int MaxRun)[] Patterns =
    {
        (UncuedCompanyFinder.NameThenStockCodePattern, "( -", 2, 14),
        (UncuedCompanyFinder.GlossThenLatinPattern, "(", 2, 12),
        (ListedCompanyLexicon.NameThenBareCodePattern, " (", 2, 8),
    };

    [Theory]
    [InlineData("天山生物(300313,收盘价12.25元)公告称,某某医药(300999.SZ)拟收购")]
    [InlineData("导光板厂茂林-KY(4935)与晶圆代工厂台积电 (2330-TW)、某某-B(2617)")]
    [InlineData("这是一段非常非常非常非常长的没有标点的中文名称文字(600519)")] // a run longer than the name: cut to its last 14
    [InlineData("英伟达(NVIDIA)与AI芯片龙头英伟达(Nvidia Corp)及专栏作家某某(Tim Culpan)")]
    [InlineData("某(600519)某某(600519)(600519)某某某某(000001.SZ)某某(00700.HK)")] // runs too short, adjacent matches
    [InlineData("宜特(3289)、均豪 (5443)新地(16)恒安(1044)跌,某某公司某某某某(1234567)和某某(12) (34)")] // bare codes: seven digits are none
    [InlineData("")]
    public void Finds_what_a_full_scan_finds(string text) => AssertSameMatches(text);

    [Fact]
    public void Finds_what_a_full_scan_finds_on_development_pages()
    {
        var texts = DevelopmentPageTexts.Folded();
        foreach (var text in texts) AssertSameMatches(text);
    }

    [Fact]
    public void Finds_what_a_full_scan_finds_on_random_texts()
    {
        // Han characters of names and codes, the followers, digits, exchange letters and brackets, in runs of any length.
        var pieces = new[] { "某", "医", "药", "代", "码", "股票", "(", ")", " ", "-", "KY", "B", "SZ", ".", "HK", "TW", "0", "3", "600519", "2330", ",", "a", "NVIDIA", "Tim Culpan" };
        var random = new Random(20261206);
        for (var i = 0; i < 5000; i++)
        {
            var parts = Enumerable.Range(0, random.Next(1, 40)).Select(_ => pieces[random.Next(pieces.Length)]);
            AssertSameMatches(string.Concat(parts));
        }
    }

    private static void AssertSameMatches(string text)
    {
        foreach (var (pattern, followers, minRun, maxRun) in Patterns)
        {
            var expected = new Regex(pattern, RegexOptions.CultureInvariant).Matches(text).Select(DevelopmentPageTexts.Describe).ToList();
            var anchored = new Regex(@"\G" + pattern, RegexOptions.CultureInvariant);
            var actual = HanRunMatches.Find(text, anchored, SearchValues.Create(followers), minRun, maxRun).Select(DevelopmentPageTexts.Describe).ToList();
            Assert.Equal(expected, actual);
        }
    }
}
