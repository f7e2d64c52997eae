# utechfun.com (a content farm re-posting a 科技新報/MoneyDJ item on a 日經新聞 report), Traditional. The farm strips
# names: the opening words are garbled (`因等 AI…`), the credit lost its source (`本文由 授權轉載`), and most company names
# in the revenue paragraphs are gone (`也大增31.5%`, `以生產蘋果iPhone為主的營收小增2.7%`, `5月營收成長2.6%至351億元`,
# `5月營收大增33.5%、成長2.7%、成長3.9%`) — those figures keep subject null. Kept whole: the headline stands only in the
# farm's closing block (`標題:AI 旺,…今年高`), which is taken as the title; the `地址:` URL id is excluded.
# No date line: `12日` is the report day and `5月` the revenue month; `創2023年11月…後新高` places them in 2024 →
# published inferred 2024-06 (the 12th of the month after May). Dates: `12日` → 2024-06-12, `5月` (five) → 2024-05,
# `2023年11月`, `2013年1月`.
# Companies (short): 蘋果 (`Apple`), 微軟 (`Microsoft`), 輝達 (`Nvidia`), 鴻海, 台積電. 日經新聞 is media; `shutterstock`
# an image credit. `Asia300` an index name. Small Chinese counts (`連三個月`, `兩位數`) are no figures.
# X成 → X·10 % (`六成以上`, `近九成`, `八成以上`, `八成`); `1 兆元` / `1兆元` are thresholds of monthly revenue.
PUBLISHED = "2024-06"
PUBLISHED_INFERRED = True
M5 = "2024-05"
TW19 = dict(S="台灣19家主要IT廠", K="other")
TWQ = dict(S="台灣企業", K="other")
ARTICLES = [A("AI 旺,台灣主要 IT 廠營收續現兩位數增幅、今年高", None)]
ZONES = []
ENTERPRISES = [E("蘋果", ["Apple"], kind="short"), E("微軟", ["Microsoft"], kind="short"),
               E("輝達", ["Nvidia"], kind="short"), E("鴻海", kind="short"), E("台積電", kind="short")]
FIGURES = [
    F("1 兆元", 1000000000000, "元", **TW19, M="月營收規模", P=M5),
    F("19家", 19, "家", **TW19, M="列入Asia300成分股主要IT廠", P=M5),
    F("約1兆3,150億元", 1315000000000, "元", **TW19, M="營收合計值", P=M5),
    F("17.7%", 17.7, "%", **TW19, M="營收較去年同月增長", P=M5, C=True),
    F("10%以上", 10, "%", **TW19, M="增幅", P=M5, C=True),
    F("1兆元", 1000000000000, "元", **TW19, M="月營收規模", P=M5),
    F("1兆4,261億元", 1426100000000, "元", **TW19, M="營收合計值", P="2023-11"),
    F("22.1%", 22.1, "%", S="鴻海", K="enterprise", M="營收大增", P=M5, C=True),
    F("5,501億元", 550100000000, "元", S="鴻海", K="enterprise", M="營收", P=M5),
    F("31.5%", 31.5, "%", M="營收大增", P=M5, C=True),
    F("2.7%", 2.7, "%", M="營收小增", P=M5, C=True),
    F("7.2%", 7.2, "%", M="營收減少", P=M5, C=True),
    F("2.6%", 2.6, "%", M="營收成長", P=M5, C=True),
    F("351億元", 35100000000, "元", M="營收", P=M5),
    F("30.1%", 30.1, "%", S="台積電", K="enterprise", M="營收大增", P=M5, C=True),
    F("2,296億元", 229600000000, "元", S="台積電", K="enterprise", M="營收", P=M5),
    F("33.5%", 33.5, "%", M="營收大增", P=M5, C=True),
    F("2.7%", 2.7, "%", M="營收成長", P=M5, C=True),
    F("3.9%", 3.9, "%", M="營收成長", P=M5, C=True),
    F("六成以上", 60, "%", **TWQ, M="全球晶圓代工市佔率", P=None),
    F("近九成", 90, "%", **TWQ, M="伺服器生產占比", P=None),
    F("八成以上", 80, "%", **TWQ, M="PC生產占比", P=None),
    F("八成", 80, "%", **TWQ, M="遊戲機生產占比", P=None),
]
DATES = [D("12日", "2024-06-12", inferred=True), D("5月", M5, inferred=True), D("2023年11月", "2023-11"),
         D("5月", M5, inferred=True), D("5月", M5, inferred=True), D("5月", M5, inferred=True),
         D("5月", M5, inferred=True), D("2013年1月", "2013-01")]
EXCLUDE = ["Asia300", "383510"]
