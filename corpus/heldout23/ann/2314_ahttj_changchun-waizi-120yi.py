# ahttj.cn (觀察家網, aggregator) copy of a 中新社 wire converted to Traditional script with glued pinyin readings
# (`項(xiàng)目`, `個(gè)`, `集團(tuán)`), all kept as stored; a conversion garble `?!叭印笔` (the quoted 三子 and a stop
# mangled) kept. Menus, crumbs, the printed `2023-08-22 16:43:10` (clock no figure) and `【資料圖】` kept; the stored
# text breaks off in the last paragraph (`蓬勃發`): cut after the 福仕匯銀 paragraph.
# Dates: printed 2023-08-22 (not inferred); dateline `8月22日` and bare day `22日` (year inferred). The event name
# `2023“外資進(jìn)長春”投資促進(jìn)大會(huì)` carries its year without 年 (GUIDE's `2021碳达峰碳中和无锡峰会`): no date.
# `近日`, `當(dāng)天`, `近三年` no dated mentions.
# Zone: `中韓(長春)國際合作示范區(qū)` (a …示范区, GUIDE), entered as stored with its glued reading; not primary (the
# story is about the city). Company: 福仕匯銀控股集團(tuán) (group; printed after the country word 日本, twice, and
# `該集團(tuán)`). Not enterprises: 中國新聞網/中新社, 觀察家網 (media), 中國科學(xué)院.
# Figures: headline `逾120億元` (approx) and body `120.1億元`; classifiers followed by a reading keep the bare
# classifier in their text (`25個`); `20%以上` approx. Facts: subject 長春 (other) for the signing, the day of the
# conference as period; 60億元 the company's project.
PUBLISHED = "2023-08-22"
PUBLISHED_INFERRED = False
D22 = "2023-08-22"
CC = dict(S="長春", K="other", P=D22)
FS = "福仕匯銀控股集團(tuán)"
ZN = "中韓(長春)國際合作示范區(qū)"
ARTICLES = [A("長春集中簽約外資項(xiàng)目 簽約金額逾120億元", None)]
ZONES = [Z(ZN, [ZN])]
ENTERPRISES = [E(FS, kind="group")]
FIGURES = [
    F("逾120億元", 12000000000, "元", **CC, M="簽約金額"),
    F("59家", 59, "家", **CC, M="洽談合作外資企業"),
    F("25個", 25, "個", **CC, M="簽約項目"),
    F("120.1億元", 12010000000, "元", **CC, M="簽約金額"),
    F("7個", 7, "個", **CC, M="現代服務業簽約項目"),
    F("64.9億元", 6490000000, "元", **CC, M="現代服務業項目簽約金額"),
    F("8個", 8, "個", **CC, M="汽車零部件產業簽約項目"),
    F("14.85億元", 1485000000, "元", **CC, M="汽車零部件產業項目簽約金額"),
    F("3個", 3, "個", **CC, M="農產品加工簽約項目"),
    F("5.9億元", 590000000, "元", **CC, M="農產品加工項目簽約金額"),
    F("3個", 3, "個", **CC, M="能源簽約項目"),
    F("24.15億元", 2415000000, "元", **CC, M="能源項目簽約金額"),
    F("2個", 2, "個", **CC, M="裝備制造簽約項目"),
    F("5.8億元", 580000000, "元", **CC, M="裝備制造項目簽約金額"),
    F("1個", 1, "個", **CC, M="循環經濟、材料簽約項目各"),
    F("4.5億元", 450000000, "元", **CC, M="循環經濟、材料項目簽約金額"),
    F("60億元", 6000000000, "元", S=FS, K="enterprise", P=D22, M="“三子”國際醫院項目簽約金額"),
]
DATES = [D("2023-08-22", D22), D("8月22日", D22, inferred=True), D("22日", D22, inferred=True)]
EXCLUDE = ["16:43:10", "2023“外資進(jìn)長春”"]
