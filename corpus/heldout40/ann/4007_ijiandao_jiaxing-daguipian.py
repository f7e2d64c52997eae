# ijiandao.com (aggregator) copy of 新民晚报 via 芯智讯; kept through the `来源:新民晚报` line, the 芯智讯 teasers and
# contact lines after it cut. No printed date and none in the URL: `2018年,全区数字经济发展综合评价…` reports the
# last year's result and the plant is to be finished `2021年2月`, so the signing `1月19日` is January 2019 (published
# `2019-01`, inferred; `1月19日`, `2月25日` inferred 2019).
# No zone: 嘉兴科技城 is a science city and `产业加速与示范区` a sector inside it (not a zone of GUIDE's rank).
# Companies: 上海康峰投资管理有限公司 (investor, twice) and 中晶(嘉兴)半导体有限公司 (the project company), both
# registered. `300mm` is a wafer size (spec, like `6英寸晶圆`), no figure. `年产480万片300mm大硅片项目` is a project
# name (three times, headline included): its capacity is no figure; the stated capacity `可达480万片` is (COUNT note:
# gold 1, page 4). Headline `110亿` has no unit word (unit ""). `计划总投资`, phase and land figures of the plan are
# targets; the headline's `投资110亿` is a level.
PUBLISHED = "2019-01"
PUBLISHED_INFERRED = True
KF, ZJ = "上海康峰投资管理有限公司", "中晶(嘉兴)半导体有限公司"
ARTICLES = [A("投资110亿!年产480万片300mm大硅片项目落户嘉兴", None)]
ZONES = []
ENTERPRISES = [E(KF), E(ZJ)]
DAY, EK = "2019-01-19", "enterprise"
FIGURES = [
    F("110亿", 11000000000, "", S=KF, K=EK, M="投资", P=DAY),
    F("110亿元", 11000000000, "元", S=KF, K=EK, M="计划总投资", P=DAY, T=True),
    F("110亿元", 11000000000, "元", S=ZJ, K=EK, M="计划总投资", P=DAY, T=True),
    F("60亿元", 6000000000, "元", S=ZJ, K=EK, M="一期投资", P=DAY, T=True),
    F("超56亿元", 5600000000, "元", S=ZJ, K=EK, M="固定资产投资", P=DAY, T=True),
    F("139亩", 139, "亩", S=ZJ, K=EK, M="用地面积", P=DAY, T=True),
    F("480万片", 4800000, "片", S=ZJ, K=EK, M="年产能", T=True),
    F("35亿元", 3500000000, "元", S=ZJ, K=EK, M="年销售产值", T=True),
]
DATES = [D("1月19日", "2019-01-19", inferred=True), D("2月25日", "2019-02-25", inferred=True),
         D("2021年2月", "2021-02"), D("2018年", "2018")]
EXCLUDE = ["300mm", "480万片300mm"]
