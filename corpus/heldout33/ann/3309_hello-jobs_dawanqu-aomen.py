# news.hello-jobs.com (a Macau job site's news section) carrying a Macau paper's story, Traditional script; site menu
# `News Category`/`Hot Tags`/`News Detail` before the headline, two printed dates after it (`- 2018-04-06`, `2018/4/6`:
# each a dated mention; published 2018-04-06, not inferred). A subheading `港企佔逾七成` inside. The stored text
# breaks off in the `那邊廂` paragraph: cut after the one before.
# Dates: `一六年` ×3 (two-digit year in Chinese numerals → 2016, printed), `同年` (= 2016, the year just named; NEW call
# with bare `今年`/`去年`: a relative year with a calendar value is a dated mention, inferred), `今年出台` (→ 2018,
# inferred). `近年` has no calendar value.
# No company named (企業/澳企/港企 are counted, not named); no zone (粵港澳大灣區 is a region, 統計局 an office).
# Figures: `逾二千` (headline; Chinese numeral with scale word → 2000, approx, unit ""), `逾七成`/`逾7成` → 70 %
# (heldout16 `X成`), `1.9-3.4%` a range; `九個城市`, `兩個特別行政區`, `數家` are no figures. Facts: period 2016 for
# the statistics (`一六年` carried through the paragraph), none for the long-run `長期低於2%`.
PUBLISHED = "2018-04-06"
PUBLISHED_INFERRED = False
Y16 = "2016"
DW = dict(S="大灣區", K="other", P=Y16)
MO = dict(S="澳門", K="other", P=Y16)
HK = dict(S="香港", K="other", P=Y16)
ARTICLES = [A("逾二千大灣區企直投澳門", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("逾二千", 2000, "", kind="count", **DW, M="在澳門直接投資的企業"),
    F("不足60家", 60, "家", **MO, M="澳企在大灣區城市直接投資"),
    F("逾104億澳門元", 10400000000, "澳門元", **MO, M="澳企在大灣區累計投資額"),
    F("逾2,200家", 2200, "家", **DW, M="在澳門直接投資的企業"),
    F("超過6,810萬人", 68100000, "人", **DW, M="常住人口"),
    F("超過92,210億元人民幣", 9221000000000, "元人民幣", **DW, M="生產總值"),
    F("23%", 23, "%", **HK, M="佔大灣區生產總值"),
    F("46.6萬元人民幣", 466000, "元人民幣", **MO, M="人均生產總值"),
    F("逾七成", 70, "%", **HK, M="港企佔在澳直接投資企業"),
    F("超過4,300萬", 43000000, "", kind="count", **DW, M="就業人口"),
    F("1.9-3.4%", 1.9, "%", vmax=3.4, **DW, M="失業率"),
    F("2%", 2, "%", S="澳門", K="other", M="失業率"),
    F("2,214家", 2214, "家", **DW, M="在澳門直接投資的企業"),
    F("1,682家", 1682, "家", **HK, M="直接投資澳門的企業"),
    F("逾7成", 70, "%", **HK, M="佔在澳直接投資企業"),
    F("310家", 310, "家", S="珠海", K="other", P=Y16, M="在澳直接投資企業"),
    F("5家", 5, "家", S="東莞", K="other", P=Y16, M="在澳直接投資企業"),
    F("708億澳門元", 70800000000, "澳門元", **DW, M="在澳累計投資總額"),
    F("689億澳門元", 68900000000, "澳門元", **HK, M="在澳累計投資總額"),
]
DATES = [D("2018-04-06", "2018-04-06"), D("2018/4/6", "2018-04-06"), D("今年", "2018", inferred=True)] + \
        [D("一六年", Y16)] * 3 + [D("同年", Y16, inferred=True)]
EXCLUDE = []
