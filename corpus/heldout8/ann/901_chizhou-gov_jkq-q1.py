# czkfq.chizhou.gov.cn (池州经开区 zone administration site) repost of 池州日报 (city paper), printed
# `发布时间:2021-04-15 08:13` (clock no figure); `浏览次数:1210` is a view counter (furniture). Cut after the last
# paragraph (QR-code line, WeChat widget and site footer follow). Zone named only as 池州经开区 / bare 经开区:
# canonical 池州经开区 (the printed short form; the page never spells 经济技术开发区), bare form as variant.
# `一季度` without year → 2021-01..03, year-inferred, at each of its 4 occurrences (heldout7's 上半年). Thresholds with
# a numeral are figures (`10亿元以上`, `15亿元以上`, approx via 以上); `亿元以上项目` (no numeral) is not. 百强电子 heads
# a project name → short enterprise; 环球奥特莱斯 (a mall project, as heldout7's 万达广场) is not. `5G` is a code.
# `一年上台阶、三年大变样、五年树标杆` is a slogan. `10家` counts 安徽省's first licensed international parks.
PUBLISHED = "2021-04-15"
PUBLISHED_INFERRED = False
CZ = "池州经开区"
Q1 = ("2021-01", "2021-03")
Zd = dict(S=CZ, K="zone")
ARTICLES = [A("池州经开区招商引资实现“开门红”一季度新签约亿元以上项目8个总投资逾70亿元", CZ)]
ZONES = [Z(CZ, [CZ, "经开区"])]
ENTERPRISES = [E("百强电子", kind="short")]
FIGURES = [
    F("8个", 8, "个", **Zd, M="新签约亿元以上项目", P=Q1),
    F("逾70亿元", 7000000000, "元", **Zd, M="签约项目总投资", P=Q1),
    F("8个", 8, "个", **Zd, M="新签约亿元以上项目", P=Q1),
    F("100%", 100, "%", **Zd, M="新签约亿元以上项目", P=Q1, C=True),
    F("10亿元以上", 1000000000, "元", **Zd, M="签约项目投资门槛", P=Q1),
    F("3个", 3, "个", **Zd, M="投资10亿元以上项目", P=Q1),
    F("15亿元以上", 1500000000, "元", **Zd, M="签约项目投资门槛", P=Q1),
    F("2个", 2, "个", **Zd, M="投资15亿元以上项目", P=Q1),
    F("8个", 8, "个", **Zd, M="签约亿元以上项目", P=Q1),
    F("逾70亿元", 7000000000, "元", **Zd, M="项目协议总投资", P=Q1),
    F("38亿元", 3800000000, "元", S="环球奥特莱斯商业综合体项目", K="other", M="总投资", P=None),
    F("12个", 12, "个", **Zd, M="集中开工项目", P=Q1),
    F("50亿元", 5000000000, "元", **Zd, M="开工项目总投资", P=Q1),
    F("15亿元", 1500000000, "元", S="百强电子", K="enterprise", M="项目总投资", P=None),
    F("10家", 10, "家", S="安徽省", K="other", M="首批授牌国际合作产业园", P=None),
]
DATES = [
    D("一季度", Q1[0], Q1[1], inferred=True),
    D("2021-04-15", "2021-04-15"),
    D("一季度", Q1[0], Q1[1], inferred=True),
    D("一季度", Q1[0], Q1[1], inferred=True),
    D("一季度", Q1[0], Q1[1], inferred=True),
]
EXCLUDE = ["浏览次数:1210", "08:13", "5G"]
