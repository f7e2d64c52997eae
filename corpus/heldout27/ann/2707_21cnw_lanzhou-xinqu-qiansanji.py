# finance.21cnw.cn (aggregator) repost of a 人民日报客户端 item: headline with the column prefix `每日关注!人报甘头条 | `
# (no part of the title, heldout16's clickbait prefixes), `2022-11-01 23:07:32来源:…` row (clock no figure),
# `(资料图片仅供参考)`, `本文转自`, author and `签发` lines kept. Whole as returned. Published 2022-11-01 (printed).
# Zone: 兰州新区 (…新区, primary). `国家级新区` generic; 绿色化工园区, 氢能产业园 (parks), 综合保税区 (no GUIDE zone word).
# Enterprises: companies heading project lists are short entries (heldout10/16): 海亮铜箔, 宝武碳业, 广东宏彬; 商投集团
# (group). 人民日报客户端 is media.
# Figures: the ten growth rates (13% in headline and lead) and `超百个` (Chinese numeral with scale word → 100个,
# approx). Not figures: `5年来` (duration in 年), `10周年` (an anniversary), `中国企业500强` (list name), rank `247位`,
# rank moves `提升15个位次`/`提升57位`. Dates: `前三季度` (headline) and `今年前三季度` → 2022-01..2022-09 (year from
# the printed date, inferred); `今年以来` (2×) and `上年度` (comparison base of a rank move) are no dated mentions.
PUBLISHED = "2022-11-01"
PUBLISHED_INFERRED = False
LZ = "兰州新区"
Q3 = dict(S=LZ, K="zone", P=("2022-01", "2022-09"), C=True)
ARTICLES = [A("持续领跑!前三季度兰州新区GDP增长13%", LZ)]
ZONES = [Z(LZ, [LZ])]
ENTERPRISES = [E("海亮铜箔", kind="short"), E("宝武碳业", kind="short"), E("广东宏彬", kind="short"),
               E("商投集团", kind="group")]
FIGURES = [
    F("13%", 13, "%", **Q3, M="GDP"),
    F("13%", 13, "%", **Q3, M="GDP"),
    F("19.4%", 19.4, "%", **Q3, M="规上工业增加值"),
    F("21%", 21, "%", **Q3, M="固定资产投资"),
    F("65.2%", 65.2, "%", **Q3, M="工业固定资产投资"),
    F("29.5%", 29.5, "%", **Q3, M="一般预算收入"),
    F("13.8%", 13.8, "%", **Q3, M="全社会用电量"),
    F("13.3%", 13.3, "%", **Q3, M="进出口贸易额"),
    F("10.1%", 10.1, "%", **Q3, M="社会消费品零售总额"),
    F("14.5%", 14.5, "%", **Q3, M="市场主体数量"),
    F("超百个", 100, "个", S=LZ, K="zone", M="绿色化工园区新落地、开工、投产项目", P="2022"),
]
DATES = [D("2022-11-01", "2022-11-01"), D("前三季度", "2022-01", "2022-09", inferred=True),
         D("今年前三季度", "2022-01", "2022-09", inferred=True)]
EXCLUDE = ["23:07:32", "5年来", "10周年", "500强", "247位", "15个位次", "57位"]
