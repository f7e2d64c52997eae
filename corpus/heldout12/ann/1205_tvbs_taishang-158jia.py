# news.tvbs.com.tw (TVBS, Taiwan TV news site, 中央社 wire), Traditional; ad/`xx`/quote-mark residue, `回到網頁上方`,
# caption `示意圖/TVBS` (twice) kept; printed `發佈時間:2019/12/05 16:30` and `最後更新時間:2019/12/05 16:30` (each
# printed date a date, clocks no figures). Cut after the last paragraph `(中央社)` (YouTube teaser dropped).
# No GUIDE zone (楠梓加工出口區, 竹科 are Taiwan parks). Companies by bare names (short): 華泰電子, 全懋精機,
# 昇陽國際半導體, 穩懋半導體, 全球傳動, 台積電, 聯電, 力積電. `不具名RFID(…)領導廠商`/`不具名RFID廠` anonymous; 經濟部
# 投資台灣事務所 a government office; TVBS/中央社 media. `7078億` (headline, no unit) → ""; `4案` unit 案 (count, by
# hand); `5萬7801個` = 57801. `將投資…`/`將陸續投資` → target; `累計…達` (headline) a level. Cumulative counts take the
# publication month, the day's approvals the day.
PUBLISHED = "2019-12-05"
PUBLISHED_INFERRED = False
Y = 100000000
TS = dict(S="歡迎台商回台投資方案", K="other")
GL = dict(S="根留台灣加速投資行動方案", K="other")
TD = "2019-12-05"
ARTICLES = [A("台商回台累計158家 總投資額達7078億", None)]
ZONES = []
ENTERPRISES = [
    E("華泰電子", kind="short"), E("全懋精機", kind="short"), E("昇陽國際半導體", kind="short"),
    E("穩懋半導體", kind="short"), E("全球傳動", kind="short"), E("台積電", kind="short"),
    E("聯電", kind="short"), E("力積電", kind="short"),
]
FIGURES = [
    F("158家", 158, "家", **TS, M="通過審查台商", P="2019-12"),
    F("7078億", 7078*Y, "", kind="money", **TS, M="總投資額", P="2019-12"),
    F("2件", 2, "件", **TS, M="通過台商回台投資申請案", P=TD),
    F("約新台幣46億元", 46*Y, "元", **TS, M="投資", P=TD, T=True),
    F("158家", 158, "家", **TS, M="累計台商回台", P="2019-12"),
    F("7078億元", 7078*Y, "元", **TS, M="總投資額", P="2019-12"),
    F("4案", 4, "案", kind="count", **GL, M="通過案件", P=TD),
    F("超過168億元", 168*Y, "元", **GL, M="投資", P=TD, T=True),
    F("近43億元", 43*Y, "元", S="華泰電子", K="enterprise", M="投資", P=TD, T=True),
    F("近3億元", 3*Y, "元", S="全懋精機", K="enterprise", M="投資", P=TD, T=True),
    F("2家", 2, "家", **GL, M="半導體業者", P=TD),
    F("約139億元", 139*Y, "元", **GL, M="半導體業者投資", P=TD, T=True),
    F("2條", 2, "條", S="昇陽國際半導體", K="enterprise", M="新設再生晶圓自動化產線", P=None, T=True),
    F("超過600個", 600, "個", S="穩懋半導體", K="enterprise", M="新增本國就業機會", P=None, T=True),
    F("逾17億元", 17*Y, "元", S="全球傳動", K="enterprise", M="投資", P=TD, T=True),
    F("445個", 445, "個", S="全球傳動", K="enterprise", M="新增本國就業機會", P=None, T=True),
    F("12億元", 12*Y, "元", S="不具名RFID廠", K="other", M="投資", P=TD, T=True),
    F("158家", 158, "家", **TS, M="通過審查業者", P="2019-12"),
    F("7078億元", 7078*Y, "元", **TS, M="投資", P="2019-12", T=True),
    F("5萬7801個", 57801, "個", **TS, M="就業機會", P="2019-12", T=True),
    F("31家", 31, "家", **GL, M="通過審查業者", P="2019-12"),
    F("近830億元", 830*Y, "元", **GL, M="投資", P="2019-12", T=True),
    F("5925個", 5925, "個", **GL, M="本國就業機會", P="2019-12", T=True),
]
DATES = [D("2019/12/05", TD), D("2019/12/05", TD)]
EXCLUDE = ["16:30"]
