# s8088.com (stock-forum news board) repost of a 時報資訊 item, Traditional; the board's uploader line (`宏如 發達公司總經理`,
# a forum user's rank, no enterprise) and `來源/發佈於` lines kept; whole as returned. The headline is stored twice with
# its column tag `《傳產》` (no part of the title). Published: the printed `2014-04-14` (clock times no figures).
# Company: 藍天集團 (group); `新莊國際創新合作聯盟` is a bidding consortium, not a company; 時報資訊/工商即時 are media.
# No zone (新莊國際創新園區 a Taiwan park). `108年8月` (ROC) → 2019-08. Building and room counts are the group's plan
# (將…興建): targets. `BOT` no figure.
PUBLISHED = "2014-04-14"
PUBLISHED_INFERRED = False
LT = dict(S="藍天集團", K="enterprise")
ARTICLES = [A("新莊國際創新園區BOT案,藍天集團取得", None)]
ZONES = []
ENTERPRISES = [E("藍天集團", kind="group")]
FIGURES = [
    F("58億元", 5800000000, "元", **LT, M="投資", T=True),
    F("50層", 50, "層", kind="count", **LT, M="商辦大樓樓層", T=True),
    F("200家", 200, "家", **LT, M="引進雲端數位匯流企業進駐", T=True),
    F("24樓", 24, "樓", kind="count", **LT, M="商務旅館樓層", T=True),
    F("322間", 322, "間", **LT, M="商務旅館房間數", T=True),
]
DATES = [D("2014-04-14", "2014-04-14"), D("2014/04/14", "2014-04-14"), D("108年8月", "2019-08")]
EXCLUDE = ["16:05", "15:17"]
