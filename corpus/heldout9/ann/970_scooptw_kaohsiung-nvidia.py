# scooptw.com (商傳媒, Taiwan web news), Traditional; headline stored twice (one article; its figures and date count at
# each occurrence). The text prints no date; the same 園管局 release is dated 2024-06-25 by 中央社 (seen in the same
# search): published 2024-06 inferred (heldout7's 801, knowledge of the story); `1至4月` (×2) and `今年1月至4月` →
# 2024-01..04, inferred. Company: 輝達 (short; NVIDIA not printed). No zones (高雄軟體園區, Taiwan park). `Taipei-1`
# (a computer's name), `5G` (code), `近8年` (×2, duration in 年) are no figures; `32.5億` (headline, no 元) → unit "".
# `約一萬坪` → Chinese numeral with scale word → 10000 坪, approx. Growth rates → change; 預估/預計 → target.
PUBLISHED = "2024-06"
PUBLISHED_INFERRED = True
KS = "高雄軟體園區"
JA = ("2024-01", "2024-04")
YW = "亞灣智慧科技大樓"
ARTICLES = [A("輝達帶旺高雄軟體園區 1至4月營業額達32.5億、創近8年新高", None)]
ZONES = []
ENTERPRISES = [E("輝達", kind="short")]
FIGURES = [
    F("32.5億", 3250000000, "", kind="money", S=KS, K="other", M="營業額", P=JA),
    F("32.5億", 3250000000, "", kind="money", S=KS, K="other", M="營業額", P=JA),
    F("32.5億元", 3250000000, "元", S=KS, K="other", M="高軟一期營業額", P=JA),
    F("33.4%", 33.4, "%", S=KS, K="other", M="高軟一期營業額", P=JA, C=True),
    F("約17億元", 1700000000, "元", S=YW, K="other", M="年產值", P=None, T=True),
    F("12.1億元", 1210000000, "元", S="資訊軟體", K="other", M="營業額", P=JA),
    F("4.6億元", 460000000, "元", S="數位內容", K="other", M="營業額", P=JA),
    F("33%", 33, "%", S="資訊軟體", K="other", M="營業額成長率", P=JA, C=True),
    F("35%", 35, "%", S="數位內容", K="other", M="營業額成長率", P=JA, C=True),
    F("11.2億元", 1120000000, "元", S="智慧應用", K="other", M="營業額", P=JA),
    F("70%", 70, "%", S="智慧應用", K="other", M="營業額年增率", P=JA, C=True),
    F("約一萬坪", 10000, "坪", S=YW, K="other", M="新增產業空間", P=None, T=True),
]
DATES = [
    D("1至4月", JA[0], JA[1], inferred=True),
    D("1至4月", JA[0], JA[1], inferred=True),
    D("今年1月至4月", JA[0], JA[1], inferred=True),
]
EXCLUDE = ["Taipei-1", "5G", "近8年"]
