using Pipeline.Extract.Text;

namespace Pipeline.Extract.Enterprises;

/// <summary>Companies written in Latin letters alone that no hand list holds (Canalys, xAI, T-Mobile, SNE Research, Arm
/// Holdings): a Latin name is a company's where the words right after it say so — its officers, shares, announcements or
/// reports ([latin-name-evidence-after]: Canalys预测, xAI创始人, T-Mobile股份) — or a company noun stands right before it
/// (英国芯片设计公司Arm Holdings, [name-prefixes]). Acronyms of four capitals or fewer (IDC, FDA, NASA) name public bodies
/// and terms as often as companies and are left to the hand list; a person's name (Sam Altman) is no company's.</summary>
internal sealed partial class UncuedCompanyFinder
{
    private static readonly Lazy<WordIndex> LazyLatinEvidenceAfter = new(() => new WordIndex(Section(Cues.Value, "latin-name-evidence-after")));
    private static readonly Lazy<HashSet<string>> LazyLatinCorporateWords = new(() => new HashSet<string>(Cues.Value["latin-corporate-words"], StringComparer.Ordinal));

    private static readonly System.Buffers.SearchValues<char> LatinLettersAndDigits =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");

    /// <summary>Most words of one Latin name (Palantir Technologies Inc).</summary>
    private const int MaxLatinNameWords = 3;

    /// <summary>Longest all-capital acronym left to the hand list (IDC, NASA).</summary>
    private const int MaxBareAcronym = 4;

    /// <summary>Spans of the Latin names that the words around them call companies.</summary>
    public IReadOnlyList<(int Start, int End)> FindLatinNamesInCompanyContext(string folded)
    {
        var found = new List<(int, int)>();
        // Chinese text holds few Latin letters: jump from one to the next (a vectorised search, no per-character loop).
        for (var i = folded.AsSpan().IndexOfAny(LatinLettersAndDigits); i >= 0 && i < folded.Length; )
        {
            var start = i;
            var end = LatinNameEnd(folded, start);
            var next = end < folded.Length ? folded.AsSpan(end).IndexOfAny(LatinLettersAndDigits) : -1;
            i = next < 0 ? -1 : end + next;
            if (start > 0 && folded[start - 1] is '-' or '.' or '&' or '_' or '/' or '@' or '#') continue;
            var name = folded[start..end];
            if (!LooksLikeLatinCompanyName(name)) continue;
            var after = end < folded.Length && folded[end] == ' ' ? end + 1 : end;
            var before = start > 0 && folded[start - 1] == ' ' ? start - 1 : start;
            if (LazyLatinEvidenceAfter.Value.FirstAt(folded, after) != null || EndsWithWordOf(_namePrefixes, folded, before) || EndsWithWordOf(_companyNouns, folded, before))
                found.Add((start, end));
        }
        return found;
    }

    /// <summary>End of the Latin name starting at <paramref name="start"/>: words of letters and digits, joined inside by a
    /// hyphen, ampersand or dot (T-Mobile, AT&amp;T), and up to <see cref="MaxLatinNameWords"/> words after spaces when each
    /// later word is capitalised or a number (SNE Research, AI21 Labs).</summary>
    private static int LatinNameEnd(string folded, int start)
    {
        var end = LatinWordEnd(folded, start);
        for (var words = 1; words < MaxLatinNameWords && end + 1 < folded.Length && folded[end] == ' ' &&
                            (char.IsAsciiLetterUpper(folded[end + 1]) || char.IsAsciiDigit(folded[end + 1])); words++)
            end = LatinWordEnd(folded, end + 1);
        return end;
    }

    private static int LatinWordEnd(string folded, int at)
    {
        while (at < folded.Length && (char.IsAsciiLetterOrDigit(folded[at]) ||
                                      folded[at] is '-' or '&' or '.' && at + 1 < folded.Length && char.IsAsciiLetterOrDigit(folded[at + 1]) && at > 0 && char.IsAsciiLetterOrDigit(folded[at - 1])))
            at++;
        return at;
    }

    /// <summary>A name of three letters or more, with a capital or a digit, that is no bare acronym (IDC, NASA) and no person's name (Sam Altman, unless its
    /// last word is a corporate one: Arm Holdings).</summary>
    private static bool LooksLikeLatinCompanyName(string name)
    {
        if (name.Count(char.IsAsciiLetter) < MinLatinLetters) return false;
        // 企业 and 人才: a word of lower-case letters alone is English prose, not a name (xAI, 3dfx hold a capital or a digit).
        if (!name.Any(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c))) return false;
        if (name.Length <= MaxBareAcronym && name.All(c => char.IsAsciiLetterUpper(c))) return false;
        // 企业TOP500, 芯片GB200: capitals and digits in one word are a ranking or a model's code.
        if (!name.Contains(' ') && name.Any(char.IsAsciiDigit) && name.Where(char.IsAsciiLetter).All(char.IsAsciiLetterUpper)) return false;
        if (PersonLatinName.IsMatch(name)) return LazyLatinCorporateWords.Value.Contains(name[(name.LastIndexOf(' ') + 1)..]);
        return true;
    }

    /// <summary>True when a word of <paramref name="words"/> ends at <paramref name="at"/>: a role noun of [name-prefixes] (大厂, 巨头,
    /// 美商) or a company noun of [company-nouns] (芯片设计公司Arm).</summary>
    private static bool EndsWithWordOf(WordIndex words, string folded, int at)
    {
        for (var length = 2; length <= MaxPrefixBeforeLatin && length <= at; length++)
            if (words.FirstAt(folded, at - length) is { } word && word.Length == length) return true;
        return false;
    }

    /// <summary>Longest role or company noun read before a Latin name (新加坡商).</summary>
    private const int MaxPrefixBeforeLatin = 4;

    /// <summary>True when <paramref name="shortName"/> is the Latin <paramref name="name"/> less its corporate words (Arm for Arm
    /// Holdings, Brightwater for Brightwater Capital Group).</summary>
    internal static bool IsLatinNameLessCorporateWords(string shortName, string name)
    {
        if (name.Length <= shortName.Length + 1 || name[shortName.Length] != ' ' || !name.StartsWith(shortName, StringComparison.Ordinal) ||
            !LatinCompanyNames.IsLatinName(name)) return false;
        return name[(shortName.Length + 1)..].Split(' ').All(LazyLatinCorporateWords.Value.Contains);
    }
}
