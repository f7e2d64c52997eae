# cinic.org.cn (中国产业经济信息网, industry portal; repost of 央视网 = central media), printed `时间:2024-02-22`.
# Cut after the source line `转自:央视网` (copyright notice and footer dropped). A roundup of several projects: one title.
# Zone 雄安新区 (`河北雄安新区` printed once, province dropped). No companies (projects: 三澳核电项目, 中沙古雷乙烯项目;
# `华龙一号` a reactor type; `2号机组` a unit number excluded). `19日` (twice) → 2024-02-19 (the 19th before the printed
# 22 February; year and month inferred); `一季度` → 2024-01..03 inferred; `2026年` a date. `年产150万吨乙烯` is a stated
# capacity (target, heldout8); `100多万人` approx with unit 人.
PUBLISHED = "2024-02-22"
PUBLISHED_INFERRED = False
XA = "雄安新区"
ZK = dict(S=XA, K="zone")
Q1 = ("2024-01", "2024-03")
Y = 100000000
ARTICLES = [A("中国多地重大项目抓紧开工建设 开好局、起好步推动经济高质量发展", None)]
ZONES = [Z(XA, ["河北雄安新区", XA])]
ENTERPRISES = []
FIGURES = [
    F("56个", 56, "个", **ZK, M="一季度开工项目", P=Q1),
    F("超过30%", 30, "%", **ZK, M="配套服务项目总投资占比", P=Q1),
    F("超2000亿元", 2000*Y, "元", **ZK, M="年度投资", P="2024", T=True),
    F("100亿度", 10000000000, "度", S="三澳核电项目", K="other", M="年发电量", P=None, T=True),
    F("100多万人", 1000000, "人", S="三澳核电项目", K="other", M="满足用电需求人口", P=None, T=True),
    F("约448亿元", 448*Y, "元", S="中沙古雷乙烯项目", K="other", M="总投资", P=None),
    F("150万吨", 1500000, "吨", S="中沙古雷乙烯项目", K="other", M="年产乙烯", P=None, T=True),
    F("19项", 19, "项", S="中沙古雷乙烯项目", K="other", M="全球领先技术", P=None),
]
DATES = [
    D("2024-02-22", "2024-02-22"),
    D("19日", "2024-02-19", inferred=True),
    D("一季度", Q1[0], Q1[1], inferred=True),
    D("2026年", "2026"),
    D("19日", "2024-02-19", inferred=True),
]
EXCLUDE = ["2号机组"]
