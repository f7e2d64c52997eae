using Pipeline.Extract.Enterprises;

namespace Pipeline.Extract.Tests.Enterprises;

/// <summary>The one reader of a bracketed gloss beside a company name (sentences written for these tests).</summary>
public class NameGlossTests
{
    [Theory]
    [InlineData("英特尔(Intel)宣布", 3, "Intel")]
    [InlineData("英特尔 (Intel Corp.)宣布", 3, "Intel Corp.")] // a space before the bracket
    [InlineData("英特尔( Intel )宣布", 3, "Intel")] // trimmed
    public void The_latin_name_in_brackets_after_a_name_is_read(string text, int end, string latin) =>
        Assert.Equal(latin, NameGloss.LatinAfter(text, end));

    [Theory]
    [InlineData("英特尔(英特尔公司)宣布", 3)] // no Latin letter
    [InlineData("英特尔(2023)", 3)] // digits only
    [InlineData("英特尔宣布(Intel)", 3)] // not right after the name
    [InlineData("英特尔(Intel", 3)] // never closed
    public void Anything_else_is_no_latin_gloss(string text, int end) => Assert.Null(NameGloss.LatinAfter(text, end));

    [Fact]
    public void Inside_gives_the_text_between_the_brackets()
    {
        Assert.Equal(((int, int)?)(7, 10), NameGloss.Inside("NVIDIA(英伟达)", 6));
        Assert.Null(NameGloss.Inside("英伟达(" + new string('x', 60) + ")", 3)); // too long to be a gloss
    }

    [Theory]
    [InlineData("英伟达(NVIDIA)", 4, 3)]
    [InlineData("英伟达 (NVIDIA)", 5, 3)] // a space before the bracket
    [InlineData("英伟达NVIDIA", 3, -1)] // no bracket
    public void A_mention_that_opens_a_bracket_glosses_the_name_before_it(string text, int start, int nameEnd) =>
        Assert.Equal(nameEnd, NameGloss.GlossedNameEnd(text, start));

    [Theory]
    [InlineData("苹果(Apple)发布", 0, 2, "Apple", true)]
    [InlineData("苹果(apple)发布", 0, 2, "Apple", true)] // letter case aside
    [InlineData("Apple(苹果)发布", 6, 8, "Apple", true)] // the Latin name before the bracket the name fills
    [InlineData("SnapApple(苹果)发布", 10, 12, "Apple", false)] // the end of a longer Latin word
    [InlineData("苹果(Applebee)发布", 0, 2, "Apple", false)]
    [InlineData("苹果价格上涨", 0, 2, "Apple", false)]
    public void A_latin_name_glosses_a_name_beside_it(string text, int start, int end, string latin, bool glossed) =>
        Assert.Equal(glossed, NameGloss.IsGlossedWith(text, start, end, latin));
}
