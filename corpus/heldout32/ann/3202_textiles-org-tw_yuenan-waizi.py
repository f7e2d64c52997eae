# textiles.org.tw (紡拓會, Taiwan textile federation's market-monitor site), Traditional; a 投資臺灣入口網 item on foreign
# investment in Vietnam. Menu garbage (`紡拓會LOGO`, `用服務`, `類查詢`, `字級切換`) before the headline kept; the
# `回列表`/`TOP` footer after the source line cut. Printed `2021/12/01` → published (not inferred).
# Dates: `本(2021)年前10個月` → span 2021-01..2021-10 (year printed in brackets), `本年前10個月` the same span (year
# from the bracket, inferred), `去(2020)年` (the comparison year) → 2020. `COVID 19` is a name (its 19 excluded).
# Enterprises: only `LG Display` (a company named, short); `新加坡商`, `韓商`, `日商` are anonymous investors (no entry,
# kept as printed subjects). No zone (Vietnamese provinces and plants are none). `約計70.9億美元` approx.
# Facts: the investment statistics are 越南's over the 10-month span; each named investment keeps that span.
PUBLISHED = "2021-12-01"
PUBLISHED_INFERRED = False
VN = dict(S="越南", K="other", P=("2021-01", "2021-10"))
ARTICLES = [A("許多跨國集團將選定越南為全球生產中心", None)]
ZONES = []
ENTERPRISES = [E("LG Display", kind="short")]
FIGURES = [
    F("1,375件", 1375, "件", **VN, M="新登記之外資案件數"),
    F("130億美元", 13000000000, "美元", **VN, M="登記資金"),
    F("11.6%", 11.6, "%", **VN, M="登記資金成長", C=True),
    F("776次", 776, "次", **VN, M="增資案次數"),
    F("70.9億美元", 7090000000, "美元", **VN, M="增資資金"),
    F("22.2%", 22.2, "%", **VN, M="增資資金成長", C=True),
    F("31億美元", 3100000000, "美元", S="新加坡商", K="other", M="投資隆安LNG發電廠", P=("2021-01", "2021-10")),
    F("21.5億美元", 2150000000, "美元", S="LG Display", K="enterprise", M="增資", P=("2021-01", "2021-10")),
    F("13.1億美元", 1310000000, "美元", S="日商", K="other", M="投資O Mon II火力發電廠", P=("2021-01", "2021-10")),
]
DATES = [D("2021/12/01", "2021-12-01"), D("本(2021)年前10個月", "2021-01", "2021-10"),
         D("本年前10個月", "2021-01", "2021-10", inferred=True), D("去(2020)年", "2020")]
EXCLUDE = ["COVID 19"]
