# milliejewelrymx.com (spam site posing as `东南竹箭网`): a copy of a 赛迪顾问 ranking story with injected words
# (`医药园区`, `产业`, `百强榜`, `生物` glued into sentences and line ends) kept as stored; tag `[娱乐]`, printed
# `时间:2025-07-06 18:11:55` (the spam page's own stamp: published as printed; clock no figure), counter
# `点击:187次` (no figure), headline stored twice (one title), deck line (no title; its figure counts). The stored text
# breaks off in the paragraph `基于对…`: cut after the last complete paragraph.
# `2022生物医药产业园区百强榜` is the ranking's name (its year no date, GUIDE's `2021碳达峰…峰会`). No zones
# (`国家级高新区`/`国家级经开区` the class; 江苏/山东/广东/浙江 provinces). Company: 赛迪顾问 (short). 工信部 a ministry.
# `六大维度` small count; `I类` a class. `截至2021年` → 2021.
PUBLISHED = "2025-07-06"
PUBLISHED_INFERRED = False
BQ = dict(S="百强园区", K="other")
Y = 100000000
ARTICLES = [A("2022生物医药产业园区百强榜", None)]
ZONES = []
ENTERPRISES = [E("赛迪顾问", kind="short")]
FIGURES = [
    F("49%", 49, "%", **BQ, M="生物创新药械来自百强园区占比", P="2021"),
    F("168家", 168, "家", S="国家级高新区", K="other", M="研究对象", P="2021"),
    F("230家", 230, "家", S="国家级经开区", K="other", M="研究对象", P="2021"),
    F("20项", 20, "项", S="赛迪顾问", K="enterprise", M="评估指标", P=None),
    F("47%", 47, "%", **BQ, M="来自华东地区占比", P=None),
    F("16个", 16, "个", S="江苏", K="other", M="百强园区", P=None),
    F("11个", 11, "个", S="山东", K="other", M="百强园区", P=None),
    F("7个", 7, "个", S="广东与浙江", K="other", M="入选百强园区", P=None),
    F("49%", 49, "%", S="北上广深", K="other", M="国家重点实验室分布占比", P=None),
    F("49%", 49, "%", **BQ, M="创新药械来自百强园区占比", P="2021"),
    F("28%", 28, "%", **BQ, M="上市企业营收平均增速", P=None, C=True),
    F("22%", 22, "%", **BQ, M="上市企业对园区经济平均贡献度", P=None),
    F("36%", 36, "%", **BQ, M="布局数字化项目园区占比", P=None),
    F("33707.5亿元", 33707.5*Y, "元", S="医药工业", K="other", M="营业收入", P="2021"),
    F("23.1%", 23.1, "%", S="医药工业", K="other", M="工业增加值累计同比增长", P="2021", C=True),
    F("90亿美元", 90*Y, "美元", S="生物医药产业", K="other", M="研发投入", P="2017"),
    F("220亿美元", 220*Y, "美元", S="生物医药产业", K="other", M="研发投入", P="2021"),
]
DATES = [
    D("2025-07-06", "2025-07-06"),
    D("2022年11月21日", "2022-11-21"),
    D("2021年", "2021"),
    D("2021年", "2021"),
    D("2021年", "2021"),
    D("2017年", "2017"),
    D("2021年", "2021"),
]
EXCLUDE = ["18:11:55", "点击:187次", "2022生物医药产业园区百强榜"]
