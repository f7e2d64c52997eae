using Pipeline.Extract.Enterprises;

namespace Pipeline.Extract.Tests.Enterprises;

/// <summary>The trade-word lookups pass a position whose character opens (or continues) no trade ending without comparing
/// it with every ending; these hold them to the full comparison they replace, at every position of new text.</summary>
public class TradeWordGateTests
{
    private static readonly string[] Texts =
    [
        "某某电子与某芯半导体在园区签约，某某科技集团、某某智能装备有限公司同日落户。",
        "台积电子公司、联发科技股份及华邦电的新厂房于三季度投产，某某企业营收增长12%。",
        "某重工国际工程、某某医疗器械和某新材料科技将在开发区建设研发中心",
        "ABC Semiconductor 与某某生物医药签署协议 2025年",
        "",
        "电",
    ];

    /// <summary>The trade word at a position as the resolver read it before the gate: every ending compared, then 企业.</summary>
    private static string? TradeWordComparingAll(string text, int at)
    {
        foreach (var word in UncuedCompanyFinder.TradeEndings)
            if (string.CompareOrdinal(text, at, word, 0, word.Length) == 0) return word;
        return string.CompareOrdinal(text, at, "企业", 0, 2) == 0 ? "企业" : null;
    }

    /// <summary>The completion of a trade word a name ends inside, as the resolver read it before the gate.</summary>
    private static int CompletionComparingAll(string text, int start, int end)
    {
        foreach (var trade in UncuedCompanyFinder.TradeEndings)
            for (var inside = Math.Min(trade.Length - 1, end - start - 1); inside >= 1; inside--)
                if (string.CompareOrdinal(text, end - inside, trade, 0, inside) == 0 &&
                    string.CompareOrdinal(text, end, trade, inside, trade.Length - inside) == 0)
                    return trade.Length - inside;
        return 0;
    }

    /// <summary>Every trade ending, its halves and its later characters, run together and with other text between.</summary>
    private static IEnumerable<string> Generated()
    {
        var endings = UncuedCompanyFinder.TradeEndings;
        yield return string.Concat(endings);
        yield return string.Join("某", endings);
        yield return string.Concat(endings.Select(e => e[..(e.Length / 2)] + "的" + e[(e.Length / 2)..]));
        yield return string.Concat(endings.Select(e => new string(e.Reverse().ToArray())));
    }

    [Fact]
    public void TradeWordAtMatchesComparingEveryEnding()
    {
        var found = 0;
        foreach (var text in Texts.Concat(Generated()))
            for (var at = 0; at <= text.Length; at++)
            {
                var expected = at < text.Length ? TradeWordComparingAll(text, at) : null;
                Assert.Equal(expected, EnterpriseResolver.TradeWordAt(text, at));
                if (expected != null) found++;
            }
        Assert.True(found > UncuedCompanyFinder.TradeEndings.Count);
    }

    [Fact]
    public void CompletedTradeWordLengthMatchesComparingEveryEnding()
    {
        var completed = 0;
        foreach (var text in Texts.Concat(Generated()))
            for (var start = 0; start < text.Length; start++)
                for (var end = start; end <= text.Length && end <= start + 6; end++)
                {
                    var expected = CompletionComparingAll(text, start, end);
                    Assert.Equal(expected, EnterpriseResolver.CompletedTradeWordLength(text, start, end));
                    if (expected > 0) completed++;
                }
        Assert.True(completed > UncuedCompanyFinder.TradeEndings.Count);
    }
}
