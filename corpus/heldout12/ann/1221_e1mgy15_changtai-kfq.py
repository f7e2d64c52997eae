# e1mgy15.cn (copy of a 閩南日報 story, Traditional conversion), printed `2021-08-19 10:41:45` (clock no figure) and the
# counters `0瀏覽 評論0條` (furniture, excluded). Whole as returned.
# Zone 長泰經濟開發區 (`…經濟開發區`, a GUIDE `…开发区`; script kept). Enterprises named by bare short names in a
# `X、Y、Z等57家企業` list: 立達信, 鴻星爾克, 宏發 (short). `四大優勢產業` a small Chinese count; `產值超億元的企業`
# a threshold without numeral (no figure), its `96家` a figure. `2020年` twice. The 2020 industry figures are
# 長泰's (the county-level district, `全區`), the zone's own are the plots and 57 companies.
PUBLISHED = "2021-08-19"
PUBLISHED_INFERRED = False
CT = "長泰經濟開發區"
ZK = dict(S=CT, K="zone")
LT = dict(S="長泰", K="other")
ARTICLES = [A("培育形成特色產業集群 推動長泰經濟高質量發展", CT)]
ZONES = [Z(CT, [CT])]
ENTERPRISES = [E("立達信", kind="short"), E("鴻星爾克", kind="short"), E("宏發", kind="short")]
FIGURES = [
    F("9個", 9, "個", **ZK, M="土地成片開發片區", P=None),
    F("6796畝", 6796, "畝", **ZK, M="土地成片開發總面積", P=None),
    F("57家", 57, "家", **ZK, M="涉及企業", P=None),
    F("306.5億元", 30650000000, "元", **LT, M="四大優勢產業總產值", P="2020"),
    F("9家", 9, "家", **LT, M="光電照明企業", P="2020"),
    F("58.37億元", 5837000000, "元", **LT, M="光電照明產值", P="2020"),
    F("66家", 66, "家", **LT, M="建材家居企業", P="2020"),
    F("90.55億元", 9055000000, "元", **LT, M="建材家居產值", P="2020"),
    F("22家", 22, "家", **LT, M="電子信息企業", P="2020"),
    F("63.17億元", 6317000000, "元", **LT, M="電子信息產值", P="2020"),
    F("24家", 24, "家", **LT, M="文旅用品企業", P="2020"),
    F("94.41億元", 9441000000, "元", **LT, M="文旅用品產值", P="2020"),
    F("5家", 5, "家", **LT, M="省級龍頭企業", P="2021-08"),
    F("1家", 1, "家", **LT, M="市級龍頭企業", P="2021-08"),
    F("96家", 96, "家", **LT, M="產值超億元的企業", P="2020"),
    F("426.5億元", 42650000000, "元", **LT, M="產值超億元企業產值", P="2020"),
    F("78.2%", 78.2, "%", **LT, M="占全部規模企業產值", P="2020"),
]
DATES = [D("2021-08-19", "2021-08-19"), D("2020年", "2020"), D("2020年", "2020")]
EXCLUDE = ["10:41:45", "0瀏覽", "評論0條"]
