# hanzhong.gov.cn (汉中经济技术开发区 administration site), zone news page; whole as returned. Headline first, no printed
# date or byline beyond the closing `(招商服务局  雷珊)`. `3月18日` takes its year from the ceremony's name
# `2023汉中高质量发展大会` (the year inside an event name is no date, GUIDE; its digits are excluded) → 2023-03-18
# inferred; published 2023-03 (inferred, the report of that day's signing). Zone: 汉中经开区 (…经开区), with the bare
# `经开区` as variant. No enterprise: `善意谷益生菌生物制品` and `现代跨境物流服务` are projects, no company named.
# The signed total `总投资25.3亿元` is the signed projects' investment (level, not target, as heldout16's signing totals).
PUBLISHED = "2023-03"
PUBLISHED_INFERRED = True
HZ = "汉中经开区"
Q = dict(S=HZ, K="zone", P="2023-03-18")
ARTICLES = [A("汉中经开区成功签约7个项目,总投资25.3亿元", HZ)]
ZONES = [Z(HZ, [HZ, "经开区"])]
ENTERPRISES = []
FIGURES = [
    F("7个", 7, "个", **Q, M="签约项目"),
    F("25.3亿元", 2530000000, "元", **Q, M="签约项目总投资"),
    F("7个", 7, "个", **Q, M="签约项目"),
    F("25.3亿元", 2530000000, "元", **Q, M="签约项目总投资"),
]
DATES = [D("3月18日", "2023-03-18", inferred=True)]
EXCLUDE = ["2023汉中"]
