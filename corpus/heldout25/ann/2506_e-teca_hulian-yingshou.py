# e-teca.org.tw (台灣電子設備協會, an industry association's member-news page), Traditional script; the section label
# `會員動態` precedes the headline. The page goes on with section tags (`總體經濟`, `電子資訊`) and a second item on VR
# headsets whose only paragraph breaks off: cut after the 胡連 paragraph (one article kept). No printed date: the outlook
# for `今年` is set against `2022年毛利率` (this year) and `將於2023年實現` (next year) → published `2022` (inferred);
# `2月` → 2022-02 and `第2季` (twice) → 2022-04..2022-06 (the 一季度 convention), year inferred.
# Companies: 胡連 (short), 李耳 with its Latin name `LEAR` (variant, also used alone), and the car makers 長安汽車,
# 比亞迪, 鄭州日產, 東南汽車, 長豐汽車, 東風裕隆, 東風渝安, 奇瑞, 一汽轎車, 長城汽車 (short). `兩位數`/`雙位數` are size
# classes (no figures). `每公噸1萬美元` → 1萬美元 (10000, 美元). Facts: 法人's forecasts for 2022 are targets (預估/可望).
PUBLISHED = "2022"
PUBLISHED_INFERRED = True
HL = "胡連"
HK = dict(S=HL, K="enterprise", P="2022", C=True, T=True)
ARTICLES = [A("胡連營收看增雙位數", None)]
ZONES = []
ENTERPRISES = [E(HL, kind="short"), E("李耳", ["LEAR"], kind="short")] + [E(n, kind="short") for n in
               ["長安汽車", "比亞迪", "鄭州日產", "東南汽車", "長豐汽車", "東風裕隆", "東風渝安", "奇瑞", "一汽轎車", "長城汽車"]]
FIGURES = [
    F("14%", 14, "%", **HK, M="營收成長"),
    F("13%", 13, "%", **HK, M="大陸市場成長"),
    F("5%", 5, "%", S="大陸乘用車市場", K="other", M="銷量年增", P="2022", C=True, T=True),
    F("26%", 26, "%", **HK, M="海外市場成長"),
    F("1萬美元", 10000, "美元", S="銅價", K="other", M="每公噸銅價", P="2022"),
]
DATES = [D("第2季", "2022-04", "2022-06", inferred=True), D("2月", "2022-02", inferred=True),
         D("第2季", "2022-04", "2022-06", inferred=True), D("2023年", "2023"), D("2022年", "2022")]
EXCLUDE = []
