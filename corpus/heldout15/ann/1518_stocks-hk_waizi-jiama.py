# stocks.com.hk (Hong Kong financial portal news page), Traditional, printed `2025-04-25`. Whole as returned.
# No zone, no named company (`一家全球化工企業`, `江蘇無錫某外資企業` anonymised, heldout10). 貿促會, 進博會 are no
# companies. `《2025年穩外資行動方案》` a document name (no date); `第八屆`, `連續八屆` ordinals/Chinese counts;
# `六年來` a duration. `3月` → 2025-03 (year inferred); `2027年` a target year.
PUBLISHED = "2025-04-25"
PUBLISHED_INFERRED = False
ARTICLES = [A("外資持續加碼中國市場 共享高質量發展機遇", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("13.2%", 13.2, "%", S="中國", K="other", M="實際使用外資同比增長", P="2025-03", C=True),
    F("5億元", 500000000, "元", S="一家全球化工企業", K="other", M="上海擴建工廠投資", P=None),
    F("70%", 70, "%", S="一家全球化工企業", K="other", M="投產後產能提升", P="2027", C=True, T=True),
    F("19個", 19, "個", S="江蘇無錫某外資企業", K="other", M="在華新建生產基地", P=None),
    F("近800家", 800, "家", S="第八屆進博會", K="other", M="簽約參展企業", P="2025-04"),
    F("超100家", 100, "家", S="第八屆進博會", K="other", M="連續八屆參展企業", P="2025-04"),
]
DATES = [
    D("2025-04-25", "2025-04-25"),
    D("3月", "2025-03", inferred=True),
    D("2027年", "2027"),
]
EXCLUDE = ["2025年穩外資"]
