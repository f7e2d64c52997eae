using Pipeline.Extract.Model;
using static Pipeline.Extract.Tests.Zones.ZoneTestHelper;

namespace Pipeline.Extract.Tests.Enterprises;

/// <summary>Names in lists, branches, Traditional full names and well-known short names.</summary>
public class EnterpriseListTests
{
    private static List<string> Names(string body) => Run(body, enterprises: true).Record.Enterprises.Select(e => e.Name).ToList();

    [Theory]
    [InlineData("▲星河微电、远景光子、蓝海智控等企业获得奖励。", new[] { "星河微电", "远景光子", "蓝海智控" })]
    [InlineData("北辰集团、远洋精工装备股份有限公司（以下简称远洋精工）、中铁山重等企业是主力。",
        new[] { "北辰集团", "远洋精工装备股份有限公司", "中铁山重" })]
    [InlineData("开发区依托燕山石化等企业，建成炼化基地。", new[] { "燕山石化" })]
    public void Short_names_first_or_last_in_a_list_called_companies_are_companies(string body, string[] names) =>
        Assert.Equal(names.OrderBy(n => n), Names(body).OrderBy(n => n));

    [Theory]
    [InlineData("发布会上，海思展示了新一代芯片。", "海思")]
    [InlineData("园区引进寒武纪设立区域总部。", "寒武纪")]
    [InlineData("星巴克宣布在当地开设烘焙工坊。", "星巴克")]
    [InlineData("迈瑞今年研发投入增长两成。", "迈瑞")]
    public void Well_known_short_names_need_no_cue(string body, string name) => Assert.Equal(new[] { name }, Names(body));

    [Theory]
    [InlineData("中车株洲电力机车有限公司当日下线了新车。", "中车株洲电力机车有限公司")]
    [InlineData("华为深圳数字技术有限公司今日成立。", "华为深圳数字技术有限公司")]
    [InlineData("改性塑料供广州毅昌科技股份有限公司使用。", "广州毅昌科技股份有限公司")]
    public void A_listed_parent_before_a_place_is_part_of_a_subsidiarys_name(string body, string name) =>
        Assert.Equal(new[] { name }, Names(body));

    [Theory]
    [InlineData("天边的地平线渐渐亮了起来。")]
    [InlineData("借着东风，园区加快发展。")]
    public void Short_names_that_are_ordinary_words_are_left_out_of_the_lexicon(string body) => Assert.Empty(Names(body));

    [Theory]
    [InlineData("支持我们等企业加快发展。")]
    [InlineData("依托新能源汽车等企业形成集群。")]
    public void A_single_word_before_deng_is_no_company(string body) => Assert.Empty(Names(body));

    [Theory]
    [InlineData("公司获得中国银行杭州分行授信。", "中国银行杭州分行")]
    [InlineData("市政府与中国移动四川分公司签约。", "中国移动四川分公司")]
    [InlineData("中国建设银行深圳市分行发放贷款。", "中国建设银行深圳市分行")]
    public void A_branch_after_a_listed_name_keeps_the_branch(string body, string name) =>
        Assert.Equal(new[] { name }, Names(body));

    [Fact]
    public void A_listed_name_followed_by_other_words_is_not_a_branch() =>
        Assert.Equal(new[] { "中国银行" }, Names("中国银行分行业务增长，中国银行北京地区网点扩张。"));

    [Theory]
    [InlineData("座談會上，宏遠光學、和昇聯合科技股份有限公司等企業代表出席。", "和昇聯合科技股份有限公司")]
    [InlineData("其中，陸資面板廠京華顯示科技股份有限公司旗下工廠投產。", "京華顯示科技股份有限公司")]
    [InlineData("和利時科技集團有限公司發布新品。", "和利時科技集團有限公司")]
    public void Traditional_full_names_keep_their_first_character_and_drop_descriptions(string body, string name) =>
        Assert.Contains(name, Names(body));

    [Fact]
    public void A_conjunction_after_a_comma_still_ends_the_name() =>
        Assert.Equal(new[] { "星海数字科技有限公司" }, Names("园区负责人表示，和星海数字科技有限公司签约后产能翻番。"));

    [Theory]
    [InlineData("中銀香港與滙豐均推出新產品。", new[] { "中銀香港", "滙豐" })]
    [InlineData("摩根士丹利報告指出，友達光電產能提升。", new[] { "摩根士丹利", "友達光電" })]
    [InlineData("客户包括中国移动、阿里云等。", new[] { "中国移动", "阿里云" })]
    public void Well_known_short_names_on_traditional_and_simplified_pages(string body, string[] names) =>
        Assert.Equal(names.OrderBy(n => n), Names(body).OrderBy(n => n));
}
