# finance.technews.tw (科技新報, Taiwan tech/finance media), Traditional, a MoneyDJ item retelling a 日經新聞 report;
# byline line with printed `2023 年 02 月 14 日 8:47` (spaced; clock no figure) and share widgets kept; the headline
# stored twice is one title. The credit line `(本文由 MoneyDJ新聞 授權轉載;首圖來源:pixabay` (unclosed) is cut.
# `2 位數`/`2位數` (double-digit growth) is a size class, no figure (each occurrence excluded); `Asia300` an index name.
# `1 月`, `1月` (twice), `今年1月` → 2023-01; `13日` → 2023-02-13 (inferred); `2022年10-12月` one span.
# Companies (short): 鴻海, 蘋果, 微軟 (`Microsoft` variant), 和碩, 台積電. 日經新聞 is media. No zone.
# `1兆3,390億元` → 1.339兆 元. X成 → X·10 % (`約七成`, `六成以上`, `近九成`, `八成以上`, `九成`); `10%以上` threshold.
PUBLISHED = "2023-02-14"
PUBLISHED_INFERRED = False
J = "2023-01"
TW19 = dict(S="台灣19家主要IT廠", K="other")
TWQ = dict(S="台灣企業", K="other")
ARTICLES = [A("鴻海生產恢復,台灣主要 IT 廠營收再現 2 位數增幅", None)]
ZONES = []
ENTERPRISES = [E("鴻海", kind="short"), E("蘋果", kind="short"), E("微軟", ["Microsoft"], kind="short"),
               E("和碩", kind="short"), E("台積電", kind="short")]
FIGURES = [
    F("19家", 19, "家", **TW19, M="列入Asia300成分股主要IT廠", P=J),
    F("1兆3,390億元", 1339000000000, "元", **TW19, M="營收合計值", P=J),
    F("11.6%", 11.6, "%", **TW19, M="營收較去年同月增長", P=J, C=True),
    F("3個月", 3, "個月", **TW19, M="首度呈現增長", P=J),
    F("3個月", 3, "個月", **TW19, M="再度出現2位數增幅", P=J),
    F("10%以上", 10, "%", **TW19, M="2位數增幅門檻", P=None),
    F("約七成", 70, "%", S="鴻海", K="enterprise", M="iPhone生產占比", P=J),
    F("48.1%", 48.1, "%", S="鴻海", K="enterprise", M="1月營收增長", P=J, C=True),
    F("1.2%", 1.2, "%", S="和碩", K="enterprise", M="1月營收成長", P=J, C=True),
    F("16.2%", 16.2, "%", S="台積電", K="enterprise", M="營收成長", P=J, C=True),
    F("19家", 19, "家", **TW19, M="IT廠", P=J),
    F("14家", 14, "家", **TW19, M="營收陷入萎縮", P=J),
    F("六成以上", 60, "%", **TWQ, M="全球晶圓代工市占率", P=None),
    F("近九成", 90, "%", **TWQ, M="伺服器生產占比", P=None),
    F("八成以上", 80, "%", **TWQ, M="PC生產占比", P=None),
    F("九成", 90, "%", **TWQ, M="iPad生產占比", P=None),
]
DATES = [D("2023 年 02 月 14 日", "2023-02-14"), D("1 月", J, inferred=True), D("13日", "2023-02-13", inferred=True),
         D("2023年1月份", J), D("1月", J, inferred=True), D("2022年10-12月", "2022-10", "2022-12"), D("2023年1月", J),
         D("1月", J, inferred=True), D("今年1月", J, inferred=True)]
EXCLUDE = ["8:47", "2 位數", "2位數", "Asia300"]
