using Pipeline.Extract.Enterprises;
using static Pipeline.Extract.Tests.Zones.ZoneTestHelper;

namespace Pipeline.Extract.Tests.Enterprises;

/// <summary>Companies named with no company word around them: as subjects and owners, in lists with a
/// known company, glossed foreign names, listed companies by their trading names
/// (Examples/uncued-companies.tsv, sentences written for these tests).</summary>
public class UncuedCompanyTests
{
    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadLines(Path.Combine(ExamplesFolder(), "uncued-companies.tsv")))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var fields = line.Split('\t');
            if (fields.Length != 2) throw new InvalidDataException($"uncued-companies.tsv: expected sentence<TAB>names, got '{line}'");
            data.Add(fields[0], fields[1]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Finds_exactly_the_companies_of_each_example(string sentence, string expected)
    {
        var names = Run(sentence, enterprises: true).Record.Enterprises.Select(e => e.Name).OrderBy(n => n, StringComparer.Ordinal);
        var want = expected.Split('|', StringSplitOptions.RemoveEmptyEntries).OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(want, names);
    }

    [Fact]
    public void A_name_a_hard_wrapped_paragraph_breaks_across_two_lines_is_found_where_it_is_written()
    {
        var body = "本季出貨增加的廠商包括鴻海、廣達、仁寶、緯創、英業\n達、和碩等代工大廠,法人預期下半年營收將持續成長,\n相關供應鏈也可望同步受惠。";
        var company = Run(body, enterprises: true).Record.Enterprises.Single(e => e.Name == "英業達");
        Assert.Contains("英業\n達", company.Aliases);
        var mention = Assert.Single(company.Mentions);
        Assert.Equal(body.IndexOf("英業", StringComparison.Ordinal), mention.Start);
        Assert.Equal(body.IndexOf("\n達", StringComparison.Ordinal) + 2, mention.End);
    }

    [Fact]
    public void A_name_ending_a_wrapped_line_ends_before_the_break()
    {
        var body = "本季出貨增加的廠商包括鴻海、廣達、仁寶、緯創、英業達\n和碩等代工大廠,法人預期下半年營收將持續成長,\n相關供應鏈也可望同步受惠。";
        var company = Run(body, enterprises: true).Record.Enterprises.Single(e => e.Name == "英業達");
        Assert.Equal("英業達", Assert.Single(company.Mentions).Text);
        Assert.Empty(company.Aliases);
    }

    [Fact]
    public void A_glossed_foreign_company_keeps_its_latin_name_as_an_alias()
    {
        var company = Assert.Single(Run("Synopsys(新思科技)宣布与园区合作。", enterprises: true).Record.Enterprises);
        Assert.Contains("Synopsys", company.Aliases);
    }

    [Fact]
    public void The_trading_name_of_a_listed_company_named_in_full_on_the_page_is_its_alias()
    {
        var body = "北京当升材料科技股份有限公司今年扩产。当升科技表示，订单已排到明年。";
        var company = Assert.Single(Run(body, enterprises: true).Record.Enterprises);
        Assert.Equal("北京当升材料科技股份有限公司", company.Name);
        Assert.Contains("当升科技", company.Aliases);
    }

    [Fact]
    public void Later_mentions_of_a_company_found_in_a_list_count_for_it()
    {
        var body = "比亚迪、溯光动力等企业营收增长。溯光动力还计划扩产。";
        var company = Run(body, enterprises: true).Record.Enterprises.Single(e => e.Name == "溯光动力");
        Assert.Equal(2, company.Mentions.Count);
    }

    [Fact]
    public void A_clipped_short_name_after_the_full_one_is_its_variant()
    {
        // 阿里 clips the word 阿里巴巴 two characters short of it, and the page names 阿里巴巴 first.
        var company = Assert.Single(Run("阿里巴巴领跑榜单。阿里市值超4500亿美元,阿里股价上涨。", enterprises: true).Record.Enterprises);
        Assert.Equal("阿里巴巴", company.Name);
        Assert.Contains("阿里", company.Aliases);
        Assert.Equal(3, company.Mentions.Count);
    }

    [Fact]
    public void A_short_name_before_the_full_one_or_cut_from_it_at_a_word_stays_its_own_company()
    {
        // 阿里 named before 阿里巴巴: no evidence it stands for it; 一汽 + 轿车 is cut at a word (a subsidiary's name).
        var names = Run("阿里领跑榜单。阿里巴巴市值超4500亿美元。", enterprises: true).Record.Enterprises.Select(e => e.Name).ToList();
        Assert.Equal(2, names.Count);
    }

    [Fact]
    public void A_listed_name_with_its_taiwan_mark_and_without_is_one_company()
    {
        var company = Assert.Single(Run("砷化镓厂稳懋-KY营收创新高。稳懋表示,订单已排到明年。", enterprises: true).Record.Enterprises);
        Assert.Equal("稳懋-KY", company.Name);
        Assert.Contains("稳懋", company.Aliases);
    }

    /// <summary>Round 19 (ents23): a caption's list of people, as Taiwan's business press abbreviates company offices
    /// (董座, 總座, 副總, 經理), names persons, not companies; a company's name holding none of them is no person's.</summary>
    [Theory]
    [InlineData("嵐川半導體副總李美霞", true)]
    [InlineData("青禾電機董座林玉如", true)]
    [InlineData("南星泰總座李泰興", true)]
    [InlineData("青禾氣體分公司經理林志明", true)]
    [InlineData("嵐川半導體", false)]
    [InlineData("青禾電機股份有限公司", false)]
    public void A_list_item_with_a_company_office_names_a_person(string item, bool person) =>
        Assert.Equal(person, UncuedCompanyFinder.HoldsPersonTitle(item));

    [Theory]
    [InlineData("太阳能", false)]   // one ordinary word
    [InlineData("新天地", false)]   // an idiom jieba tags nz
    [InlineData("中新", false)]     // two characters recur inside phrases
    [InlineData("东湖高新", false)] // a zone's short form
    [InlineData("智慧农业", false)] // a trade after a generic modifier
    [InlineData("绿色经济发展", false)]
    [InlineData("金风科技", true)]  // a trade after a stem of its own
    [InlineData("苏州银行", true)]
    [InlineData("宁德时代", true)]
    [InlineData("驰宏锌锗", true)]  // four characters the dictionary only cuts one by one: an abbreviation
    [InlineData("东南西北", false)] // an idiom, one word
    public void Lexicon_names_are_kept_only_when_distinctive(string name, bool kept) =>
        Assert.Equal(kept, ListedCompanyLexicon.IsDistinctive(name));

    [Fact]
    public void The_lexicon_resource_loads_and_filters()
    {
        var lexicon = ListedCompanyLexicon.Default;
        Assert.True(lexicon.Contains("当升科技"));
        Assert.False(lexicon.Contains("太阳能"));
        Assert.Equal("当升科技", lexicon.ShortNameOf("北京当升材料科技股份有限公司"));
    }

    [Theory]
    [InlineData("国巨", true)]   // a Taiwan listed company: no dictionary word is spelt so
    [InlineData("稳懋", true)]
    [InlineData("统一", false)]  // Taiwan listed names that are ordinary words or places
    [InlineData("大同", false)]
    [InlineData("中华", false)]
    [InlineData("全家", false)]
    [InlineData("国巨电子", false)] // not two characters
    public void Two_character_names_are_kept_only_when_no_dictionary_word_is_spelt_so(string name, bool kept) =>
        Assert.Equal(kept, ListedCompanyLexicon.IsDistinctiveTwoCharacterName(name));

    [Theory]
    [InlineData("恒基", "恒基兆业地产", true)]      // the name is a Hong Kong company's, the short form its characters in order
    [InlineData("恒基", "恒基兆业", true)]          // a name that begins one (恒基兆业地产) counts as well
    [InlineData("恒基", "恒基兆業", true)]          // either script
    [InlineData("恒地", "恒基兆业地产", true)]
    [InlineData("基地", "恒基兆业地产", false)]     // the first character must be the name's
    [InlineData("恒基兆业地产", "恒基兆业", false)] // not shorter
    [InlineData("恒基", "恒基建设工程", false)]     // no Hong Kong company's name begins so
    public void A_Hong_Kong_nickname_shortens_a_listed_name_it_begins_like(string abbreviation, string name, bool shortens) =>
        Assert.Equal(shortens, ListedCompanyLexicon.Default.IsHongKongAbbreviationOf(abbreviation, name));

    [Fact]
    public void Taiwan_listed_companies_load_folded_to_simplified_script()
    {
        var lexicon = ListedCompanyLexicon.Default;
        Assert.True(lexicon.Contains("国巨"));   // 國巨 in the resource
        Assert.True(lexicon.Contains("稳懋"));   // 穩懋
        foreach (var ambiguous in new[] { "统一", "大同", "中华", "全家", "台南" })
            Assert.False(lexicon.Contains(ambiguous), ambiguous);
    }

    [Fact]
    public void Every_multinational_of_the_resource_passes_the_distinctiveness_test()
    {
        var lexicon = ListedCompanyLexicon.Default;
        var rejected = global::Pipeline.Extract.Resources.ResourceFile.Load(ListedCompanyLexicon.ForeignFileName).Entries.Where(n => !lexicon.Contains(n)).ToList();
        Assert.True(rejected.Count == 0, "rejected: " + string.Join("、", rejected));
    }

    [Fact]
    public void Every_large_company_of_the_resource_passes_the_distinctiveness_test()
    {
        var lexicon = ListedCompanyLexicon.Default;
        var names = global::Pipeline.Extract.Resources.ResourceFile.Load(ListedCompanyLexicon.LargeCompaniesFileName).Entries.Select(line => line.Split('\t')[0]);
        var rejected = names.Where(n => !lexicon.Contains(n)).ToList();
        Assert.True(rejected.Count == 0, "rejected: " + string.Join("、", rejected));
    }

    [Fact]
    public void The_lexicon_finds_the_longest_name_at_a_word_start_whatever_its_length()
    {
        var lexicon = ListedCompanyLexicon.Parse(new StringReader("星云\t\n星云智\t\n星云智联\t星云智联科技股份有限公司\n云智\t\n"));
        Assert.Equal("星云智联", lexicon.MatchAt("由星云智联牵头", 1, distinctiveOnly: false));
        Assert.Equal("星云智", lexicon.MatchAt("星云智能体", 0, distinctiveOnly: false));
        Assert.Equal("星云", lexicon.MatchAt("星云公司", 0, distinctiveOnly: false));
        Assert.Equal("星云", lexicon.MatchAt("牵头的是星云", 4, distinctiveOnly: false)); // a name that ends the text
        Assert.Equal("云智", lexicon.MatchAt("星云智联", 1, distinctiveOnly: false));
        Assert.Null(lexicon.MatchAt("星", 0, distinctiveOnly: false));
        Assert.Null(lexicon.MatchAt("星河智联", 0, distinctiveOnly: false));
    }

    [Fact]
    public void A_malformed_lexicon_line_is_a_clear_error()
    {
        var error = Assert.Throws<InvalidDataException>(() => ListedCompanyLexicon.Parse(new StringReader("当升科技\n")));
        Assert.Contains("line 1", error.Message);
    }

    private static string ExamplesFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "Pipeline.sln"))) dir = dir.Parent;
        if (dir == null) throw new InvalidOperationException("Pipeline.sln not found above " + AppContext.BaseDirectory);
        return Path.Combine(dir.FullName, "tests", "Extract.Tests", "Enterprises", "Examples");
    }

    /// <summary>The shipped lexicon's trading codes are built on the first name asked about with its code (not at start-up):
    /// a name right before its own code is found, before another company's code or a mere number it is not.</summary>
    [Fact]
    public void Names_before_their_own_trading_codes_are_found_from_the_shipped_tables()
    {
        var lexicon = ListedCompanyLexicon.Default;
        const string text = "宜特(3289)、中环(2323)买进,恒安(1044)跌,宜特(2323)与某某(2024)";
        var found = lexicon.FindNamesBeforeTheirCodes(text).Select(f => text[f.Start..f.End]).ToList();
        Assert.Equal(new[] { "宜特", "中环", "恒安" }, found);
        Assert.True(lexicon.IsListedAs("宜特", "3289"));
        Assert.False(lexicon.IsListedAs("宜特", "2323"));
        Assert.Empty(lexicon.FindNamesBeforeTheirCodes("宜特3289、中环2323")); // no bracket, nothing asked
    }
}
