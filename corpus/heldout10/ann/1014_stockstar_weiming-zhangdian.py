# stock.stockstar.com (证券之星, financial portal), copy of a 智通财经 item on a listed company's announcement,
# printed `2023-04-26 23:44:05` (clock no figure). The headline is stored again as `(原标题:…)`: one title (heldout7's
# 823). The stock code `002581` is furniture (heldout9), kept inside the printed headline. The stored text breaks off
# in the closing paragraph: cut after the last complete paragraph.
# Zone 张店经济开发区 (`…开发区`; `淄博市张店经济开发区` printed once, city prefix dropped as heldout8's 邹城经济开发区).
# Companies: 未名医药 (listed company, short), 山东齐赢产业投资发展有限公司 with `齐赢公司` (its bracketed short form)
# as variant. 山东未名生物医药产业园 is a project (park). `计划总投资额约人民币10亿元` → 元, approx, target (heldout8
# `计划总投资`); `不低于6亿元` sets no approx (heldout3).
PUBLISHED = "2023-04-26"
PUBLISHED_INFERRED = False
ZD = "张店经济开发区"
WM = "未名医药"
ARTICLES = [A("未名医药(002581.SZ)拟与淄博市张店区工信局合作投资设立医药产业园", ZD)]
ZONES = [Z(ZD, [ZD, "淄博市张店经济开发区"])]
ENTERPRISES = [E(WM, kind="short"), E("山东齐赢产业投资发展有限公司", ["齐赢公司"])]
FIGURES = [
    F("约人民币10亿元", 1000000000, "元", S="山东未名生物医药产业园", K="other", M="一期计划总投资额", P=None, T=True),
    F("6亿元", 600000000, "元", S=WM, K="enterprise", M="生产设备投资", P=None, T=True),
    F("218亩", 218, "亩", S="山东未名生物医药产业园", K="other", M="总规划面积", P=None, T=True),
    F("97.3185亩", 97.3185, "亩", S="山东未名生物医药产业园", K="other", M="一期规划面积", P=None, T=True),
]
DATES = [D("2023-04-26", "2023-04-26")]
EXCLUDE = ["23:44:05", "002581"]
