# cn.rti.org.tw (中央廣播電臺 台湾之音, Taiwan national radio; Simplified site furniture, Traditional story). Menu lines
# (`close`, `台湾之音立刻下载官方APP`, `开启`, `:::`) before the headline; the headline is stored twice (one title);
# the `相关留言/本分类最新更多` tail cut. Printed `时间:2019-03-05 15:41` (clock no figure) → published 2019-03-05.
# No zone: Taiwan's 科學園區, 竹科, 中科, 南科 are science parks, not GUIDE zones (heldout16: Taiwan parks are no zones);
# figures about them take the park as printed (`other`). Companies named by the 南科 official: 台積電, 華邦電, 啟基,
# 台達電, 聯亞光電 (short). `7奈米`, `5奈米` are process-node names (like `5G`), no figures. Mixed-scale amounts
# `2兆5,960億元` (2.596e12) and `1萬755.14億元` (1.075514e12) are single figures. Dates: `2018年` in each stored headline,
# `2018年度` twice (as `2021年度`), `2017年`, `5日` three times (→ 2019-03-05, inferred); bare `去年`/`今年`/`明年` carry no
# month and are not listed by GUIDE: no dates (their years resolve the periods). `1.5%至2%` (twice) is a forecast
# range for 2019; the second has `約` before `成長` (approx set by hand).
PUBLISHED = "2019-03-05"
PUBLISHED_INFERRED = False
KX = dict(S="科學園區", K="other")
ARTICLES = [A("科學園區2018年營業額 續創歷史新高", None)]
ZONES = []
ENTERPRISES = [E("台積電", kind="short"), E("華邦電", kind="short"), E("啟基", kind="short"),
               E("台達電", kind="short"), E("聯亞光電", kind="short")]
FIGURES = [
    F("2兆5,960億元", 2596000000000, "元", **KX, M="營業額", P="2018"),
    F("5.47%", 5.47, "%", **KX, M="營業額", P="2018", C=True),
    F("27萬5,761人", 275761, "人", **KX, M="就業人數", P="2018"),
    F("1.5%至2%", 1.5, "%", vmax=2, **KX, M="營運成長", P="2019", C=True, T=True),
    F("2兆5,960億元", 2596000000000, "元", **KX, M="營業額", P="2018"),
    F("5.47%", 5.47, "%", **KX, M="營業額年增", P="2018", C=True),
    F("1萬755.14億元", 1075514000000, "元", S="竹科", K="other", M="營業額", P="2018"),
    F("5.56%", 5.56, "%", S="竹科", K="other", M="營業額年增", P="2018", C=True),
    F("7,248.82億元", 724882000000, "元", S="中科", K="other", M="營業額", P="2018"),
    F("28.56%", 28.56, "%", S="中科", K="other", M="營業額成長", P="2018", C=True),
    F("7,956.42億元", 795642000000, "元", S="南科", K="other", M="營業額", P="2018"),
    F("9.46%", 9.46, "%", S="南科", K="other", M="營業額衰退", P="2018", C=True),
    F("3%", 3, "%", S="竹科", K="other", M="營業額成長率", P="2019", C=True, T=True),
    F("1.4%", 1.4, "%", S="中科", K="other", M="營業額成長率", P="2019", C=True, T=True),
    F("0.55%", 0.55, "%", S="南科", K="other", M="營業額成長率", P="2019", C=True, T=True),
    F("1.5%至2%", 1.5, "%", vmax=2, approx=True, **KX, M="營業額成長率", P="2019", C=True, T=True),
]
DATES = [D("2019-03-05", "2019-03-05"), D("2018年", "2018"), D("2018年", "2018"),
         D("5日", "2019-03-05", inferred=True), D("5日", "2019-03-05", inferred=True),
         D("2018年度", "2018"), D("2017年", "2017"), D("5日", "2019-03-05", inferred=True), D("2018年度", "2018")]
EXCLUDE = ["15:41", "7奈米", "5奈米"]
