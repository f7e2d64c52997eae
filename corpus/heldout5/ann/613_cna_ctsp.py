# cna.com.tw (中央社), Traditional. Date line printed. 中部科學園區/中科 not a GUIDE zone form → no zones.
# ROC years: 107年 → 2018, 108年度 → 2019. `前2月` (first two months, no 个) is read as a date range,
# not a duration figure. The editor's stamp `1080402` is a code → not a date. `約佔19.74%`: 約 sets approx.
PUBLISHED = "2019-04-02"
PUBLISHED_INFERRED = False
ZK = "中部科學園區"
P2 = ("2019-01", "2019-02")
YI = 100000000
ARTICLES = [A("中科前2月營業額創新高 全年上看8千億元", None)]
ZONES = []
ENTERPRISES = []
def g(t, v, u, s, m, c=False, P=P2, T=False, approx=None, kind=None): return F(t, v, u, kind=kind, approx=approx, S=s, K="other", M=m, P=P, C=c, T=T)
FIGURES = [
    g("8千億元", 8000*YI, "元", ZK, "營業額", P="2019", T=True),
    g("新台幣1319億多元", 1319*YI, "元", ZK, "營業額"),
    g("20.52%", 20.52, "%", ZK, "營業額", True),
    g("8000億元", 8000*YI, "元", ZK, "營業額", P="2019", T=True),
    g("約1319.04億元", 1319.04*YI, "元", ZK, "營業額"),
    g("1094.46億元", 1094.46*YI, "元", ZK, "營業額", P=("2018-01", "2018-02")),
    g("20.52%", 20.52, "%", ZK, "營業額", True),
    g("約998.28億元", 998.28*YI, "元", "積體電路產業", "營業額"),
    g("75.68%", 75.68, "%", "積體電路產業", "比重"),
    g("260.42億元", 260.42*YI, "元", "光電產業", "營業額"),
    g("19.74%", 19.74, "%", "光電產業", "比重", approx=True),
    g("41.32億元", 41.32*YI, "元", "精密機械產業", "營業額"),
    g("3.13%", 3.13, "%", "精密機械產業", "比重", approx=True),
    g("19.01億元", 19.01*YI, "元", "其餘產業", "營業額"),
    g("1.44%", 1.44, "%", "其餘產業", "比重", approx=True),
    g("7奈米", 7, "奈米", ZK, None, P=None, kind="measure"),
    g("233.6億元", 233.6*YI, "元", "積體電路產業", "營業額", True),
    g("30.54%", 30.54, "%", "積體電路產業", "營業額", True),
    g("約3.1億元", 3.1*YI, "元", "生技產業", "營業額", True),
    g("43.01%", 43.01, "%", "生技產業", "營業額", True),
    g("7249億元", 7249*YI, "元", ZK, "全年營業額", P="2018"),
    g("8000億元", 8000*YI, "元", ZK, "全年營業額", P="2019", T=True),
]
DATES = [
    D("前2月", "2019-01", "2019-02", inferred=True),
    D("2019/4/2", "2019-04-02"),
    D("2日", "2019-04-02", inferred=True),
    D("1到2月", "2019-01", "2019-02", inferred=True),
    D("前2月", "2019-01", "2019-02", inferred=True),
    D("1到2月", "2019-01", "2019-02", inferred=True),
    D("107年1到2月", "2018-01", "2018-02"),
    D("1到2月", "2019-01", "2019-02", inferred=True),
    D("108年度", "2019"),
]
