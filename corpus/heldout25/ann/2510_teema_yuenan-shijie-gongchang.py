# teema.org.tw (台灣區電機電子工業同業公會, an industry association's industry-news page), Traditional script; the share
# menu line and the subscription line around the headline kept; the repeated menu/subscription footer cut. No printed
# date: `2022年前3月` and `本年第1季` place the item in 2022 → published `2022` (inferred). `2022年前3月` is a span
# (2022-01..2022-03, as `今年前10月`); `本年第1季` → 2022-01..2022-03, year inferred (本年 read like 今年).
# `第2個` is an ordinal (no figure). Companies: 樂高公司 (`丹麥` is its country; `…公司` → short), 三星電機 with its Latin
# name `Samsung Electro-mechanics` (variant), and 三星, 英特爾, LG, 富士康, 立訊精密, 和碩 (short; named as
# brand makers and `等公司`). Government offices (越南計畫投資部外人投資局) and 電電公會 are no enterprises.
PUBLISHED = "2022"
PUBLISHED_INFERRED = True
Q1 = ("2022-01", "2022-03")
VN = dict(S="越南加工製造業", K="other", P=Q1)
ARTICLES = [A("越南可望成為第2個世界工廠", None)]
ZONES = []
ENTERPRISES = [E("樂高公司", kind="short"), E("三星電機", ["Samsung Electro-mechanics"], kind="short")] + [
    E(n, kind="short") for n in ["三星", "英特爾", "LG", "富士康", "立訊精密", "和碩"]]
FIGURES = [
    F("13.2億美元", 1320000000, "美元", S="樂高公司", K="enterprise", M="平陽省設廠投資", P=Q1),
    F("9.2億美元", 920000000, "美元", S="三星電機", K="enterprise", M="太原投資", P=Q1),
    F("超過53億美元", 5300000000, "美元", **VN, M="投資金額"),
    F("59.5%", 59.5, "%", **VN, M="占註冊投資總額比重"),
]
DATES = [D("2022年前3月", "2022-01", "2022-03"), D("本年第1季", "2022-01", "2022-03", inferred=True)]
EXCLUDE = ["第2個"]
