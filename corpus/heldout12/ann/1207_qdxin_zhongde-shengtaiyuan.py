# qdxin.cn (青岛信网, city portal; story from 半岛都市报), `搜索`/mobile-version furniture, printed `2019-11-29 10:39:00`
# (clock no figure), `原标题:` line (the print headline, a second form of the same story's title: one article, titled
# by the page headline, heldout10). Cut after the fourth paragraph (the returned text broke off in the fifth).
# `11月28日` → 2019-11-28 (year inferred).
# No GUIDE zone: 青岛中德生态园 is a `…生态园` (GUIDE lists `…生态城`, not 生态园), 青岛国际经济合作区 no GUIDE word.
# Enterprises: 博马科技 (`德国博马科技`, nationality word dropped with the printed form as variant, heldout8). Not
# enterprises: projects (`德国新材料车体项目`), 德国农机智能装备研究院 (institute), 上海德国中心 (a centre), 不莱梅雅克布大学.
# `今年以来` → 2019-01..2019-11 for the 外资 growth rates (change); `德国累计在青投资项目365个` cumulative (level).
PUBLISHED = "2019-11-29"
PUBLISHED_INFERRED = False
ZD = dict(S="中德生态园", K="other")
ARTICLES = [A("10个重点德资项目签约青岛中德生态园", None)]
ZONES = []
ENTERPRISES = [E("博马科技", ["德国博马科技"], kind="short")]
FIGURES = [
    F("10个", 10, "个", **ZD, M="重点德资项目签约", P="2019-11-28"),
    F("10个", 10, "个", **ZD, M="重点项目现场签约", P="2019-11-28"),
    F("10.7亿欧元", 1070000000, "欧元", kind="money", **ZD, M="总投资额", P="2019-11-28"),
    F("95.76%", 95.76, "%", S="青岛", K="other", M="德国在青投资企业合同外资", P=("2019-01", "2019-11"), C=True),
    F("65.71%", 65.71, "%", S="青岛", K="other", M="德国在青投资企业实际使用外资", P=("2019-01", "2019-11"), C=True),
    F("365个", 365, "个", S="青岛", K="other", M="德国累计在青投资项目", P="2019-11"),
]
DATES = [D("2019-11-29", "2019-11-29"), D("11月28日", "2019-11-28", inferred=True)]
EXCLUDE = ["10:39:00"]
