# ygacjh.org.cn (an association site's 粤港澳资讯 column) copy of 南方网, printed `发布时间:2020年05月28日`; crumbs kept,
# the `【收藏本文】 【打印文章】` line cut; leading indent spaces as transcribed (may differ from the original bytes).
# Zones: 横琴新区 (…新区), 珠海高新区; not zones: districts (香洲区, 斗门区, 金湾区) and `高栏港区` (a port-economy area,
# not of GUIDE's kinds). None primary (city-wide signing). Companies: 华侨城集团 (group, twice), 广药集团 (group),
# 格力 heading the project `横琴格力总部` (short). Headline `投资超560亿` has no unit word (unit ""). Thresholds
# `超50亿元`/`超10亿元` are figures (approx); the second `投资50亿元` is the chip project's. All take the 5月26日 signing.
PUBLISHED = "2020-05-28"
PUBLISHED_INFERRED = False
ZH = dict(S="珠海市", K="other")
DAY = "2020-05-26"
ARTICLES = [A("珠海32个重点产业项目集中签约 投资超560亿", None)]
ZONES = [Z("横琴新区", ["横琴新区"]), Z("珠海高新区", ["珠海高新区"])]
ENTERPRISES = [E("华侨城集团", kind="group"), E("广药集团", kind="group"), E("格力", kind="short")]
FIGURES = [
    F("32个", 32, "个", **ZH, M="重点产业项目集中签约", P=DAY),
    F("超560亿", 56000000000, "", **ZH, M="签约项目投资", P=DAY),
    F("32个", 32, "个", **ZH, M="项目现场集中签约", P=DAY),
    F("567亿元", 56700000000, "元", **ZH, M="签约项目总投资额", P=DAY),
    F("150亿元", 15000000000, "元", S="华侨城集团", K="enterprise", M="凤凰谷生态旅游项目投资额", P=DAY),
    F("超50亿元", 5000000000, "元", **ZH, M="项目投资额门槛", P=None),
    F("3个", 3, "个", **ZH, M="投资额超50亿元项目", P=DAY),
    F("超10亿元", 1000000000, "元", **ZH, M="项目投资额门槛", P=None),
    F("17个", 17, "个", **ZH, M="投资额超10亿元项目", P=DAY),
    F("7个", 7, "个", **ZH, M="电子信息产业项目", P=DAY),
    F("126.5亿元", 12650000000, "元", **ZH, M="电子信息产业项目投资额", P=DAY),
    F("158亿元", 15800000000, "元", **ZH, M="文化旅游项目投资额", P=DAY),
    F("113.7亿元", 11370000000, "元", **ZH, M="现代服务业项目总投资额", P=DAY),
    F("50亿元", 5000000000, "元", S="斗门区", K="other", M="通信芯片项目投资", P=DAY),
    F("3个", 3, "个", S="高栏港区", K="other", M="引进新材料项目", P=DAY),
]
DATES = [D("2020年05月28日", "2020-05-28"), D("5月26日", "2020-05-26", inferred=True)]
EXCLUDE = []
