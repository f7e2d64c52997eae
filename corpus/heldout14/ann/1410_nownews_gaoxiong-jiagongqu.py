# nownews.com (NOWnews, AMP page), Traditional, from the headline: two photo captions carrying `2020.05.19` (printed
# dates, each a date mention), the byline `記者黃守作/高雄報導-2020-05-19 17:45:00` (clock no figure), and the ad
# line `我是廣告 請繼續往下閱讀` inside the text. Cut after the last complete paragraph (trailing spaces kept as stored).
# `今(19)日` → 2020-05-19 (year and month inferred).
# No zone: 高雄加工區 (加工出口區) is a Taiwan park (heldout10). Companies: 瑞儀光電, 高雄晶傑達, 凱銳光電, 樂米生技 (the
# four signing firms, short) and Amazon, Google (Latin names, short). 經濟部加工出口區管理處 is government.
# Figures: `4進駐廠商` (count without classifier → unit "", heldout7's `3企業`), `4大進駐廠商` twice (a count of
# the four firms, unit ""; unlike heldout10's program label `3 大方案`), `超過8萬3千個` (83,000, approx). Not figures:
# `破兆元` (milestone without numeral, heldout10), `COVID-19`, `20年到30年` (durations in 年), `三大計畫`.
PUBLISHED = "2020-05-19"
PUBLISHED_INFERRED = False
D0 = "2020-05-19"
GX = dict(S="高雄加工區", K="other")
ARTICLES = [A("前瞻計畫更新舊廠房 高雄加工區大樓上樑及投資意向簽署", None)]
ZONES = []
ENTERPRISES = [
    E("瑞儀光電", kind="short"),
    E("高雄晶傑達", kind="short"),
    E("凱銳光電", kind="short"),
    E("樂米生技", kind="short"),
    E("Amazon", kind="short"),
    E("Google", kind="short"),
]
FIGURES = [
    F("4進駐廠商", 4, "", kind="count", **GX, M="簽署投資意向書進駐廠商", P=D0),
    F("4大進駐廠商", 4, "", kind="count", **GX, M="簽署投資意向書進駐廠商", P=D0),
    F("4大進駐廠商", 4, "", kind="count", **GX, M="簽署投資意向書進駐廠商", P=D0),
    F("超過8萬3千個", 83000, "個", S="投資台灣三大計畫", K="other", M="創造就業機會", P="2020-05"),
]
DATES = [
    D("2020.05.19", D0),
    D("2020-05-19", D0),
    D("今(19)日", D0, inferred=True),
    D("2020.05.19", D0),
]
EXCLUDE = ["17:45:00", "COVID-19", "20年到30年"]
