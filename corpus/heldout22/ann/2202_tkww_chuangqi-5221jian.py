# tkww.hk (大公文匯 e-paper, Hong Kong, Traditional script), a 香港文匯報 item; the stored text ran on into the first
# line of an unfinished paragraph (`昨日展示日重點呈現…子計劃`), cut after the paragraph before it. One article: the
# in-text deck `孫東冀啟發青年創新創業` is no headline of its own. No printed date and no dated mention: `2025年`
# stands only inside the name of a survey (`「2025年初創企業統計調查」`, no date, EXCLUDE); `昨日` no date. Published
# `2026` (inferred): `今年是國家「十五五」規劃的開局之年`. No zone (河套香港園區, 新田科技城, 科學園, 數碼港 are parks).
# Companies: 香港科技園公司 (`…公司` without 有限 → short; `科技園公司` its variant), 華潤集團 (group; `華潤` plainly used
# for it). Not companies: 華潤慈善基金 (fund), 創科產業引導基金 (fund), bureaus and R&D institutes.
# Figures: Chinese numerals with a scale word count (`百億元` 1e10, `一億元` 1e8, GUIDE); `三大`, `五大`, `三個` no.
# `間`, `份` set to count by hand. The count `5,221間` is the 2025 survey's (period 2025).
PUBLISHED = "2026"
PUBLISHED_INFERRED = True
HK = dict(S="香港", K="other")
FUND = dict(S="創科產業引導基金", K="other")
ARTICLES = [A("港初創企再創新高 5221間年升11% 政府百億元創科產業引導基金獲近40份基金經理申請", None)]
ZONES = []
ENTERPRISES = [E("香港科技園公司", ["科技園公司"], kind="short"), E("華潤集團", ["華潤"], kind="group")]
FIGURES = [
    F("5221間", 5221, "間", kind="count", **HK, M="初創企業數目", P="2025"),
    F("11%", 11, "%", **HK, M="初創企業數目按年上升", P="2025", C=True),
    F("百億元", 10000000000, "元", **FUND, M="基金規模", P=None, T=True),
    F("近40份", 40, "份", kind="count", **FUND, M="基金經理申請", P=None),
    F("5,221間", 5221, "間", kind="count", **HK, M="初創企業數目", P="2025"),
    F("11%", 11, "%", **HK, M="初創企業數目按年上升", P="2025", C=True),
    F("100億元", 10000000000, "元", **FUND, M="基金規模", P=None, T=True),
    F("近40份", 40, "份", kind="count", **FUND, M="基金經理申請", P=None),
    F("一億元", 100000000, "元", S="華潤慈善基金", K="other", M="捐贈", P=None),
]
DATES = []
EXCLUDE = ["2025"]
