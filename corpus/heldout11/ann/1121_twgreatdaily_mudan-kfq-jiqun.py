# twgreatdaily.com (aggregator copy of a 菏澤日報 story), mainland story converted to Traditional; printed
# `2023-11-14     菏澤日報` → published; two photo captions before the byline kept (their companies count). Cut after
# the last complete paragraph (the next broke off). `11月13日`, `今年前三季度` take 2023 (year inferred). Zone
# 牡丹經濟開發區 (a provincial 經濟開發區, GUIDE `…开发区`; script kept); the article is about 牡丹區's clusters (a
# district) → primary zone null. Companies short: 英搏爾電氣, 睿鷹晶輝製藥, 亞電亞能 (heading its park project,
# heldout7). `過20億元` (過 = over) approx by hand like 超; `計劃`, `達產後…年可` → targets. `一區三園` a slogan.
PUBLISHED = "2023-11-14"
PUBLISHED_INFERRED = False
YD = dict(S="亞電亞能", K="enterprise")
WD = dict(S="吳店鎮", K="other")
Q3 = ("2023-01", "2023-09")
ARTICLES = [A("牡丹區產業集群發展精彩「聚」變", None)]
ZONES = [Z("牡丹經濟開發區", ["牡丹經濟開發區"])]
ENTERPRISES = [E("英搏爾電氣", kind="short"), E("睿鷹晶輝製藥", kind="short"), E("亞電亞能", kind="short")]
FIGURES = [
    F("過20億元", 2000000000, "元", approx=True, **YD, M="計劃總投資", T=True),
    F("12條", 12, "條", **YD, M="生產線", T=True),
    F("10萬套", 100000, "套", **YD, M="年產新能源汽車充電配套設備", T=True),
    F("50億元", 5000000000, "元", **YD, M="年銷售收入", T=True),
    F("2億元", 200000000, "元", **YD, M="稅收", T=True),
    F("12家", 12, "家", **WD, M="規上工業企業", P="2023-11"),
    F("4758萬元", 47580000, "元", **WD, M="一般公共預算收入", P=Q3),
    F("5.24億元", 524000000, "元", **WD, M="固定資產投資", P=Q3),
    F("2.59億元", 259000000, "元", **WD, M="規上工業增加值", P=Q3),
]
DATES = [D("2023-11-14", "2023-11-14"), D("11月13日", "2023-11-13", inferred=True),
         D("今年前三季度", Q3[0], Q3[1], inferred=True)]
EXCLUDE = []
