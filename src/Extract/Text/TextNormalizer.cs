using System.Buffers;
using System.Globalization;
using System.Text;

namespace Pipeline.Extract.Text;

/// <summary>Text normalization shared by page splitting and the entity stages.
/// <see cref="Clean"/> is for text that is kept (bodies, titles): it tidies without changing what is
/// written. <see cref="Fold"/> is for matching: one char for one char, so offsets stay valid.</summary>
public static class TextNormalizer
{
    /// <summary>Sentence-final punctuation, full- and half-width, and closing marks that end a sentence.</summary>
    private const string SentenceEnds = "。！？!?…；;”’」』\"";

    /// <summary>A line for output: NFC, zero-width and control characters removed, every kind of space
    /// made one ASCII space, full-width letters and digits made ASCII (NFKC on those only: NFKC on the
    /// whole text would also turn ① into 1 and ，into a comma, which changes what the page says).</summary>
    public static string Clean(string text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        // Every line of every page comes through here: ICU is asked for NFC only when a char could change under it, and a
        // new string is built only from the first char the loop below would change (most lines have none).
        var normalized = IsNfcInert(text) ? text : text.Normalize(NormalizationForm.FormC);
        var first = 0;
        while (first < normalized.Length && CleanedAt(normalized, first) == normalized[first]) first++;
        if (first == normalized.Length) return normalized;
        var sb = new StringBuilder(normalized.Length);
        sb.Append(normalized, 0, first);
        var pendingSpace = false;
        for (var i = first; i < normalized.Length; i++)
        {
            var cleaned = CleanedAt(normalized, i);
            if (cleaned == Dropped) continue;
            if (cleaned == Spacing)
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace) sb.Append(' ');
            pendingSpace = false;
            sb.Append((char)cleaned);
        }
        return sb.ToString();
    }

    /// <summary>What <see cref="CleanedAt"/> gives for a char <see cref="Clean"/> leaves out, and for one that becomes
    /// (with its neighbours) a single space between kept chars.</summary>
    private const int Dropped = -1, Spacing = -2;

    /// <summary>What <see cref="Clean"/> makes of the char at <paramref name="at"/>: <see cref="Dropped"/> (zero-width),
    /// <see cref="Spacing"/> (any space or control char), or the char to write (full-width forms made ASCII, the small
    /// stop between digits a decimal point; any other char itself). One answer for Clean's fast scan and its loop.</summary>
    private static int CleanedAt(string text, int at)
    {
        var ch = text[at];
        if (IsInvisible(ch)) return Dropped;
        if (char.IsWhiteSpace(ch) || char.IsControl(ch)) return Spacing;
        if (IsMappedFullWidth(ch)) return ch - 0xFEE0;
        return IsSmallStopDecimalPoint(text, at) ? '.' : ch;
    }

    /// <summary>The full-width forms <see cref="Clean"/> makes ASCII: digits, letters and the signs of numbers (％ ． ＋ － ／).</summary>
    private static bool IsMappedFullWidth(char ch) =>
        ch is >= '０' and <= '９' or >= 'Ａ' and <= 'Ｚ' or >= 'ａ' and <= 'ｚ' or '％' or '．' or '＋' or '－' or '／';

    /// <summary>True when NFC leaves the text as it is because every char is one NFC keeps whatever surrounds it:
    /// canonical combining class 0, NFC itself (no singleton or excluded decomposition) and never the second char of a
    /// composition (NFC_Quick_Check Yes and combining class 0 for all chars means the text is NFC). The ranges are those most page text is made of: ASCII,
    /// Latin-1, general punctuation without its spaces, CJK symbols and punctuation without the ideographic tone marks
    /// (U+302A–U+302F combine), CJK unified ideographs (not the compatibility ideographs, which decompose) and full-width
    /// ASCII forms. Any other char sends the text to ICU as before. <c>TextNormalizerTests</c> holds each range to ICU.</summary>
    internal static bool IsNfcInert(string text)
    {
        foreach (var ch in text)
            if (!IsNfcInert(ch)) return false;
        return true;
    }

    internal static bool IsNfcInert(char ch) =>
        ch <= '\u00ff' || ch is >= '\u2010' and <= '\u2027' or >= '\u2030' and <= '\u205e' or >= '\u3000' and <= '\u3029'
            or >= '\u3030' and <= '\u303f' or >= '\u3400' and <= '\u4dbf' or >= '\u4e00' and <= '\u9fff' or >= '\uff01' and <= '\uff5e';

    /// <summary>20﹒25億元: Hong Kong and Taiwan pages write the decimal point as a small full stop; between digits it
    /// is one (a list's 1﹒香港 and a stop after a word keep the mark). Clean reads it so for kept text, and the number
    /// stages' view for a body that was not cleaned (one given straight to the stages).</summary>
    internal static bool IsSmallStopDecimalPoint(string text, int at) =>
        text[at] == '﹒' && IsDigitAt(text, at - 1) && IsDigitAt(text, at + 1);

    private static bool IsDigitAt(string text, int at) =>
        at >= 0 && at < text.Length && text[at] is >= '0' and <= '9' or >= '０' and <= '９';

    /// <summary>For matching, same length as the input: full-width ASCII forms and the ideographic space
    /// folded to ASCII, compatibility characters that NFKC maps to one char folded (NFKC where safe: not enclosed numbers like ①),
    /// Traditional folded to Simplified.</summary>
    public static string Fold(string text)
    {
        if (string.IsNullOrEmpty(text)) return text ?? "";
        // Both passes in one pooled buffer, and the text itself when they change nothing: every line and paragraph is
        // folded, and two new strings per call were a twentieth of extraction's garbage.
        var rented = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            var chars = rented.AsSpan(0, text.Length);
            text.AsSpan().CopyTo(chars);
            for (var i = 0; i < chars.Length; i++)
            {
                var ch = chars[i];
                if (ch is >= '\uff01' and <= '\uff5e') chars[i] = (char)(ch - 0xFEE0);
                else if (ch == '\u3000' || ch == '\u00a0') chars[i] = ' ';
                else if (ch > 0x7f && !char.IsSurrogate(ch) && !ChineseScript.IsHan(ch) && !IsEnclosedNumber(ch))
                    chars[i] = CompatibilityFold(ch);
            }
            ChineseScript.ToSimplified(chars);
            return chars.SequenceEqual(text) ? text : new string(chars);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>Each char's NFKC form where that is one char (else the char itself), worked out the first time
    /// the char is seen: punctuation such as ，and 。 comes through here at every occurrence, and asking ICU
    /// with a new string each time cost more than the rest of folding. '\0' marks a char not yet seen.</summary>
    private static readonly char[] CompatibilityForms = new char[65536];

    private static char CompatibilityFold(char ch)
    {
        var known = CompatibilityForms[ch];
        if (known != '\0') return known;
        var folded = ch.ToString().Normalize(NormalizationForm.FormKC);
        var form = folded.Length == 1 ? folded[0] : ch;
        CompatibilityForms[ch] = form; // a char-sized write: threads racing here store the same value
        return form;
    }

    /// <summary>Punctuation that ends a clause or a sentence, and a line break: what a clause runs to (a set: read with Contains).</summary>
    public const string ClausePunctuation = "，,。；;：:！!？?\n";

    /// <summary>True when the text ends a sentence (ignoring trailing spaces).</summary>
    public static bool EndsSentence(string text)
    {
        var t = text.TrimEnd();
        return t.Length > 0 && SentenceEnds.Contains(t[^1]);
    }

    public static bool IsSentenceEnd(char ch) => SentenceEnds.Contains(ch);

    /// <summary>Joins two pieces of one sentence that a column break cut apart: no space between
    /// Han characters, one space between two Latin words or numbers.</summary>
    public static string JoinBroken(string head, string tail)
    {
        head = head.TrimEnd();
        tail = tail.TrimStart();
        if (head.Length == 0) return tail;
        if (tail.Length == 0) return head;
        var space = IsLatinWordChar(head[^1]) && IsLatinWordChar(tail[0]) && !char.IsDigit(head[^1]) ? " " : "";
        return head + space + tail;
    }

    /// <summary>① ⑴ ⒈: series and list numbers; NFKC would make them plain digits.</summary>
    private static bool IsEnclosedNumber(char ch) => ch is >= '\u2460' and <= '\u24ff' or >= '\u2776' and <= '\u2793' or >= '\u3251' and <= '\u32bf';

    private static bool IsLatinWordChar(char ch) => ch < 0x80 && char.IsLetterOrDigit(ch);

    private static bool IsInvisible(char ch) =>
        ch is '\u200b' or '\u200c' or '\u200d' or '\u2060' or '\ufeff' or '\u00ad'
        || CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.Format;
}
