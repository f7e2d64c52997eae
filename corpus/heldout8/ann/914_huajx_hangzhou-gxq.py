# m.huajx.com (化工机械设备网, industry portal) `地方新闻` item, printed `- 2023-02-22 16:19:21713`: a clock time with a
# view counter glued on (713), furniture. Cut after the last complete paragraph (the next breaks off). Zone
# 杭州高新区 with its printed forms `杭州高新区(滨江)` and `杭州国家高新技术产业开发区` as variants. Companies:
# 杭州泽天春来科技有限公司 (registered, `泽天春来科技` as variant), 杭州三汇信息工程有限公司, 杭州联吉技术有限公司.
# `117亿` (headline, no unit printed) → unit "" (heldout7's `876亿`). `一季度…开工活动`: a ceremony's quarter is a
# date (year-inferred), in headline and body. `计划总投资` → target (heldout7: 计划); `预计2025年…` years are dates.
PUBLISHED = "2023-02-22"
PUBLISHED_INFERRED = False
HZ = "杭州高新区"
Zd = dict(S=HZ, K="zone")
D21 = "2023-02-21"
Q1 = ("2023-01", "2023-03")
ZT = "杭州泽天春来科技有限公司"
ARTICLES = [A("杭州高新区一季度117亿项目开工 包括高端仪器创新制造基地", HZ)]
ZONES = [Z(HZ, [HZ, "杭州高新区(滨江)", "杭州国家高新技术产业开发区"])]
ENTERPRISES = [E(ZT, ["泽天春来科技"]), E("杭州三汇信息工程有限公司"), E("杭州联吉技术有限公司")]
FIGURES = [
    F("117亿", 11700000000, "", kind="money", **Zd, M="开工项目总投资", P=D21),
    F("29个", 29, "个", **Zd, M="集中开工活动项目", P=D21),
    F("117亿元", 11700000000, "元", **Zd, M="计划总投资", P=D21, T=True),
    F("29个", 29, "个", **Zd, M="集中开工活动项目", P=D21),
    F("21个", 21, "个", **Zd, M="集中开工建设项目", P=D21),
    F("7个", 7, "个", **Zd, M="产业投资项目", P=D21),
    F("14个", 14, "个", **Zd, M="政府投资项目", P=D21),
    F("97亿元", 9700000000, "元", **Zd, M="开工项目计划总投资", P=D21, T=True),
    F("8个", 8, "个", **Zd, M="集中签约产业投资项目", P=D21),
    F("20亿元", 2000000000, "元", **Zd, M="签约项目计划总投资", P=D21, T=True),
    F("107亩", 107, "亩", **Zd, M="签约项目总用地面积", P=D21),
    F("约3.5亿元", 350000000, "元", S=ZT, K="enterprise", M="投资", P=None),
    F("约18亩", 18, "亩", S="高端光谱质谱仪器创新制造基地", K="other", M="总用地", P=None),
    F("约5.8万平方米", 58000, "平方米", S="高端光谱质谱仪器创新制造基地", K="other", M="总建筑面积", P=None),
    F("约2.36亿元", 236000000, "元", S="杭州三汇信息工程有限公司", K="enterprise", M="投资", P=None),
    F("约10亿元", 1000000000, "元", S="杭州联吉技术有限公司", K="enterprise", M="投资", P=None),
]
DATES = [
    D("一季度", Q1[0], Q1[1], inferred=True),
    D("2023-02-22", "2023-02-22"),
    D("2月21日", D21, inferred=True),
    D("一季度", Q1[0], Q1[1], inferred=True),
    D("2025年", "2025"),
    D("2025年", "2025"),
]
EXCLUDE = ["16:19:21713"]
