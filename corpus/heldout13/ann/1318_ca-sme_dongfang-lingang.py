# ca-sme.org (中国中小商业企业协会 site, `财经观点` column; repost of a 新华社 video story text = national wire), site
# slogans (`国家5A级协会`, `5A` excluded as a grade), crumbs and section label kept; printed `发布日期:2023-02-23`. Whole.
# Title without the series tag `走进企业看信心丨` (GUIDE: no series tag).
# No zone: 东方临港产业园 is a park, 海南自贸港 no GUIDE zone word. Companies: 明阳 heading its project (`东方明阳新能源
# 高端装备产业基地`; city name 东方 dropped, printed `东方明阳` a variant, heldout10's prefix rule), 海洋石油富岛有限公司
# (registered), 中国海油 (short). `今年7月` → 2023-07 (inferred). `年产20万吨的…装置` a stated capacity (target).
PUBLISHED = "2023-02-23"
PUBLISHED_INFERRED = False
Y = 100000000
HY = dict(S="中国海油", K="enterprise")
ARTICLES = [A("“工期紧、订单多、生产忙”——海南自贸港重点园区生产建设一线见闻", None)]
ZONES = []
ENTERPRISES = [
    E("明阳", ["东方明阳"], kind="short"),
    E("海洋石油富岛有限公司"),
    E("中国海油", kind="short"),
]
FIGURES = [
    F("50亿元", 50*Y, "元", S="明阳", K="enterprise", M="新能源高端装备产业基地总投资", P=None),
    F("400多名", 400, "名", S="海洋石油富岛有限公司", K="enterprise", M="生产线工人", P="2023-02"),
    F("20万吨", 200000, "吨", **HY, M="丙烯腈装置年产", P=None, T=True),
    F("约28亿元", 28*Y, "元", **HY, M="预计年产值", P=None, T=True),
]
DATES = [
    D("2023-02-23", "2023-02-23"),
    D("今年7月", "2023-07", inferred=True),
]
EXCLUDE = ["国家5A级"]
