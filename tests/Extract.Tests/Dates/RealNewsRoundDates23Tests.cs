using Pipeline.Extract.Dates;
using Pipeline.Extract.Pages;
using Pipeline.Extract.Text;
using Pipeline.Extract.Tests.Lexicon;
using Pipeline.Extract.Tests.PeerSuites;

namespace Pipeline.Extract.Tests.Dates;

/// <summary>Round dates23 (issues #12/#13), from Taiwan and Hong Kong market news (heldout41) and a sample of 18 real pages
/// judged before fixing: the year a page reports is the one of its quarters (2025年第三季, 2025年的上半年, 今年2025年), not an
/// older one a record is counted since (創2021年8月以來新高) nor a fiscal year named ahead of the calendar (2023财年); a wire's
/// dateline between book-title marks, a sentence opened by its trading day, a quarter written number first (09年2Q); no day
/// glued to a number's scale (11月1兆) and no moving average (5日線). The market-news words and their example sentences are
/// in Resources/market-news-dates.txt; every sentence here is written for these tests.</summary>
public class RealNewsRoundDates23Tests
{
    private static string[] Dates(string text, string? published) => PeerHarness.DateTexts(text, published);

    /// <summary>The year a page printing no date of its own is inferred to be of, from its folded text.</summary>
    private static string? PageYear(string text) => PageDates.Infer(new[] { TextNormalizer.Fold(text) });

    public static TheoryData<string, string> Examples() => RuleExamples.Of(MarketNewsDates.Default.Rules);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Each_example_sentence_dates_as_the_market_news_file_says(string sentence, string expected) =>
        Assert.Equal(expected.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), Dates(sentence, "2025-08-28"));

    [Theory]
    [InlineData("2024年第二季，半導體股表現突出，指數創2019年5月以來新高。", "2024")]
    [InlineData("回顧今年2023年第四季的走勢，大市創2018年3月以來新高。", "2023")]
    [InlineData("在2022年的上半年，科技股跑輸大市；指數仍創2017年高位以來新低。", "2022")]
    public void A_page_is_of_the_year_whose_quarters_it_reports_not_the_year_a_record_counts_from(string text, string year) =>
        Assert.Equal(year, PageYear(text));

    [Theory]
    [InlineData("4月營收約9,870億元，年增12%，創2022年10月1兆1,020億元後新高。", "2023")]
    [InlineData("3月出口額創2021年9月以來新高，2月則持平。", "2022")]
    [InlineData("12月營收創2021年9月以來新高。", "2021")]
    [InlineData("10月營收創2021年9月以來新高，9月則持平。", "2021")]
    public void Months_before_the_month_a_record_counts_since_are_of_the_year_after_it(string text, string year) =>
        Assert.Equal(year, PageYear(text));

    [Theory]
    [InlineData("美國時間5月22日，公司發布截至2024年4月28日的2025財年第一財季財報。", "2024")]
    [InlineData("集团公布截至2023年3月31日止的2023财政年度业绩。", "2023")]
    public void A_fiscal_year_named_ahead_of_the_calendar_does_not_date_the_page(string text, string year) =>
        Assert.Equal(year, PageYear(text));

    [Theory]
    [InlineData("《某某通訊社15日專訊》港股今日低開。", "2024-03-15")]
    [InlineData("大市回吐。15日恒指收跌。", "2024-03-15")]
    [InlineData("該公司23年4Q營收創新高。", "2023-10..2023-12")]
    [InlineData("半導體業1H營收年增兩成。", "2024-01..2024-06")]
    public void Market_news_dates_its_trading_days_and_quarters(string sentence, string expected) =>
        Assert.Equal(new[] { expected }, Dates(sentence, "2024-03-15"));

    [Theory]
    [InlineData("股價跌破10日線。")]
    [InlineData("大盤守住20日線與60日線。")]
    [InlineData("貨幣基金表現平穩。7日年化收益率回落。")]
    [InlineData("《2030年科技展望》出版。")]
    [InlineData("產品型號H1N1與Q10不是季度。")]
    public void Moving_averages_numbers_and_titles_are_no_dates(string sentence) =>
        Assert.Empty(Dates(sentence, "2024-03-15"));
}
