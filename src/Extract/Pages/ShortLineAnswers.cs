namespace Pipeline.Extract.Pages;

/// <summary>
/// Answers about short lines kept on the calling thread: a page's head lines, bars and prompts are asked about by several
/// steps (marking the furniture, each headline candidate, the figure stage's widget test), a paragraph once. One store per
/// kind of answer, kept for one asker at a time (a test's rules are not the default's), let go when it holds too many.
/// </summary>
internal static class ShortLineAnswers<T>
{
    /// <summary>The longest line whose answer is kept: head lines, bars and prompts are short.</summary>
    private const int MaxLineLength = 160;
    private const int MaxKept = 4096;

    [ThreadStatic] private static Dictionary<string, T>? _kept;
    [ThreadStatic] private static object? _asker;

    /// <param name="answer">Works the answer out; static, so that asking allocates nothing.</param>
    public static T Get<TAsker>(TAsker asker, string folded, Func<TAsker, string, T> answer) where TAsker : class
    {
        if (folded.Length > MaxLineLength) return answer(asker, folded);
        if (!ReferenceEquals(_asker, asker) || _kept!.Count >= MaxKept) (_asker, _kept) = (asker, new Dictionary<string, T>(StringComparer.Ordinal));
        if (_kept.TryGetValue(folded, out var kept)) return kept;
        return _kept[folded] = answer(asker, folded);
    }
}
