# hkwb.net (海口网, the city's news portal): 海口高新区 first-quarter results. The portal's summary paragraph before the
# crumbs, the headline, `时间:2017-06-14 11:19` (site URL has no digits) and the `原标题` lines kept; cut after the last
# complete paragraph (`这样的亮眼成绩…` broke off). Title: the printed headline; `原标题:…` and the subtitle repeat are
# the same article. Zone: 海口高新区 with the bare `高新区` the story uses; 云龙产业园 is a park inside it. Company:
# 海南红塔卷烟有限责任公司 (registered) with `海南红塔`. Every occurrence counts (summary repeats `61.8亿元`, `3.6%`).
# `一季度` figures → 2017-01..03; the section head `品牌卷烟工业总产值9823万` (unit "") has no period; `1-5月份` → 2017-01..05.
# `不到60平方公里` (the zone's area, approx), `超过50%` approx; `箱` set to count by hand.
PUBLISHED = "2017-06-14"
PUBLISHED_INFERRED = False
HK = "海口高新区"
ZK = dict(S=HK, K="zone")
HT = "海南红塔卷烟有限责任公司"
EK = dict(S=HT, K="enterprise")
Q1 = ("2017-01", "2017-03")
M5 = ("2017-01", "2017-05")
ARTICLES = [A("高新技术项目陆续开工 高新区成海口经济发展强引擎", HK)]
ZONES = [Z(HK, [HK, "高新区"])]
ENTERPRISES = [E(HT, ["海南红塔"])]
FIGURES = [
    F("61.8亿元", 6180000000, "元", **ZK, M="工业总产值", P=Q1),
    F("3.6%", 3.6, "%", **ZK, M="工业总产值同比增长", P=Q1, C=True),
    F("61.8亿元", 6180000000, "元", **ZK, M="工业总产值", P=Q1),
    F("3.6%", 3.6, "%", **ZK, M="工业总产值同比增长", P=Q1, C=True),
    F("112.4亿元", 11240000000, "元", S="海口", K="other", M="全市工业总产值", P=Q1),
    F("不到60平方公里", 60, "平方公里", **ZK, M="占地面积", P=None),
    F("超过50%", 50, "%", **ZK, M="对海口工业的贡献", P=Q1),
    F("9823万", 98230000, "", **EK, M="品牌卷烟工业总产值", P=None),
    F("10万箱", 100000, "箱", kind="count", **EK, M="生产卷烟", P=M5),
    F("5.26%", 5.26, "%", **EK, M="生产卷烟同比增长", P=M5, C=True),
    F("7523.6箱", 7523.6, "箱", kind="count", **EK, M="生产自有品牌卷烟", P=M5),
    F("27.75%", 27.75, "%", **EK, M="生产自有品牌卷烟同比增长", P=M5, C=True),
    F("6939.6箱", 6939.6, "箱", kind="count", **EK, M="销售自有品牌卷烟", P=M5),
    F("23.89%", 23.89, "%", **EK, M="销售自有品牌卷烟同比增长", P=M5, C=True),
]
DATES = [D("今年一季度", "2017-01", "2017-03", inferred=True), D("2017-06-14", "2017-06-14"),
         D("6月14日", "2017-06-14", inferred=True), D("今年一季度", "2017-01", "2017-03", inferred=True),
         D("一季度", "2017-01", "2017-03", inferred=True), D("1-5月份", "2017-01", "2017-05", inferred=True)]
EXCLUDE = ["11:19"]
