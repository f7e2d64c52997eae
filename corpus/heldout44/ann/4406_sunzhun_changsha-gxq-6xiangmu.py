# sunzhun.cn (company site) copy, in Traditional script with glued pinyin readings (`區(qū)`, `產(chǎn)`), of a 全球半導體觀察
# item on a 長沙高新區 signing in 深圳; the site's reprint disclaimer at the end is cut. No printed date: the event
# `7月29日` reports `2020年` results as last year's → 2021 (published 2021-07, inferred; 7月29日 → 2021-07-29).
# Title and zone words keep their glued readings as stored; the zone's canonical name drops them: 長沙高新區 with the
# variants `長沙高新區(qū)` and the plain `長沙高新區` (`據(jù)長沙高新區消息`). 長沙 is a city.
# Companies heading their project names are short entries (heldout10/16/40): 歐智通 (`歐智通半導體封測項目`), 萬鑫精工,
# 海川智能, 利揚芯片 (also in the title), 中電金融 (`中電金融設備項目`: 設備 the product), 澤寶 (`澤寶全球運營中心…`).
# 全球半導體觀察 is a medium. Figures: `6大項目` → `6大` count (unit none printed, kind set by hand); `5280 億元` keeps its
# stored space; `千億產業集群`, `三智一芯` no figures. Facts: signing totals → the zone on the day; 2020 statistics →
# the zone, 2020; the city's chain/cluster counts → 長沙, no period.
PUBLISHED = "2021-07"
PUBLISHED_INFERRED = True
CS = "長沙高新區"
Z_ = dict(S=CS, K="zone")
DAY = "2021-07-29"
ARTICLES = [A("總投資18億元 利揚芯片湖南研發(fā)中心等6大項目簽約長沙高新區(qū)", CS)]
ZONES = [Z(CS, ["長沙高新區(qū)", "長沙高新區"])]
ENTERPRISES = [E("歐智通", kind="short"), E("萬鑫精工", kind="short"), E("海川智能", kind="short"),
               E("利揚芯片", kind="short"), E("中電金融", kind="short"), E("澤寶", kind="short")]
FIGURES = [
    F("18億元", 1800000000, "元", **Z_, M="簽約項目總投資", P=DAY),
    F("6大", 6, "", kind="count", **Z_, M="簽約項目", P=DAY),
    F("6個", 6, "個", **Z_, M="簽約企業項目", P=DAY),
    F("18億元", 1800000000, "元", **Z_, M="簽約項目總投資額", P=DAY),
    F("22條", 22, "條", S="長沙", K="other", M="工業新興及優勢產業鏈", P=None),
    F("7個", 7, "個", S="長沙", K="other", M="千億產業集群", P=None),
    F("5280 億元", 528000000000, "元", **Z_, M="企業總收入", P="2020"),
    F("3353億元", 335300000000, "元", **Z_, M="規模工業總產值", P="2020"),
    F("2886億元", 288600000000, "元", **Z_, M="高新技術營收", P="2020"),
    F("3.3萬家", 33000, "家", **Z_, M="企業", P="2020"),
    F("48家", 48, "家", **Z_, M="上市公司", P="2020"),
    F("66%", 66, "%", **Z_, M="上市公司占全市比重", P="2020"),
    F("41%", 41, "%", **Z_, M="上市公司占全省比重", P="2020"),
    F("1800家", 1800, "家", **Z_, M="高新技術企業", P="2020"),
    F("44%", 44, "%", **Z_, M="高新技術企業占全市比重", P="2020"),
    F("21%", 21, "%", **Z_, M="高新技術企業占全省比重", P="2020"),
]
DATES = [D("7月29日", DAY, inferred=True), D("2020年", "2020")]
EXCLUDE = []
