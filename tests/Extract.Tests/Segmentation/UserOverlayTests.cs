using Pipeline.Extract.Segmentation;

namespace Pipeline.Extract.Tests.Segmentation;

/// <summary>The user-word trie answers the same before and after its children are laid out in one sorted table, and
/// takes words added after that (a segmenter built on another's words adds more).</summary>
public class UserOverlayTests
{
    private static readonly string[] Words = { "零碳科技产业园", "零碳", "雄川氢能", "雄安新区", "雄安", "氢能", "氢能源", "东湖高新区", "东湖" };

    private static UserOverlay Build(IEnumerable<string> words)
    {
        var overlay = new UserOverlay();
        var freq = 10;
        foreach (var word in words) overlay.Add(word, freq++, "nz");
        return overlay;
    }

    /// <summary>Every prefix's node and frequency, and a look-up of each prefix with one character changed.</summary>
    private static List<(string Key, int Node, int Freq)> Answers(UserOverlay overlay, IEnumerable<string> words)
    {
        var answers = new List<(string, int, int)>();
        foreach (var word in words)
            for (var length = 1; length <= word.Length; length++)
            {
                var key = word[..length];
                var node = overlay.Find(key);
                answers.Add((key, node, node >= 0 ? overlay.FreqAt(node) : -2));
                var changed = key[..^1] + (char)(key[^1] + 1);
                answers.Add((changed, overlay.Find(changed), 0));
            }
        return answers;
    }

    [Fact]
    public void A_frozen_trie_finds_what_the_growing_one_found()
    {
        var overlay = Build(Words);
        var before = Answers(overlay, Words);
        overlay.Freeze();
        Assert.Equal(before, Answers(overlay, Words));
        Assert.All(Words, w => Assert.True(overlay.Find(w) > 0));
        Assert.Equal(-1, overlay.Find("雄关"));
        Assert.Equal(overlay.Find("雄安"), overlay.Child(overlay.Find("雄"), '安'));
    }

    [Fact]
    public void Words_added_after_freezing_are_found_and_the_old_ones_kept()
    {
        var overlay = Build(Words);
        overlay.Freeze();
        overlay.Add("雄川", 5, null);
        overlay.Add("东湖科学城", 7, "ns");
        var all = Words.Append("雄川").Append("东湖科学城").ToList();
        var growing = Answers(overlay, all);
        overlay.Freeze();
        Assert.Equal(growing, Answers(overlay, all));
        Assert.Equal(7, overlay.FreqAt(overlay.Find("东湖科学城")));
        Assert.Equal("ns", overlay.TagAt(overlay.Find("东湖科学城")));
    }

    [Fact]
    public void A_node_with_many_children_finds_each_of_them()
    {
        // More children under one prefix than a short scan would cover: the binary search over the sorted table.
        var words = Enumerable.Range(0, 200).Select(i => "高新" + (char)('\u4e00' + i * 37)).ToList();
        var overlay = Build(words);
        overlay.Freeze();
        var prefix = overlay.Find("高新");
        foreach (var word in words) Assert.Equal(overlay.Find(word), overlay.Child(prefix, word[^1]));
        Assert.Equal(-1, overlay.Child(prefix, '\u4e01'));
    }
}
