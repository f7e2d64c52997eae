# news.nextapple.com (壹蘋新聞網, Taiwan web news), Traditional. The stored text starts with the headline line and runs
# into a truncated next section (`N…`) → cut after the last complete paragraph. `仁寶:2025谷底已過 …` is a crosshead
# inside the one article (no title of its own). No printed date: the story reports 2026年1月 revenue → published `2026`
# (inferred). Dates: `2025年…`, `2026年…` each; `《2025年全球前20大EMS/ODM業者排名》` is a document name (no date,
# no figure) → count note on `2025年` (gold 3, page 4); the crosshead's bare `2025` is a year (date); `去年12月` →
# 2025-12, `1月` → 2026-01, `第二季` → 2026-04..06 (year inferred).
# Companies, all short: 緯創, 廣達, 和碩, 仁寶, 英業達, 鴻海, 立訊, NVIDIA, AMD, 蘋果 (`蘋果訂單`). DIGITIMES is media
# (a research/news firm cited as source). Stock codes `(3231)` etc. are codes. `兆元規模` has no numeral (no figure);
# `連續兩月`, `一年半` no figures. Mixed `2兆1,865.23億元` → 2,186,523,000,000.
PUBLISHED = "2026"
PUBLISHED_INFERRED = True
WC = dict(S="緯創", K="enterprise")
GD = dict(S="廣達", K="enterprise")
HS = dict(S="和碩", K="enterprise")
RB = dict(S="仁寶", K="enterprise")
YY = dict(S="英業達", K="enterprise")
J = "2026-01"
ARTICLES = [A("AI動能持續放大 電子五哥營收差距浮現", None)]
ZONES = []
ENTERPRISES = [E(n, kind="short") for n in ["緯創", "廣達", "和碩", "仁寶", "英業達", "鴻海", "立訊", "NVIDIA", "AMD", "蘋果"]]
FIGURES = [
    F("2兆1,865.23億元", 2186523000000, "元", **WC, M="全年營收", P="2025"),
    F("108.39%", 108.39, "%", **WC, M="營收年增", P="2025", C=True),
    F("2兆1,236.89億元", 2123689000000, "元", **GD, M="全年營收", P="2025"),
    F("50.54%", 50.54, "%", **GD, M="營收年增", P="2025", C=True),
    F("1.117兆元", 1117000000000, "元", **HS, M="營收", P="2025"),
    F("7,575.13億元", 757513000000, "元", **RB, M="營收", P="2025"),
    F("6,911.69億元", 691169000000, "元", **YY, M="營收", P="2025"),
    F("2,308.35億元", 230835000000, "元", **GD, M="單月營收", P=J),
    F("61.92%", 61.92, "%", **GD, M="單月營收年增", P=J, C=True),
    F("2,283億元", 228300000000, "元", **WC, M="1月營收", P=J),
    F("151.54%", 151.54, "%", **WC, M="營收年增幅", P=J, C=True),
    F("618.13億元", 61813000000, "元", **YY, M="單月營收", P=J),
    F("34.84%", 34.84, "%", **YY, M="營收年增", P=J, C=True),
    F("593.66億元", 59366000000, "元", **RB, M="單月營收", P=J),
    F("7.29%", 7.29, "%", **RB, M="營收年增", P=J, C=True),
    F("921.58億元", 92158000000, "元", **HS, M="單月營收", P=J),
    F("12.5%", 12.5, "%", **HS, M="營收年減", P=J, C=True),
    F("70.2%", 70.2, "%", S="台灣業者", K="other", M="營收占比", P="2025"),
    F("5億美元", 500000000, "美元", **RB, M="美國擴廠計畫", P="2026", T=True),
]
DATES = [D("2025年", "2025"), D("2026年", "2026"), D("去年12月", "2025-12", inferred=True), D("1月", J, inferred=True),
         D("2025年", "2025"), D("2026年", "2026"), D("2025", "2025"), D("2025年", "2025"), D("2026年", "2026"),
         D("第二季", "2026-04", "2026-06", inferred=True)]
EXCLUDE = ["(3231)", "(4938)", "(2324)", "(2356)", "《2025年全球前20大EMS/ODM業者排名》"]
