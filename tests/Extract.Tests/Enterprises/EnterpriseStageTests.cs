using Pipeline.Extract.Model;
using Pipeline.Extract.Pipeline;
using static Pipeline.Extract.Tests.Zones.ZoneTestHelper;

namespace Pipeline.Extract.Tests.Enterprises;

public class EnterpriseStageTests
{
    private static List<EnterpriseEntity> Companies(string body) => Run(body, enterprises: true).Record.Enterprises;

    [Theory]
    [InlineData("由星海数字科技有限公司打造的平台上线。", "星海数字科技有限公司")]
    [InlineData("本市环保龙头企业深圳市绿源再生集团有限公司表示，", "深圳市绿源再生集团有限公司")]
    [InlineData("位于成都高新区的成都云图智控科技有限公司发布新品。", "成都云图智控科技有限公司")]
    [InlineData("成都高新区云图智控科技(成都)有限公司发布新品。", "云图智控科技(成都)有限公司")]
    [InlineData("产品供应给金辉材料股份有限公司改性。", "金辉材料股份有限公司")]
    [InlineData("外资企业远航智造（天津）有限公司投产。", "远航智造（天津）有限公司")]
    [InlineData("政策环境吸引了鸿图创能科技(广州)有限公司落户。", "鸿图创能科技(广州)有限公司")]
    [InlineData("华为技术有限公司发布新机。", "华为技术有限公司")]
    [InlineData("，北方精工有限责任公司成立于2001年。", "北方精工有限责任公司")]
    public void Registered_names_start_after_the_last_context_word(string body, string name)
    {
        var company = Assert.Single(Companies(body));
        Assert.Equal(name, company.Name);
        Assert.Equal("registered", company.Kind);
    }

    [Theory]
    [InlineData("中国电科", "中国电子科技集团公司", true)]
    [InlineData("中国星网", "中国卫星网络集团有限公司", true)]
    [InlineData("岚州高新城投公司", "岚州高新城市开发投资有限公司", true)]
    [InlineData("中国石油", "中国石油化工集团有限公司", false)] // a prefix: the name less trade words, read by the other rules
    [InlineData("中国人寿", "中国人民财产保险股份有限公司", false)] // 寿 is not in the name
    [InlineData("中电", "中国电力集团", false)] // two characters abbreviate too many names
    [InlineData("中国银行", "中国农业发展银行岚州市分行营业部", false)] // banks have their own rule; a branch has no legal form
    public void An_abbreviation_takes_the_names_first_two_characters_and_others_in_order(string shortName, string name, bool expected) =>
        Assert.Equal(expected, global::Pipeline.Extract.Enterprises.EnterpriseShortForms.IsAbbreviationOf(shortName, name));

    [Fact]
    public void An_abbreviation_of_a_company_named_in_full_before_is_that_company()
    {
        var company = Assert.Single(Companies("市政府与中国岚川网络集团有限公司签署战略合作协议。中国岚网董事长出席签约仪式，中国岚网将在本市设立研究院。"));
        Assert.Equal("中国岚川网络集团有限公司", company.Name);
        Assert.Contains("中国岚网", company.Aliases);
    }

    [Fact]
    public void A_location_phrase_before_a_name_with_its_own_place_in_parentheses_is_dropped() =>
        Assert.Equal("飞腾(河南)智能制造有限公司", Assert.Single(Companies("4月，在河南开封飞腾(河南)智能制造有限公司的车间里")).Name);

    [Theory]
    [InlineData("由星海数字科技有限公司（以下简称“星海数字”）打造的平台上线。星海数字的工程师介绍，星海数字已服务百家企业。",
        "星海数字科技有限公司", "星海数字", 3)]
    // After a Latin name in the brackets (某某制造公司(TSMC,简称X)).
    [InlineData("岚川积体电路制造公司(LCMC,简称岚积电)是晶圆代工厂。岚积电的客户遍布全球。", "岚川积体电路制造公司", "岚积电", 2)]
    // A filing's first declared name, not the quoted words after it (发行人, 本公司): the full name, the declaration, its use.
    [InlineData("岚川(北京)科技发展股份有限公司(以下简称“岚川科技”、“发行人”、“公司”或“本公司”)股票将于明日上市。岚川科技提醒投资者注意风险。",
        "岚川(北京)科技发展股份有限公司", "岚川科技", 3)]
    public void Declared_short_names_are_aliases_and_later_mentions_count_for_the_company(string text, string name, string alias, int mentions)
    {
        var company = Assert.Single(Companies(text));
        Assert.Equal(name, company.Name);
        Assert.Contains(alias, company.Aliases);
        Assert.DoesNotContain("发行人", company.Aliases);
        Assert.Equal(mentions, company.Mentions.Count);
    }

    [Fact]
    public void A_plainly_derived_short_name_is_the_same_company()
    {
        var companies = Companies("青岛海岳生物医疗股份有限公司在青岛高新区投产。海岳生物医疗的冷链产品畅销。");
        var company = Assert.Single(companies);
        Assert.Contains("海岳生物医疗", company.Aliases);
        Assert.Equal(2, company.Mentions.Count);
    }

    [Fact]
    public void Short_forms_without_place_or_trade_words_count_too()
    {
        var company = Assert.Single(Companies("广州市万青达集团有限公司负责回收。万青达回收的塑料再利用。"));
        Assert.Equal(new[] { "万青达" }, company.Aliases);
    }

    [Fact]
    public void Groups_without_company_suffix_are_kind_group()
    {
        var company = Assert.Single(Companies("华北重工集团宣布扩产。"));
        Assert.Equal(("华北重工集团", "group"), (company.Name, company.Kind));
    }

    [Fact]
    public void A_group_named_like_a_registered_company_on_the_page_is_that_company()
    {
        var company = Assert.Single(Companies("星辰科技集团有限公司成立于2010年。星辰科技集团在全国布局。"));
        Assert.Equal(2, company.Mentions.Count);
    }

    [Fact]
    public void Listed_short_names_are_companies_of_kind_short()
    {
        var companies = Companies("华为和比亚迪在此设立研发中心，并与招商银行合作。");
        Assert.Equal(new[] { "华为", "比亚迪", "招商银行" }, companies.Select(c => c.Name));
        Assert.All(companies, c => Assert.Equal("short", c.Kind));
    }

    [Fact]
    public void Logistics_companies_are_listed_by_their_full_short_name_not_the_ambiguous_two_characters() =>
        Assert.Equal(new[] { "中通物流" }, Companies("中通物流签约落地，物流中通道建设加快。").Select(c => c.Name));

    [Theory]
    [InlineData("科技部火炬中心和高新区管委会联合发布。")]
    [InlineData("清华大学与中国科学院深圳先进技术研究院合作。")]
    [InlineData("国家集成电路产业投资基金参与投资。")]
    [InlineData("该集团下属企业众多，企业集团化发展。")]
    [InlineData("环境优美的产城融合新区。")]
    [InlineData("施工行业集中建设。")]
    public void Government_bodies_universities_institutes_funds_and_common_words_are_not_companies(string body) =>
        Assert.Empty(Companies(body));

    [Fact]
    public void Two_companies_joined_by_a_conjunction_are_separate()
    {
        var names = Companies("甲乙智能有限公司与丙丁材料股份有限公司签约。").Select(c => c.Name);
        Assert.Equal(new[] { "甲乙智能有限公司", "丙丁材料股份有限公司" }, names);
    }

    [Fact]
    public void Traditional_names_are_found_with_original_text()
    {
        var company = Assert.Single(Companies("由華星電子有限公司生產。"));
        Assert.Equal("華星電子有限公司", company.Name);
    }

    [Fact]
    public void Annotations_carry_the_shared_entity()
    {
        var document = Run("星海数字科技有限公司(以下简称星海数字)介绍，星海数字发展迅速。", enterprises: true);
        var annotations = document.Get(Labels.Enterprise).ToList();
        Assert.Equal(2, annotations.Count);
        Assert.Same(annotations[0].Value, annotations[1].Value);
    }
}
