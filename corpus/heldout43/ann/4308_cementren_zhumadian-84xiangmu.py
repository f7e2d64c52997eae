# cementren.com (水泥人网, a cement trade portal), printed `2013-10-11 10:45:35` before the headline (clock no figure);
# the subscription/contact footer (QQ and phone numbers) cut. No zone: `经济技术产业集聚区` is a 产业集聚区 (heldout16:
# not a zone) and `高新技术产业园` a park. Companies heading project names (short, heldout10/16/40): 恒兴数控, 懿丰三超,
# 嘉邦实业, 永创生态. Thresholds with a numeral are figures (`10亿元以上`, approx by 以上); `5亿元至10亿元` is one range;
# `亿元以上` (no numeral) is none. The 84 projects take the 10月9日 start day (2013); `年度投资` → 2013; the planned
# park area and the city's `突破…` goals are targets (goals of 2013, the year the text speaks of).
PUBLISHED = "2013-10-11"
PUBLISHED_INFERRED = False
ZM = dict(S="驻马店市", K="other")
DAY = "2013-10-09"
ARTICLES = [A("河南驻马店84个亿元以上重点项目开工", None)]
ZONES = []
ENTERPRISES = [E(n, kind="short") for n in ["恒兴数控", "懿丰三超", "嘉邦实业", "永创生态"]]
FIGURES = [
    F("84个", 84, "个", **ZM, M="亿元以上重点项目开工", P=DAY),
    F("84个", 84, "个", **ZM, M="亿元以上重点项目集中开工", P=DAY),
    F("489亿元", 48900000000, "元", **ZM, M="开工项目总投资", P=DAY),
    F("97亿元", 9700000000, "元", **ZM, M="年度投资", P="2013"),
    F("10亿元以上", 1000000000, "元", **ZM, M="项目投资门槛", P=None),
    F("16个", 16, "个", **ZM, M="投资10亿元以上项目", P=DAY),
    F("5亿元至10亿元", 500000000, "元", vmax=1000000000, **ZM, M="项目投资区间", P=None),
    F("17个", 17, "个", **ZM, M="投资5亿元至10亿元项目", P=DAY),
    F("49个", 49, "个", **ZM, M="工业项目", P=DAY),
    F("245亿元", 24500000000, "元", **ZM, M="工业项目总投资", P=DAY),
    F("4个", 4, "个", **ZM, M="主会场开工重点项目", P=DAY),
    F("26.8亿元", 2680000000, "元", **ZM, M="主会场开工项目总投资", P=DAY),
    F("17.65平方公里", 17.65, "平方公里", S="高新技术产业园", K="other", M="规划面积", P=None, T=True),
    F("1000亿元", 100000000000, "元", **ZM, M="全市固定资产投资", P="2013", T=True),
    F("700亿元", 70000000000, "元", S="产业集聚区", K="other", M="固定资产投资", P="2013", T=True),
]
DATES = [D("2013-10-11", "2013-10-11"), D("10月9日", "2013-10-09", inferred=True)]
EXCLUDE = ["10:45:35"]
