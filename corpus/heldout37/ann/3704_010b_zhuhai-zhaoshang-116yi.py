# gd.010b.com (regional investment-information portal), an item on 珠海 investment attraction; spaces between numbers
# and units are kept in the texts (`116 亿元`; scoring folds white space). The column tag `【2022年珠海招商】` is no part of
# the title and its year no date (a tag name, heldout16's column tags); the headline stored twice is one title, each
# `116 亿元` a figure. The stored text breaks off in part four: cut after part three. Published 2022-02-18 as printed.
# Zones: 珠海高新区; 鹤洲新区 (a city's `…新区` with its own administration, GUIDE's …新区; `鹤洲一体化区域` is no
# zone name). No zone is primary (the item is about the city). No company is named (`某集成电路设计项目`, `某智能制造企业`).
# Plans and policies (`计划`, `预计`, `提出…组建`, `计划新建`, `缩短…至`) → target; `最高 5000 万元` a ceiling, no approx.
PUBLISHED = "2022-02-18"
PUBLISHED_INFERRED = False
ZH = dict(S="珠海", K="other")
GX = dict(S="珠海高新区", K="zone")
HZ = dict(S="鹤洲新区", K="zone")
J = "2022-01"
ARTICLES = [A("珠海招商引资 “加速跑”:116 亿元项目蓄势赋能产业升级", None)]
ZONES = [Z("珠海高新区", ["珠海高新区"]), Z("鹤洲新区", ["鹤洲新区"])]
ENTERPRISES = []
FIGURES = [
    F("116 亿元", 11600000000, "元", **ZH, M="签约产业投资项目总投资", P=J),
    F("116 亿元", 11600000000, "元", **ZH, M="签约产业投资项目总投资", P=J),
    F("24 个", 24, "个", **ZH, M="累计签约产业投资项目", P=J),
    F("超 116 亿元", 11600000000, "元", **ZH, M="总投资", P=J),
    F("超 80%", 80, "%", **ZH, M="战略性新兴产业领域项目占比", P=J),
    F("20 亿元", 2000000000, "元", **GX, M="集成电路设计项目计划投资", T=True),
    F("超 30 亿元", 3000000000, "元", **GX, M="达产后年销售额", T=True),
    F("15 亿元", 1500000000, "元", **HZ, M="新能源电池材料项目投资", T=True),
    F("100 亿元", 10000000000, "元", **ZH, M="重大项目招商引资资金池", T=True),
    F("100 个以上", 100, "个", **ZH, M="进入招商储备库新兴产业项目", T=True),
    F("5000 万元", 50000000, "元", **ZH, M="落户企业设备补贴上限"),
    F("6 个月", 6, "个月", **ZH, M="项目落地周期", T=True),
    F("200 万平方米", 2000000, "平方米", **ZH, M="计划新建标准厂房", P="2022", T=True),
    F("50 家", 50, "家", **GX, M="智能制造产业园一期可容纳科技企业"),
    F("10 个月", 10, "个月", **ZH, M="企业从签约到投产用时"),
    F("800 余人", 800, "人", **ZH, M="协助解决用工缺口"),
    F("12 家", 12, "家", **ZH, M="协调供应链配套企业"),
]
DATES = [D("2022年02月18日", "2022-02-18"), D("2022 年", "2022"), D("1 月底", J, inferred=True), D("2022 年", "2022")]
EXCLUDE = ["【2022年珠海招商】"]
