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
    [InlineData("中華電信、台灣大哥大和遠傳電信合作建設基站，廣達與仁寶則擴大投資。", new[] { "中華電信", "台灣大哥大", "遠傳電信", "廣達", "仁寶" })]
    [InlineData("园区加大推广达到标准的产品，集中钢结构加工。", new string[0])]
    public void Well_known_short_names_on_traditional_and_simplified_pages(string body, string[] names) =>
        Assert.Equal(names.OrderBy(n => n), Names(body).OrderBy(n => n));

    [Theory]
    [InlineData("会上，汀泽会计师事务所合伙人介绍了审计结果。", "汀泽会计师事务所")]
    [InlineData("北京澜川律师事务所为项目提供法律服务。", "北京澜川律师事务所")]
    [InlineData("鹭岛会计师事务所(特殊普通合伙)出具审计报告。", "鹭岛会计师事务所(特殊普通合伙)")]
    [InlineData("岚山国际控股股份公司是一家综合性企业。", "岚山国际控股股份公司")]
    public void Accounting_and_law_firms_and_joint_stock_companies_without_youxian_are_companies(string body, string name) =>
        Assert.Equal(new[] { name }, Names(body));

    [Theory]
    [InlineData("该会计师事务所表示将配合调查。")]
    [InlineData("多家律师事务所参与了论证。")]
    [InlineData("推动企业改制为股份公司。")]
    public void A_firm_word_after_a_description_is_no_name(string body) => Assert.Empty(Names(body));

    [Fact]
    public void A_group_before_qixia_keeps_its_name() =>
        Assert.Contains("浙江汀溪控股集团", Names("浙江汀溪控股集团旗下的澜舟智能科技发布新品。"));

    [Theory]
    [InlineData("上海汀川数据通信有限公司在慕尼黑设立欧洲总部。", "上海汀川数据通信有限公司")]
    [InlineData("杭州鹭岛在线网络技术有限公司完成融资。", "杭州鹭岛在线网络技术有限公司")]
    public void Words_of_names_that_hold_a_breaker_character_do_not_cut_the_name(string body, string name) =>
        Assert.Equal(new[] { name }, Names(body));

    [Theory]
    [InlineData("香港澜汀科技园公司宣布新一轮资助计划。", "香港澜汀科技园公司")]
    [InlineData("台北汀川科技公司宣布扩产。", "台北汀川科技公司")]
    public void Hong_kong_and_taiwan_places_start_names_like_mainland_cities(string body, string name) =>
        Assert.Equal(new[] { name }, Names(body));
}
