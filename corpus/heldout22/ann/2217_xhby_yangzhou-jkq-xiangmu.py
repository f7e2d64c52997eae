# xhby.net (新华报业网, provincial media group portal) copy of a 扬州日报 story (city paper); crumbs kept; the stored
# text broke off in the 6月30日 signing paragraph, cut after the paragraph before. Printed `2022/07/15 14:03` (clock
# EXCLUDE) → published. One article: `54个列省列市重大项目“挑大梁”` is an in-text deck (its `54个` a figure).
# Dates: `1至6月`, `今年上半年` → 2022-01..2022-06, `去年12月` → 2021-12, `5月31日` (inferred). Zone: 扬州经济技术开发区 =
# 扬州经开区 (primary). Companies: 中集集装箱 (heads `中集集装箱扬州生产基地`, the investor; short),
# 丹麦维斯塔斯风力技术集团 (group), 扬州晶澳太阳能公司 (`…公司` without 有限 → short; `扬州晶澳` its short form),
# 晶澳集团 (group, the parent). Not figures: the project names `“双6GW”` and `6GW组件二期项目` (EXCLUDE `6GW`).
# Figures: `过百亿` → `百亿` (Chinese numeral with scale word, unit ""), `10GW` (unit GW, measure by hand),
# `130%、140%` two figures (each with its own %). The half-year zone numbers are forecasts (`预计`) → target.
PUBLISHED = "2022-07-15"
PUBLISHED_INFERRED = False
YZ = "扬州经开区"
JA = "扬州晶澳太阳能公司"
H1 = ("2022-01", "2022-06")
ZK = dict(S=YZ, K="zone")
JK = dict(S=JA, K="enterprise")
ARTICLES = [A("江苏扬州:重大项目转型升级“撑杆跳” 工业经济“加速跑”", YZ)]
ZONES = [Z(YZ, [YZ, "扬州经济技术开发区"])]
ENTERPRISES = [E("中集集装箱", kind="short"), E("丹麦维斯塔斯风力技术集团", kind="group"), E(JA, ["扬州晶澳"], kind="short"),
               E("晶澳集团", kind="group")]
FIGURES = [
    F("30亿元", 3000000000, "元", S="中集集装箱", K="enterprise", M="扬州中集智能制造产业园投资", P=None, T=True),
    F("100亿元", 10000000000, "元", S="扬州中集智能制造产业园", K="other", M="年产值", P=None, T=True),
    F("457亿元", 45700000000, "元", **ZK, M="规模工业总产值", P=H1, T=True),
    F("25.1%", 25.1, "%", **ZK, M="规模工业总产值增长", P=H1, C=True, T=True),
    F("505.4亿元", 50540000000, "元", **ZK, M="工业开票销售", P=H1, T=True),
    F("22.3%", 22.3, "%", **ZK, M="工业开票销售增长", P=H1, C=True, T=True),
    F("54个", 54, "个", **ZK, M="列省列市重大项目", P=None),
    F("100亿元", 10000000000, "元", **JK, M="电池和组件一期项目总投资", P=None),
    F("百亿", 10000000000, "", kind="money", **JK, M="产值、销售冲刺目标", P="2022", T=True),
    F("10GW", 10, "GW", kind="measure", **JK, M="组件生产规模", P="2022-05-31"),
    F("130%", 130, "%", **JK, M="产量同比增长", P=H1, C=True),
    F("140%", 140, "%", **JK, M="销量同比增长", P=H1, C=True),
]
DATES = [D("2022/07/15", "2022-07-15"), D("1至6月", "2022-01", "2022-06", inferred=True),
         D("去年12月", "2021-12", inferred=True), D("5月31日", "2022-05-31", inferred=True),
         D("今年上半年", "2022-01", "2022-06", inferred=True)]
EXCLUDE = ["14:03", "6GW"]
