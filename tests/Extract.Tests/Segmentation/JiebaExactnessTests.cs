using System.Text;
using Newtonsoft.Json.Linq;
using Pipeline.Extract.Segmentation;

namespace Pipeline.Extract.Tests.Segmentation;

/// <summary>Token-for-token comparison with python jieba (see jieba_reference.py). Without python jieba the
/// tests are reported as skipped, the reason in their name; .ci/run installs python3-jieba so they run there.</summary>
public class JiebaExactnessTests
{
    [SkippableFact(DisplayName = "Segmentation equals python jieba: seed lines (skipped without python3-jieba: apt-get install -y python3-jieba, as .ci/run does, or without ../shared's seed pages)")]
    public void SeedLinesMatchPythonJieba()
    {
        PythonJieba.SkipUnlessAvailable();
        SegmentationTexts.SkipUnlessSeeds();
        AssertSameAsPython(JiebaSegmenter.Default, SegmentationTexts.SeedLines(), PythonJieba.Reference(SegmentationTexts.SeedLines()));
    }

    [SkippableFact(DisplayName = "Segmentation equals python jieba: generated lines (skipped without python3-jieba: apt-get install -y python3-jieba, as .ci/run does)")]
    public void GeneratedLinesMatchPythonJieba()
    {
        PythonJieba.SkipUnlessAvailable();
        var lines = SegmentationTexts.GeneratedLines();
        AssertSameAsPython(JiebaSegmenter.Default, lines, PythonJieba.Reference(lines));
    }

    [SkippableFact(DisplayName = "Segmentation equals python jieba: user words (add_word) (skipped without python3-jieba: apt-get install -y python3-jieba, as .ci/run does)")]
    public void UserWordsMatchPythonAddWord()
    {
        PythonJieba.SkipUnlessAvailable();
        var words = new (string Word, int? Freq, string? Tag)[]
        {
            ("零碳科技产业园", null, "ns"),
            ("雄川氢能", null, "nt"),
            ("雄川氢能科技有限公司", 50, "nt"),
            ("杭州高新区", null, "ns"),
            ("国家高新区", null, null),
            ("氢能", 0, null),          // frequency 0: jieba's del_word
            ("中关村科学城", 10, "ns"),
            ("专精特新小巨人", null, "nz"),
            ("AI芯片", null, "nz"),
        };
        var lines = new List<string>(SegmentationTexts.GeneratedLines(60))
        {
            "雄川氢能科技有限公司落户零碳科技产业园，杭州高新区和国家高新区都有氢能企业。",
            "中关村科学城里的专精特新小巨人研发AI芯片",
            "氢能氢能氢能，雄川氢能",
        };
        var segmenter = JiebaSegmenter.Default.WithUserWords(words.Select(w => new UserWord(w.Word, w.Freq, w.Tag)));
        AssertSameAsPython(segmenter, lines, PythonJieba.Reference(lines, words));
    }

    private static void AssertSameAsPython(JiebaSegmenter segmenter, IReadOnlyList<string> lines, JArray reference)
    {
        Assert.Equal(lines.Count, reference.Count);
        var failures = new StringBuilder();
        var failed = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var expected = (JObject)reference[i];
            Check("cut", Words(expected["cut"]!), segmenter.Cut(line));
            Check("cut HMM=False", Words(expected["cut_no_hmm"]!), segmenter.Cut(line, hmm: false));
            Check("cut_for_search", Words(expected["search"]!), segmenter.CutForSearch(line));
            Check("posseg", Pairs(expected["pos"]!), segmenter.Tag(line).Select(t => $"{t.Word}/{t.Tag}").ToList());
            Check("posseg HMM=False", Pairs(expected["pos_no_hmm"]!), segmenter.Tag(line, hmm: false).Select(t => $"{t.Word}/{t.Tag}").ToList());
            Check("tokenize search", Tokens(line, expected["tokenize_search"]!),
                segmenter.Tokenize(line, SegmentMode.Search).Select(t => $"{t.Word}@{t.Start}-{t.End}").ToList());

            void Check(string what, IReadOnlyList<string> want, IReadOnlyList<string> got)
            {
                if (want.SequenceEqual(got)) return;
                if (++failed > 5) return;
                var at = 0;
                while (at < want.Count && at < got.Count && want[at] == got[at]) at++;
                failures.AppendLine($"{what} differs on line {i} (length {line.Length}) at token {at}:");
                failures.AppendLine($"  python: {Show(want, at)}");
                failures.AppendLine($"  C#:     {Show(got, at)}");
            }
        }
        Assert.True(failed == 0, $"{failed} mismatches with python jieba:\n{failures}");
    }

    /// <summary>Tokens around a mismatch, JSON-quoted so that whitespace tokens are visible.</summary>
    private static string Show(IReadOnlyList<string> tokens, int at) =>
        string.Join(" ", tokens.Skip(Math.Max(0, at - 3)).Take(8).Select(t => Newtonsoft.Json.JsonConvert.ToString(t)));

    private static List<string> Words(JToken array) => array.Select(t => (string)t!).ToList();

    private static List<string> Pairs(JToken array) => array.Select(p => $"{(string)p[0]!}/{(string)p[1]!}").ToList();

    /// <summary>python's tokenize counts code points; convert its offsets to UTF-16 units.</summary>
    private static List<string> Tokens(string line, JToken array)
    {
        var unitOffset = new List<int>();
        for (var i = 0; i < line.Length; i++)
        {
            unitOffset.Add(i);
            if (char.IsHighSurrogate(line[i]) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1])) i++;
        }
        unitOffset.Add(line.Length);
        return array.Select(t => $"{(string)t[0]!}@{unitOffset[(int)t[1]!]}-{unitOffset[(int)t[2]!]}").ToList();
    }
}
