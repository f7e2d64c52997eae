# miniapp.gatetg.com/zh-tw (a crypto exchange's "post" mirror: an undated explainer on Apple-supply-chain stocks), Traditional
# with mainland wording (`宣佈`, `利好`). Cut after the last complete paragraph: the returned text broke off in the next one
# (`台積電與蘋果有四分之一的訂單關係,博通約兩成。…反之,蘋果訂單佔`), so its `四分之一`/`兩成` are not on the page.
# No date line: published inferred "2024" from the page's own latest dates (`2024年6月`, `最新的2024年4月…名單`).
# Companies (short): 蘋果 (variant `蘋果公司`), 博通, 台積電, 高通, 南電, 金箭印刷, 聯詠, 南亞科, 嘉澤, 致伸 — Taiwan
# makers named bare, as market copy prints them. `Apple Intelligence`, `ChatGPT`, `iOS` are products, not enterprises.
# Not figures: `S&P 500` (an index name), `前200大` (a rank class: the top-200 supplier list). `去年` alone is not annotated
# as a date (no month; the list year is implied only). `230美元/股` is money (unit `美元/股`).
PUBLISHED = "2024"
PUBLISHED_INFERRED = True
ARTICLES = [A("蘋果概念股投資指南:供應鏈廠商名單及選股策略", None)]
ZONES = []
ENTERPRISES = [E("蘋果", ["蘋果公司"], kind="short")] + [E(n, kind="short") for n in
               ["博通", "台積電", "高通", "南電", "金箭印刷", "聯詠", "南亞科", "嘉澤", "致伸"]]
FIGURES = [
    F("近20%", 20, "%", S="蘋果", K="enterprise", M="股價上漲", P="2024-06", C=True),
    F("230美元/股", 230, "美元/股", kind="money", S="蘋果", K="enterprise", M="最高股價", P="2024-06"),
    F("4%", 4, "%", S="S&P 500", K="other", M="漲幅", P="2024-06", C=True),
    F("49家", 49, "家", S="台灣", K="other", M="入圍蘋果供應商名單工廠", P="2024-04"),
    F("5%", 5, "%", S="致伸", K="enterprise", M="股價下跌", P=None, C=True),
]
DATES = [D("2024年6月", "2024-06"), D("2024年4月", "2024-04")]
EXCLUDE = ["S&P 500", "前200大"]
