# smartcpa.tw (accountancy site) copy of a Taiwan 經濟部加工出口區管理處 year-end press release, Traditional; whole as
# returned, the spokesman/contact block at the end kept (phone numbers and mail ids excluded). No printed date: the
# release reviews `109年` with `109年1-11月` data and calls 2021 `明年` → published 2020-12 (inferred).
# Title: the one printed headline line (two clauses run together, as stored).
# No zone (加工出口區 / 科技產業園區 are Taiwan parks, no GUIDE zone form) and no company (agency figures only).
# Dates: `2020年`, `2021年` (headline), ROC `109年` → 2020, `去(108)年` → 2019, `109年1-11月` → 2020-01..2020-11;
# bare `明年` no date. Figures: `增4倍` → 4 倍 (change); `超過8成` → 80 % (X成); `3,000億元` keeps its comma;
# `10億元以上` a threshold (heldout16); `55週年` an anniversary count in years (no figure, excluded).
# Subject 加工區 throughout; `目前` shares and annual turnover have no stated period (null); 109年 figures → 2020.
PUBLISHED = "2020-12"
PUBLISHED_INFERRED = True
JG = dict(S="加工區", K="other")
Y20 = dict(JG, P="2020")
ARTICLES = [A("2020年加工區不畏疫情落實投資增4倍2021年將邁向「科技產業園區」新時代", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("增4倍", 4, "倍", **Y20, M="落實投資", C=True),
    F("超過8成", 80, "%", **JG, M="科技產業廠商產值占比"),
    F("超過3,000億元", 300000000000, "元", **JG, M="科技產業年營業額"),
    F("9場", 9, "場", **Y20, M="動土典禮或簽約儀式"),
    F("10億元以上", 1000000000, "元", **Y20, M="每項重大投資"),
    F("超過462億元", 46200000000, "元", **Y20, M="累積落實投資金額"),
    F("435%", 435, "%", **Y20, M="落實投資金額成長", C=True),
    F("超過1億元", 100000000, "元", **Y20, M="引進升級資源"),
    F("超過300位", 300, "位", **Y20, M="培育即戰力人才"),
    F("210億美元", 21000000000, "美元", **JG, P=("2020-01", "2020-11"), M="貿易額"),
    F("5.52%", 5.52, "%", **JG, P=("2020-01", "2020-11"), M="貿易額年增", C=True),
]
DATES = [D("2020年", "2020"), D("2021年", "2021"), D("109年", "2020"), D("去(108)年", "2019"),
         D("109年1-11月", "2020-01", "2020-11")]
EXCLUDE = ["55週年", "(07)3613348", "0911363680", "(07)361-1212*245", "lcc12@epza.gov.tw"]
