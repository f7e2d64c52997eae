# star.setn.com (三立新聞網, Taiwan TV news site), Traditional script. Player furniture (`聽新聞`, `0:00 0:00`: clock
# readings, no figures) and the caption line `▲高雄軟體園區營業額表現亮眼。` kept; the stored text breaks off in the
# `10個科技產業園區…電動` paragraph: cut after the 楊伯耕 quote. No printed date: ROC `111年上半年` → 2022; published
# `2022` (inferred; the 加工處 release of 2022 H1 figures).
# Zones: none (楠梓園區, 高雄軟體園區, 屏東園區, 楠梓科技產業園區 are Taiwan export-processing parks: no GUIDE zone,
# heldout16). Enterprises: none (`知名封測大廠`, `來自荷蘭的半導體公司`, `小白球代工龍頭` are anonymised; 經濟部加工出口區
# 管理處 is a government office).
# Figures: `2500億`, `584億`, `332億`, `17億` carry no unit (""); `3成`/`4成` → 30/40 % (heldout16's X成);
# `大概有18%`: 大概 is not among GUIDE's approx words → approx false (GUIDE's letter); `連續24個月` is a 月 duration
# (GUIDE counts 月 durations as figures, only 年 durations are excluded), at both occurrences and in the headline.
# Dates: `111年上半年` (4×) → 2022-01..2022-06; bare `上半年` (headline and three in the body) → the same span, year
# inferred; `今年度` (營收 this year) → 2022 as `2021年度` → 2021, year inferred. `半年首度突破` is a length (half a
# year), no date. Facts: the parks' totals take `科技園區` (the headline's printed entity); the anonymised
# companies' numbers have no named subject (null).
PUBLISHED = "2022"
PUBLISHED_INFERRED = True
H1 = ("2022-01", "2022-06")
KY = dict(S="科技園區", K="other")
ARTICLES = [A("最強上半年!科技園區產值破2500億 創24個月正成長", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("2500億", 250000000000, "", kind="money", **KY, M="產值", P=H1),
    F("24個月", 24, "個月", **KY, M="正成長", P=H1),
    F("2500億", 250000000000, "", kind="money", **KY, M="營業額", P=H1),
    F("24個月", 24, "個月", **KY, M="營業額正成長", P=H1),
    F("584億", 58400000000, "", kind="money", M="營業額", P=H1),
    F("43%", 43, "%", M="營業額", P=H1, C=True),
    F("45%", 45, "%", M="營業額", P=H1, C=True),
    F("10個", 10, "個", **KY, M="園區"),
    F("3成", 30, "%", S="楠梓科技產業園區", K="other", M="營收", P=H1, C=True),
    F("4成", 40, "%", S="楠梓科技產業園區", K="other", M="貿易", P=H1, C=True),
    F("584億", 58400000000, "", kind="money", M="營業額", P=H1),
    F("43%", 43, "%", M="營業額", P=H1, C=True),
    F("332億", 33200000000, "", kind="money", M="營業額", P=H1),
    F("43%", 43, "%", M="營業額", P=H1, C=True),
    F("18%", 18, "%", **KY, M="營業額", P=H1, C=True),
    F("2500億", 250000000000, "", kind="money", **KY, M="營業額", P=H1),
    F("24個月", 24, "個月", **KY, M="營業額成長", P=H1),
    F("17億", 1700000000, "", kind="money", M="營業額", P=H1),
    F("45%", 45, "%", M="營業額", P=H1, C=True),
]
DATES = ([D("上半年", "2022-01", "2022-06", inferred=True)]
         + [D("111年上半年", "2022-01", "2022-06")]
         + [D("上半年", "2022-01", "2022-06", inferred=True)] * 3
         + [D("111年上半年", "2022-01", "2022-06")] * 3
         + [D("今年度", "2022", inferred=True)])
EXCLUDE = ["0:00 0:00"]
