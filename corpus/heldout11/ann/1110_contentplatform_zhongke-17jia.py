# www.contentplatform.info (Taiwan news platform), Traditional; photo captions (`▲中科管理局。(圖/…)`) kept, no figures.
# Cut after the last complete paragraph (a caption and a broken paragraph followed). No printed date: `今(2022)年`,
# `截至2022年11月底` → published `2022` inferred. No GUIDE zone (中科 / 中部科學園區 is a Taiwan science park, heldout10);
# 中科管理局 is a government office. Companies: 合晶科技, 炎洲公司 (`…公司` short), 晨豐光電, 德盟儀器, 凱智綠能 short;
# 台灣開天傳動科技有限公司 registered, the nationality word dropped with the printed `德商…` as variant (heldout8's
# 美光). `逾2兆4,665億元` one figure (2.4665 兆). Cumulative counts to a month-end take that month; `今年截至11月底`
# → 2022-01..11. `1-10月`, `10月底`, `11月底` take the page's year (inferred); `去年10月底` → 2021-10.
PUBLISHED = "2022"
PUBLISHED_INFERRED = True
ZK = dict(S="中科", K="other")
YTD = ("2022-01", "2022-11")
KT = "台灣開天傳動科技有限公司"
ARTICLES = [A("中科截至11月底累計引進17家高科技廠商 總投增資額約1822億元成果亮眼", None)]
ZONES = []
ENTERPRISES = [E("合晶科技", kind="short"), E("炎洲公司", kind="short"), E("晨豐光電", kind="short"),
               E("德盟儀器", kind="short"), E("凱智綠能", kind="short"), E(KT, ["德商台灣開天傳動科技有限公司"])]
FIGURES = [
    F("17家", 17, "家", **ZK, M="累計引進高科技廠商", P=YTD),
    F("約1822億元", 182200000000, "元", **ZK, M="總投增資額", P=YTD),
    F("17家", 17, "家", **ZK, M="累計引進高科技廠商", P=YTD),
    F("1,822.232億元", 182223200000, "元", **ZK, M="總投增資額", P=YTD),
    F("237家", 237, "家", **ZK, M="已核准進駐高科技廠商", P="2022-11"),
    F("45家", 45, "家", **ZK, M="外商公司", P="2022-11"),
    F("逾2兆4,665億元", 2466500000000, "元", **ZK, M="投資金額", P="2022-11"),
    F("7,706.03億元", 770603000000, "元", **ZK, M="營業額", P=("2022-01", "2022-08")),
    F("15.42%", 15.42, "%", **ZK, M="營業額", P=("2022-01", "2022-08"), C=True),
    F("7,743.38億元", 774338000000, "元", **ZK, M="貿易總額", P=("2022-01", "2022-10")),
    F("19.24%", 19.24, "%", **ZK, M="貿易總額", P=("2022-01", "2022-10"), C=True),
    F("55,546人", 55546, "人", **ZK, M="從業員工數", P="2022-10"),
    F("7.94%", 7.94, "%", **ZK, M="從業員工數", P="2022-10", C=True),
]
DATES = [
    D("11月底", "2022-11", inferred=True),
    D("今(2022)年", "2022"),
    D("11月底", "2022-11", inferred=True),
    D("2022年11月底", "2022-11"),
    D("2022年1-8月", "2022-01", "2022-08"),
    D("1-10月", "2022-01", "2022-10", inferred=True),
    D("10月底", "2022-10", inferred=True),
    D("去年10月底", "2021-10", inferred=True),
    D("2022年", "2022"),
]
EXCLUDE = []
