# y.meizhou.cn (梅州 city media app, 平远 channel), a TV-style story with speaker captions kept. Cut after the last
# complete paragraph (the project paragraph broke off). No printed date: the story is of `新年伊始`/`新年首月` after
# the 2025 results with 2026 targets → published `2026-01` inferred. Zone 平远高新区 (`梅州平远高新区`, the city
# prefix dropped in the canonical as heldout8). Companies registered: 广东盈华电子材料有限公司, 广东宇时代电子有限公司.
# `5个亿` carries its scale word → 5亿, no unit printed → "" (GUIDE's `3000万的信用贷款`). `7个方向` is a count with
# digits (heldout10's `3開發計畫`); `七个方向`, `两条`, `第一`…`第七` are small Chinese counts/ordinals. `翻番` has no
# numeral. `预计`, `希望`, `要实现` → targets.
PUBLISHED = "2026-01"
PUBLISHED_INFERRED = True
PY = "平远高新区"
YH = dict(S="广东盈华电子材料有限公司", K="enterprise")
YS = dict(S="广东宇时代电子有限公司", K="enterprise")
ARTICLES = [A("平远:开足马力赶订单 加力提速忙建设 铆足干劲冲刺“开门红”", PY)]
ZONES = [Z(PY, ["梅州平远高新区"])]
ENTERPRISES = [E("广东盈华电子材料有限公司"), E("广东宇时代电子有限公司")]
FIGURES = [
    F("1637万张", 16370000, "张", **YH, M="覆铜板产量", P="2025"),
    F("1634万张", 16340000, "张", **YH, M="覆铜板销量", P="2025"),
    F("超过14亿元", 1400000000, "元", **YH, M="全年产值", P="2025", T=True),
    F("18%以上", 18, "%", **YH, M="全年产值", P="2025", C=True, T=True),
    F("13.7%", 13.7, "%", **YS, M="总体增长", P="2025", C=True),
    F("5个亿", 500000000, "", **YS, M="产值", P="2026", T=True),
    F("7个", 7, "个", **YS, M="业务拓展方向", P="2026", T=True),
]
DATES = [D("2025年", "2025"), D("2025年", "2025"), D("2024年", "2024"), D("2026年", "2026")]
EXCLUDE = []
