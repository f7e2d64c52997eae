# etnet.com.hk (經濟通, Hong Kong financial portal, `香港事務` topic news), Traditional with full-width spaces. The
# stored text opens with a ` date 2025-12-23` line and `• 會員` (member menu), then the headline, a printed
# `23/12/2025` (day/month, Hong Kong usage as heldout7/10) and the headline again (one title). The stored text breaks
# off in the paragraph `他表示,…`: cut after the last complete paragraph. Section head `李家超:繼續推進…` no title.
# No zone: 港深創新及科技園 / 河套合作區 / 香港園區 are Hong Kong parks and a 合作區 (no GUIDE word, heldout7/10). No
# companies (government bodies only). `首三座` and `兩座` small Chinese counts, `十四五` a plan period: no figures.
# The leading ` date 2025-12-23` line is stored text (kept): a date. `2027年` a target year.
PUBLISHED = "2025-12-23"
PUBLISHED_INFERRED = False
HT = dict(S="港深創新及科技園", K="other")
ARTICLES = [A("港深創科園第一批首三座大樓落成，李家超：優化制度銜接及積極引入企業", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("超過60間", 60, "間", **HT, M="進駐企業或機構", P="2025-12"),
    F("近80%", 80, "%", **HT, M="出租率", P="2025-12"),
    F("5座", 5, "座", **HT, M="餘下大樓", P="2027", T=True),
]
DATES = [
    D("2025-12-23", "2025-12-23"),
    D("23/12/2025", "2025-12-23"),
    D("2027年", "2027"),
]
EXCLUDE = []
