# yunxiqu.gov.cn (a district government portal, 园区科 item); printed `2017-11-29 08:29` (clock no figure), counter
# `浏览量:1` no figure; whole as returned.
# No zone. Companies: 中启制药, 科伦制药 (short), 康润制药有限公司 (registered). `2017年` inside the meeting name
# `“2017年生物医药产业帮扶工作‘回头看’”会议` is no date. `1-10月` (headline) and `1-10月份` (body) are the span
# 2017-01..10 (inferred). `165亿元` twice; subject `我市` as printed.
PUBLISHED = "2017-11-29"
PUBLISHED_INFERRED = False
ARTICLES = [A("1-10月我市生物医药产业实现工业总产值165亿元", None)]
ZONES = []
ENTERPRISES = [E("中启制药", kind="short"), E("科伦制药", kind="short"), E("康润制药有限公司")]
S, K, P = "我市", "other", ("2017-01", "2017-10")
FIGURES = [
    F("165亿元", 16500000000, "元", S=S, K=K, M="生物医药产业工业总产值", P=P),
    F("165亿元", 16500000000, "元", S=S, K=K, M="生物医药产业工业总产值", P=P),
    F("14%", 14, "%", S=S, K=K, M="工业增加值同比增长", P=P, C=True),
]
DATES = [D("1-10月", "2017-01", "2017-10", inferred=True), D("2017-11-29", "2017-11-29"),
         D("11月29日", "2017-11-29", inferred=True), D("1-10月份", "2017-01", "2017-10", inferred=True)]
EXCLUDE = ["08:29", "浏览量:1", "2017年生物医药"]
