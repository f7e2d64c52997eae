using Pipeline.Extract.Model;
using static Pipeline.Extract.Tests.Zones.ZoneTestHelper;

namespace Pipeline.Extract.Tests.Enterprises;

public class ContextCompanyTests
{
    private static List<EnterpriseEntity> Companies(string body) => Run(body, enterprises: true).Record.Enterprises;

    private static List<string> Names(string body) => Companies(body).Select(c => c.Name).ToList();

    [Theory]
    [InlineData("园区集聚了星河微电、蓝湾智造、启明光子等一批龙头企业。", new[] { "星河微电", "蓝湾智造", "启明光子" })]
    [InlineData("累计为远帆动力、青禾数据等企业争取上级资金。", new[] { "远帆动力", "青禾数据" })]
    [InlineData("负责人携云岭机电、国家光电技术创新研究院、北辰芯片等12家领军企业参会。", new[] { "云岭机电", "北辰芯片" })]
    [InlineData("围绕鲁钢、鲁电等大型优势国企延链补链。", new[] { "鲁钢", "鲁电" })]
    [InlineData("推动东岳石化、北海能源等央企加大投入。", new[] { "东岳石化", "北海能源" })]
    public void Items_of_an_enumeration_called_companies_are_short_named_companies(string body, string[] names)
    {
        var companies = Companies(body);
        Assert.Equal(names, companies.Select(c => c.Name));
        Assert.All(companies, c => Assert.Equal("short", c.Kind));
    }

    [Theory]
    [InlineData("星河微电、蓝湾智造、启明光子等台厂纷纷扩产。", new[] { "星河微电", "蓝湾智造", "启明光子" })]
    [InlineData("遠帆動力、青禾數據等台企加碼投資。", new[] { "遠帆動力", "青禾數據" })]
    [InlineData("吸引了云岭汽车、北辰新能等车企落户。", new[] { "云岭汽车", "北辰新能" })]
    [InlineData("聚集了东岳制药、海岳生科等药企。", new[] { "东岳制药", "海岳生科" })]
    [InlineData("鸿图光学、星海数科等厂商参展。", new[] { "鸿图光学", "星海数科" })]
    [InlineData("围绕远帆动力、青禾数据等龙头招引配套项目。", new[] { "远帆动力", "青禾数据" })]
    [InlineData("云岭机电、北辰芯片等头部企业率先布局。", new[] { "云岭机电", "北辰芯片" })]
    [InlineData("星河微電、藍灣智造等台廠都在當地設廠。", new[] { "星河微電", "藍灣智造" })]
    [InlineData("光明乳业、星河微电等企业参展。", new[] { "光明乳业", "星河微电" })]
    [InlineData("引进了光明乳业、东方电气等企业。", new[] { "光明乳业", "东方电气" })]
    [InlineData("格力电器、雪花啤酒等企业参展。", new[] { "格力电器", "雪花啤酒" })]
    [InlineData("蓝湾智造、启明光子等龙头企业负责人出席。", new[] { "蓝湾智造", "启明光子" })]
    public void Short_names_listed_before_other_company_nouns_are_companies(string body, string[] names) =>
        Assert.Equal(names, Names(body));

    [Theory]
    [InlineData("重点引进电机、压缩机、智能控制器等关键零部件企业。")]
    [InlineData("园区集聚了传感器、减速器、伺服电机等企业。")]
    [InlineData("引进轮胎、电池、显示面板等配套企业。")]
    [InlineData("招引芯片、传感器等企业入驻。")]
    [InlineData("重點引進電機、壓縮機等關鍵零部件企業。")]
    [InlineData("吸引了电机、压缩机等厂商。")]
    [InlineData("壮大云岭机电、北辰芯片等龙头项目。")]
    [InlineData("巩固星河微电、蓝湾智造等龙头地位。")]
    [InlineData("集聚了工业机器人、汽车电子、数控机床等企业。")]
    [InlineData("新能源车、传统燃油车等车企加快转型。")]
    [InlineData("园区集聚了储能变流器、动力电池等企业。")]
    [InlineData("引进新型材料、动力电池等上下游企业。")]
    public void Enumerations_of_products_describe_a_kind_of_company_not_named_ones(string body) =>
        Assert.Empty(Companies(body));

    [Fact]
    public void A_product_category_before_the_head_keeps_companies_listed_with_a_known_one() =>
        Assert.Equal(new[] { "宁德时代", "星河储能" }, Names("吸引了宁德时代、星河储能等一批电池材料企业。"));

    [Fact]
    public void An_enumeration_awarded_a_company_title_is_companies() =>
        Assert.Equal(new[] { "星河微电", "蓝湾智造" }, Names("星河微电、蓝湾智造入选国家级专精特新“小巨人”企业。"));

    [Theory]
    [InlineData("张伟、李强入选优秀企业家。")]
    [InlineData("甲市、乙市入选全国文明城市。")]
    [InlineData("智能制造、生物医药入选重点产业，企业受益。")]
    public void Enumerations_awarded_something_else_are_not_companies(string body) =>
        Assert.Empty(Companies(body));

    [Fact]
    public void A_count_of_companies_after_deng_makes_an_industry_word_qualify_the_companies() =>
        Assert.Equal(new[] { "青舟", "澜石", "北辰" }, Names("签约企业包括青舟、澜石、北辰等多家国内外知名行业领军企业。"));

    [Theory]
    [InlineData("钢铁、化工等高耗能企业要加快转型。")]
    [InlineData("汽车、电子等行业龙头企业纷纷落户。")]
    [InlineData("汽车、电子等多家行业龙头企业纷纷落户。")]
    [InlineData("提供研发、检测等多家服务的企业")]
    [InlineData("作为主要提供研发、检测等服务的高新技术企业，")]
    [InlineData("新能源汽车、高端装备等企业增长较快。")]
    [InlineData("高校、科研院所等单位参与。")]
    [InlineData("与高校、科研院所、企业等开展合作。")]
    [InlineData("张伟、李强等企业家出席。")]
    [InlineData("引进欧阳晓平、司马相如等企业家。")]
    [InlineData("王明、刘洋等企业负责人介绍了经验。")]
    [InlineData("在深圳、上海等地的企业中推广。")]
    [InlineData("长三角、珠三角等地区企业踊跃参与。")]
    [InlineData("支持专精特新、小巨人等企业发展。")]
    [InlineData("国有企业、民营企业、外资企业等各类企业一视同仁。")]
    public void Enumerations_of_industries_services_or_non_companies_name_no_company(string body) =>
        Assert.Empty(Companies(body));

    [Fact]
    public void Listed_short_names_in_an_enumeration_of_channels_are_not_companies() =>
        Assert.Empty(Companies("通过央视频、快手、百度、腾讯视频等视频号向全网直播。"));

    [Fact]
    public void Companies_before_a_head_naming_their_people_are_still_companies() =>
        Assert.Equal(new[] { "深圳星河医疗", "苏州蓝湾科技" }, Names("深圳星河医疗、苏州蓝湾科技等高新技术企业负责人发言。"));

    [Fact]
    public void Traditional_enumerations_are_found_with_original_text() =>
        Assert.Equal(new[] { "星河微電", "藍灣智造" }, Names("園區集聚了星河微電、藍灣智造等一批龍頭企業。"));

    [Fact]
    public void Later_mentions_of_an_enumerated_company_count_for_it()
    {
        var company = Assert.Single(Companies("园区集聚了星河微电、蓝湾智造等企业。星河微电的芯片已量产。"), c => c.Name == "星河微电");
        Assert.Equal(2, company.Mentions.Count);
    }

    [Theory]
    [InlineData("例如，园区企业星河微电持续发力功率芯片。", "星河微电")]
    [InlineData("国内储能领域龙头企业蓝湾智造首创液冷方案。", "蓝湾智造")]
    [InlineData("入驻企业启明光子的产品已出口。", "启明光子")]
    public void A_name_right_after_a_word_calling_it_a_company_is_one(string body, string name) =>
        Assert.Equal(new[] { name }, Names(body));

    [Theory]
    [InlineData("园区龙头企业数量已超过50家。")]
    [InlineData("龙头企业带动作用明显。")]
    [InlineData("上市企业在科创板融资。")]
    [InlineData("培育一批龙头企业，壮大产业集群。")]
    [InlineData("园区企业新建的屋顶光伏电站。")]
    [InlineData("民营企业家座谈会在京召开。")]
    [InlineData("对园区企业进行彻查并整改。")]
    public void Ordinary_words_after_such_a_word_are_not_companies(string body) =>
        Assert.Empty(Companies(body));

    [Theory]
    [InlineData("园区与潍坊银行联合设立“创业贷”。", "潍坊银行")]
    [InlineData("与兰陵农村商业银行签署授信协议。", "兰陵农村商业银行")]
    public void Banks_named_by_place_or_by_a_rural_commercial_bank_suffix_are_companies(string body, string name) =>
        Assert.Equal(new[] { name }, Names(body));

    [Fact]
    public void A_company_named_with_its_place_and_a_bare_gongsi_is_a_company()
    {
        var company = Assert.Single(Companies("双方共同组建潍坊智慧农业云服务公司，推进大数据应用。"));
        Assert.Equal("潍坊智慧农业云服务公司", company.Name);
    }

    [Theory]
    [InlineData("成立绿色融资担保公司的一个目的是帮助企业。")]
    [InlineData("该公司副总经理介绍，")]
    [InlineData("潍坊上市公司数量达到20家。")]
    [InlineData("打造综合性电子商务公司。")]
    [InlineData("他在北京一家科技公司工作。")]
    [InlineData("深圳某软件开发公司负责人表示，")]
    public void Descriptions_ending_with_gongsi_are_not_companies(string body) =>
        Assert.Empty(Companies(body));

    [Theory]
    [InlineData("银行业金融机构加大支持。")]
    [InlineData("推动商业银行设立科技支行。")]
    public void Bank_words_without_a_name_are_not_companies(string body) =>
        Assert.Empty(Companies(body));

    [Theory]
    [InlineData("比亚迪新能源二期项目开工。")]
    [InlineData("会上，腾讯科技研究院揭牌。")]
    [InlineData("长江集团智能制造研究院成立。")]
    public void A_company_name_that_only_qualifies_a_project_or_institute_is_not_a_mention(string body) =>
        Assert.Empty(Companies(body));
}
