# taiwanincubators.blogspot.com (Taiwan blog) reposting a 中央社 story (Taiwan's news agency), Traditional; the headline
# is stored twice (one article), with the blog's `Posted on 14:04` (clock no figure) and `資料來源`; cut before the blog's
# link line and `Related Posts` widget. The text prints no date and has no dated mention: published null (the URL says
# 2008/12). No zones (加工出口區 / 高雄軟體科技園區, Taiwan parks). Companies: 國城建設公司 (`…公司` without 有限 → short),
# 鴻海企業集團 (group; `鴻海` its variant). 資訊工業策進會 (財團法人, an institute) is not. `約達新台幣22億2000多萬元`:
# figure text from 新台幣 on, value 22億+2000萬, approx by hand (約 apart; 多 inside). `金融大海嘯` no number.
PUBLISHED = None
PUBLISHED_INFERRED = True
KS = "高雄軟體科技園區"
ARTICLES = [A("抗低迷景氣 加工區向公私部門招手", None)]
ZONES = []
ENTERPRISES = [E("國城建設公司", kind="short"), E("鴻海企業集團", ["鴻海"], kind="group")]
FIGURES = [
    F("77家", 77, "家", S=KS, K="other", M="吸引業者", P=None),
    F("新台幣22億2000多萬元", 2220000000, "元", approx=True, S=KS, K="other", M="投資總額", P=None),
]
DATES = []
EXCLUDE = ["14:04"]
