# zkxblog.com (`ZKX's LAB`, a blog copy of 水母网 = 烟台 city media), printed `2020-11-12` followed by the blog's
# category/counter `新闻13` (furniture). Cut after the last paragraph (widgets `随机阅读`, `qrcode`, `访问手机版` dropped).
# Zone: 高铁新区 carries GUIDE's `…新区`; it is a proper name (烟台's 莱山区 area, named in full on the page) kept as
# printed, canonical `高铁新区`; bare `新区` variant. NEW judgment: a city-level `…新区` named by its own name counts
# (heldout8's 金普新区 precedent), unlike a bare `新区`. No enterprises (水母网 media).
# `13楼` is a floor number (heldout10 room numbers), `第三场` an ordinal; `一年时间`, `三年`, `五年` durations in 年.
# `11月12日` (twice) → 2020-11-12 inferred. `2020年 “重点片区”…新闻发布会` is a ceremony year (heldout10: dated).
PUBLISHED = "2020-11-12"
PUBLISHED_INFERRED = False
GT = "高铁新区"
ZK = dict(S=GT, K="zone")
ARTICLES = [A("高铁新区签约落地重点项目26个", GT)]
ZONES = [Z(GT, [GT, "新区"])]
ENTERPRISES = []
FIGURES = [
    F("26个", 26, "个", **ZK, M="签约落地重点项目", P="2020"),
    F("26个", 26, "个", **ZK, M="签约落地重点项目", P="2020"),
    F("750亿元", 75000000000, "元", **ZK, M="总投资", P="2020"),
]
DATES = [
    D("2020-11-12", "2020-11-12"),
    D("11月12日", "2020-11-12", inferred=True),
    D("11月12日", "2020-11-12", inferred=True),
    D("2020年", "2020"),
    D("2020年", "2020"),
]
EXCLUDE = ["新闻13", "13楼"]
