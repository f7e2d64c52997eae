# lesanbei.com (a consulting company's site, news page) copy of a 盧氏縣 (Henan county) story in Traditional script with
# pinyin readings glued after characters (`重點(diǎn)`, `個(gè)`, `萬(wàn)`), kept as stored (heldout8/10); figure texts stop
# before a glued reading where they can (`11個`), and keep it where it splits them (`1000萬(wàn)元`). The site footer
# (`|`, `版權所有…`, links) is cut. No printed date: `2019年計劃完成年度投資` is this year's plan → published `2019`
# (inferred), `2月14日`, `2月份`, `1月份` → 2019 (inferred).
# Companies: 浩洋服飾 (heading its project `浩洋服飾二期工程`, short), 中金集團 (group, printed with a reading:
# `中金集團(tuán)`, kept as printed). `2.3萬(wàn)噸選廠改擴(kuò)建` is a project named by its capacity (heldout10's
# `30萬噸燒堿`), no figure. No zone: `產業集聚區` and the county's `洛河南岸新區` (a new town quarter) are not GUIDE
# zones of high-tech-zone rank. Plans for the year (`今年確定建設`, `計劃`, `將`) are targets.
PUBLISHED = "2019"
PUBLISHED_INFERRED = True
LS = dict(S="盧氏縣", K="other")
Y = "2019"
ZJ = "中金集團(tuán)"
ARTICLES = [A("盧氏縣重點(diǎn)項(xiàng)目建設(shè)全面鋪開", None)]
ZONES = []
ENTERPRISES = [E("浩洋服飾", kind="short"), E(ZJ, kind="group")]
FIGURES = [
    F("21.3億元", 2130000000, "元", **LS, M="2月份開工重點項目投資", P="2019-02"),
    F("11個", 11, "個", **LS, M="2月份開工重點項目", P="2019-02"),
    F("110個", 110, "個", **LS, M="重點項目", P=Y, T=True),
    F("520億元", 52000000000, "元", **LS, M="重點項目總投資", P=Y, T=True),
    F("116.5億元", 11650000000, "元", **LS, M="計劃完成年度投資", P=Y, T=True),
    F("29個", 29, "個", **LS, M="工業類項目", P=Y, T=True),
    F("98.7億元", 9870000000, "元", **LS, M="工業類項目投資", P=Y, T=True),
    F("23.3億元", 2330000000, "元", **LS, M="工業類項目年度計劃完成投資", P=Y, T=True),
    F("40億元", 4000000000, "元", S=ZJ, K="enterprise", M="選廠改擴建計劃投資", P=None, T=True),
    F("1.6億元", 160000000, "元", S=ZJ, K="enterprise", M="選廠改擴建年度計劃完成投資", P=Y, T=True),
    F("1000萬(wàn)元", 10000000, "元", S=ZJ, K="enterprise", M="已完成投資", P="2019-01"),
    F("19個", 19, "個", **LS, M="農業類項目", P=Y, T=True),
    F("32.3億元", 3230000000, "元", **LS, M="農業類項目總投資", P=Y, T=True),
    F("8.8億元", 880000000, "元", **LS, M="農業類項目年度計劃完成投資", P=Y, T=True),
    F("14個", 14, "個", **LS, M="旅遊服務業項目", P=Y, T=True),
    F("25.1億元", 2510000000, "元", **LS, M="旅遊服務業項目投資", P=Y, T=True),
    F("7.3億元", 730000000, "元", **LS, M="旅遊服務業年度計劃完成投資", P=Y, T=True),
    F("29個", 29, "個", **LS, M="基礎設施類項目", P=Y, T=True),
    F("34.2億元", 3420000000, "元", **LS, M="基礎設施類項目投資", P=Y, T=True),
    F("7億元", 700000000, "元", **LS, M="基礎設施類年度計劃完成投資", P=Y, T=True),
    F("9個", 9, "個", **LS, M="社會民生類項目", P=Y, T=True),
    F("22.2億元", 2220000000, "元", **LS, M="社會民生類項目計劃投資", P=Y, T=True),
    F("6.7億元", 670000000, "元", **LS, M="社會民生類年度計劃完成投資", P=Y, T=True),
    F("42公頃", 42, "公頃", S="教育新城", K="other", M="占地", P=None, T=True),
    F("17.5萬(wàn)平方米", 175000, "平方米", S="教育新城", K="other", M="建筑面積", P=None, T=True),
]
DATES = [D("2月14日", "2019-02-14", inferred=True), D("2月份", "2019-02", inferred=True), D("2019年", Y),
         D("1月份", "2019-01", inferred=True)]
EXCLUDE = ["2.3萬(wàn)噸"]
