# youse.mysteel.com (我的有色, 上海钢联's non-ferrous channel): 江铜 signs three projects into 上饶经开区. Crumbs kept; the
# editor/supervisor lines (`资讯编辑:王倩 021-26094021`, `资讯监督:王` broken off) after the last paragraph are cut.
# No printed date: published 2021-07-16 from the URL path (`/21/0716/`), `7月15日` the signing (year inferred).
# Title: the channel prefix `我的有色:` is no part of it (as heldout40's clickbait prefix). Zone: 上饶经开区 with the bare
# `经开区` the text uses for it; `江铜(上饶)工业园区` is the company's park inside it, no zone. Company: 江铜集团 (group),
# `江铜` its variant. `年产10万吨锂电铜箔、22万吨铜杆、3万吨铸造材料三个项目` lists stated capacities (figures, targets,
# no period), not a project's proper name. `128亿` (headline, no unit word) unit "". Investment, sales and tax of the
# signed projects are targets (将/预计); the signing figures take the signing day. `世界 500 强`, `第 343 位`, `8 年`
# (a run counted in 年) and the slogan `"2468"` are no figures; `1979 年`, `2020 年`, `2013 年` are dates (spaced digits kept).
PUBLISHED = "2021-07-16"
PUBLISHED_INFERRED = True
ZN = "上饶经开区"
JT = "江铜集团"
EK = dict(S=JT, K="enterprise")
SIGN = "2021-07-15"
ARTICLES = [A("128亿!江铜(上饶)工业园区项目正式签约落地", ZN)]
ZONES = [Z(ZN, [ZN, "经开区"])]
ENTERPRISES = [E(JT, ["江铜"], kind="group")]
FIGURES = [
    F("128亿", 12800000000, "", **EK, M="总投资", P=SIGN, T=True),
    F("10万吨", 100000, "吨", **EK, M="锂电铜箔年产能", P=None, T=True),
    F("22万吨", 220000, "吨", **EK, M="铜杆年产能", P=None, T=True),
    F("3万吨", 30000, "吨", **EK, M="铸造材料年产能", P=None, T=True),
    F("128 亿元", 12800000000, "元", **EK, M="三个项目总投资", P=SIGN, T=True),
    F("270 亿元", 27000000000, "元", **EK, M="年营业收入", P=None, T=True),
    F("22 亿元", 2200000000, "元", **EK, M="利税", P=None, T=True),
]
DATES = [D("7月15日", SIGN, inferred=True), D("1979 年", "1979"), D("2020 年", "2020"), D("2013 年", "2013")]
EXCLUDE = ["500 强", "第 343 位", "8 年", "2468"]
