# m.suzhouguqin.com (content farm) copy of a 財經無忌 column: Simplified headline, body converted to Traditional, spaces
# around every Arabic number kept (`7 月 10 日`, `1208.78 億元`). The stored text broke off inside a quotation from
# TSMC's website (`…民國一`) → cut after the last complete paragraph (the dangling lead-in line `在臺積電的官網上,寫著
# 這么一段話:` is cut with its quote). No printed date: 2020年6月 revenue released `7 月 10 日` and `稍晚(16 日)` →
# published `2020-07` (inferred); the month-day mentions take 2020 (inferred), `去年上半年` → 2019-01..06, `二季度` →
# 2020-04..06, `六月業績` → 2020-06 (inferred).
# Companies (short): 臺積電 (`台积电` in the Simplified headline, variant), 英特爾, 華為, 富士康. 財經無忌 is media.
# Not figures: `全球市值第 10` (rank), `一半`, `第二高`. Spaced figures keep their spaces in the text; `約為新臺幣 …億元`
# carries 約 (approx); `4597.03 億新臺幣` has unit 新臺幣.
PUBLISHED = "2020-07"
PUBLISHED_INFERRED = True
TS = dict(S="臺積電", K="enterprise")
ARTICLES = [A("台积电的“护城河”", None)]
ZONES = []
ENTERPRISES = [E("臺積電", ["台积电"], kind="short"), E("英特爾", kind="short"), E("華為", kind="short"), E("富士康", kind="short")]
H1 = ("2020-01", "2020-06")
FIGURES = [
    F("約為新臺幣 1208.78 億元", 120878000000, "元", **TS, M="合并營收", P="2020-06"),
    F("28.8%", 28.8, "%", **TS, M="營收較上月增加", P="2020-06", C=True),
    F("40.8%", 40.8, "%", **TS, M="營收較去年同期增加", P="2020-06", C=True),
    F("約為新臺幣 6212.96 億元", 621296000000, "元", **TS, M="累計營收", P=H1),
    F("約 210.87 億美元", 21087000000, "美元", **TS, M="累計營收", P=H1),
    F("35.2%", 35.2, "%", **TS, M="累計營收較去年同期增加", P=H1, C=True),
    F("4597.03 億新臺幣", 459703000000, "新臺幣", **TS, M="營收", P=("2019-01", "2019-06")),
    F("120 天", 120, "天", S="美國", K="other", M="期限", P="2020-09-15"),
]
DATES = [D("7 月 10 日", "2020-07-10", inferred=True), D("2020 年 6 月", "2020-06"), D("2020 年 1 至 6 月", "2020-01", "2020-06"),
         D("去年上半年", "2019-01", "2019-06", inferred=True), D("16 日", "2020-07-16", inferred=True),
         D("二季度", "2020-04", "2020-06", inferred=True), D("9 月 14 日", "2020-09-14", inferred=True),
         D("9 月 15 日", "2020-09-15", inferred=True), D("六月", "2020-06", inferred=True), D("5 月 18 日", "2020-05-18", inferred=True)]
EXCLUDE = ["第 10"]
