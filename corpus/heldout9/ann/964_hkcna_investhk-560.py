# hkcna.hk (香港中通社, Hong Kong news agency), Traditional; crumb `首頁 -> 電訊`, share and font widgets kept, printed
# `2026-01-31 16:18` (clock no figure); cut before the `視頻` teasers (after `(完)`). No zones (北部都會區 is an area),
# no companies (投資推廣署, 發展局, 創科局 are government). `超過一萬個` → Chinese numeral with scale word → 10000.
# `約有30間`: figure text without `約有`, approx by hand. `1月31日` (dateline) and `30日` → 2026. Period: `去年` → 2025 for the 560 companies and their split; `目前` → 2026-01;
# estimates (估計可…) and plans (計劃/擬) → target.
PUBLISHED = "2026-01-31"
PUBLISHED_INFERRED = False
IH = "投資推廣署"
ARTICLES = [A("約30間海外或內地企業擬進駐香港北都區", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("約30間", 30, "間", kind="count", S=IH, K="other", M="擬進駐北都區企業", P="2026-01", T=True),
    F("560間", 560, "間", kind="count", S=IH, K="other", M="協助開設或擴展業務企業", P="2025"),
    F("30間", 30, "間", kind="count", approx=True, S=IH, K="other", M="計劃進駐北部都會區企業", P="2026-01", T=True),
    F("560間", 560, "間", kind="count", S=IH, K="other", M="協助開設或擴展業務企業", P="2025"),
    F("近300間", 300, "間", kind="count", S=IH, K="other", M="來自內地企業", P="2025"),
    F("40間", 40, "間", kind="count", S=IH, K="other", M="來自美國企業", P="2025"),
    F("近694億港元", 69400000000, "港元", S=IH, K="other", M="投資", P="2025", T=True),
    F("超過一萬個", 10000, "個", S=IH, K="other", M="就業職位", P="2025", T=True),
]
DATES = [
    D("2026-01-31", "2026-01-31"),
    D("1月31日", "2026-01-31", inferred=True),
    D("30日", "2026-01-30", inferred=True),
]
EXCLUDE = ["16:18"]
