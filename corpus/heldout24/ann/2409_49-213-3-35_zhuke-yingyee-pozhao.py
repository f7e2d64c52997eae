# 49.213.3.35 (bare-IP mirror of 中評社 crntt.hk, Hong Kong media) item in Traditional script on 新竹科學園區, citing
# 中時新聞網. Print-link crumbs `】 【打 印】` before the headline kept; the print link and related-news widget after the
# last paragraph cut. Printed `2021-12-14 12:25:39` → published (clock no figure).
# No zone: 新竹科學園區/竹科 (and 南科, 中科, 生醫園區) are Taiwan science parks, not a GUIDE zone kind (heldout16: Taiwan
# parks are no zones). No company named. Durations counted in 年 are no figures (`41年`, `連12年`, `連續12年`).
# Milestones with the scale word 兆 are figures (heldout16 NEW): headline `破兆` (no unit printed → ""), `破兆元`,
# `突破兆元` twice (2004's first and 2010's onward) → 1兆. `5千億` (超過) → 5000億, no unit printed (check.py's
# VALUE? note: its scale test reads 億 and misses 千, README). `16萬5千人` → 165000 人.
# Dates: dateline `12月14日`, `12月15日` (inferred 2021), `今年前十月` twice (2021-01..2021-10, inferred), `2004年`,
# `2010年` (`2010年以來`). `去年` (1.24兆元) → period 2020; `今年` industry growth → 2021.
PUBLISHED = "2021-12-14"
PUBLISHED_INFERRED = False
P10 = ("2021-01", "2021-10")
ZK = dict(S="新竹科學園區", K="other")
ARTICLES = [A("新竹科學園區營業額創歷史新高 連12年破兆", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("破兆", 1000000000000, "", **ZK, M="營業額"),
    F("逾新台幣1.3兆元", 1300000000000, "元", **ZK, M="營業額", P=P10),
    F("29.5%", 29.5, "%", **ZK, M="營業額年增", P=P10, C=True),
    F("破兆元", 1000000000000, "元", **ZK, M="營業額"),
    F("565.6%", 565.6, "%", S="生醫園區", K="other", M="營業額成長", P=P10, C=True),
    F("14%", 14, "%", **ZK, M="園區年產值相當於全台GDP比重"),
    F("突破兆元", 1000000000000, "元", **ZK, M="營業額", P="2004"),
    F("突破兆元", 1000000000000, "元", **ZK, M="營業額"),
    F("1.24兆元", 1240000000000, "元", **ZK, M="營業額", P="2020"),
    F("318%", 318, "%", **ZK, M="積體電路產業營業額成長", P="2021", C=True),
    F("39.8%", 39.8, "%", **ZK, M="光電產業營業額成長", P="2021", C=True),
    F("29.5%", 29.5, "%", **ZK, M="電腦及周邊產業營業額成長", P="2021", C=True),
    F("超過5千億", 500000000000, "", **ZK, M="進口額", P="2021"),
    F("20.6%", 20.6, "%", **ZK, M="進口額年增", P="2021", C=True),
    F("約1.3兆", 1300000000000, "", **ZK, M="出口額", P="2021"),
    F("21.6%", 21.6, "%", **ZK, M="出口額年增", P="2021", C=True),
    F("超過16萬5千人", 165000, "人", **ZK, M="從業員工", P="2021"),
    F("5.6%", 5.6, "%", **ZK, M="從業員工年增", P="2021", C=True),
]
DATES = [D("2021-12-14", "2021-12-14"), D("12月14日", "2021-12-14", inferred=True),
         D("12月15日", "2021-12-15", inferred=True), D("今年前十月", "2021-01", "2021-10", inferred=True),
         D("2004年", "2004"), D("2010年", "2010"), D("今年前十月", "2021-01", "2021-10", inferred=True)]
EXCLUDE = ["12:25:39", "41年", "連12年", "連續12年"]
