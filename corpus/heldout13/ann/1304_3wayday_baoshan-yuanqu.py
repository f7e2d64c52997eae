# 3wayday.com (content-farm copy in Traditional script with glued pinyin readings of a 中国商报 story). No print date;
# the 2022 full-year figures announced at a `4月18日` press conference date the story to 2023: published 2023 inferred,
# `4月18日` → 2023-04-18 (year inferred). The stored text breaks off in the paragraph on 2023's first months: cut after
# the last complete paragraph.
# No GUIDE zone: 保山產業園區 (a Yunnan provincial `产业园区`, no GUIDE zone word, like heldout8's 黄羊工业园区), the
# overseas `保山市—曼德勒繆達經濟貿易合作區` and `境外工業園區` are not zones. Companies: 隆基 (`西安隆基`) and 通威
# (`四川通威`), place prefix dropped with the printed form as variant (heldout10's nationality rule). Figures keep the
# glued pinyin (`約12.16萬(wàn)平方米`). `23棟`/`2棟`/`3棟` counts (棟 set by hand). `一主兩特`, `一線兩園`, `兩種`,
# `兩個` slogans/small counts.
PUBLISHED = "2023"
PUBLISHED_INFERRED = True
BS = "保山產(chǎn)業(yè)園區(qū)"
OK = dict(S=BS, K="other")
HZ = dict(S="保山市—曼德勒繆達(dá)經(jīng)濟(jì)貿(mào)易合作區(qū)", K="other")
Y = 100000000
ARTICLES = [A("2022年,云南保山產(chǎn)業(yè)園區(qū)實(shí)現(xiàn)工業(yè)總產(chǎn)值432.76億元", None)]
ZONES = []
ENTERPRISES = [
    E("隆基", ["西安隆基"], kind="short"),
    E("通威", ["四川通威"], kind="short"),
]
FIGURES = [
    F("432.76億元", 432.76*Y, "元", **OK, M="工業總產值", P="2022"),
    F("432.76億元", 432.76*Y, "元", **OK, M="工業總產值", P="2022"),
    F("80.81%", 80.81, "%", **OK, M="工業總產值增長", P="2022", C=True),
    F("431.39億元", 431.39*Y, "元", **OK, M="規模以上工業總產值", P="2022"),
    F("81.98%", 81.98, "%", **OK, M="規模以上工業總產值增長", P="2022", C=True),
    F("46.6億元", 46.6*Y, "元", **OK, M="固定資產投資", P="2022"),
    F("23棟", 23, "棟", kind="count", **HZ, M="已開工建設廠房", P="2023-04"),
    F("2棟", 2, "棟", kind="count", **HZ, M="倉庫", P="2023-04"),
    F("3棟", 3, "棟", kind="count", **HZ, M="宿舍", P="2023-04"),
    F("約12.16萬(wàn)平方米", 121600, "平方米", **HZ, M="建筑面積", P="2023-04"),
    F("4.46億元", 4.46*Y, "元", **HZ, M="完成投資", P="2023-04"),
]
DATES = [
    D("2022年", "2022"),
    D("4月18日", "2023-04-18", inferred=True),
    D("2022年", "2022"),
]
