# tjj.wuhu.gov.cn (芜湖市统计局, statistics bureau): 2021 new project starts. Crumbs, `发布日期:2022-01-14 16:46` with the
# empty `浏览次数:` kept; whole as returned. No zone (江北 is a bank of the river, 长三角 a region). Companies heading
# project names are short: 信义 (`信义江北光伏组件盖板项目`), 美的 (`芜湖美的厨热智能家电产业园`: 厨热 is the product
# line, the company is 美的), 比亚迪. Subject of every figure: the city (`全市`, printed 芜湖). `计划总投资` are the
# projects' budgets → targets (heldout16), their growth rates change + target; `同比增加N个` are changes; thresholds
# `5亿元以上` etc. approx without period; `亿元以上` has no numeral (no figure). `2021年` in the headline is a date.
PUBLISHED = "2022-01-14"
PUBLISHED_INFERRED = False
WH = dict(S="芜湖", K="other")
Y = "2021"
ARTICLES = [A("2021年全市新开工亿元以上项目大幅增长", None)]
ZONES = []
ENTERPRISES = [E("信义", kind="short"), E("美的", kind="short"), E("比亚迪", kind="short")]
FIGURES = [
    F("1219个", 1219, "个", **WH, M="新开工项目", P=Y),
    F("286个", 286, "个", **WH, M="新开工项目同比增加", P=Y, C=True),
    F("2698.8亿元", 269880000000, "元", **WH, M="新开工项目计划总投资", P=Y, T=True),
    F("58.5%", 58.5, "%", **WH, M="计划总投资增长", P=Y, C=True, T=True),
    F("792个", 792, "个", **WH, M="亿元以上项目", P=Y),
    F("235个", 235, "个", **WH, M="亿元以上项目同比增加", P=Y, C=True),
    F("5亿元以上", 500000000, "元", **WH, M="项目投资门槛", P=None),
    F("130个", 130, "个", **WH, M="5亿元以上项目", P=Y),
    F("46个", 46, "个", **WH, M="5亿元以上项目同比增加", P=Y, C=True),
    F("10亿元以上", 1000000000, "元", **WH, M="项目投资门槛", P=None),
    F("58个", 58, "个", **WH, M="10亿元以上项目", P=Y),
    F("25个", 25, "个", **WH, M="10亿元以上项目同比增加", P=Y, C=True),
    F("50亿元以上", 5000000000, "元", **WH, M="项目投资门槛", P=None),
    F("3个", 3, "个", **WH, M="50亿元以上项目", P=Y),
    F("3个", 3, "个", **WH, M="50亿元以上项目同比增加", P=Y, C=True),
    F("496个", 496, "个", **WH, M="工业亿元以上投资项目", P=Y),
    F("131个", 131, "个", **WH, M="工业亿元以上投资项目同比增加", P=Y, C=True),
    F("1282.73亿元", 128273000000, "元", **WH, M="工业项目计划总投资", P=Y, T=True),
    F("68.1%", 68.1, "%", **WH, M="工业项目计划总投资增长", P=Y, C=True, T=True),
    F("61个", 61, "个", **WH, M="房地产亿元以上项目", P=Y),
    F("15个", 15, "个", **WH, M="房地产亿元以上项目同比增加", P=Y, C=True),
    F("693.93亿元", 69393000000, "元", **WH, M="房地产项目计划总投资", P=Y, T=True),
    F("70.6%", 70.6, "%", **WH, M="房地产项目计划总投资增长", P=Y, C=True, T=True),
    F("97个", 97, "个", **WH, M="基础设施投资亿元以上项目", P=Y),
    F("39个", 39, "个", **WH, M="基础设施投资亿元以上项目同比增加", P=Y, C=True),
    F("268.15亿元", 26815000000, "元", **WH, M="基础设施项目计划总投资", P=Y, T=True),
    F("47.6%", 47.6, "%", **WH, M="基础设施项目计划总投资增长", P=Y, C=True, T=True),
]
DATES = [D("2021年", "2021"), D("2022-01-14", "2022-01-14"), D("2021年", "2021")]
EXCLUDE = ["16:46"]
