# gzfsmf.com (富美财经, finance portal), printed `2023-06-02` with an empty view counter; the `为你推荐` widget cut after
# the last paragraph. Zone 原平经济技术开发区 (`山西原平经开区` in the title holds `原平经开区`). 山西彤晟化工有限公司
# registered. `年产50万吨生物基复合材料…项目` is a project name with a capacity (heldout10: no figure); `3—5年内` a
# duration in 年; `“2753”` a slogan. `计划投资`, `可达`, `预计` → targets; `10亿元/年`, `1.2亿元/年`, `5亿元/年以上`
# keep the per-year unit (元/年). `今天开工` gives no date; the project figures have no period (project totals).
PUBLISHED = "2023-06-02"
PUBLISHED_INFERRED = False
YP = "原平经济技术开发区"
TS = "山西彤晟化工有限公司"
EK = dict(S=TS, K="enterprise")
ARTICLES = [A("“长三角”精细化工科技产业园落地山西原平经开区", YP)]
ZONES = [Z(YP, ["原平经开区", YP])]
ENTERPRISES = [E(TS)]
FIGURES = [
    F("39亿元", 3900000000, "元", **EK, M="计划投资", T=True),
    F("约1350亩", 1350, "亩", **EK, M="占地"),
    F("300亩", 300, "亩", **EK, M="一期建设用地"),
    F("10亿元", 1000000000, "元", **EK, M="一期计划投资", T=True),
    F("10亿元/年", 1000000000, "元/年", **EK, M="产值", T=True),
    F("1.2亿元/年", 120000000, "元/年", **EK, M="交缴税金", T=True),
    F("约80亿元", 8000000000, "元", **EK, M="年产值", T=True),
    F("5亿元/年以上", 500000000, "元/年", **EK, M="利税", T=True),
    F("2000个以上", 2000, "个", **EK, M="带动就业岗位", T=True),
]
DATES = [D("2023-06-02", "2023-06-02")]
EXCLUDE = ["50万吨", "3—5年", "“2753”"]
