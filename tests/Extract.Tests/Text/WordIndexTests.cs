using Pipeline.Extract.Text;

namespace Pipeline.Extract.Tests.Text;

public class WordIndexTests
{
    [Fact]
    public void The_first_word_in_list_order_is_found_as_a_walk_over_the_list_would_find_it()
    {
        var index = new WordIndex(new[] { "企业", "公司", "企", "视频号" });
        Assert.Equal("企业", index.FirstAt("等龙头企业", 3));
        Assert.Equal("企", index.FirstAt("等台企", 2));
        Assert.Null(index.FirstAt("等合作伙伴", 1));
        Assert.Null(index.FirstAt("视频", 0)); // a word longer than what is left
        Assert.Null(index.FirstAt("企业", 2));
        Assert.Equal(new[] { "企业", "企" }, index.StartingWith('企'));
        Assert.Empty(index.StartingWith('等'));
        Assert.True(index.CanStart('视'));
    }

    [Fact]
    public void Words_of_any_first_character_are_found_and_the_list_keeps_its_order()
    {
        // First characters far apart (Latin, punctuation, Han of different blocks, a private-use char) land in different pages.
        var words = new[] { "ABC", "A", "：称", "龢字", "一二", "\uE000x", "\uFFFF" };
        var index = new WordIndex(words);
        Assert.Equal("ABC", index.FirstAt("xABCD", 1));
        Assert.Equal("A", index.FirstAt("xAB", 1));
        Assert.Equal("：称", index.FirstAt("他们：称", 2));
        Assert.Equal("龢字", index.FirstAt("这个龢字", 2));
        Assert.Equal("\uE000x", index.FirstAt("a\uE000x", 1));
        Assert.Equal("\uFFFF", index.FirstAt("\uFFFF", 0));
        Assert.Null(index.FirstAt("龢", 0));
        Assert.Null(index.FirstAt("二一", 0));
        Assert.Null(index.FirstAt("一二", -1));
        Assert.Equal(words, index); // enumerated as given
        Assert.Equal(words.Length, index.Count);
        Assert.Equal("龢字", index[3]);
    }

    [Fact]
    public void An_empty_word_is_refused() => Assert.Throws<ArgumentException>(() => new WordIndex(new[] { "企业", "" }));

    [Fact]
    public void A_pair_filter_never_says_no_to_a_pair_it_holds()
    {
        var filter = new CharPairFilter();
        var pairs = new List<(char, char)>();
        for (var i = 0; i < 3000; i++) pairs.Add(((char)(0x4E00 + i * 7 % 20000), (char)(0x4E00 + i * 13 % 20000)));
        foreach (var (a, b) in pairs) filter.Add(a, b);
        Assert.All(pairs, p => Assert.True(filter.MayContain(p.Item1, p.Item2)));
        var wrong = 0;
        for (var i = 0; i < 10000; i++) if (filter.MayContain((char)(0x6000 + i), 'Z')) wrong++;
        Assert.True(wrong < 200, $"{wrong} of 10,000 pairs not held were let through");
    }
}
