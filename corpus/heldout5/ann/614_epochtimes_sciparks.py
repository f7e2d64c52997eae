# epochtimes.com /b5/ (大紀元, Traditional); date printed in the 【大紀元2015年02月12日訊】 line.
# ROC years 103年 → 2014, 102年 → 2013. `人氣: 3` is a page widget counter → not a figure. Mixed-scale numbers
# `2兆3,248億元` → 2.3248×10^12; `26萬3,649人` → 263649. `第4度` ordinal, `4G` a code → not figures.
PUBLISHED = "2015-02-12"
PUBLISHED_INFERRED = False
TW = "台灣科學園區"
ARTICLES = [A("台科學園區營運佳 年度營收出口再創新高", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("2兆3,248億元", 2324800000000, "元", S=TW, K="other", M="總營收", P="2014"),
    F("2兆", 2000000000000, "", S=TW, K="other", M="總營收", P="2014"),
    F("6.28%", 6.28, "%", S=TW, K="other", M="總營收", P="2014", C=True),
    F("1兆3,672億元", 1367200000000, "元", S=TW, K="other", M="出口", P="2014"),
    F("2.04%", 2.04, "%", S=TW, K="other", M="出口", P="2014", C=True),
    F("26萬3,649人", 263649, "人", S=TW, K="other", M="就業人數", P="2014"),
    F("13.99%", 13.99, "%", S="積體電路", K="other", M="營收", P="2014", C=True),
    F("18.45%", 18.45, "%", S="通訊", K="other", M="營收", P="2014", C=True),
    F("7.48%", 7.48, "%", S="精密機械", K="other", M="營收", P="2014", C=True),
]
DATES = [
    D("2015年02月12日", "2015-02-12"),
    D("103年上半年", "2014-01", "2014-06"),
    D("103年", "2014"),
    D("102年", "2013"),
    D("102年", "2013"),
]
