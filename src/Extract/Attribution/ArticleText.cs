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
            if (end <= start) continue;
            var word = view.Text[start..end];
            words.Add(new ViewWord(start, end, word, MetricFinder.TagOf(word, token.Tag ?? "x")));
        }
        var starts = document.Get(Labels.Figure).Select(a => view.FromSource(a.Start)).ToHashSet();
        var cuts = document.Get(Labels.Figure).Select(a => a.End <= 0 ? 0 : view.FromSource(a.End - 1) + 1).ToHashSet();
        cuts.UnionWith(starts);
        // 完工率为53.71%: a link glued to a noun before a figure (率为) is cut off it; not off a verb (定为).
        foreach (var word in words)
            if (starts.Contains(word.End) && word.Word.Length > 1 && MetricFinder.GluedLinks.Contains(word.Word[^1..])
                && !MetricFinder.IsLinkWord(word.Word) && LastPartNamesAThing(word.Word[..^1]))
                cuts.Add(word.End - 1);
        return new ArticleText(view, CutAt(view.Text, words, cuts));
    }

    /// <summary>
    /// 占地约160亩, 6家母基金: the segmenter may join a figure's first or last character to the word beside it (占地约, 家母);
    /// such a word is cut where the figure starts or ends (and before a link glued to it, 率为), the part outside the figure segmented again on its own (占地)
    /// and so the part inside, so that the words before and after a figure end and start at it.
    /// </summary>
    private static List<ViewWord> CutAt(string text, List<ViewWord> words, HashSet<int> cuts)
    {
        if (!words.Any(w => Straddles(w, cuts))) return words;
        var cut = new List<ViewWord>(words.Count + 8);
        foreach (var word in words)
        {
            if (!Straddles(word, cuts)) { cut.Add(word); continue; }
            var at = word.Start;
            for (var b = word.Start + 1; b <= word.End; b++)
            {
                if (b < word.End && !cuts.Contains(b)) continue;
                AddPart(text, cut, at, b);
                at = b;
            }
        }
        return cut;
    }

    private static bool LastPartNamesAThing(string part)
    {
        var parts = new List<(int Start, int End, string Tag)>();
        DomainDictionary.Segmenter.Tag(part, parts);
        if (parts.Count == 0) return false;
        var (s, e, tag) = parts[^1];
        return MetricFinder.IsNoun(new ViewWord(s, e, part[s..e], tag));
    }

    private static bool Straddles(ViewWord word, HashSet<int> cuts)
    {
        for (var b = word.Start + 1; b < word.End; b++)
            if (cuts.Contains(b)) return true;
        return false;
    }

    /// <summary>A part of a cut word, segmented on its own.</summary>
    private static void AddPart(string text, List<ViewWord> words, int start, int end)
    {
        var parts = new List<(int Start, int End, string Tag)>();
        DomainDictionary.Segmenter.Tag(text.AsSpan(start, end - start), parts);
        foreach (var (s, e, tag) in parts)
        {
            var word = text[(start + s)..(start + e)];
            words.Add(new ViewWord(start + s, start + e, word, MetricFinder.TagOf(word, tag)));
        }
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
