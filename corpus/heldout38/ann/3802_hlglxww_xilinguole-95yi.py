# hlglxww.com (aggregator, `财经` channel) copy of a 内蒙古日报 item; headline stored twice (headline and `原标题:` line,
# one title); section labels `项目进展:`/`项目布阵:` kept; whole as returned. No date printed: published 2016 (inferred:
# `初步安排2017年…` is next year's plan, so `今年` is 2016). `8月底` → 2016-08, `9月以来` → its month 2016-09 (a month
# with calendar value; `今年`, `年底前`, `当年`, `年内` none). Company: 国电投 (short, heading its project's name).
# No zone (锡林郭勒盟 a league). The capacity inside the project name `…配套2×35万千瓦自备电厂` is no figure (heldout16).
# Plans (计划/预计/将/初步安排…计划) are targets; `年内新增投资95亿元` (headline, 原标题, body) is this year's projection.
PUBLISHED = "2016"
PUBLISHED_INFERRED = True
XL = dict(S="锡林郭勒盟", K="other")
ARTICLES = [A("锡林郭勒盟:年内新增投资95亿元", None)]
ZONES = []
ENTERPRISES = [E("国电投", kind="short")]
FIGURES = [
    F("95亿元", 9500000000, "元", **XL, M="年内新增投资", P="2016", T=True),
    F("95亿元", 9500000000, "元", **XL, M="年内新增投资", P="2016", T=True),
    F("190项", 190, "项", **XL, M="盟级重点项目", P="2016"),
    F("658亿元", 65800000000, "元", **XL, M="当年计划投资", P="2016", T=True),
    F("190个", 190, "个", **XL, M="盟级重点项目", P="2016-08"),
    F("164项", 164, "项", **XL, M="开复工项目", P="2016-08"),
    F("86%", 86, "%", **XL, M="开复工率", P="2016-08"),
    F("391.5亿元", 39150000000, "元", **XL, M="完成投资", P="2016-08"),
    F("59.5%", 59.5, "%", **XL, M="完成年度计划投资比例", P="2016-08"),
    F("9个", 9, "个", **XL, M="已建成重点项目", P="2016-08"),
    F("42个", 42, "个", **XL, M="年底前可竣工投产项目", P="2016", T=True),
    F("29个", 29, "个", **XL, M="陆续开工建设重点项目", P="2016-09"),
    F("105亿元", 10500000000, "元", **XL, M="总投资", P="2016-09"),
    F("14亿元", 1400000000, "元", **XL, M="年内计划投资", P="2016", T=True),
    F("35个", 35, "个", **XL, M="将具备开工条件重点项目", P="2016", T=True),
    F("95亿元", 9500000000, "元", **XL, M="年内新增投资", P="2016", T=True),
    F("158项", 158, "项", **XL, M="盟级重点项目", P="2017", T=True),
    F("600亿元", 60000000000, "元", **XL, M="计划投资", P="2017", T=True),
]
DATES = [D("8月底", "2016-08", inferred=True), D("9月", "2016-09", inferred=True), D("2017年", "2017")]
EXCLUDE = ["2×35万千瓦"]
