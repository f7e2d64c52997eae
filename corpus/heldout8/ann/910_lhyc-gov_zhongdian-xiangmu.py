# lhyc.gov.cn (district government site, 区发改委 item), printed `发布时间:2019年05月29日`; empty `浏览次数:` and `来源:`
# fields; whole as returned. The district is only `我区`/`全区`: no zone (淞江产业集聚区 is no zone word) and no place
# subject; fact subjects are the printed project groups (省定/市定重点项目). 江苏微康生物科技创业园 is a park; 香港华莉园,
# 缔旺高分子 head project names with an unclear company boundary → left out (heldout7). `1-5月份` (headline) → 2019-01..05,
# `止五5月底`/`止5月底` → `5月底` → 2019-05 (year-inferred; `五5` is the page's typo). `年计划投资` is a plan → target.
PUBLISHED = "2019-05-29"
PUBLISHED_INFERRED = False
SD = dict(S="省定重点项目", K="other")
SH = dict(S="市定重点项目", K="other")
M5 = "2019-05"
ARTICLES = [A("我区1-5月份省、市重点项目进展情况", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("4个", 4, "个", **SD, M="省定重点项目", P="2019"),
    F("33亿元", 3300000000, "元", **SD, M="总投资", P=None),
    F("11.9亿元", 1190000000, "元", **SD, M="年计划投资", P="2019", T=True),
    F("8.1亿元", 810000000, "元", **SD, M="完成投资", P=("2019-01", M5)),
    F("67.9%", 67.9, "%", **SD, M="完成投资占年计划", P=("2019-01", M5)),
    F("14个", 14, "个", **SH, M="市定重点项目", P="2019"),
    F("68.3亿元", 6830000000, "元", **SH, M="总投资", P=None),
    F("29.8亿元", 2980000000, "元", **SH, M="年计划投资", P="2019", T=True),
    F("16亿元", 1600000000, "元", **SH, M="完成投资", P=("2019-01", M5)),
    F("53.8%", 53.8, "%", **SH, M="完成投资占年计划", P=("2019-01", M5)),
]
DATES = [
    D("1-5月份", "2019-01", M5, inferred=True),
    D("2019年05月29日", "2019-05-29"),
    D("5月底", M5, inferred=True),
    D("5月底", M5, inferred=True),
]
EXCLUDE = []
