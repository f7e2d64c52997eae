# 101newsmedia.cn, a Simplified-script copy of a Taiwan 經濟部加工出口區管理處 press item; headline stored twice (one
# title, each occurrence's `2021年` and `10项` counts), font-size widget (`A`, `A+`, `A++`) and blank ` ` lines kept.
# Printed `2021-12-29` (published, not inferred). The stored text breaks off in the 梁分处长 paragraph: cut after the
# 中港分处表示 one. No zone (臺中港科技产业园区, a Taiwan park), no company. `今(29)日` is a dated mention (2021-12-29);
# ROC `110年岁末年终记者会` → 2021 (heldout16's ROC convention); `3月28日` → 2021 (inferred). Spelled percentage
# `百分之百` is a figure (100 %). `突破` sets no approx (not one of GUIDE's markers).
PUBLISHED = "2021-12-29"
PUBLISHED_INFERRED = False
TZ = dict(S="臺中港科技产业园区", K="other", P="2021")
ARTICLES = [A("臺中港科技产业园区2021年缔造10项佳绩 营业额逆势成长", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("10项", 10, "项", **TZ, M="佳绩"),
    F("10项", 10, "项", **TZ, M="佳绩"),
    F("10项", 10, "项", **TZ, M="佳绩"),
    F("百分之百", 100, "%", **TZ, M="招商引资达成率"),
    F("1,126亿元", 112600000000, "元", **TZ, M="园区总投资金额"),
    F("100亿元", 10000000000, "元", **TZ, M="厂商加码投(增)资"),
    F("23家", 23, "家", **TZ, M="面板光电关联产业厂商"),
    F("65%", 65, "%", **TZ, M="面板光电关联产业厂商总营业额佔园区"),
    F("570亿元", 57000000000, "元", **TZ, M="园区营业额"),
    F("4%", 4, "%", **TZ, M="产学合作提升园区产值", C=True),
]
DATES = [D("2021年", "2021")] * 2 + [D("2021-12-29", "2021-12-29"), D("今(29)日", "2021-12-29", inferred=True),
         D("110年", "2021"), D("3月28日", "2021-03-28", inferred=True)]
EXCLUDE = []
