# cdslxx.cn (content farm) copy of a 中國西藏網 page carrying a 甘孜日報 item, converted to Traditional with the
# conversion's pinyin readings glued after characters (`網(wǎng)`, `業(yè)`), kept as stored; crumbs and the indented
# headline and date line before the body. The stored text breaks off in the 產業園區 paragraph: cut after the 特色產業
# one. Printed `2023-02-21 10:50:00` (clock no figure) → published 2023-02-21. Title as printed, readings included.
# No zone (甘孜州 a prefecture; the 工業園區/經濟開發區 paragraph fell in the cut tail), no company.
# Every figure is 甘孜州's for 2022 (`2022年,全州…`, `全年`). `高於全省平均水平16.3個百分點`/`4.8個百分點` are
# comparisons with the province, not changes over time (change false); `新增清潔能源裝機380余萬千瓦` is an addition
# (change true). `兩位數增長` is no figure (no digits, no scale word).
PUBLISHED = "2023-02-21"
PUBLISHED_INFERRED = False
GZ = dict(S="甘孜州", K="other", P="2022")
ARTICLES = [A("甘孜州2022年工業(yè)實現(xiàn)較快增長", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("20.1%", 20.1, "%", **GZ, M="規模以上工業增加值", C=True),
    F("16.3個百分點", 16.3, "個百分點", **GZ, M="增速高於全省平均水平"),
    F("101.2 %", 101.2, "%", **GZ, M="規模以上工業企業產品銷售率"),
    F("4.8個百分點", 4.8, "個百分點", **GZ, M="產品銷售率高於全省平均水平"),
    F("380余萬千瓦", 3800000, "千瓦", **GZ, M="新增清潔能源裝機", C=True),
    F("230萬千瓦", 2300000, "千瓦", **GZ, M="電力外送能力"),
    F("9.77%", 9.77, "%", **GZ, M="統調電站上網電量", C=True),
    F("8.4億元", 840000000, "元", **GZ, M="食品飲料業產值"),
    F("17.68%", 17.68, "%", **GZ, M="食品飲料業產值", C=True),
    F("10萬畝", 100000, "畝", **GZ, M="藥材種植面積"),
    F("12%", 12, "%", **GZ, M="中藥材加工", C=True),
    F("4.46億元", 446000000, "元", **GZ, M="特色加工業產值"),
    F("19%", 19, "%", **GZ, M="特色加工業產值", C=True),
]
DATES = [D("2022年", "2022"), D("2023-02-21", "2023-02-21"), D("2022年", "2022")]
EXCLUDE = ["10:50:00"]
