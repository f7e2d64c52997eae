# ec.ltn.com.tw (自由時報), Traditional. Date line printed. Taiwan's 科學園區 (竹科/中科/南科) are not among GUIDE's
# zone forms → no zones. Full-width ％ kept in the text; unit written "%" (NFKC of ％).
# `3大科學園區` (Arabic digit) → count 3, unit 大; `三大` (Chinese, small count) → not a figure.
# `2.74兆` without 元 in the headline → unit "". 兆 = 10^12 (Taiwan usage).
PUBLISHED = "2025-09-24"
PUBLISHED_INFERRED = False
K_ = "科學園區"
H1 = ("2025-01", "2025-06")
T = 1000000000000
ARTICLES = [A("科學園區上半年營收2.74兆 較去年同期成長26.74％", None)]
ZONES = []
ENTERPRISES = []
def g(t, v, u, s, m, c=False, kind=None): return F(t, v, u, kind=kind, S=s, K="other", M=m, P=H1, C=c)
FIGURES = [
    g("2.74兆", 2.74*T, "", K_, "營收"),
    g("26.74％", 26.74, "%", K_, "營收", True),
    g("2.74兆元", 2.74*T, "元", K_, "營收"),
    g("26.74％", 26.74, "%", K_, "營收", True),
    g("2.74兆元", 2.74*T, "元", K_, "營收"),
    g("26.74％", 26.74, "%", K_, "營收", True),
    g("3大", 3, "大", K_, None, kind="count"),
    g("2.74兆元", 2.74*T, "元", K_, "營業額"),
    g("26.74％", 26.74, "%", K_, "營業額", True),
    g("3大", 3, "大", K_, None, kind="count"),
    g("0.82兆元", 0.82*T, "元", "竹科", "營收"),
    g("11.47％", 11.47, "%", "竹科", "營收", True),
    g("0.54兆元", 0.54*T, "元", "中科", "營收"),
    g("8.14％", 8.14, "%", "中科", "營收", True),
    g("1.38兆元", 1.38*T, "元", "南科", "營收"),
    g("48.78％", 48.78, "%", "南科", "營收", True),
    g("34.33％", 34.33, "%", "積體電路", "營收", True),
    g("7.25％", 7.25, "%", "光電產業", "營收", True),
    g("28.58％", 28.58, "%", "電腦周邊", "營收", True),
    g("32.91％", 32.91, "%", "精密機械", "營收", True),
    g("12.38％", 12.38, "%", "生醫科技", "營收", True),
    g("19.84％", 19.84, "%", "通訊", "營收", True),
]
DATES = [
    D("2025-09-24", "2025-09-24"),
    D("上半年", "2025-01", "2025-06", inferred=True),
    D("2025/09/24", "2025-09-24"),
    D("今年上半年", "2025-01", "2025-06", inferred=True),
    D("2024年上半年", "2024-01", "2024-06"),
    D("今年上半年", "2025-01", "2025-06", inferred=True),
    D("2024年上半年", "2024-01", "2024-06"),
    D("今（24）日", "2025-09-24", inferred=True),
    D("今年上半年", "2025-01", "2025-06", inferred=True),
    D("2024年上半年", "2024-01", "2024-06"),
    D("今年上半年", "2025-01", "2025-06", inferred=True),
]
