# tcgxipo.com (content-farm copy, Traditional script) of a 連云港日報 story (city paper, 連網); menu lines (`logo`,
# `列表頭部廣告一條`, crumbs) kept; the stored text ended in white space after the 東海縣長 paragraph, cut there.
# No printed date; the year comes from the body's `東海縣2018年春季集中開工` → published 2018 (inferred).
# Dates: `2018年` (a calendar year inside a plain phrase, not a name); `今年第一季度` → 2018-01..2018-03 (as heldout16's
# `一季度`); the headline's `首季` (in `首季預計…`) is not annotated, as heldout16's 1617 left `首季“开门红”`; bare
# `去年` and `今年以来` no dates (heldout16). Zone: `國際農業合作示范區` is a `…示范区` (GUIDE's letter; canonical as
# printed, no place given); 中捷水晶文化產業園, 中國水晶城 are parks (no zone). Companies: 咖薩克 (heads the
# `咖薩克水晶項目` and is named among `企業`), 奧古拉斯 (short). `日產70萬瓶`: unit 瓶 set to count by hand.
PUBLISHED = "2018"
PUBLISHED_INFERRED = True
DH = dict(S="東海縣", K="other")
Q1 = ("2018-01", "2018-03")
ARTICLES = [A("東海“老曲新唱”蓄勢發展新動能 首季預計可新增簽約內資項目30個 到位外資4000萬美元", None)]
ZONES = [Z("國際農業合作示范區", ["國際農業合作示范區"])]
ENTERPRISES = [E("咖薩克", kind="short"), E("奧古拉斯", kind="short")]
FIGURES = [
    F("30個", 30, "個", **DH, M="新增簽約內資項目", P=Q1, T=True),
    F("4000萬美元", 40000000, "美元", **DH, M="到位外資", P=Q1, T=True),
    F("70萬瓶", 700000, "瓶", kind="count", **DH, M="蟹味菇、海鮮菇項目日產", P=None, T=True),
    F("超過6億元", 600000000, "元", **DH, M="年產值", P=None, T=True),
    F("1100個", 1100, "個", **DH, M="就業崗位", P=None, T=True),
    F("30個", 30, "個", **DH, M="新增簽約內資項目", P=Q1, T=True),
    F("4000萬美元", 40000000, "美元", **DH, M="到位外資", P=Q1, T=True),
    F("近50%", 50, "%", **DH, M="超額完成任務", P=Q1, T=True),
    F("200個", 200, "個", **DH, M="簽約重點項目", P="2017"),
    F("140個", 140, "個", **DH, M="新開工重點產業項目", P="2017"),
]
DATES = [D("2018年", "2018"), D("今年第一季度", "2018-01", "2018-03", inferred=True)]
EXCLUDE = []
