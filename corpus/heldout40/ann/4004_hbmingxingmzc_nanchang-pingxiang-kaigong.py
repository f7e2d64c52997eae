# hbmingxingmzc.cn (content farm), Traditional with glued readings: two items of a 江西 roundup, each under its own
# headline (two articles); the text breaks off in 萍鄉's second paragraph: cut after `…之一。`. No printed date:
# published from the URL path (2022-05-20, inferred).
# No zone (蘆溪工業園 is a park). One company: `江西銘德新材料公司` (…公司 without 有限 → short). Headline figures
# count as their own occurrences (`128個`, `885.93億元`, `111個`, `近400億元`). `2022年第二季度` (twice) is a span
# (2022-04..06); the figures take the day of each city's ceremony (`5月19日`, `5月18日`, inferred 2022).
PUBLISHED = "2022-05-20"
PUBLISHED_INFERRED = True
MD = "江西銘德新材料公司"
NC, PX, K = "南昌市", "萍鄉市", "other"
D1, D2 = "2022-05-19", "2022-05-18"
ARTICLES = [A("南昌128個(gè)項(xiàng)目集中開工,總投資885.93億元", None),
            A("萍鄉(xiāng)111個(gè)項(xiàng)目集中開工,總投資近400億元", None)]
ZONES = []
ENTERPRISES = [E(MD, kind="short")]
FIGURES = [
    F("128個", 128, "個", S=NC, K=K, M="集中開工項目", P=D1),
    F("885.93億元", 88593000000, "元", S=NC, K=K, M="總投資", P=D1),
    F("128個", 128, "個", S=NC, K=K, M="集中開工重大項目", P=D1),
    F("885.93億元", 88593000000, "元", S=NC, K=K, M="總投資", P=D1),
    F("43個", 43, "個", S=NC, K=K, M="工業項目", P=D1),
    F("364.46億元", 36446000000, "元", S=NC, K=K, M="工業項目總投資", P=D1),
    F("25個", 25, "個", S=NC, K=K, M="服務業項目", P=D1),
    F("294.10億元", 29410000000, "元", S=NC, K=K, M="服務業項目總投資", P=D1),
    F("8個", 8, "個", S=NC, K=K, M="農業項目", P=D1),
    F("33.3億元", 3330000000, "元", S=NC, K=K, M="農業項目總投資", P=D1),
    F("37個", 37, "個", S=NC, K=K, M="公共服務項目", P=D1),
    F("129.10億元", 12910000000, "元", S=NC, K=K, M="公共服務項目總投資", P=D1),
    F("15個", 15, "個", S=NC, K=K, M="城市基礎設施項目", P=D1),
    F("64.97億元", 6497000000, "元", S=NC, K=K, M="城市基礎設施項目總投資", P=D1),
    F("111個", 111, "個", S=PX, K=K, M="集中開工項目", P=D2),
    F("近400億元", 40000000000, "元", S=PX, K=K, M="總投資", P=D2),
    F("35億元", 3500000000, "元", S=MD, K="enterprise", M="總投資", P=D2),
    F("111個", 111, "個", S=PX, K=K, M="集中開工重大項目", P=D2),
]
DATES = [D("5月19日", "2022-05-19", inferred=True), D("2022年第二季度", "2022-04", "2022-06"),
         D("5月18日", "2022-05-18", inferred=True), D("2022年第二季度", "2022-04", "2022-06")]
EXCLUDE = []
