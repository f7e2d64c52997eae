using Pipeline.Extract.Resources;

namespace Pipeline.Extract.Figures;

/// <summary>
/// The securities-code vocabulary (Resources/stock-codes.txt), the one source of the exchange letters and code labels
/// for both the figure stage (a code counts nothing) and the attribution stage (the name before a code is a company's).
/// </summary>
internal sealed class StockCodes
{
    private static readonly Lazy<StockCodes> LazyDefault = new(() => new StockCodes(ResourceFile.Load("stock-codes.txt")));

    public static StockCodes Default => LazyDefault.Value;

    public StockCodes(ResourceFile file)
    {
        Exchanges = file["exchange"].SelectMany(x => new[] { x, x.ToLowerInvariant() }).Distinct().OrderByDescending(x => x.Length).ToArray();
        Labels = file["code-label"].OrderByDescending(x => x.Length).ToArray();
    }

    /// <summary>Exchange letters as written after a code's dot, upper and lower case, longest first.</summary>
    public string[] Exchanges { get; }
    /// <summary>Words a code follows (股票代码, 代號), longest first.</summary>
    public string[] Labels { get; }

    /// <summary>The exchange written at <paramref name="at"/> (right after a code's dot), or null.</summary>
    public string? ExchangeAt(string text, int at) => FirstAt(Exchanges, text, at);

    /// <summary>The label that ends at <paramref name="end"/>, or null.</summary>
    public string? LabelEndingAt(string text, int end) =>
        Labels.FirstOrDefault(x => end - x.Length >= 0 && end <= text.Length && string.CompareOrdinal(text, end - x.Length, x, 0, x.Length) == 0);

    /// <summary>The label that starts at <paramref name="at"/>, or null.</summary>
    public string? LabelAt(string text, int at) => FirstAt(Labels, text, at);

    /// <summary>The first of <paramref name="words"/> written at <paramref name="at"/> of <paramref name="text"/>, or null.</summary>
    private static string? FirstAt(string[] words, string text, int at) =>
        words.FirstOrDefault(x => at >= 0 && at + x.Length <= text.Length && string.CompareOrdinal(text, at, x, 0, x.Length) == 0);
}
