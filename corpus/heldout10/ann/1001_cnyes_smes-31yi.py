# m.cnyes.com (鉅亨網, Taiwan financial portal), Traditional, printed `2020-04-30 19:46` (clock no figure); app menu
# lines kept as stored. Whole as returned. No zone (Taiwan 工業區/加工區 園區 are no GUIDE zones). Companies are all
# named short; `光鈦國際工業` is a fuller form of `光鈦國際` (variant), `耀星`/`秀強` short forms of 耀星科技/秀強企業.
# `今 (30) 日` → the day 30 of the printed month (date, year inferred). `3 大方案` (program label, like heldout8's
# `20大`) is no figure. NEW: a bare `兆元` milestone with no numeral (`破兆元`, `往兆元邁進`) is a size class like
# heldout7's `千亿级`, no figure (there is no numeral at all). Spaced stored figures kept as printed.
PUBLISHED = "2020-04-30"
PUBLISHED_INFERRED = False
D30 = "2020-04-30"
ME = "經濟部投資台灣事務所"
ZX = "中小企業加速投資行動方案"
TZ = "投資台灣 3 大方案"
Y = 100000000
ARTICLES = [A("再添6家中小企業投資31億元 投資台灣三大方案將破兆元", None)]
ZONES = []
ENTERPRISES = [
    E("光鈦國際", ["光鈦國際工業"], kind="short"),
    E("印能科技", kind="short"),
    E("耀星科技", ["耀星"], kind="short"),
    E("碩陽電機", kind="short"),
    E("秀強企業", ["秀強"], kind="short"),
    E("政澄水產", kind="short"),
    E("凱銳光電", kind="short"),
    E("樂米生技", kind="short"),
]
FIGURES = [
    F("6家", 6, "家", S=ME, K="other", M="通過中小企業", P=D30),
    F("31億元", 31*Y, "元", S=ME, K="other", M="擴大投資", P=D30),
    F("6 家", 6, "家", S=ME, K="other", M="通過中小企業", P=D30),
    F("31 億元", 31*Y, "元", S=ME, K="other", M="擴大投資", P=D30),
    F("219 家", 219, "家", S=ZX, K="other", M="通過中小企業", P="2020-04"),
    F("約 942 億元", 942*Y, "元", S=ZX, K="other", M="投資", P="2020-04"),
    F("465 家", 465, "家", S=TZ, K="other", M="帶動企業", P="2020-04"),
    F("約 9841 億元", 9841*Y, "元", S=TZ, K="other", M="投資", P="2020-04"),
    F("9 億元", 9*Y, "元", S="印能科技", K="enterprise", M="斥資", P=None, T=True),
    F("逾 7 億元", 7*Y, "元", S="光鈦國際", K="enterprise", M="投資", P=None, T=True),
    F("4 億元", 4*Y, "元", S="耀星科技", K="enterprise", M="投資", P=None, T=True),
    F("近 2 億元", 2*Y, "元", S="碩陽電機", K="enterprise", M="斥資", P=None, T=True),
    F("6 家", 6, "家", S="經濟部加工處", K="other", M="核准投資案", P=D30),
    F("逾 26 億元", 26*Y, "元", S="經濟部加工處", K="other", M="總投資額", P=D30),
]
DATES = [D("2020-04-30", D30), D("(30) 日", D30, inferred=True)]
EXCLUDE = ["19:46", "3 大方案"]
