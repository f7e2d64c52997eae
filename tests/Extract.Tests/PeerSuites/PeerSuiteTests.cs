using Xunit.Abstractions;

namespace Pipeline.Extract.Tests.PeerSuites;

/// <summary>
/// Peer libraries' public test cases run through our numeral parser and our figure and date stages. Each suite
/// must keep at least the pass rate reached when it was last measured (a regression fails the test); the report of
/// failing and skipped cases is written to the test output. Pass rates when the harness was first run, before
/// the fixes it drove: cn2an 100%, Number 85.5%, approximate numbers 63.6%, Percentage 92.7%, Currency 81.8%,
/// Dimension 66.7%, DateParser 50.0%, DatePeriodParser 69.2%, JioNLP money 60.0%, JioNLP time 56.6%.
/// </summary>
public class PeerSuiteTests(ITestOutputHelper output)
{
    private void Check(SuiteResult result, double floor)
    {
        output.WriteLine(result.Report());
        Assert.True(result.Rate >= floor, $"{result.Suite} pass rate {result.Rate:P1} fell below {floor:P1}\n{result.Report()}");
    }

    [Fact]
    public void Cn2an() => Check(PeerHarness.RunNumerals("cn2an cn2an_test", Cn2anCases.Cn2an), 1.0);

    [Fact]
    public void RecognizersNumber() => Check(PeerHarness.RunNumerals("Recognizers Number", RecognizersNumberCases.Number), 1.0);

    [Fact]
    public void RecognizersApproximateNumber() =>
        Check(PeerHarness.RunFigures("Recognizers Number (approximate)", RecognizersNumberCases.Approximate), 1.0);

    [Fact]
    public void RecognizersPercent() => Check(PeerHarness.RunFigures("Recognizers Percentage", RecognizersNumberCases.Percent), 1.0);

    [Fact]
    public void RecognizersCurrency() => Check(PeerHarness.RunFigures("Recognizers Currency", RecognizersNumberCases.Currency), 1.0);

    [Fact]
    public void RecognizersDimension() => Check(PeerHarness.RunFigures("Recognizers Dimension", RecognizersNumberCases.Dimension), 1.0);

    [Fact]
    public void RecognizersDate() => Check(PeerHarness.RunDates("Recognizers DateParser", RecognizersDateCases.Date), 0.95);

    [Fact]
    public void RecognizersDatePeriod() => Check(PeerHarness.RunDates("Recognizers DatePeriodParser", RecognizersDateCases.DatePeriod), 1.0);

    [Fact]
    public void JioNlpMoney() => Check(PeerHarness.RunFigures("JioNLP parse_money", JioNlpCases.Money), 1.0);

    [Fact]
    public void JioNlpTime() => Check(PeerHarness.RunDates("JioNLP parse_time", JioNlpCases.Time), 1.0);

    [Fact]
    public void DucklingNumeral() => Check(PeerHarness.RunNumerals("Duckling Numeral/ZH", DucklingCases.Numeral), 1.0);

    [Fact]
    public void DucklingMoney() => Check(PeerHarness.RunFigures("Duckling AmountOfMoney/ZH", DucklingCases.Money), 0.8);

    [Fact]
    public void DucklingDistance() => Check(PeerHarness.RunFigures("Duckling Distance/ZH", DucklingCases.Distance), 1.0);

    [Fact]
    public void DucklingVolume() => Check(PeerHarness.RunFigures("Duckling Volume/ZH", DucklingCases.Volume), 0.95);

    [Fact]
    public void DucklingQuantity() => Check(PeerHarness.RunFigures("Duckling Quantity/ZH", DucklingCases.Quantity), 1.0);

    [Fact]
    public void DucklingTemperature() => Check(PeerHarness.RunFigures("Duckling Temperature/ZH", DucklingCases.Temperature), 1.0);

    [Fact]
    public void DucklingTime() => Check(PeerHarness.RunDates("Duckling Time/ZH", DucklingCases.Time), 0.95);

    [Fact]
    public void Chinese2DigitsNumerals() => Check(PeerHarness.RunNumerals("chinese2digits numerals", Chinese2DigitsCases.Numerals), 1.0);

    [Fact]
    public void Chinese2DigitsFigures() => Check(PeerHarness.RunFigures("chinese2digits percentages and fractions", Chinese2DigitsCases.Figures), 1.0);

    [Fact]
    public void TimeNlp() => Check(PeerHarness.RunDates("Time-NLP", TimeNlpCases.Time), 1.0);
}
