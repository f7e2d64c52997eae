# m.ytjhdl.cn (content farm) copy of a 中國產業經濟信息網 item (from 羊城晚報), Traditional with pinyin readings glued
# into words (`高新區(qū)`, `產(chǎn)業(yè)`), kept as stored; printed `時間:2021-06-29`. The copyright notice, teasers and
# widgets after `轉自:羊城晚報` cut (the teaser's 159.48平方公里 and 2019年 fall there).
# Zone: 深圳高新區 (primary; canonical without the glued reading), as stored `深圳高新區(qū)` and its formal name inside
# the 管理委員會's name `深圳市高新技術產業園區(qū)`. `國家高新區` is generic. No company (羊城晚報 is media).
# Dates: `2020年` twice, `2015年`, headline bare `去年` (2020, inferred). Figures: `超2萬億元`, the threshold
# `超100億元` (a figure as heldout16's `50亿元以上`); `超億元` has no numeral (no figure, heldout16 `亿元以上`);
# `全國第三`/`第一` are ranks.
PUBLISHED = "2021-06-29"
PUBLISHED_INFERRED = False
SZ = "深圳高新區"
ZK = dict(S=SZ, K="zone")
ARTICLES = [A("深圳高新區(qū)去年營收超2萬億元 同比增長21.4%", SZ)]
ZONES = [Z(SZ, ["深圳高新區(qū)", "深圳市高新技術產業園區(qū)"])]
ENTERPRISES = []
FIGURES = [
    F("超2萬億元", 2000000000000, "元", **ZK, M="營收", P="2020"),
    F("21.4%", 21.4, "%", **ZK, M="營收同比增長", P="2020", C=True),
    F("20687.05億元", 2068705000000, "元", **ZK, M="營業收入", P="2020"),
    F("21.4%", 21.4, "%", **ZK, M="營業收入同比增長", P="2020", C=True),
    F("約7852.55億元", 785255000000, "元", **ZK, M="園區生產總值", P="2020"),
    F("13.6%", 13.6, "%", **ZK, M="園區生產總值同比增長", P="2020", C=True),
    F("5082家", 5082, "家", **ZK, M="國家高新技術企業", P="2020"),
    F("823家", 823, "家", **ZK, M="年產值超億元企業", P="2020"),
    F("142家", 142, "家", **ZK, M="境內外上市企業", P="2020"),
    F("429家", 429, "家", **ZK, M="年產值超億元企業", P="2015"),
    F("超100億元", 10000000000, "元", **ZK, M="企業年產值", P="2015"),
    F("10家", 10, "家", **ZK, M="年產值超100億元企業", P="2015"),
]
DATES = [D("去年", "2020", inferred=True), D("2021-06-29", "2021-06-29"), D("2020年", "2020"), D("2020年", "2020"),
         D("2015年", "2015")]
EXCLUDE = []
