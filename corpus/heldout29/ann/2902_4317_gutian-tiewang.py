# 4317.com.cn (portal, `熱點` channel) copy of a 福建日報 story converted to Traditional with pinyin readings glued into
# words (`生產(chǎn)`, `項(xiàng)`) and a conversion garble (`返崗?fù)度牍ぷ鳌?/p>`), all kept; the `責任編輯` line and the
# disclaimer after the byline cut. Printed `2022-02-15` (clock excluded). Title as stored, readings included.
# Company: 福建鐵王精密鑄造有限公司 (registered; `鐵王公司` its short form, twice). Companies heading project names are
# short entries (heldout10): 杉杉科技, 古田藥業 (stored with its reading `業(yè)`), 天天源 (its 食用菌改建項目).
# Dates: `13日` → 2022-02-13; `6月` (orders booked to June) → 2022-06; `去年底` → 2021-12; `今年一季度` → 2022-01..03
# (all year inferred); lunar `正月初三` → 2022-02-03 (Spring Festival 2022 = 1 Feb; heldout16 NEW). `首季開門紅` is a
# slogan, `今年` alone has no month (heldout16 did not count it): no dates. Figure texts keep the glued readings
# (`32項(xiàng)`), unit 項.
PUBLISHED = "2022-02-15"
PUBLISHED_INFERRED = False
TW = "福建鐵王精密鑄造有限公司"
GT = dict(S="古田縣", K="other", P="2022")
ARTICLES = [A("首季開門紅!古田鐵王公司開足馬力抓生產(chǎn)趕進(jìn)度", None)]
ZONES = []
ENTERPRISES = [E(TW, ["鐵王公司"]), E("杉杉科技", kind="short"), E("古田藥業(yè)", kind="short"), E("天天源", kind="short")]
FIGURES = [
    F("超過2億元", 200000000, "元", S=TW, K="enterprise", M="訂單金額", P="2022", T=True),
    F("32項(xiàng)", 32, "項", **GT, M="在建制造業項目"),
    F("7項(xiàng)", 7, "項", **GT, M="在建工業技改項目"),
    F("超過50家", 50, "家", S="古田縣", K="other", M="規上企業復工企業", P="2022-02"),
]
DATES = [D("2022-02-15", "2022-02-15"), D("13日", "2022-02-13", inferred=True), D("6月", "2022-06", inferred=True),
         D("正月初三", "2022-02-03", inferred=True), D("去年底", "2021-12", inferred=True),
         D("今年一季度", "2022-01", "2022-03", inferred=True)]
EXCLUDE = ["09:23:22"]
