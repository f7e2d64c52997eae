# news.cts.com.tw (華視新聞, copy of a 中央社 wire), Traditional. No printed date line; the dateline `台北28日電`, the
# editor code `1121228` (ROC 112-12-28, furniture like heldout7's codes) and `112年` give the story's day:
# published 2023-12-28 inferred. `112年` (ROC) → 2023; `28日電` is a dated mention (year and month inferred); `12月`
# → 2023-12 (inferred). Cut after the source line `新聞來源:中央社` (keyword widget dropped).
# No GUIDE zones: Taiwan 科技產業園區/軟體園區 and 屏東園區 are parks. Registered companies named in full, `…公司`
# short forms are variants (台灣三軸公司, 久舜公司, 艾倫安柏公司, 京鑫公司, 競榮公司). `10個` (parks) is a figure.
# `3開發計畫` in the headline: a count without classifier (unit "", heldout7's `3企業`). `3家公司`, `4件` figures.
PUBLISHED = "2023-12-28"
PUBLISHED_INFERRED = True
Y = 100000000
YG = "經濟部產業園區管理局"
SY = "科技產業園區"
ARTICLES = [A("經部科技產業園區吸引逾410億投資 續推3開發計畫", None)]
ZONES = []
ENTERPRISES = [
    E("台灣三軸科技有限公司", ["台灣三軸公司"]),
    E("久舜營造股份有限公司", ["久舜公司"]),
    E("艾倫安柏投資有限公司", ["艾倫安柏公司"]),
    E("京鑫企業有限公司", ["京鑫公司"]),
    E("競榮實業有限公司", ["競榮公司"]),
]
FIGURES = [
    F("逾410億", 410*Y, "", kind="money", S=SY, K="other", M="投資", P="2023"),
    F("3開發計畫", 3, "", kind="count", S=YG, K="other", M="開發計畫", P=None, T=True),
    F("逾新台幣410億元", 410*Y, "元", S=SY, K="other", M="產業投資金額", P="2023"),
    F("10個", 10, "個", S=YG, K="other", M="科技產業園區", P=None),
    F("逾410億元", 410*Y, "元", S=SY, K="other", M="投資金額", P="2023"),
    F("5家", 5, "家", S=YG, K="other", M="核准進駐企業", P="2023-12"),
    F("2.77億元", 2.77*Y, "元", S="台灣三軸科技有限公司", K="enterprise", M="投資", P="2023-12"),
    F("3家", 3, "家", S="高雄軟體園區", K="other", M="進駐公司", P="2023-12"),
    F("4件", 4, "件", S=YG, K="other", M="投資案", P="2023-12"),
    F("逾1.1億元", 1.1*Y, "元", S=YG, K="other", M="投資金額", P="2023-12"),
    F("105個", 105, "個", S=YG, K="other", M="工作機會", P=None, T=True),
]
DATES = [D("28日", "2023-12-28", inferred=True), D("112年", "2023"), D("12月", "2023-12", inferred=True)]
EXCLUDE = ["1121228", "B2C"]
