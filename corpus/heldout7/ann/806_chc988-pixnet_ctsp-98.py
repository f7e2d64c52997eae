# chc988.pixnet.net (Taiwan blog) repost of a 中科管理局 release, Traditional; `close` widget kept, cut before
# `全站熱搜`. No date printed: ROC 98年 = 2009 and the 7–8月 figures with a 第4季 outlook → published 2009 (inferred).
# ROC years converted (heldout5): 98年7-8月 → 2009-07..08, 97年第4季 → 2008-10..12, 98年度 → 2009. `5-6月`,
# `3-4月`, `1-2月` without their year take 98年 (year_inferred). 中科 (a Taiwan science park) is not a zone; `本局`
# is the park administration. Currency before the number (`新台幣469.39億元`) → unit 元 (heldout5). `約為新台幣…`
# and `比重約佔…` put 約 before the figure's text: approx set by hand. `V型` is no figure.
PUBLISHED = "2009"
PUBLISHED_INFERRED = True
ZK = "中科"
P78 = ("2009-07", "2009-08")
def z(t, v, u, m, s=ZK, c=False, approx=None, p=P78, T=False): return F(t, v, u, S=s, K="other", M=m, P=p, C=c, approx=approx, T=T)
Y = 100000000
ARTICLES = [A("中科98年7-8月廠商營業額及營運概況", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    z("469.39億元", 469.39*Y, "元", "營業額"),
    z("21%", 21, "%", "營業額較5-6月", c=True),
    z("59%", 59, "%", "營業額較3-4月", c=True),
    z("147%", 147, "%", "營業額較1-2月", c=True),
    z("21%", 21, "%", "營業額較5-6月", c=True),
    z("59%", 59, "%", "營業額較3-4月", c=True),
    z("147%", 147, "%", "營業額較1-2月", c=True),
    z("2,164億元以上", 2164*Y, "元", "全年營業額", p="2009", T=True),
    z("16家", 16, "家", "量產中光電廠商", s="光電產業"),
    z("368.45億元", 368.45*Y, "元", "營業額", s="光電產業", approx=True),
    z("78.49%", 78.49, "%", "營業額比重", s="光電產業"),
    z("5家", 5, "家", "積體電路廠商", s="積體電路產業"),
    z("89.17億元", 89.17*Y, "元", "營業額", s="積體電路產業", approx=True),
    z("19.00%", 19, "%", "營業額比重", s="積體電路產業", approx=True),
    z("24家", 24, "家", "精密機械廠商", s="精密機械產業"),
    z("9.73億元", 9.73*Y, "元", "營業額", s="精密機械產業", approx=True),
    z("2.07%", 2.07, "%", "營業額比重", s="精密機械產業", approx=True),
    z("6家", 6, "家", "生物科技廠商", s="生物科技"),
    z("3家", 3, "家", "電腦週邊廠商", s="電腦週邊"),
    z("6家", 6, "家", "其他產業廠商", s="其他產業"),
    z("2.05億元", 2.05*Y, "元", "營業額", s="其餘產業", approx=True),
    z("0.44%", 0.44, "%", "營業額比重", s="其餘產業", approx=True),
]
DATES = [
    D("98年7-8月", "2009-07", "2009-08"),
    D("98年7-8月", "2009-07", "2009-08"),
    D("5-6月", "2009-05", "2009-06", inferred=True),
    D("3-4月", "2009-03", "2009-04", inferred=True),
    D("1-2月", "2009-01", "2009-02", inferred=True),
    D("97年9月", "2008-09"),
    D("98年1至8月", "2009-01", "2009-08"),
    D("98年7-8月", "2009-07", "2009-08"),
    D("98年5-6月", "2009-05", "2009-06"),
    D("3-4月", "2009-03", "2009-04", inferred=True),
    D("1-2月", "2009-01", "2009-02", inferred=True),
    D("97年第4季", "2008-10", "2008-12"),
    D("98年1-2月", "2009-01", "2009-02"),
    D("98年度第4季", "2009-10", "2009-12"),
    D("98年度", "2009"),
    D("98年7-8月", "2009-07", "2009-08"),
]
