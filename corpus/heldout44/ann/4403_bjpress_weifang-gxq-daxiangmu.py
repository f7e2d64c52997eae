# bjpress.cn (北京印刷 portal, `行业新闻`) repost of a 潍坊高新区 item; the headline is stored four times (photo captions
# repeating it) — one title. The stored text ends with a dangling `高新区:` caption line: cut after the last paragraph.
# Zone: only bare `高新区` is printed; the article is about 潍坊 (`潍坊打造国际动力城`, 潍柴国际配套产业园) → 潍坊高新区 with
# variant 高新区 (as heldout40's bare 高新區). 高创智能装备产业园 and 潍柴国际配套产业园 are parks.
# Companies: 山东天瑞重工 (heading its project `山东天瑞重工磁悬浮智能生产基地`), 潍柴集团 (group, twice) with 潍柴 as its
# variant (`与潍柴一道`), 福田, 盛瑞, 华丰动力, 山东银轮, 凯信机械 (short).
# Building numbers (`1号、2号…`, `10号厂房`, `8号、11-15号厂房`) and the clock 15:50 are no figures; `一号厂房`, `第二批`
# no figures. `今年六月份` → 2020-06, `今年下半年` → 2020-07..2020-12 (year inferred).
PUBLISHED = "2020-05-27"
PUBLISHED_INFERRED = False
WF = "潍坊高新区"
TR = dict(S="山东天瑞重工", K="enterprise")
ARTICLES = [A("高新区:大项目集群拉动区域产业加快发展", WF)]
ZONES = [Z(WF, ["高新区"])]
ENTERPRISES = [E("山东天瑞重工", kind="short"), E("潍柴集团", ["潍柴"], kind="group"), E("福田", kind="short"),
               E("盛瑞", kind="short"), E("华丰动力", kind="short"), E("山东银轮", kind="short"), E("凯信机械", kind="short")]
FIGURES = [
    F("5亿元", 500000000, "元", **TR, M="投资", P=None),
    F("10亿元", 1000000000, "元", **TR, M="年产值", P=None, T=True),
    F("20个", 20, "个", S="潍坊", K="other", M="重大项目", P=None),
    F("50余家", 50, "家", S=WF, K="zone", M="带动企业", P="2020-05"),
]
DATES = [D("2020-05-27", "2020-05-27"), D("今年六月份", "2020-06", inferred=True),
         D("今年下半年", "2020-07", "2020-12", inferred=True)]
EXCLUDE = ["15:50", "1号、2号、3号、4号、7号", "1号配套中心楼", "10号厂房", "8号、11-15号厂房"]
