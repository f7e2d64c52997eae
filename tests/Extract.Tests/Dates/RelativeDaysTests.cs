using Pipeline.Extract.Dates;
using Pipeline.Extract.Resources;
using Pipeline.Extract.Tests.Lexicon;
using Pipeline.Extract.Tests.PeerSuites;

namespace Pipeline.Extract.Tests.Dates;

/// <summary>The relative day words (昨天, 前日, 明晚) and the neighbours that make them no day (今日头条, 光明日报, 此前日本)
/// are Resources/relative-days.txt; its example sentences are dated here as the file says.</summary>
public class RelativeDaysTests
{
    private static string[] Dates(string text, string? published) => PeerHarness.DateTexts(text, published);

    public static TheoryData<string, string> Examples() => RuleExamples.Of(RelativeDays.Default.Rules);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Each_example_sentence_dates_as_the_relative_days_file_says(string sentence, string expected) =>
        Assert.Equal(expected.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), Dates(sentence, "2024-07-10"));

    [Fact]
    public void A_longer_day_word_is_listed_before_a_shorter_one_it_starts_with()
    {
        var words = RelativeDays.Default.Days.Select(d => d.Word).ToList();
        for (var i = 0; i < words.Count; i++)
            for (var j = i + 1; j < words.Count; j++)
                Assert.False(words[j].Length > words[i].Length && words[j].StartsWith(words[i], StringComparison.Ordinal),
                    $"{words[j]} is listed after {words[i]}, which it starts with: it would never be read");
    }

    [Fact]
    public void A_day_line_without_an_offset_is_refused_with_its_text()
    {
        var file = ResourceFile.Parse("relative-days.txt", new StringReader("[days]\n昨天\n[not-before]\n目\n[not-after]\n之\n[names-holding-a-day-word]\n光明日报\n"));
        var error = Assert.Throws<InvalidDataException>(() => new RelativeDays(file));
        Assert.Contains("昨天", error.Message);
    }

    [Fact]
    public void A_day_word_without_a_publication_day_stays_unresolved() =>
        Assert.Empty(Dates("园区昨天举行签约仪式。", null));
}
