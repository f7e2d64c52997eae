# ifa.ai (stock-information site), a company page for the Taiwan-listed 華夏 (1305.TW) built from its annual report:
# headline `華夏 (1305.TW)》公司發展,業務介紹與現況` first, then section headings and a numbered business list (`(1)`…`(7)`
# list numbers, `1305` a stock code: no figures). The stored text breaks off under `產品之各種發展趨勢及競爭情形`: cut
# after the 上中下游 paragraph. No printed date: the report looks back on ROC `111 年` (2022) → published 2023 (inferred);
# `上半年`/`下半年` in the raw-material paragraph are 2022's halves (year inferred); bare `年底`, `近兩年`, `兩年來` have no
# calendar value of their own.
# Companies: 華夏 (`本公司`), and the suppliers 台灣塑膠工業(股)公司, 台灣中油(股)公司, 台灣志氯(股)公司: `(股)公司` is
# the Taiwan abbreviation of 股份有限公司, but GUIDE's letter names registered forms with 有限公司 spelled out → short
# (as `…公司` without 有限, heldout16). No zone.
# Figures: `接近千萬噸` (Chinese numerals with scale word 萬 → 10,000,000 噸, approx) new ethylene capacity over two
# years (no named subject); `$900/mt` the year-end Northeast Asia ethylene price (money, unit `$/mt`). `連跌八個月` is a
# small Chinese count without scale word, no figure.
PUBLISHED = "2023"
PUBLISHED_INFERRED = True
ARTICLES = [A("華夏 (1305.TW)》公司發展,業務介紹與現況", None)]
ZONES = []
ENTERPRISES = [E("華夏", kind="short"), E("台灣塑膠工業(股)公司", kind="short"), E("台灣中油(股)公司", kind="short"),
               E("台灣志氯(股)公司", kind="short")]
FIGURES = [
    F("接近千萬噸", 10000000, "噸", M="乙烯新增產能", P=("2021", "2022"), C=True),
    F("$900/mt", 900, "$/mt", kind="money", S="東北亞", K="other", M="乙烯價格", P="2022-12"),
]
DATES = [D("111 年", "2022"), D("上半年", "2022-01", "2022-06", inferred=True), D("下半年", "2022-07", "2022-12", inferred=True)]
EXCLUDE = ["1305", "(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"]
