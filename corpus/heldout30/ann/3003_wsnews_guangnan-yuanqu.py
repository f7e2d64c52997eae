# gn.wsnews.com.cn (文山新闻网, a prefecture news site's county channel): the headline follows the series label
# `拼经济 文山在行动丨` (no part of the title); printed `发布时间:2023-11-22 16:24:31` (clock no figure). The stored text
# breaks off mid-sentence in the closing paragraph: cut after the 协丰泰 quote.
# No zone: 广南县产业园区 (and its 莲城片区) is a county park, not a GUIDE zone (…产业园 is excluded; only city-rank
# 工业园区 counts). Companies: three registered names as printed, 云南云之香米业有限公司, 云南源丰泰鞋业有限公司 and
# 云南协丰泰鞋业有限公司 (源丰泰/协丰泰 may be one firm misprinted; both are entered as the page names them).
# `3815` is a strategy name (no figure); `一园二片四区块` no figure. `130876万元` → 1308760000 元. `三分之二` → 0.666667
# ratio (heldout16's spelled fraction). `双` set to count by hand. Bare `今年`/`明年`/`年初以来`/`今年以来` are no dates
# (heldout16's 1617 convention); `今年前三季度` twice → 2023-01..09, `1至9月`, `1至10月份` (year inferred).
# Facts: the park's totals have subject 广南县产业园区 (other); each company's own numbers are its own; the 360万 and
# 400万 plans are targets for 2023 and 2024 (明年).
PUBLISHED = "2023-11-22"
PUBLISHED_INFERRED = False
YZX = "云南云之香米业有限公司"
YFT = "云南源丰泰鞋业有限公司"
XFT = "云南协丰泰鞋业有限公司"
YQ = dict(S="广南县产业园区", K="other")
Q3 = ("2023-01", "2023-09")
ARTICLES = [A("广南县将“园区经济”打造成引领全县经济发展的“主引擎”", None)]
ZONES = []
ENTERPRISES = [E(YZX), E(YFT), E(XFT)]
FIGURES = [
    F("130876万元", 1308760000, "元", **YQ, M="地区生产总值", P=Q3),
    F("366.88%", 366.88, "%", **YQ, M="地区生产总值同比增长", P=Q3, C=True),
    F("40余吨", 40, "吨", S=YZX, K="enterprise", M="平均每天加工稻谷", P=None),
    F("1.1万吨", 11000, "吨", S=YZX, K="enterprise", M="收购稻谷", P=Q3),
    F("1万多吨", 10000, "吨", S=YZX, K="enterprise", M="生产大米", P=Q3),
    F("6600多万元", 66000000, "元", S=YZX, K="enterprise", M="销售额", P=Q3),
    F("30万双", 300000, "双", kind="count", S=YFT, K="enterprise", M="平均日产鞋子", P=None),
    F("1100多名", 1100, "名", S=YFT, K="enterprise", M="工人", P=None),
    F("三分之二", 0.666667, "", kind="ratio", S=YFT, K="enterprise", M="完成全年计划生产量", P=Q3),
    F("300万双", 3000000, "双", kind="count", S=XFT, K="enterprise", M="生产鞋子", P=("2023-01", "2023-10")),
    F("360万双", 3600000, "双", kind="count", S=XFT, K="enterprise", M="计划生产", P="2023", T=True),
    F("400万双", 4000000, "双", kind="count", S=XFT, K="enterprise", M="生产计划", P="2024", T=True),
    F("2亿元", 200000000, "元", S=XFT, K="enterprise", M="销售额", P="2023"),
]
DATES = [D("2023-11-22", "2023-11-22"), D("今年前三季度", "2023-01", "2023-09", inferred=True),
         D("1至9月", "2023-01", "2023-09", inferred=True), D("今年前三季度", "2023-01", "2023-09", inferred=True),
         D("1至10月份", "2023-01", "2023-10", inferred=True)]
EXCLUDE = ["16:24:31", "3815"]
