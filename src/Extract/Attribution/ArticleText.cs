using Pipeline.Extract.Figures;
using Pipeline.Extract.Lexicon;
using Pipeline.Extract.Numbers;
using Pipeline.Extract.Pipeline;

namespace Pipeline.Extract.Attribution;

/// <summary>A word of the scanned view: [Start, End) in view offsets, with its part-of-speech tag.</summary>
internal readonly record struct ViewWord(int Start, int End, string Word, string Tag)
{
    public bool IsVerb => Tag is "v" or "vd" or "vi" or "vq";
    public bool IsAdverb => Tag is "d";
    public bool IsPlaceOrName => Tag is "ns" or "nt" or "nr" or "nrt" or "nrfg";
}

/// <summary>
/// The body as the attribution stage reads it: the folded view (Simplified, no wrapping breaks), its words with
/// their tags (from the segmentation stage), and its sentences and clauses. All offsets are view offsets.
/// </summary>
internal sealed class ArticleText
{
    private ArticleText(FoldedText view, List<ViewWord> words)
    {
        View = view;
        Words = words;
    }

    public FoldedText View { get; }
    public string Text => View.Text;
    public List<ViewWord> Words { get; }

    public static ArticleText Create(ArticleDocument document)
    {
        var view = document.View;
        var tokens = SegmentationStage.TokensOf(document);
        var words = new List<ViewWord>(tokens.Count);
        foreach (var token in tokens)
        {
            int start = view.FromSource(token.Start), end = view.FromSource(token.End - 1) + 1;
            if (end > start) words.Add(new ViewWord(start, end, view.Text[start..end], token.Value as string ?? "x"));
        }
        return new ArticleText(view, words);
    }

    public int FromSource(int sourceStart) => View.FromSource(sourceStart);
    public int FromSourceEnd(int sourceEnd) => sourceEnd <= 0 ? 0 : View.FromSource(sourceEnd - 1) + 1;

    /// <summary>A sentence ends at 。！？；, at a line break, or at the text's ends.</summary>
    public (int Start, int End) SentenceAround(int start, int end) => FigureResolver.SentenceAround(Text, start, end);

    /// <summary>The words before a figure back to the clause's start (a comma, a colon, a bracket) or the
    /// previous number (digits of a date do not end it: 比2020年减少12万吨).</summary>
    public int ClauseStart(int start, int sentenceStart, Func<int, bool>? inDate = null)
    {
        const string breaks = ",，、:：(（)）“”\"「」";
        var s = start;
        while (s > sentenceStart && !breaks.Contains(Text[s - 1])
               && !(char.IsAsciiDigit(Text[s - 1]) && inDate?.Invoke(s - 1) != true) && Text[s - 1] != '%') s--;
        return s;
    }

    /// <summary>Index of the first word starting at or after <paramref name="at"/>, Words.Count when none.</summary>
    public int FirstWordFrom(int at)
    {
        int lo = 0, hi = Words.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Words[mid].Start < at) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>The word starting exactly at <paramref name="at"/>, if a word boundary is there.</summary>
    public ViewWord? WordAt(int at)
    {
        var i = FirstWordFrom(at);
        return i < Words.Count && Words[i].Start == at ? Words[i] : null;
    }

    public bool IsWordBoundary(int at) => at <= 0 || at >= Text.Length || WordAt(at) != null;

    public bool Follows(int at, string word) =>
        at >= 0 && at + word.Length <= Text.Length && string.CompareOrdinal(Text, at, word, 0, word.Length) == 0;

    public bool EndsAt(int at, string word) => at - word.Length >= 0 && Follows(at - word.Length, word);

    // Loops, not Any with a lambda: rules ask these for every word and mention, and a lambda capturing the position
    // allocates a closure each time.
    public bool FollowsAny(int at, string[] words)
    {
        foreach (var word in words)
            if (Follows(at, word)) return true;
        return false;
    }

    public bool EndsWithAny(int at, string[] words)
    {
        foreach (var word in words)
            if (EndsAt(at, word)) return true;
        return false;
    }
}
