# so.icswb.com repost of 长沙晚报 (city paper). No date line: the dateline `3月25日讯` with `今日…2021年第一季度…签约
# 仪式` → published 2021-03-25 (inferred). Cut before the `>>我要举报` widget. `2021年第一季度招商引资重点项目集中签约仪式`:
# a ceremony's quarter is a date (heldout3/4/6). Zone 望城经开区 (primary). Companies heading project names → short
# (华秋电子 of 华秋电子5G数字产业园; 永旺 of 永旺梦乐城…购物中心, as 中粮 of 中粮光谷大悦城 in 813). `世界五百强` (rank),
# `5G` (code), `十四五` (plan) are not figures.
PUBLISHED = "2021-03-25"
PUBLISHED_INFERRED = True
WC = "望城经开区"
D25 = "2021-03-25"
Zd = dict(S=WC, K="zone")
ARTICLES = [A("望城经开区集中签约43个项目,总投资210亿元", WC)]
ZONES = [Z(WC, [WC])]
ENTERPRISES = [E("华秋电子", kind="short"), E("永旺", kind="short")]
FIGURES = [
    F("43个", 43, "个", **Zd, M="集中签约项目", P=D25),
    F("210亿元", 21000000000, "元", **Zd, M="总投资", P=D25),
    F("43个", 43, "个", **Zd, M="签约项目", P=D25),
    F("210亿元", 21000000000, "元", **Zd, M="总投资", P=D25),
    F("10名", 10, "名", **Zd, M="聘请招商顾问", P=D25),
]
DATES = [
    D("3月25日", D25, inferred=True),
    D("2021年第一季度", "2021-01", "2021-03"),
]
EXCLUDE = ["5G"]
