# heicmy.com (aggregator), copy of a 网易 item: headline, a tag/author line `太阳油墨` (furniture, no title), the body
# (a line holding one space kept as stored), and the closing stamp `[时间:2022-03-04  来源:网易]` (printed date →
# published 2022-03-04, and a date mention). The trailing site widget `黄品青微站` is cut. `3月3日` → 2022-03-03.
# Zone 苏州高新区 (bare `高新区` three times, a variant). Its titles `中日韩产业合作示范园区` and
# `中日绿色产业创新合作示范区` are designations of the same zone, not zones of their own. Companies: 太阳油墨 (Taiyo Ink;
# `太阳油墨公司` its variant), 松下, 日本电波, 日本电产, 富士欧文 (Japanese companies named by their Chinese names; `日本`
# is part of the names 日本电波/日本电产, not a nationality word) — all short. Universities and 网易 (the source
# medium) are no entries.
# Figures: `超660家`, `1/3` (ratio, unit ""), `超200亿美元`, `95%`. `截至目前` → the publication month.
PUBLISHED = "2022-03-04"
PUBLISHED_INFERRED = False
SZ = "苏州高新区"
ZK = dict(S=SZ, K="zone")
ARTICLES = [A("太阳油墨中国区研发中心签约落户", SZ)]
ZONES = [Z(SZ, [SZ, "高新区"])]
ENTERPRISES = [
    E("太阳油墨", ["太阳油墨公司"], kind="short"),
    E("松下", kind="short"),
    E("日本电波", kind="short"),
    E("日本电产", kind="short"),
    E("富士欧文", kind="short"),
]
FIGURES = [
    F("超660家", 660, "家", **ZK, M="日资企业", P="2022-03"),
    F("1/3", 0.333333, "", kind="ratio", **ZK, M="日资企业占外资企业总数", P="2022-03"),
    F("超200亿美元", 20000000000, "美元", **ZK, M="日资企业投资额", P="2022-03"),
    F("95%", 95, "%", **ZK, M="日资企业建有研发机构比例", P="2022-03"),
]
DATES = [
    D("3月3日", "2022-03-03", inferred=True),
    D("2001年", "2001"),
    D("2022-03-04", "2022-03-04"),
]
EXCLUDE = []
