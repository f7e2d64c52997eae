# cnmn.com.cn (中国有色网, industry portal): 鹰潭's copper industry. Date line with clock `8:20` and counter `7824次浏览`
# kept; cut after the last complete paragraph (the 2011 paragraph broke off after `11.67%,`). Subheading
# `做大经济总量 延伸产业链条` is no title. No zone (贵溪 a city). Companies: 江西大华铜业股份有限公司 (registered, `大华铜业`
# its variant), 江铜金属 and 精盛铜业 (short, heading projects), 江铜 (short; 江铜金属 kept apart as a subsidiary, as
# heldout40's parent/subsidiary). Capacities inside project names are no figures (`30万吨废铜拆解项目`, `3万吨铜丝铜带项目`,
# `10万吨高精密铜合金项目`): count note `3万吨` gold 1 / page 2, only `产能3万吨` is a figure. `1+6` a slogan.
# `1至5月 … 预计实现` → the city's Jan–May figures are estimates (target, by FACTS' 预计), the output sentence after it is not;
# `当年可产`, `产值6—8亿元`, `利税1200—1600万元` targets for 2012 (ranges with value_max). `去年6月份` → 2011-06.
PUBLISHED = "2012-06-13"
PUBLISHED_INFERRED = False
DH = "江西大华铜业股份有限公司"
EK = dict(S=DH, K="enterprise")
YT = dict(S="鹰潭", K="other")
J5 = ("2012-01", "2012-05")
ARTICLES = [A("江西鹰潭铜产业开始展翅高飞", None)]
ZONES = []
ENTERPRISES = [E("江铜金属", kind="short"), E("精盛铜业", kind="short"), E(DH, ["大华铜业"]), E("江铜", kind="short")]
FIGURES = [
    F("85亿元", 8500000000, "元", **YT, M="规模以上铜企业工业增加值", P=J5, T=True),
    F("16%", 16, "%", **YT, M="工业增加值同比增长", P=J5, C=True, T=True),
    F("810亿元", 81000000000, "元", **YT, M="主营业务收入", P=J5, T=True),
    F("11%", 11, "%", **YT, M="主营业务收入同比增长", P=J5, C=True, T=True),
    F("43亿元", 4300000000, "元", **YT, M="利税总额", P=J5, T=True),
    F("111.5万吨", 1115000, "吨", **YT, M="铜产品产量", P=J5),
    F("20.3%", 20.3, "%", **YT, M="铜产品产量同比增长", P=J5, C=True),
    F("3.6亿元", 360000000, "元", **EK, M="总投资", P=None),
    F("3万吨", 30000, "吨", **EK, M="一期产能", P="2012-03"),
    F("2万吨左右", 20000, "吨", **EK, M="高精密铜合金棒线产量", P="2012", T=True),
    F("6—8亿元", 600000000, "元", vmax=800000000, **EK, M="产值", P="2012", T=True),
    F("1200—1600万元", 12000000, "元", vmax=16000000, **EK, M="利税", P="2012", T=True),
    F("15个", 15, "个", **YT, M="新签约铜项目", P=J5),
    F("4个", 4, "个", **YT, M="新开工铜项目", P=J5),
    F("7个", 7, "个", **YT, M="新投产项目", P=J5),
]
DATES = [D("2012年06月13日", "2012-06-13"), D("1至5月", "2012-01", "2012-05", inferred=True),
         D("去年6月份", "2011-06", inferred=True), D("今年3月份", "2012-03", inferred=True),
         D("1—5月", "2012-01", "2012-05", inferred=True)]
EXCLUDE = ["8:20", "7824次浏览", "30万吨废铜拆解项目", "3万吨铜丝铜带项目", "10万吨高精密铜合金项目", "1+6"]
