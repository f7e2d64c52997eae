# stheadline.com (星島頭條, Hong Kong paper), Traditional. The stored text opens with ` date 2026-01-03` (a date line,
# as heldout5's 612) and a copyright line: `© 2026` counted as a date (heldout4: copyright years are dates).
# Title without its topic tag `港深創科園｜` (series/topic tags dropped, heldout6). Hong Kong's 港深創新及科技園,
# 香港科學園, 河套, 新田科技城 are parks/areas, not GUIDE zones (heldout5/6). Companies: 港深創新及科技園有限公司 and
# 「洪水橋產業園有限公司」 (registered names). `X成` → X·10 % (heldout5); `四分一` (Cantonese for 四分之一) and `四分之一`
# → ratio 0.25 (heldout5's 十分之一); `大四倍` (a small Chinese-numeral ratio) and `約一半` (a word, no numeral form)
# are left out; `首3座` → 3座 (count); `1,700至1,800間` is a range, approx (超過).
PUBLISHED = "2026-01-03"
PUBLISHED_INFERRED = False
HS = "港深創新及科技園"
Q1 = ("2026-01", "2026-03")
ARTICLES = [A("蔡傑銘：首批建設企業進駐率約八成 四分一來自海外", None)]
ZONES = []
ENTERPRISES = [E("港深創新及科技園有限公司"), E("洪水橋產業園有限公司")]
FIGURES = [
    F("約八成", 80, "%", S=HS, K="other", M="首批建設企業進駐率", P="2026-01"),
    F("四分一", 0.25, "", kind="ratio", S=HS, K="other", M="海外企業比例", P="2026-01"),
    F("3座", 3, "座", S=HS, K="other", M="落成大樓", P=None),
    F("約87公頃", 87, "公頃", S=HS, K="other", M="佔地", P=None),
    F("超過1,700至1,800間", 1700, "間", vmax=1800, kind="count", S="白石角科學園", K="other", M="成功孵化企業", P="2026-01"),
    F("九成", 90, "%", S=HS, K="other", M="出租率", P=Q1, T=True),
    F("約八成", 80, "%", S=HS, K="other", M="企業進駐率", P="2026-01"),
    F("超過60間", 60, "間", kind="count", S=HS, K="other", M="進駐企業或機構", P="2026-01"),
    F("四分之一", 0.25, "", kind="ratio", S=HS, K="other", M="海外企業比例", P="2026-01"),
    F("九成", 90, "%", S=HS, K="other", M="出租率", P=Q1, T=True),
    F("約四成", 40, "%", S=HS, K="other", M="從事生命健康科技、微電子及新能源等企業比例", P="2026-01"),
]
DATES = [
    D("2026-01-03", "2026-01-03"),
    D("2026", "2026"),
    D("1月3日", "2026-01-03", inferred=True),
    D("今年首季", Q1[0], Q1[1], inferred=True),
    D("今年首季", Q1[0], Q1[1], inferred=True),
]
