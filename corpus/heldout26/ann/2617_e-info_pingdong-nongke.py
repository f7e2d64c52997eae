# e-info.org.tw (環境資訊中心, Taiwan environmental news site; `台灣新聞` digest column) summarising a 中國時報 屏東
# story, Traditional script; the browser-title line `農業生技園區 產業聚落成形 | 環境資訊中心` repeats the headline
# (one title); the printed `2008年04月03日`, the source line `摘錄自2008年4月3日中國時報屏東報導` and the column's
# boilerplate kept. Whole as returned.
# Dates: `2008年04月03日`, `2008年4月3日`, `3月` (至3月止) and `3月下旬` (→ 2008-03, inferred). `年底`, `本年度` carry no
# calendar value of their own.
# Zone: none (屏東農業生物科技園區 / 農科 is a Taiwan agricultural park, no GUIDE zone kind).
# Enterprises: 喬緯生醫 (`該公司`), 百榮生技 (short). 中國時報 (media) and 環境資訊中心 get no entry.
# Figures: mixed numerals with scale words: `29億5600萬元` → 2 956 000 000, `3億3千萬元` → 330 000 000, `8千人` → 8000
# (twice). `24小時` in the column boilerplate is a quantity with digits (GUIDE's letter; duration, no indicator).
# `1000大氣壓` (the equipment's pressure, unit set by hand as measure) and `95%以上` (purity) describe 喬緯生醫's
# process. `2億元` is planned (預計: target).
PUBLISHED = "2008-04-03"
PUBLISHED_INFERRED = False
NK = dict(S="屏東農業生物科技園區", K="other")
QW = "喬緯生醫"
ARTICLES = [A("農業生技園區 產業聚落成形", None)]
ZONES = []
ENTERPRISES = [E(QW, kind="short"), E("百榮生技", kind="short")]
FIGURES = [
    F("24小時", 24, "小時", P=None),
    F("122家", 122, "家", **NK, M="提出投資申請廠商", P="2008-03"),
    F("56家", 56, "家", **NK, M="核准進駐廠商", P="2008-03"),
    F("29億5600萬元", 2956000000, "元", **NK, M="總投資額", P="2008-03"),
    F("8千人", 8000, "人", **NK, M="生活機能區基準人數", P=None),
    F("5件", 5, "件", **NK, M="通過投資申請案", P="2008-03"),
    F("3億3千萬元", 330000000, "元", **NK, M="通過投資申請案總投資金額", P="2008-03"),
    F("2億元", 200000000, "元", S=QW, K="enterprise", M="超臨界流體萃取工廠投資", P=None, T=True),
    F("1000大氣壓", 1000, "大氣壓", kind="measure", S=QW, K="enterprise", M="萃取設備壓力", P=None),
    F("95%以上", 95, "%", S=QW, K="enterprise", M="芝麻素純度", P=None),
    F("8千人", 8000, "人", **NK, M="生活機能區使用人數", P=None),
    F("400人", 400, "人", **NK, M="使用服務的人員", P="2008-04"),
]
DATES = [D("2008年04月03日", "2008-04-03"), D("2008年4月3日", "2008-04-03"), D("3月", "2008-03", inferred=True),
         D("3月下旬", "2008-03", inferred=True)]
EXCLUDE = []
