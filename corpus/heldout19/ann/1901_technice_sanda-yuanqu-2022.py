# technice.com.tw (科技島, Taiwan tech media), Traditional. No printed date: a story on the parks' 2022 full-year
# results → published 2023 (inferred). The stored text breaks off in the export/import paragraph: cut after the 光電
# one. No zone (Taiwan science parks 竹科/中科/南科 are no GUIDE zone, heldout16's Taiwan convention); no company
# (國科會 a government body). `3大`/`3大科學園區` is a digit count (GUIDE: every quantity written with digits), unit "".
# `超過4兆` has no unit printed → "". `4兆2,664億元`-style amounts join 兆 and 億 (4.2664e12). `過去2年` is a
# duration in 年 (no figure). Facts: subject 3大科學園區 (as printed) or the named park (竹科, 中科, 南科, other).
PUBLISHED = "2023"
PUBLISHED_INFERRED = True
P = "2022"
S3 = dict(S="3大科學園區", K="other", P=P)
ARTICLES = [A("3大科學園區2022年營業額 超過4兆就業人數成長7.09%", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("3大", 3, "", S="3大科學園區", K="other", M="科學園區", P=None),
    F("超過4兆", 4e12, "", **S3, M="營業額"),
    F("7.09%", 7.09, "%", **S3, M="就業人數成長", C=True),
    F("3大", 3, "", S="3大科學園區", K="other", M="科學園區", P=None),
    F("3大", 3, "", S="3大科學園區", K="other", M="園區", P=None),
    F("4兆2,664億元", 4266400000000, "元", **S3, M="營業額"),
    F("5,483億元", 548300000000, "元", **S3, M="營業額較2021年增加", C=True),
    F("14.75%", 14.75, "%", **S3, M="營業額成長", C=True),
    F("4兆8,067億元", 4806700000000, "元", **S3, M="貿易總額"),
    F("25.72%", 25.72, "%", **S3, M="貿易總額成長", C=True),
    F("32萬3,113人", 323113, "人", **S3, M="就業人數"),
    F("7.09%", 7.09, "%", **S3, M="就業人數成長", C=True),
    F("4兆2,664.41億元", 4266441000000, "元", **S3, M="營業總額"),
    F("1兆6,132.55億元", 1613255000000, "元", S="竹科", K="other", P=P, M="營業額"),
    F("1.59%", 1.59, "%", S="竹科", K="other", P=P, M="營業額成長", C=True),
    F("1兆1,698.11億元", 1169811000000, "元", S="中科", K="other", P=P, M="營業額"),
    F("13.00%", 13, "%", S="中科", K="other", P=P, M="營業額成長", C=True),
    F("1兆4,833.74億元", 1483374000000, "元", S="南科", K="other", P=P, M="營業額"),
    F("35.48%", 35.48, "%", S="南科", K="other", P=P, M="營業額成長", C=True),
    F("22.62%", 22.62, "%", **S3, M="積體電路產業營業額成長", C=True),
    F("30.20%", 30.2, "%", **S3, M="電腦及周邊產業營業額成長", C=True),
    F("25.21%", 25.21, "%", **S3, M="通訊產業營業額成長", C=True),
    F("10.45%", 10.45, "%", **S3, M="精密機械產業營業額成長", C=True),
    F("0.84%", 0.84, "%", **S3, M="生物技術產業營業額成長", C=True),
    F("24.89%", 24.89, "%", **S3, M="光電產業營業額衰退", C=True),
]
DATES = [D("2022年", "2022")] * 4 + [D("2021年", "2021")] * 4
EXCLUDE = ["2年"]
