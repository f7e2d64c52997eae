# m.jinhaojiao.cn (a financial info portal's `资讯内容` page; a 证券日报 = national financial paper story), printed
# `2020-12-11 08:42` (clock) and view counter `浏览:430` (furniture). The stored text breaks off in the list of listed
# companies: cut after the last complete paragraph. The in-text section head `373家高新区企业已上市` is no title (its
# figure counts).
# No single zone (国家高新区/各地高新区 is the class) and no companies left on the page (证券日报 media, 国务院,
# 科技部 government). `30多年` (twice) durations in 年. `约24%和15%`: the 约 governs both (approx set by hand).
# `7月1日` → 2020-07-01 (year inferred); `2019年年底` → 2019-12; `目前`/`截至` → publication month for the facts.
PUBLISHED = "2020-12-11"
PUBLISHED_INFERRED = False
GX = dict(S="高新区", K="other")
QG = dict(S="全国", K="other")
Y = 100000000
W = 10000
ARTICLES = [A("373家高新区企业已登陆A股 21家跻身科创板", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("373家", 373, "家", **GX, M="A股上市企业", P="2020-12"),
    F("21家", 21, "家", **GX, M="科创板上市企业", P="2020-12"),
    F("373家", 373, "家", **GX, M="A股上市企业", P="2020-12"),
    F("2240.71亿元", 2240.71*Y, "元", **GX, M="首发募资", P="2020-12"),
    F("70家", 70, "家", **GX, M="上市后备企业", P="2020-12"),
    F("365.17亿元", 365.17*Y, "元", **GX, M="计划募资", P="2020-12", T=True),
    F("373家", 373, "家", **GX, M="已上市企业", P="2020-12"),
    F("169个", 169, "个", S="国内", K="other", M="高新区", P="2020-12"),
    F("超过22.5万家", 22.5*W, "家", **QG, M="高新技术企业", P="2019-12"),
    F("超过15.1万家", 15.1*W, "家", **QG, M="科技型中小企业", P="2019-12"),
    F("约24%", 24, "%", **QG, M="高新技术企业增长", P="2019", C=True),
    F("15%", 15, "%", approx=True, **QG, M="科技型中小企业增长", P="2019", C=True),
]
DATES = [
    D("2020-12-11", "2020-12-11"),
    D("7月1日", "2020-07-01", inferred=True),
    D("2019年年底", "2019-12"),
]
EXCLUDE = ["08:42", "浏览:430", "30多年"]
