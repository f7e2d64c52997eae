using Pipeline.Extract.Model;
using Pipeline.Extract.Enterprises;
using Pipeline.Extract.Segmentation;
using Pipeline.Extract.Text;

/// <summary>A judge of the names the enterprise stage settles on: a logistic model over what each name and its page say
/// about it (its kind, lexicon hits, length, the segmenter's tags of its words, the characters around its first mention,
/// how often the page repeats it, whether another name on the page holds it or it holds one), learnt from the development
/// sets' gold companies. Measured leave-one-set-out, it did not pay and is not shipped (docs/extraction.md, "Learned judge
/// of enterprise names"): this tool keeps the measurement repeatable.</summary>
sealed class EnterpriseJudge
{
    public static readonly string[] FeatureNames =
    [
        "bias", "registered", "group", "listed", "hand_listed", "company_word",
        "len_2", "len_3", "len_4", "len_5_6", "len_11_up",
        "mentions_2", "mentions_3_up", "aliases",
        "one_word", "first_verb", "first_function", "first_place", "first_person", "first_number",
        "last_verb", "inner_verb", "inner_function", "inner_person", "organization_word",
        "latin", "digit",
        "left_open", "left_list", "right_list", "right_open", "right_role",
        "inside_other", "holds_other",
    ];

    public EnterpriseJudge(double[] weights)
    {
        if (weights.Length != FeatureNames.Length) throw new ArgumentException($"{weights.Length} weights for {FeatureNames.Length} features");
        Weights = weights;
    }

    public double[] Weights { get; }

    public double Probability(double[] features) => Logistic(Dot(Weights, features));

    public static double Logistic(double score) => 1 / (1 + Math.Exp(-score));

    public static double Dot(double[] weights, double[] features)
    {
        var s = 0.0;
        for (var i = 0; i < weights.Length; i++) s += weights[i] * features[i];
        return s;
    }

    /// <summary>The features of entity <paramref name="index"/> among the page's <paramref name="entities"/>, named by
    /// <see cref="FeatureNames"/>; mentions index <paramref name="body"/>.</summary>
    public static double[] Features(string body, IReadOnlyList<EnterpriseEntity> entities, int index, ListedCompanyLexicon listed, ShortNameList shortNames)
    {
        var entity = entities[index];
        var name = TextNormalizer.Fold(entity.Name);
        var x = new double[FeatureNames.Length];
        var k = 0;
        void Set(bool value) => x[k++] = value ? 1 : 0;

        Set(true);
        Set(entity.Kind == EnterpriseSpanFinder.Registered);
        Set(entity.Kind == EnterpriseSpanFinder.Group);
        Set(IsListed(name, listed) || entity.Aliases.Any(a => IsListed(TextNormalizer.Fold(a), listed)));
        Set(shortNames.MatchAt(name, 0)?.Length == name.Length);
        Set(name.EndsWith("公司", StringComparison.Ordinal) || name.EndsWith("集团", StringComparison.Ordinal) || name.EndsWith('厂'));
        Set(name.Length <= 2);
        Set(name.Length == 3);
        Set(name.Length == 4);
        Set(name.Length is 5 or 6);
        Set(name.Length >= 11);
        var mentions = entity.Mentions.Count;
        Set(mentions == 2);
        Set(mentions >= 3);
        Set(entity.Aliases.Count > 0);

        var words = JiebaSegmenter.Default.Tag(name);
        Set(words.Count == 1);
        var first = words.Count > 0 ? words[0].Tag : "";
        var last = words.Count > 0 ? words[^1].Tag : "";
        Set(IsVerb(first));
        Set(IsFunctionWord(first));
        Set(first == "ns");
        Set(first == "nr");
        Set(first is "m" or "q");
        Set(words.Count > 1 && IsVerb(last));
        var inner = words.Skip(1).Take(Math.Max(0, words.Count - 2)).Select(w => w.Tag).ToList();
        Set(inner.Any(IsVerb));
        Set(inner.Any(IsFunctionWord));
        Set(words.Skip(1).Any(w => w.Tag == "nr"));
        Set(words.Any(w => w.Tag == "nt"));
        Set(name.Any(c => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z'));
        Set(name.Any(char.IsAsciiDigit));

        var mention = entity.Mentions.Count > 0 ? entity.Mentions.MinBy(m => m.Start)! : null;
        var before = mention != null && mention.Start > 0 && mention.Start <= body.Length ? body[mention.Start - 1] : '\n';
        var after = mention != null && mention.End < body.Length ? body[mention.End] : '\n';
        Set(!IsHan(before));
        Set(before is '、' or '及' or '和' or '与');
        Set(after is '、' or '等' or '及' or '和' or '与');
        Set(!IsHan(after));
        // 某某集团董事长: a person's title after the name says it is a company's, one a person works for.
        Set(mention != null && mention.End <= body.Length && ContextCompanyFinder.PersonWordAt(TextNormalizer.Fold(body.Substring(mention.End, Math.Min(4, body.Length - mention.End))), 0));

        var inside = false;
        var holds = false;
        for (var i = 0; i < entities.Count; i++)
        {
            if (i == index) continue;
            var other = TextNormalizer.Fold(entities[i].Name);
            if (other.Length > name.Length && other.Contains(name, StringComparison.Ordinal)) inside = true;
            if (other.Length < name.Length && other.Length >= 2 && name.Contains(other, StringComparison.Ordinal)) holds = true;
        }
        Set(inside);
        Set(holds);
        return x;
    }

    private static bool IsListed(string name, ListedCompanyLexicon listed) =>
        listed.Contains(name) || listed.FullNameOf(name) != null || listed.ShortNameOf(name) != null;

    private static bool IsVerb(string tag) => tag is "v" or "vd" or "vi" or "vq";

    /// <summary>Prepositions, conjunctions, particles, adverbs and pronouns: words a company's name does not begin with.</summary>
    private static bool IsFunctionWord(string tag) => tag is "p" or "c" or "u" or "ud" or "uj" or "ul" or "uv" or "uz" or "d" or "r";

    private static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff';
}
