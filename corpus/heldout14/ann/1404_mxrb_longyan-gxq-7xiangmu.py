# mxrb.cn (闽西日报 e-paper), page text from the top: the kicker line `龙岩高新区(经开区):` above the main headline is no
# part of the title (heldout10's kicker `GDP增長13.6%`), then a photo caption and a byline. No printed date: the
# story's `1月份` activity and `2022年“开门红”` give published 2022-01 (inferred). Whole as returned.
# Zone 龙岩高新区, printed `龙岩高新区(经开区)` (one administration under both names): the bracketed bare `经开区` is a
# variant. Companies heading project names are short entries (heldout10): 比翼小蜜蜂, 龙犇, 佰兴, 嘉隆, 龙龙, 湘玲; the
# unnamed-owner projects (清洁能源一体化产业项目, 电子信息产业园三期项目, 冷链物流园区道路项目) have no company.
# Figures: `10亿元以上` threshold with a numeral is a figure (team convention); `7个`/`13.81亿元` stand in the headline
# and the body (each counts). Project 总投资 of signed/started projects are levels (no target); counts/totals take the
# January ceremony (`1月份`) as period.
PUBLISHED = "2022-01"
PUBLISHED_INFERRED = True
LY = "龙岩高新区"
ZK = dict(S=LY, K="zone")
M1 = "2022-01"
def EK(name):
    return dict(S=name, K="enterprise")
ARTICLES = [A("7个项目集中开竣工 总投资13.81亿元", LY)]
ZONES = [Z(LY, [LY, "经开区"])]
ENTERPRISES = [
    E("比翼小蜜蜂", kind="short"),
    E("龙犇", kind="short"),
    E("佰兴", kind="short"),
    E("嘉隆", kind="short"),
    E("龙龙", kind="short"),
    E("湘玲", kind="short"),
]
FIGURES = [
    F("7个", 7, "个", **ZK, M="集中开竣工项目", P=M1),
    F("13.81亿元", 1381000000, "元", **ZK, M="开竣工项目总投资", P=M1),
    F("15个", 15, "个", **ZK, M="签约开竣工项目", P=M1),
    F("52.08亿元", 5208000000, "元", **ZK, M="签约开竣工项目总投资", P=M1),
    F("8个", 8, "个", **ZK, M="签约项目", P=M1),
    F("38.27亿元", 3827000000, "元", **ZK, M="签约项目总投资", P=M1),
    F("10亿元以上", 1000000000, "元", **ZK, M="项目投资门槛", P=None),
    F("2个", 2, "个", **ZK, M="10亿元以上签约项目", P=M1),
    F("18.5亿元", 1850000000, "元", S="清洁能源一体化产业项目", K="other", M="总投资", P=None),
    F("10亿元", 1000000000, "元", **EK("比翼小蜜蜂"), M="智能智造研发生产基地项目总投资", P=None),
    F("7个", 7, "个", **ZK, M="集中开竣工项目", P=M1),
    F("13.81亿元", 1381000000, "元", **ZK, M="开竣工项目总投资", P=M1),
    F("3个", 3, "个", **ZK, M="开工项目", P=M1),
    F("3亿元", 300000000, "元", **EK("龙犇"), M="液晶显示模组扩建项目总投资", P=None),
    F("0.82亿元", 82000000, "元", **EK("佰兴"), M="可降解环保日用品项目总投资", P=None),
    F("0.6亿元", 60000000, "元", **EK("嘉隆"), M="机械配件项目总投资", P=None),
    F("4个", 4, "个", **ZK, M="竣工项目", P=M1),
    F("1.5亿元", 150000000, "元", S="电子信息产业园三期项目", K="other", M="总投资", P=None),
    F("5.5亿元", 550000000, "元", **EK("龙龙"), M="智能电子终端产品项目总投资", P=None),
    F("0.65亿元", 65000000, "元", **EK("湘玲"), M="矿山设备及其零部件项目总投资", P=None),
    F("1.74亿元", 174000000, "元", S="冷链物流园区道路项目", K="other", M="总投资", P=None),
]
DATES = [D("1月份", M1, inferred=True), D("2022年", "2022")]
EXCLUDE = []
