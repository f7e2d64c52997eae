# mm.chinapower.com.cn (中国电力网, industry portal) copy of a 人民资讯 item; crumbs, site name, printed `2023-02-24`
# (published), `来源/浏览` lines kept; the stored text breaks off at the start of a paragraph (`吉利耀能的`): cut after
# the last complete paragraph. `23日` → 2023-02-23 (inferred), `2022年8月`. Zone: 赣州经开区 (with `江西赣州经开区`,
# `赣州市经开区`; primary). Companies (short): 吉利耀能, 吉利 (heading `吉利(赣州)42GWh动力电池项目`); 中海 (an estate's
# name) and media none. Capacities inside names are no figures (heldout16): the workshop `一期12GWh动力电池生产车间`, the
# project `吉利(赣州)42GWh动力电池项目` (twice), `一期12GWh项目`; stated capacities are (`前6GWH已投产`, `后6GWH`,
# `规划产能12GWh`, `规划产能30GWh`; count note `12GWh` gold 1, page 3). Units as printed (`GWh`, `GWH`, `㎡`, set by hand).
# The project's plan (规划, 预计, 二期) is target; 一期投资 and the built 一期 are levels. `三个千亿级`, `百亿项目` size
# classes, no figures.
PUBLISHED = "2023-02-24"
PUBLISHED_INFERRED = False
GZ = "赣州经开区"
JL = dict(S="吉利", K="enterprise")
ARTICLES = [A("江西赣州经开区:打造三个千亿级产业集群 建新能源汽车产业集聚区", GZ)]
ZONES = [Z(GZ, ["江西赣州经开区", GZ, "赣州市经开区"])]
ENTERPRISES = [E("吉利耀能", kind="short"), E("吉利", kind="short")]
FIGURES = [
    F("300亿元", 30000000000, "元", **JL, M="动力电池项目总投资"),
    F("33万㎡", 330000, "㎡", kind="measure", **JL, M="一期工厂面积"),
    F("11个月", 11, "个月", **JL, M="工厂落成产品下线用时"),
    F("6GWH", 6, "GWH", kind="measure", **JL, M="一期已投产产能", P="2023-02"),
    F("6GWH", 6, "GWH", kind="measure", **JL, M="一期正在进设备产能", P="2023-02"),
    F("2层", 2, "层", kind="count", S=GZ, K="zone", M="为吉利耀能申请员工宿舍", P="2022-08"),
    F("10套", 10, "套", S=GZ, K="zone", M="协调人才公寓", P="2022-08"),
    F("85亿元", 8500000000, "元", **JL, M="一期投资"),
    F("12GWh", 12, "GWh", kind="measure", **JL, M="一期规划产能", T=True),
    F("520亩", 520, "亩", **JL, M="一期占地"),
    F("约100亿元", 10000000000, "元", **JL, M="一期年产值", T=True),
    F("约10亿元", 1000000000, "元", **JL, M="一期年税收", T=True),
    F("215亿元", 21500000000, "元", **JL, M="二期投资", T=True),
    F("30GWh", 30, "GWh", kind="measure", **JL, M="二期规划产能", T=True),
    F("约980亩", 980, "亩", **JL, M="二期占地", T=True),
    F("约500亿元", 50000000000, "元", **JL, M="二期年产值", T=True),
    F("约50亿元", 5000000000, "元", **JL, M="二期年总纳税", T=True),
]
DATES = [D("2023-02-24", "2023-02-24"), D("23日", "2023-02-23", inferred=True), D("2022年8月", "2022-08")]
EXCLUDE = ["一期12GWh动力电池生产车间", "42GWh动力电池项目", "一期12GWh项目"]
