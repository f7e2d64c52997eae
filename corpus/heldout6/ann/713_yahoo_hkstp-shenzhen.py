# hk.news.yahoo.com copy of a Now新聞台 story (Hong Kong TV news, Traditional). No date printed and the text
# gives no year or day: published null (no dated mentions on the page). 香港科學園/深圳分園 are parks, not zones.
# 科技園公司 (香港科技園公司, statutory corporation named 公司) is an enterprise, short (heldout5). Now新聞台 is media.
# `兩三個月`: a Chinese-numeral duration (team convention), range 2–3 個月. `三、四十間` and `兩幢六層樓` are Chinese
# counts with classifiers (no figure). `約80至100間`: range, approx.
PUBLISHED = None
PUBLISHED_INFERRED = True
FB = "科學園深圳分園"
ARTICLES = [A("科學園深圳分園啟用 李家超冀把握河套規劃機遇 加強交流合作", None)]
ZONES = []
ENTERPRISES = [E("科技園公司", kind="short")]
FIGURES = [
    F("16間", 16, "間", S=FB, K="other", M="進駐創科公司", P=None),
    F("約150家", 150, "家", S=FB, K="other", M="吸引企業落戶", P=None, T=True),
    F("超過33萬呎", 330000, "呎", kind="measure", S=FB, K="other", M="總建築面積", P=None),
    F("16間", 16, "間", S=FB, K="other", M="進駐創科公司", P=None),
    F("兩三個月", 2, "個月", vmax=3, S=FB, K="other", M=None, P=None, T=True),
    F("150間", 150, "間", S="科技園公司", K="enterprise", M="期望吸引企業進駐", P=None, T=True),
    F("約80至100間", 80, "間", vmax=100, S="科技園公司", K="enterprise", M="期望吸引初創進駐", P=None, T=True),
]
DATES = []
