# kuaimai100.com (portal), a mainland listed-company item converted to Traditional script (`關于`, `于`, `并` kept as
# stored); the stored `相關閱讀` list of bare timestamps after the last paragraph is cut. No printed date: the item
# reports a 5月31日 announcement whose plan starts `2022年8月份`, so `5月31日` → 2022-05-31 (inferred) and published
# `2022` (inferred). 欣旺達 (listed company, short; stock code `300207` furniture). 蘭溪市政府 is government.
# `不低于51%` → `51%` no approx (heldout3); `年產3.1億只` → unit 只 (count, set by hand), a target capacity.
PUBLISHED = "2022"
PUBLISHED_INFERRED = True
XW = "欣旺達"
EK = dict(S=XW, K="enterprise")
ARTICLES = [A("欣旺達:擬投資23億元在浙江蘭溪建設高性能鋰電池項目", None)]
ZONES = []
ENTERPRISES = [E(XW, kind="short")]
FIGURES = [
    F("23億元", 2300000000, "元", **EK, M="投資", P=None, T=True),
    F("51%", 51, "%", **EK, M="項目公司持股比例", P=None, T=True),
    F("23億元", 2300000000, "元", **EK, M="計劃總投入", P=None, T=True),
    F("3.1億只", 310000000, "只", kind="count", **EK, M="年產高性能圓柱鋰離子電池", P=None, T=True),
]
DATES = [D("5月31日", "2022-05-31", inferred=True), D("2022年8月份", "2022-08"), D("2023年12月份", "2023-12")]
EXCLUDE = ["300207"]
