# realestate.wealth.com.tw (財訊 site; its URL slug names another story), a 中央社 wire: `分享到` widget kept. No printed
# date line: dateline `台北26日電` and the editor code `1111026` (ROC 111-10-26, furniture, heldout10's 1002) → published
# 2022-10-26 inferred. Whole as returned.
# No zone (高雄大發三廠 a plant). Enterprise: 國巨 (short); `美系外資法人` unnamed. `MLCC` no figure. `超過5成` → 50 %
# (heldout10's `X成`). Relative periods resolve against 2022: `今年底` → 2022-12, `明年底` (twice) → 2023-12 (heldout9/10's
# `今年底`), `明年下半年` → 2023-07..12 (inferred); bare `明年` is no date.
PUBLISHED = "2022-10-26"
PUBLISHED_INFERRED = True
GJ = dict(S="國巨", K="enterprise")
ARTICLES = [A("國巨砸16.32億元續擴高雄新廠", None)]
ZONES = []
ENTERPRISES = [E("國巨", kind="short")]
FIGURES = [
    F("16.32億元", 1632000000, "元", **GJ, M="續擴高雄新廠投資", P="2022-10-26", T=True),
    F("16.32億元", 1632000000, "元", **GJ, M="新建廠房二次側工程投資", P="2022-10-26", T=True),
    F("約10%", 10, "%", **GJ, M="高雄擴產幅度", P="2023-12", C=True, T=True),
    F("超過5成", 50, "%", **GJ, M="大發三廠產能因應車用需求占比", P=None, T=True),
]
DATES = [D("26日", "2022-10-26", inferred=True), D("明年底", "2023-12", inferred=True), D("今年底", "2022-12", inferred=True),
         D("明年下半年", "2023-07", "2023-12", inferred=True), D("明年底", "2023-12", inferred=True)]
EXCLUDE = ["1111026"]
