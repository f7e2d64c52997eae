using Pipeline.Extract.Resources;
using Pipeline.Extract.Text;

namespace Pipeline.Extract.Dates;

/// <summary>
/// Whether a text dates its mentions in years of the Republic of China calendar (98年 is 2009) without saying 民国:
/// a text naming Taiwan's currency, or a Traditional-script text naming Taiwan's government bodies, science parks or
/// cities (Resources/republic-calendar.txt). Such a text's two-digit years before a month (97年9月) and its bare
/// three-digit years (108年) are Republic years.
/// </summary>
internal sealed class RepublicCalendar
{
    public const string FileName = "republic-calendar.txt";

    private static readonly Lazy<RepublicCalendar> LazyDefault = new(() => new RepublicCalendar(ResourceFile.Load(FileName)));

    private readonly string[] _anyScript;
    private readonly string[] _traditional;

    internal RepublicCalendar(ResourceFile rules)
    {
        Rules = rules;
        _anyScript = rules.Setting("anyscript");
        _traditional = rules["traditional"].ToArray();
    }

    public static RepublicCalendar Default => LazyDefault.Value;

    public ResourceFile Rules { get; }

    /// <param name="written">The text as written (its script tells Traditional from Simplified).</param>
    /// <param name="folded">The same text folded to Simplified, where the words are looked for.</param>
    public bool IsUsedBy(string written, string folded)
    {
        foreach (var word in _anyScript)
            if (folded.Contains(word, StringComparison.Ordinal)) return true;
        if (!ChineseScript.LooksTraditional(written)) return false;
        foreach (var word in _traditional)
            if (folded.Contains(word, StringComparison.Ordinal)) return true;
        return false;
    }
}
