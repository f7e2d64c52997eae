using Pipeline.Extract.Resources;

namespace Pipeline.Extract.Dates;

/// <summary>
/// The words that tell a year opening a name from a year that dates (Resources/year-names.txt and its example sentences):
/// the words that end a document's, event's, list's or evaluation round's name, the words that make the text after a
/// year a clause, and the verbs whose object is a list named with its year. Read by <see cref="DateExtractor.IsYearOfName"/>.
/// </summary>
internal sealed class YearNames
{
    public const string FileName = "year-names.txt";

    private static readonly Lazy<YearNames> LazyDefault = new(() => new YearNames(ResourceFile.Load(FileName)));

    internal YearNames(ResourceFile rules)
    {
        Rules = rules;
        NameEndings = rules["name-endings"].ToArray();
        NamesAlone = rules["names-alone"].ToArray();
        PartNameEndings = rules["part-name-endings"].ToArray();
        ActionWords = rules["action-words"].ToArray();
        ChosenForWords = rules["chosen-for"].ToArray();
        AnnualRankingEndings = rules["annual-ranking-endings"].ToArray();
        EditionLabels = rules["edition-labels"].ToArray();
    }

    public static YearNames Default => LazyDefault.Value;

    public ResourceFile Rules { get; }

    /// <summary>Words that end the name of a document, plan, event, list or evaluation round (2030年可持续发展议程).</summary>
    public string[] NameEndings { get; }

    /// <summary>Name words that make a name alone right after the year (2023年百强园区).</summary>
    public string[] NamesAlone { get; }

    /// <summary>Words that end the name of a quarter's or a half's report or results briefing (2023年第三季度业绩说明会).</summary>
    public string[] PartNameEndings { get; }

    /// <summary>Words that make the text after a year a clause rather than a name (2021年举办了…大会).</summary>
    public string[] ActionWords { get; }

    /// <summary>Words that end the name of a ranking or an evaluation's results named with its 年度 (2023年度…排行榜).</summary>
    public string[] AnnualRankingEndings { get; }

    /// <summary>Verbs whose object is a list or an award named with its year (入选2022年…示范工厂).</summary>
    public string[] ChosenForWords { get; }

    /// <summary>Words that label a document's edition with its year between brackets after its name (…预案(2024年修订)).</summary>
    public string[] EditionLabels { get; }
}
