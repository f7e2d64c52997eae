# m.chinacrane.net (中国起重机械网, industry portal), `园区新闻` section line; printed `2011-12-20` (published, not
# inferred); `人气: 1997` is a view counter (excluded). The closing copyright disclaimer (site footer) cut after the
# last paragraph. Zone 贵阳高新区 (`贵阳国家高新区`, 国家 dropped in the canonical). No company is named.
# `今日下午` is no date; the ceremony counts take the printed day (heldout10). `前11个月` → 2011-01..11 (year
# inferred). `330万元每亩` an intensity: unit 元/亩 set by hand. `预计`→ target (252亿元, 30亿元 follow 预计).
PUBLISHED = "2011-12-20"
PUBLISHED_INFERRED = False
GY = "贵阳高新区"
ZK = dict(S=GY, K="zone")
D20 = "2011-12-20"
M11 = ("2011-01", "2011-11")
ARTICLES = [A("贵阳国家高新区27个重大项目集中开工", GY)]
ZONES = [Z(GY, ["贵阳国家高新区"])]
ENTERPRISES = []
FIGURES = [
    F("27个", 27, "个", **ZK, M="集中开工重大项目", P=D20),
    F("27个", 27, "个", **ZK, M="集中开工重大项目", P=D20),
    F("27个", 27, "个", **ZK, M="集中开工重大项目", P=D20),
    F("123亿元", 12300000000, "元", **ZK, M="总投资"),
    F("330万元", 3300000, "元/亩", **ZK, M="投资强度"),
    F("252亿元", 25200000000, "元", **ZK, M="产值", T=True),
    F("30亿元", 3000000000, "元", **ZK, M="税收", T=True),
    F("44.04亿元", 4404000000, "元", **ZK, M="规模以上工业总产值", P=M11),
    F("58%", 58, "%", **ZK, M="规模以上工业总产值", P=M11, C=True),
    F("57亿元", 5700000000, "元", **ZK, M="固定资产投资", P=M11),
    F("200%", 200, "%", **ZK, M="固定资产投资", P=M11, C=True),
]
DATES = [D("2011-12-20", D20), D("前11个月", M11[0], M11[1], inferred=True)]
EXCLUDE = ["人气: 1997"]
