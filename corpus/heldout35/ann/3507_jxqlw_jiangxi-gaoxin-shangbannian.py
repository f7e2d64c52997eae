# jxqlw.org (江西省企业联合会 site) copy of a 江西日报 item: welcome line, menu, crumbs, the headline, then the source line
# `发布时间:2012年8月7日 浏览:2657 次` (counter no figure) → published 2012-08-07. The `打印/关闭` links and the site
# footer after the last paragraph cut. `8月3日` → 2012-08-03, `今年1至6月` → 2012-01..2012-06 (year inferred).
# `上半年` (headline, `公布了上半年`) and `今年上半年` are dated mentions of this year's first half (as heldout16's
# `一季度`, `去年下半年`) → 2012-01..2012-06; `今年以来` is none.
# Zones: 南昌/新余/景德镇高新技术产业开发区, each named in full (not a list of places ending in one zone word) →
# three zones, not coordinated; no primary zone (the article is about the province). 鄱阳湖生态经济区 is no GUIDE zone
# kind. No company. `1.1倍…3.8倍` are profits as multiples of last year's (levels); `高于…5.7个百分点` comparisons.
# `产销率均在95%以上` describes the three zones equally → subject left empty. `六大领域`, `四个领域`, `三大` small
# Chinese counts, no figures. Subject of the province's numbers: the printed `我省`.
PUBLISHED = "2012-08-07"
PUBLISHED_INFERRED = False
H1 = ("2012-01", "2012-06")
JX = dict(S="我省", K="other", P=H1)
PY = dict(S="鄱阳湖生态经济区", K="other", P=H1)
ARTICLES = [A("上半年高新技术产业平稳发展", None)]
ZONES = [Z("南昌高新区", ["南昌高新技术产业开发区"]), Z("新余高新区", ["新余高新技术产业开发区"]),
         Z("景德镇高新区", ["景德镇高新技术产业开发区"])]
ENTERPRISES = []
FIGURES = [
    F("1371户", 1371, "户", **JX, M="高新技术产业规模以上工业企业"),
    F("520.7亿元", 52070000000, "元", **JX, M="高新技术产业增加值"),
    F("20.1%", 20.1, "%", **JX, M="高新技术产业增加值", C=True),
    F("5.7个百分点", 5.7, "个百分点", **JX, M="高于规模以上工业增幅"),
    F("9.6个百分点", 9.6, "个百分点", **JX, M="高于GDP增幅"),
    F("8.19%", 8.19, "%", **JX, M="高新技术产业六大领域盈利", C=True),
    F("1.1倍", 1.1, "倍", **JX, M="光机电一体化利润总额是上年同期的"),
    F("1.3倍", 1.3, "倍", **JX, M="生物、医药和医疗器械利润总额是上年同期的"),
    F("1.4倍", 1.4, "倍", **JX, M="电子信息利润总额是上年同期的"),
    F("3.8倍", 3.8, "倍", **JX, M="航空航天利润总额是上年同期的"),
    F("95%以上", 95, "%", M="产销率", P=H1),
    F("36个", 36, "个", **PY, M="高新产业产值实现增长的县(区)"),
    F("21个", 21, "个", **PY, M="增幅逾20%的县(区)"),
    F("逾20%", 20, "%", **PY, M="高新产业产值增幅", C=True),
]
DATES = [D("上半年", "2012-01", "2012-06", inferred=True), D("2012年8月7日", "2012-08-07"),
         D("8月3日", "2012-08-03", inferred=True), D("上半年", "2012-01", "2012-06", inferred=True),
         D("今年1至6月", "2012-01", "2012-06", inferred=True), D("今年上半年", "2012-01", "2012-06", inferred=True)]
EXCLUDE = ["2657", "http://www.jxqlw.org/"]
