# hk.crntt.com (中評網, Hong Kong), Traditional, copy of a 人民網 report. The stored text starts with print-bar furniture
# (`】 【打 印】`), then the headline and a line with the site URL and `2024-07-02 10:46:17` (printed date, clock no
# figure). Cut after the last paragraph (QR-code bar and `相關新聞:` dropped). Dateline `北京7月1日電` → 2024-07-01;
# `28日` → 2024-06-28 (the signing, before the dateline; year and month inferred); `2024年年初` → 2024 (the year).
# No zone (Hong Kong parks). Company: 香港科技園公司 (`…公司` without 有限 → short, heldout9/10), twice; the eleven firms
# are unnamed. Government bureaus and the 新型工業發展辦公室 are no enterprises; 人民網 is a medium.
# Figures: `11間` twice, `140億港元` (unit 港元), `超過2200個` (approx; target with 計劃).
PUBLISHED = "2024-07-02"
PUBLISHED_INFERRED = False
KJ = "香港科技園公司"
D28 = "2024-06-28"
FQ = dict(S="先進製造策略夥伴企業", K="other")
ARTICLES = [A("香港攜手先進製造企業,助推新型工業化發展", None)]
ZONES = []
ENTERPRISES = [E(KJ, kind="short")]
FIGURES = [
    F("11間", 11, "間", S=KJ, K="enterprise", M="簽約先進製造策略夥伴企業", P=D28),
    F("11間", 11, "間", S=KJ, K="enterprise", M="簽約企業", P=D28),
    F("140億港元", 14000000000, "港元", kind="money", **FQ, M="意向總投資", P=None, T=True),
    F("超過2200個", 2200, "個", **FQ, M="就業職位", P=None, T=True),
]
DATES = [
    D("2024-07-02", "2024-07-02"),
    D("7月1日", "2024-07-01", inferred=True),
    D("28日", D28, inferred=True),
    D("2024年", "2024"),
]
EXCLUDE = ["10:46:17"]
