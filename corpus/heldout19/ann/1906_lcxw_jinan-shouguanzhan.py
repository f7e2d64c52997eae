# lcxw.cn (聊城新闻网, city paper portal) copy of a 新华社 (wire) story; channel menu, crumbs, `A+A-`, `分享` kept.
# Printed `2024-12-16 23:28:33` (clock no figure). The stored text breaks off in the 济南市委 paragraph: cut after the
# 从一辆车 one. No zone: 济南新旧动能转换起步区 is no GUIDE zone kind (起步区). Companies: 中国重汽集团 (group; 中国重汽
# a variant), 比亚迪 (short; 比亚迪济南基地 a plant). `莱芜工厂` a plant. `今年前三季度` → 2024-01..2024-09
# (inferred); `去年`/`年初` no calendar mention. `预计`/`计划` → target; `超过` approx, `突破` not.
PUBLISHED = "2024-12-16"
PUBLISHED_INFERRED = False
ZZ = "中国重汽集团"
ZQ = dict(S=ZZ, K="enterprise")
BYD = dict(S="比亚迪", K="enterprise")
JN = dict(S="济南", K="other", P=("2024-01", "2024-09"))
ARTICLES = [A("生产铆足劲 打好年度“收官战”——山东济南企业生产一线见闻", None)]
ZONES = []
ENTERPRISES = [E(ZZ, ["中国重汽"], kind="group"), E("比亚迪", kind="short")]
FIGURES = [
    F("37万辆", 370000, "辆", **ZQ, M="全年整车销量", P="2024", T=True),
    F("超过10%", 10, "%", **ZQ, M="整车销量同比增长", P="2024", C=True, T=True),
    F("1940亿元", 194000000000, "元", **ZQ, M="汇总收入", P="2024", T=True),
    F("超过10%", 10, "%", **ZQ, M="汇总收入同比增长", P="2024", C=True, T=True),
    F("13.5万辆", 135000, "辆", **ZQ, M="重卡出口", P="2024", T=True),
    F("14%", 14, "%", **ZQ, M="订单交付周期缩短", P=None, C=True),
    F("15%", 15, "%", **ZQ, M="人均生产效率提高", P=None, C=True),
    F("24万辆", 240000, "辆", **BYD, M="比亚迪济南基地新能源汽车产能", P="2023"),
    F("30万辆", 300000, "辆", **BYD, M="比亚迪济南基地产能计划", P="2024", T=True),
    F("超过56亿元", 5600000000, "元", **BYD, M="智能车零部件配套产业基地年产值", P=None, T=True),
    F("13.6%", 13.6, "%", **JN, M="汽车制造业增加值同比增长", C=True),
    F("3.6个百分点", 3.6, "个百分点", **JN, M="拉动全市规上工业增加值增长", C=True),
]
DATES = [D("2024-12-16", "2024-12-16"), D("今年前三季度", "2024-01", "2024-09", inferred=True)]
EXCLUDE = ["23:28:33"]
