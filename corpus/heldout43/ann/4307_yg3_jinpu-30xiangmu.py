# news.yg3.cn (content farm) copy of 辽宁日报, printed `2022-09-27 11:49:11` (clock no figure); crumbs kept, the tag
# line after the last paragraph cut. Zone: 金普新区 (primary). Companies: 大连三垦电气有限公司 (registered); short:
# 斯凯孚 and 汇川 heading project names, `THK辽宁` (a Japanese firm's Liaoning unit named as such), 弗马斯精密锻件
# (heading `…三期`), SK海力士, 达利凯普. Not companies: 大商所 (the exchange), projects and parks (逍遥湾新文旅产业基地,
# 大连数谷核心区, 信基V谷). `三季度` in the ceremony's name is a date (heldout16: a ceremony's year is a date).
# Periods: the ceremony (`昨日` → 2022-09-26) for the 30 projects, `进入9月以来` → 2022-09, `今年1至8月` for the
# cumulative counts, `今年` → 2022 for shares; single projects' investments carry no period; `预计` growths are
# 2022 targets. `投资10亿元的…` occurs twice (汇川; 信基V谷, subject the project as printed).
PUBLISHED = "2022-09-27"
PUBLISHED_INFERRED = False
JP = "金普新区"
ZK = dict(S=JP, K="zone")
DAY = "2022-09-26"
AUG = ("2022-01", "2022-08")
ARTICLES = [A("总投资126.6亿元!金普新区30个重大项目集中签约", JP)]
ZONES = [Z(JP, [JP])]
ENTERPRISES = [E("大连三垦电气有限公司"), E("斯凯孚", kind="short"), E("汇川", kind="short"), E("THK辽宁", kind="short"),
               E("弗马斯精密锻件", kind="short"), E("SK海力士", kind="short"), E("达利凯普", kind="short")]
FIGURES = [
    F("126.6亿元", 12660000000, "元", **ZK, M="签约项目总投资", P=DAY),
    F("30个", 30, "个", **ZK, M="重大项目集中签约", P=DAY),
    F("126.6亿元", 12660000000, "元", **ZK, M="签约项目总投资", P=DAY),
    F("30个", 30, "个", **ZK, M="大项目现场签约", P=DAY),
    F("30个", 30, "个", **ZK, M="重大项目签约", P=DAY),
    F("188亿元", 18800000000, "元", **ZK, M="已签约或即将签约项目总投资", P="2022-09"),
    F("11个", 11, "个", **ZK, M="已签约或即将签约项目", P="2022-09"),
    F("1381个", 1381, "个", **ZK, M="累计新增储备项目", P=AUG),
    F("31.7%", 31.7, "%", **ZK, M="新增储备项目同比增长", P=AUG, C=True),
    F("约5866亿元", 586600000000, "元", **ZK, M="储备项目投资总额", P=AUG),
    F("296个", 296, "个", **ZK, M="累计签约各类项目", P=AUG),
    F("22.1%", 22.1, "%", **ZK, M="签约项目同比增长", P=AUG, C=True),
    F("约1783亿元", 178300000000, "元", **ZK, M="签约项目投资总额", P=AUG),
    F("2.3亿美元", 230000000, "美元", S="斯凯孚", K="enterprise", M="大连四期新工厂项目投资", P=None),
    F("2000万美元", 20000000, "美元", S="大连三垦电气有限公司", K="enterprise", M="扩建项目投资", P=None),
    F("50亿元", 5000000000, "元", S="逍遥湾新文旅产业基地项目", K="other", M="投资", P=None),
    F("10亿元", 1000000000, "元", S="汇川", K="enterprise", M="高压变频器项目投资", P=None),
    F("155个", 155, "个", **ZK, M="累计落地项目", P=AUG),
    F("13.2%", 13.2, "%", **ZK, M="落地项目同比增长", P=AUG, C=True),
    F("约1146亿元", 114600000000, "元", **ZK, M="落地项目投资总额", P=AUG),
    F("约6000万美元", 60000000, "美元", S="THK辽宁", K="enterprise", M="投资总额", P=None),
    F("2000万美元", 20000000, "美元", S="弗马斯精密锻件", K="enterprise", M="三期投资", P=None),
    F("34亿元", 3400000000, "元", S="大连数谷核心区项目", K="other", M="投资", P=None),
    F("10亿元", 1000000000, "元", S="信基V谷", K="other", M="投资", P=None),
    F("61%", 61, "%", **ZK, M="战略性新兴产业占比", P="2022"),
    F("16%", 16, "%", **ZK, M="战略性新兴产业占比同比增长", P="2022", C=True),
    F("50%", 50, "%", **ZK, M="亿元以上项目数量占比", P="2022"),
    F("83.7%", 83.7, "%", **ZK, M="亿元以上项目投资总额占比", P="2022"),
    F("60%", 60, "%", **ZK, M="储备项目数量同比增长", P="2022", C=True, T=True),
    F("30%", 30, "%", **ZK, M="签约项目同比增长", P="2022", C=True, T=True),
    F("20%", 20, "%", **ZK, M="落地项目同比增长", P="2022", C=True, T=True),
]
DATES = [D("2022-09-27", "2022-09-27"), D("三季度", "2022-07", "2022-09", inferred=True), D("9月", "2022-09", inferred=True),
         D("今年1至8月", "2022-01", "2022-08", inferred=True)]
EXCLUDE = ["11:49:11"]
