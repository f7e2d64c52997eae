# newnet.tw (新網), Traditional; date line printed. ROC 105年 → 2016. Caption repeats `3個` (each occurrence counts).
# `20/16及28奈米`: the node label 20/16 is not a fraction → not a figure; 28奈米 is (heldout3: 28奈米).
# `約七成` → 70 % (heldout3's X成 convention). `近10年來` is a duration in 年 → not a figure. `今日` has no calendar value.
PUBLISHED = "2016-08-17"
PUBLISHED_INFERRED = False
K_ = "科學園區"
H1 = ("2016-01", "2016-06")
YI = 100000000
ARTICLES = [A("科技部:科學園區105年上半年營收創歷年同期次高", None)]
ZONES = []
ENTERPRISES = []
def g(t, v, u, s, m, c=False, P=H1, kind=None, approx=None): return F(t, v, u, kind=kind, approx=approx, S=s, K="other", M=m, P=P, C=c)
FIGURES = [
    g("3個", 3, "個", K_, None),
    g("新台幣1兆780億元", 1078000000000, "元", K_, "營業額"),
    g("1兆1335億元", 1133500000000, "元", K_, "營業額", P=("2015-01", "2015-06")),
    g("4.89%", 4.89, "%", K_, "營業額", True),
    g("3個", 3, "個", K_, None),
    g("4,923億元", 4923*YI, "元", "新竹", "營收"),
    g("10.02%", 10.02, "%", "新竹", "營收", True),
    g("2,369億元", 2369*YI, "元", "中科", "營收"),
    g("1.98%", 1.98, "%", "中科", "營收", True),
    g("3,488億元", 3488*YI, "元", "南科", "營收"),
    g("1.20%", 1.2, "%", "南科", "營收", True),
    g("28奈米", 28, "奈米", "南科", None, P=None, kind="measure"),
    g("18.81%", 18.81, "%", "精密機械", "營收", True),
    g("12.87%", 12.87, "%", "生物技術", "營收", True),
    g("1.69%", 1.69, "%", "通訊產業", "營收", True),
    g("0.41%", 0.41, "%", "積體電路產業", "營收", True),
    g("約七成", 70, "%", "平面顯示器產業", "占光電產業營收", P=None),
    g("17.81%", 17.81, "%", "光電產業", "營收", True),
    g("6.94%", 6.94, "%", "電腦及周邊產業", "營收", True),
]
DATES = [
    D("105年上半年", "2016-01", "2016-06"),
    D("2016/8/17", "2016-08-17"),
    D("今年上半年", "2016-01", "2016-06", inferred=True),
    D("今年上半年", "2016-01", "2016-06", inferred=True),
    D("今年上半年", "2016-01", "2016-06", inferred=True),
]
