using Pipeline.Extract.Pages;
using Pipeline.Extract.Text;

namespace Pipeline.Extract.Tests.Text;

/// <summary>The one recogniser of pinyin readings glued after characters, which the name finders, the number view and
/// the headline length all ask (sentences written for these tests).</summary>
public class PinyinReadingsTests
{
    [Theory]
    [InlineData("園(yuán)區", 1, 6)]
    [InlineData("園（yuán）區", 1, 6)] // full-width brackets
    [InlineData("創(chuàng)新", 1, 8)] // six letters, the longest syllable
    [InlineData("嗯(ń)", 1, 3)]
    [InlineData("綠(lǜ)色", 1, 4)]
    public void A_toned_syllable_in_brackets_after_a_Han_character_is_a_reading(string text, int open, int length) =>
        Assert.Equal(length, PinyinReadings.LengthAt(text, open, text[open - 1]));

    [Theory]
    [InlineData("面積(km)", 2)] // no tone mark: a unit, an abbreviation
    [InlineData("人工智能(AI)", 4)] // capitals
    [InlineData("單位(lü)", 2)] // ü alone is no tone mark
    [InlineData("A(yè)", 1)] // not after a Han character
    [InlineData("區(chuàngg)", 1)] // seven letters: no syllable is that long
    [InlineData("區(qū", 1)] // never closed
    [InlineData("區()", 1)]
    public void Anything_else_in_brackets_is_not(string text, int open) =>
        Assert.Equal(0, PinyinReadings.LengthAt(text, open, text[open - 1]));

    [Fact]
    public void The_character_before_is_the_callers_so_a_view_that_drops_spaces_sees_the_reading_glued() =>
        Assert.Equal(5, PinyinReadings.LengthAt("萬 (wàn)元", 2, '萬'));

    [Fact]
    public void Strip_takes_out_readings_in_either_bracket_and_maps_back()
    {
        var readings = PinyinReadings.Strip("開發(fā)區（qū）新簽約");
        Assert.NotNull(readings);
        Assert.Equal("開發區新簽約", readings.Text);
        Assert.Equal(11, readings.ToWritten(3)); // 新, after 區（qū）
    }

    [Fact]
    public void A_web_headline_is_measured_without_its_readings()
    {
        // 60 characters without its eight readings, 100 with them.
        var headline = string.Concat(Enumerable.Repeat("園(yuán)區", 8)) + new string('新', 44);
        Assert.True(LineRules.IsLongWebHeadline(headline));
        Assert.False(LineRules.IsLongWebHeadline(headline.Replace("(yuán)", "(abcd)")));
    }
}
