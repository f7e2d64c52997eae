# chaxiaohao.com (question-and-answer content farm, Simplified): a machine-written "优质解答" under the question
# `抚州东乡县工业区`; the site header kept; the stored text broke off in the answer's second paragraph, cut after the
# first. The question line is stored twice: one title. Printed `2025-07-11 02:16:31` (clock EXCLUDE) → published.
# Site counters are quantities with digits and count as figures (GUIDE's letter: `收录5270929题`, `0道`, `0次`; units
# set to count by hand). Dates: `2024年`; `2023年` stands in an evaluation round (`2023年全省开发区综合考核`, heldout16:
# no date, EXCLUDE). Zone: none — `东乡工业区`/`东乡县工业区` end in `工业区` (no GUIDE zone word; not `…工业园区`),
# `省级经济开发区` names a class (the answer's `东乡经开区` fell in the cut tail). Companies: 永冠科技, 恒吉金属,
# 施美药业, 科伦药业 (short). Facts: subject the park as printed (`抚州东乡工业区`, other).
PUBLISHED = "2025-07-11"
PUBLISHED_INFERRED = False
DX = dict(S="抚州东乡工业区", K="other", P="2024")
QS = dict(S="查小号", K="other", P="2025-07-11")
ARTICLES = [A("抚州东乡县工业区", None)]
ZONES = []
ENTERPRISES = [E(n, kind="short") for n in ("永冠科技", "恒吉金属", "施美药业", "科伦药业")]
FIGURES = [
    F("5270929题", 5270929, "题", kind="count", **QS, M="收录题目"),
    F("0道", 0, "道", kind="count", **QS, M="今日更新题目"),
    F("0次", 0, "次", **QS, M="浏览"),
    F("334.22亿元", 33422000000, "元", **DX, M="规上工业产值"),
    F("12.1%", 12.1, "%", **DX, M="规上工业产值增速", C=True),
    F("58家", 58, "家", **DX, M="高新技术企业"),
    F("11家", 11, "家", **DX, M="生物医药规上企业"),
    F("37.23%", 37.23, "%", **DX, M="产业集聚度"),
]
DATES = [D("2025-07-11", "2025-07-11"), D("2024年", "2024")]
EXCLUDE = ["02:16:31", "2023年全省"]
