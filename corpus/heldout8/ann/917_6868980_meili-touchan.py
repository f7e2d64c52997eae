# m.6868980.com (textile-trade portal) copy of a 常熟 town news item in Traditional with pinyin readings glued in;
# its headline is the portal's (`氨綸與其他纖維和編織產品投產短訊`), kept as printed. No printed date; cut after the
# last paragraph (a comment link followed). Published inferred 2009-07: `2009年度` project list, first-half results
# reported, `7月底可投產` still ahead. 梅李鎮 is a town: no zone. Companies (short, as printed): 泰光公司 (with
# `泰光化纖` heading its project as variant), 梅李機械, 協盛化纖, 旋力益成鋼板科技, 凱諾電纜, 遼鞍機械 (each a
# company name heading a project); `新盛高強滌綸`, `龍騰配套…` (company boundary unclear) left out. `超20億` is a
# threshold with a numeral (unit "", heldout7); `20大` (`年度20大重點工業項目`, a list label like TOP100) is not a
# figure; `4只`/`12只` project counts (只 set to count by hand). `新增…註冊資本` is a change (heldout7).
PUBLISHED = "2009-07"
PUBLISHED_INFERRED = True
ML = dict(S="梅李鎮", K="other")
H1 = ("2009-01", "2009-06")
TG = "泰光公司"
ARTICLES = [A("氨綸與其他纖維和編織產(chǎn)品投產(chǎn)短訊", None)]
ZONES = []
ENTERPRISES = [
    E(TG, ["泰光化纖"], kind="short"), E("梅李機械", kind="short"), E("協(xié)盛化纖", kind="short"),
    E("旋力益成鋼板科技", kind="short"), E("凱諾電纜", kind="short"), E("遼鞍機械", kind="short"),
]
FIGURES = [
    F("1億元", 100000000, "元", S=TG, K="enterprise", M="經編三期項目總投資", P=None),
    F("超20億", 2000000000, "", kind="money", **ML, M="重點工業項目投資門檻", P="2009"),
    F("4只", 4, "只", kind="count", **ML, M="竣工投產重點工業項目", P="2009-06"),
    F("12只", 12, "只", kind="count", **ML, M="在建重點工業項目", P="2009-06"),
    F("4.8億元", 480000000, "元", S="遼鞍機械", K="enterprise", M="總投資", P=None),
    F("33.27億元", 3327000000, "元", **ML, M="地區生產總值", P=H1),
    F("1.42億元", 142000000, "元", **ML, M="地方一般預算收入", P=H1),
    F("108.75億元", 10875000000, "元", **ML, M="工業總產值", P=H1),
    F("105.58億元", 10558000000, "元", **ML, M="工業產品銷售收入", P=H1),
    F("1003萬美元", 10030000, "美元", **ML, M="實際到賬外資", P=H1),
    F("100.28%", 100.28, "%", **ML, M="實際到賬外資完成全年任務", P=H1),
    F("4.02億元", 402000000, "元", **ML, M="新增民營企業註冊資本", P=H1, C=True),
    F("7.46億元", 746000000, "元", **ML, M="工業固定資產投資", P=H1),
]
DATES = [
    D("2009年度", "2009"),
    D("下半年", "2009-07", "2009-12", inferred=True),
    D("6月底", "2009-06", inferred=True),
    D("7月底", "2009-07", inferred=True),
    D("上半年", H1[0], H1[1], inferred=True),
    D("上半年", H1[0], H1[1], inferred=True),
]
EXCLUDE = ["20大"]
