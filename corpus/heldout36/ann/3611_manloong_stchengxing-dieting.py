# manloong.com (content farm, `黄金` channel) copy of a 金融界 stock-news item: clickbait headline with figures,
# source line with the printed `2021-09-23 10:25:25` (clock no figure). The stored text breaks off in the last
# paragraph (`…*ST澄星`): cut after the one before. Published 2021-09-23.
# Company: `*ST澄星` (the listed company, short; its stock code `600078` no figure). Its four plants (江阴工厂 …)
# are plants, not companies; 金融界网 is media. No zone. Figures: the headline's `3倍` (the stock's rise, a change)
# and `4家`; `近30万手` (sell orders at limit-down, unit 手 set as a count); `四家` a small Chinese count.
# Dates: dateline `9月23日` and the plants' restart days `10月12日`, `9月30日` (each with `左右`, the date text
# without it) → 2021 (inferred); `2021年9—12月` (span), `2021年8月份`; the year inside the document title
# `《2021年上半年…晴雨表》` is no date (GUIDE), though its figures' period is that half-year.
# The 10 % cap and 90 % cut are a province's rule for coming months: target; subject 云南省.
PUBLISHED = "2021-09-23"
PUBLISHED_INFERRED = False
CX = "*ST澄星"
EK = dict(S=CX, K="enterprise")
H1 = ("2021-01", "2021-06")
ARTICLES = [A("3倍大牛股一字跌停,4家核心工厂停产、减产或重创业绩!更有多家公司集体公告停产", None)]
ZONES = []
ENTERPRISES = [E(CX, kind="short")]
FIGURES = [
    F("3倍", 3, "倍", **EK, M="股价涨幅", P=None, C=True),
    F("4家", 4, "家", **EK, M="停产、减产核心工厂", P="2021-09"),
    F("7.51元", 7.51, "元", **EK, M="开盘跌停报价", P="2021-09-23"),
    F("近30万手", 300000, "手", kind="count", **EK, M="跌停封单", P="2021-09-23"),
    F("10%", 10, "%", S="云南省", K="other", M="黄磷生产线月均产量上限", P=("2021-09", "2021-12"), T=True),
    F("90%", 90, "%", S="云南省", K="other", M="削减产量", P=("2021-09", "2021-12"), C=True, T=True),
    F("9个", 9, "个", M="能耗强度不降反升省(区)", P=H1),
    F("8个", 8, "个", M="能源消费总量一级预警省(区)", P=H1),
]
DATES = [D("2021-09-23", "2021-09-23"), D("9月23日", "2021-09-23", inferred=True),
         D("10月12日", "2021-10-12", inferred=True), D("9月30日", "2021-09-30", inferred=True),
         D("2021年9—12月", "2021-09", "2021-12"), D("2021年8月份", "2021-08")]
EXCLUDE = ["10:25:25", "600078", "2021年上半年"]
