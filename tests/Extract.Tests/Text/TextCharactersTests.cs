using Pipeline.Extract.Enterprises;
using Pipeline.Extract.Resources;
using Pipeline.Extract.Text;

namespace Pipeline.Extract.Tests.Text;

public class TextCharactersTests
{
    [Fact]
    public void A_word_with_a_character_the_text_lacks_cannot_occur_and_the_others_are_found_where_IndexOf_finds_them()
    {
        const string text = "园区内的瑞联光电与海川智造签约，总投资逾八亿元。";
        Assert.True(TextCharacters.MayContain(text, "海川"));
        Assert.True(TextCharacters.MayContain(text, "川海")); // every character is there, in another order: "maybe"
        Assert.False(TextCharacters.MayContain(text, "银行"));
        Assert.False(TextCharacters.MayContain(text, "光电所")); // one character missing is enough
        Assert.True(TextCharacters.MayContain(text, ""));
        Assert.Equal(text.IndexOf("投资", StringComparison.Ordinal), TextCharacters.IndexOf(text, "投资"));
        Assert.Equal(-1, TextCharacters.IndexOf(text, "川海"));
        Assert.Equal(-1, TextCharacters.IndexOf(text, "投资", 18));
        Assert.Equal(-1, TextCharacters.IndexOf(text, "银行"));
    }

    [Fact]
    public void Switching_texts_forgets_the_previous_texts_characters_short_or_long()
    {
        var longText = string.Concat(Enumerable.Repeat("某某新材料科技发布年度报告。", 400)) + "银行"; // past the block-clearing length
        foreach (var (first, second) in new[] { ("甲方为银行", "乙方为券商"), (longText, "乙方为券商"), ("乙方为券商", longText) })
        {
            Assert.Equal(first.Contains("银行"), TextCharacters.MayContain(first, "银行"));
            Assert.Equal(second.Contains("银行"), TextCharacters.MayContain(second, "银行"));
            Assert.Equal(second.Contains("券商"), TextCharacters.MayContain(second, "券商"));
            Assert.Equal(first.Contains("券商"), TextCharacters.MayContain(first, "券商")); // and back
        }
    }

    [Fact]
    public void Characters_at_the_ends_of_the_char_range_and_surrogate_halves_are_told_apart()
    {
        var text = "a\u0000\uFFFF\uD83D\uDE00\u3000";
        foreach (var c in new[] { 'a', '\u0000', '\uFFFF', '\uD83D', '\uDE00', '\u3000' }) Assert.True(TextCharacters.MayContain(text, c.ToString()));
        // Neighbours share a 64-bit word with them but not a bit.
        foreach (var c in new[] { 'b', '`', '\u0001', '\u003F', '\u0040', '\uFFFE', '\uFFBF', '\uD83C', '\uDE01', '\u3001' })
            Assert.False(TextCharacters.MayContain(text, c.ToString()), $"U+{(int)c:X4}");
    }

    [Fact]
    public void Every_cue_word_is_found_where_IndexOf_finds_it_on_every_development_page()
    {
        var file = ResourceFile.Load(UncuedCompanyFinder.FileName);
        var cues = file.Headers.SelectMany(h => file[h])
            .Concat(new[] { "投资", "项目", "基地", "企业", "公司", "银行", "等", "" }).Distinct().ToList();
        var texts = DevelopmentPageTexts.Folded();
        var compared = 0;
        // Texts asked in turn and the same text asked again after another, as the finders ask them.
        for (var t = 0; t < texts.Count; t++)
            foreach (var text in new[] { texts[t], texts[(t * 7 + 3) % texts.Count], texts[t] })
                foreach (var cue in cues)
                    foreach (var from in new[] { 0, 1, 2 })
                    {
                        if (from > text.Length) continue;
                        Assert.Equal(text.IndexOf(cue, from, StringComparison.Ordinal), TextCharacters.IndexOf(text, cue, from));
                        compared++;
                    }
        Assert.True(compared > 100_000, $"only {compared} lookups compared");
    }

    [Fact]
    public void Each_thread_keeps_its_own_text()
    {
        var texts = new[] { "华东总部设在上海", "银行与券商合作", "某某科技发布新品", "海外子公司投产" };
        Parallel.For(0, 2000, i =>
        {
            var text = texts[i % texts.Length];
            foreach (var word in new[] { "银行", "总部", "科技", "投产", "子公司" })
                Assert.Equal(text.Contains(word, StringComparison.Ordinal), TextCharacters.IndexOf(text, word) >= 0);
        });
    }

    [Fact]
    public void Occurrences_of_a_word_are_those_IndexOf_finds_whether_or_not_the_text_can_hold_it()
    {
        const string text = "研发中心与研发基地相邻，研发研发";
        Assert.Equal(new[] { 0, 5, 12, 14 }, Occurrences(text, "研发"));
        Assert.Empty(Occurrences(text, "银行"));
        Assert.Empty(Occurrences(text, "基中")); // both characters there, never in this order
    }

    private static List<int> Occurrences(string text, string word)
    {
        var found = new List<int>();
        foreach (var at in new OrdinalOccurrences(text, word)) found.Add(at);
        return found;
    }
}
