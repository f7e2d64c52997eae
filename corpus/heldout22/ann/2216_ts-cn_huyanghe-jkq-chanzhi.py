# ts.cn (天山网, Xinjiang provincial news portal, Simplified); the stored text broke off inside a quote
# (`“我们1`), cut after the paragraph before. Printed `2023-06-06 23:54:18` (clock EXCLUDE) → published.
# Dates: `1-4月` (headline and body) and `今年1至4月份` → 2023-01..2023-04; `2022年10月`; `6月10日`, `5月31日` (year
# inferred). Zone: 胡杨河经济技术开发区 = 胡杨河经开区 (canonical as the headline's short form; both variants; primary);
# 兵团第七师 is no zone. Companies: 新疆德欣新材料有限公司 (`该公司`), 新疆江浩电子材料有限公司 (registered).
# Figures: `2.4个亿` → 2.4e8 with unit `个` glued before the scale word (the page prints no 元: unit ""), `约1000万`
# (no unit: ""), `约3万吨` (the avoided coal, target). `每年` no figure.
PUBLISHED = "2023-06-06"
PUBLISHED_INFERRED = False
HY = "胡杨河经开区"
DX = "新疆德欣新材料有限公司"
M4 = ("2023-01", "2023-04")
DK = dict(S=DX, K="enterprise")
ARTICLES = [A("兵团第七师:胡杨河经开区1-4月完成工业总产值32.82亿元", HY)]
ZONES = [Z(HY, [HY, "胡杨河经济技术开发区"])]
ENTERPRISES = [E(DX), E("新疆江浩电子材料有限公司")]
FIGURES = [
    F("32.82亿元", 3282000000, "元", S=HY, K="zone", M="工业总产值", P=M4),
    F("32.82亿元", 3282000000, "元", S=HY, K="zone", M="工业总产值", P=M4),
    F("12.25%", 12.25, "%", S=HY, K="zone", M="工业总产值同比增长", P=M4, C=True),
    F("20800吨", 20800, "吨", **DK, M="生产产量", P=M4),
    F("2.4个亿", 240000000, "", kind="money", **DK, M="产值", P=M4),
    F("35%", 35, "%", **DK, M="完成年度目标", P=M4),
    F("约3万吨", 30000, "吨", **DK, M="每年为周边企业节约原煤", P=None, T=True),
    F("约1000万", 10000000, "", kind="money", **DK, M="创造收入", P=None, T=True),
]
DATES = [D("1-4月", "2023-01", "2023-04", inferred=True), D("2023-06-06", "2023-06-06"),
         D("1-4月", "2023-01", "2023-04", inferred=True), D("今年1至4月份", "2023-01", "2023-04", inferred=True),
         D("2022年10月", "2022-10"), D("6月10日", "2023-06-10", inferred=True), D("5月31日", "2023-05-31", inferred=True)]
EXCLUDE = ["23:54:18"]
