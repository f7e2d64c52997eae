using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Pipeline.Extract.Text;

namespace Pipeline.Index.Analysis;

/// <summary>The analyzer of the exact-match fields: text folded as the word analyzer folds it (full-width to
/// half-width, Traditional to Simplified, Latin lower-cased), then every run of Han characters cut into
/// overlapping character bigrams, and every run of other letters and digits kept whole. A phrase of bigrams
/// matches a Han string wherever it occurs, however the segmenter cut the text around it.
/// <para>Positions are character slots: each Han character has one (a bigram sits at its first character's), the
/// last character of each Han run is also emitted alone at its own slot, so every character starts a token (a
/// one-character query is a prefix query) and a one-character run is a token; a run of Latin letters or digits
/// is one slot, and punctuation and whitespace between two tokens one empty slot, so 5G基站 does not match
/// 5G，基站. Because adjacent slots are adjacent text, bigrams at slots p and p + 2 prove the four characters
/// p..p+3, and a phrase of bigrams needs only every other one (<see cref="ExactQueryBuilder"/>).</para>
/// <para>Indexes written before these slots (fields <c>text_exact</c>, <c>title_exact</c>) stacked a run's last
/// character on the run's last bigram (<see cref="StackRunEnd"/>): there a bigram two slots on may follow a
/// punctuation mark or a Latin word, so every bigram of a phrase must be checked.</para></summary>
public sealed class ExactTextAnalyzer : Analyzer
{
    /// <param name="stackRunEnd">The positions of indexes written before character slots (see the summary).</param>
    public ExactTextAnalyzer(bool stackRunEnd = false) => StackRunEnd = stackRunEnd;

    /// <summary>Whether a run's last character is stacked on the run's last bigram (increment 0) instead of
    /// having its own slot.</summary>
    public bool StackRunEnd { get; }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new ExactTextTokenizer(reader, StackRunEnd));

    /// <summary>Whether a character is cut into bigrams (CJK ideographs, with extension A and compatibility forms).</summary>
    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF' or '\u3007';

    /// <summary>Whether a character belongs to a word token (Latin, digits, other letters); Han is not.</summary>
    public static bool IsWordChar(char c) => !IsHan(c) && (char.IsLetterOrDigit(c) || char.IsSurrogate(c));

    /// <summary>The folding both the index and queries apply, one char for one: width, script, case.</summary>
    public static string Fold(string text)
    {
        var chars = text.ToCharArray();
        Fold(chars.AsSpan());
        return new string(chars);
    }

    /// <summary>Where a folded text holds a folded term as the exact field matches it: as a substring, except
    /// that a Latin or digit edge of the term must not be inside a longer word (AI is not in MAIN).</summary>
    public static IEnumerable<int> Occurrences(string foldedText, string foldedTerm)
    {
        if (foldedTerm.Length == 0) yield break;
        for (var at = foldedText.IndexOf(foldedTerm, StringComparison.Ordinal); at >= 0; at = foldedText.IndexOf(foldedTerm, at + 1, StringComparison.Ordinal))
        {
            var end = at + foldedTerm.Length;
            if (IsWordChar(foldedTerm[0]) && at > 0 && IsWordChar(foldedText[at - 1])) continue;
            if (IsWordChar(foldedTerm[^1]) && end < foldedText.Length && IsWordChar(foldedText[end])) continue;
            yield return at;
        }
    }

    /// <summary>The runs of Han and word characters of a text, between punctuation and spaces: what the exact
    /// field indexes, and what snippets look for.</summary>
    public static IEnumerable<string> Runs(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inside = i < text.Length && (IsHan(text[i]) || IsWordChar(text[i]));
            if (inside && start < 0) start = i;
            else if (!inside && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }

    internal static void Fold(Span<char> text)
    {
        for (var i = 0; i < text.Length; i++) text[i] = TextFolding.FoldWidth(text[i]);
        ChineseScript.ToSimplified(text);
        for (var i = 0; i < text.Length; i++) text[i] = TextFolding.ToLower(text[i]);
    }
}

internal sealed class ExactTextTokenizer : Tokenizer
{
    /// <summary>The token type of a Han run's last character emitted alone; queries skip it (see <see cref="ExactQueryBuilder"/>).</summary>
    public const string RunEndType = "<RUN_END>";
    public const string BigramType = "<BIGRAM>";
    public const string WordType = "<WORD>";

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _increment;
    private readonly ITypeAttribute _type;

    private char[] _text = new char[1024];
    private int _length;
    private int _at;
    private bool _gap;
    private bool _pendingRunEnd;
    private bool _started;
    private readonly bool _stackRunEnd;

    public ExactTextTokenizer(TextReader input, bool stackRunEnd) : base(input)
    {
        _stackRunEnd = stackRunEnd;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _type = AddAttribute<ITypeAttribute>();
    }

    public override void Reset()
    {
        base.Reset();
        _length = TokenizerInput.ReadAll(m_input, ref _text);
        ExactTextAnalyzer.Fold(_text.AsSpan(0, _length));
        _at = 0;
        _gap = false;
        _pendingRunEnd = false;
        _started = false;
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        if (_pendingRunEnd)
        {
            // The run's last character alone, at its own slot (stacked on the run's last bigram in the old positions).
            _pendingRunEnd = false;
            Emit(_at - 1, _at, _stackRunEnd ? 0 : 1, ExactTextTokenizer.RunEndType);
            return true;
        }
        while (_at < _length)
        {
            var c = _text[_at];
            if (ExactTextAnalyzer.IsHan(c))
            {
                var start = _at++;
                var more = _at < _length && ExactTextAnalyzer.IsHan(_text[_at]);
                if (more)
                {
                    Emit(start, start + 2, Increment(), BigramType);
                    // The next bigram starts at _at; a run's last bigram is followed by its last character alone.
                    if (_at + 1 >= _length || !ExactTextAnalyzer.IsHan(_text[_at + 1]))
                    {
                        _at++;
                        _pendingRunEnd = true;
                    }
                    return true;
                }
                Emit(start, start + 1, Increment(), RunEndType);
                return true;
            }
            if (ExactTextAnalyzer.IsWordChar(c))
            {
                var start = _at;
                while (_at < _length && ExactTextAnalyzer.IsWordChar(_text[_at])) _at++;
                Emit(start, _at, Increment(), WordType);
                return true;
            }
            _at++;
            if (_started) _gap = true;
        }
        return false;
    }

    private int Increment()
    {
        var increment = !_started ? 1 : _gap ? 2 : 1;
        _started = true;
        _gap = false;
        return increment;
    }

    private void Emit(int start, int end, int increment, string type)
    {
        _term.CopyBuffer(_text, start, end - start);
        _offset.SetOffset(CorrectOffset(start), CorrectOffset(end));
        _increment.PositionIncrement = increment;
        _type.Type = type;
    }

    public override void End()
    {
        base.End();
        var final = CorrectOffset(_length);
        _offset.SetOffset(final, final);
    }
}
