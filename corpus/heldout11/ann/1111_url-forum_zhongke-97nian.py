# home.url.com.tw (人氣社區 forum) repost of a 中科管理局 bulletin: poster line with post count, masked IP and clock
# (excluded), the bulletin's own header (`發布日期 2008/05/29`). The forum tag `轉貼:` is no part of the title (as
# heldout10's `[新聞] `); the headline stored twice is one title. Cut after the bulletin's last paragraph (the replies
# below end in a table heading whose table is missing). ROC years converted (`97年` → 2008). No GUIDE zone (中部科學
# 工業園區 is a Taiwan science park) and no company named. `12吋` (wafer size) and `70奈米` (process node) are
# product specs, no figures. `預估`, `預計` → targets; `衰退` is a change; `目前` → the publication month.
PUBLISHED = "2008-05-29"
PUBLISHED_INFERRED = False
ZK = dict(S="中部科學工業園區", K="other")
J4 = ("2008-01", "2008-04")
NOW = "2008-05"
ARTICLES = [A("中科97年1-4月廠商營業額及營運概況", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("1,116.5億元", 111650000000, "元", **ZK, M="累計營業額", P=J4),
    F("52%", 52, "%", **ZK, M="累計營業額", P=J4, C=True),
    F("3,600億元", 360000000000, "元", **ZK, M="營業額", P="2008", T=True),
    F("14家", 14, "家", **ZK, M="光電廠商", P=NOW),
    F("4家", 4, "家", **ZK, M="半導體廠商", P=NOW),
    F("17家", 17, "家", **ZK, M="精密機械廠商", P=NOW),
    F("3家", 3, "家", **ZK, M="生物科技廠商", P=NOW),
    F("2家", 2, "家", **ZK, M="電腦週邊廠商", P=NOW),
    F("6家", 6, "家", **ZK, M="其他園區事業廠商", P=NOW),
    F("46家", 46, "家", **ZK, M="量產廠商", P=NOW),
    F("939.5億元", 93950000000, "元", **ZK, M="光電產業營業額", P=J4, approx=True),
    F("84.15%", 84.15, "%", **ZK, M="光電產業營業額比重", P=J4),
    F("66.9%", 66.9, "%", **ZK, M="光電產業營業額", P=J4, C=True),
    F("157.7億元", 15770000000, "元", **ZK, M="半導體產業營業額", P=J4, approx=True),
    F("14.13%", 14.13, "%", **ZK, M="半導體產業營業額比重", P=J4, approx=True),
    F("3.36%", 3.36, "%", **ZK, M="半導體產業營業額", P=J4, C=True),
    F("16.3億元", 1630000000, "元", **ZK, M="精密機械產業營業額", P=J4, approx=True),
    F("1.46%", 1.46, "%", **ZK, M="精密機械產業營業額比重", P=J4, approx=True),
    F("154.25%", 154.25, "%", **ZK, M="精密機械產業營業額", P=J4, C=True),
    F("3,600億元以上", 360000000000, "元", **ZK, M="營業額", P="2008", T=True),
]
DATES = [
    D("97年1-4月", J4[0], J4[1]),
    D("2008-05-29", "2008-05-29"),
    D("97年1-4月", J4[0], J4[1]),
    D("2008/05/29", "2008-05-29"),
    D("97年1-4月", J4[0], J4[1]),
    D("97年度", "2008"),
    D("97年1至4月份", J4[0], J4[1]),
    D("97年度", "2008"),
    D("97年度", "2008"),
]
EXCLUDE = ["發表數:9", "218.163.148", "19:08:22", "12吋", "70奈米"]
