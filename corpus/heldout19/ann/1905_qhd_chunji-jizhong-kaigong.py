# www.qhd.gov.cn:81 (秦皇岛市 government site, 发改委 item), field labels and index line kept; the index code
# `E03643767/2023-622` is no date/figure. Whole as returned (the last paragraph ends without a stop, as stored).
# Printed `2023-03-27`. The day is stored garbled as `326日` (月 lost: 3月26日): a dated mention → 2023-03-26
# (inferred), text as stored. `2023年春季重点项目集中开工活动` is the event's name with its year: a dated mention at
# each occurrence (heldout16's ceremony year). Zone: 秦皇岛经济技术开发区 (the site of the ceremony; the story is
# the city's, so no primary zone). Company: 康泰医学 heading a project name (heldout10/16: short entry).
# Subject `我市` (the city is named only inside the zone's name). `年度计划投资` → target.
PUBLISHED = "2023-03-27"
PUBLISHED_INFERRED = False
WS = dict(S="我市", K="other", P="2023-03-26")
ARTICLES = [A("我市举行2023年春季重点项目集中开工活动", None)]
ZONES = [Z("秦皇岛经济技术开发区", ["秦皇岛经济技术开发区"])]
ENTERPRISES = [E("康泰医学", kind="short")]
FIGURES = [
    F("300个", 300, "个", **WS, M="春季集中开工项目"),
    F("114.29%", 114.29, "%", **WS, M="集中开工项目同比增长", C=True),
    F("865.33亿元", 86533000000, "元", **WS, M="总投资"),
    F("186.09%", 186.09, "%", **WS, M="总投资同比增长", C=True),
    F("252.81亿元", 25281000000, "元", S="我市", K="other", P="2023", M="年度计划投资", T=True),
    F("167.33%", 167.33, "%", S="我市", K="other", P="2023", M="年度计划投资同比增长", C=True, T=True),
]
DATES = [D("2023年", "2023")] * 2 + [D("2023-03-27", "2023-03-27"), D("326日", "2023-03-26", inferred=True)]
EXCLUDE = ["E03643767/2023-622"]
