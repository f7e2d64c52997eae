# xn--uis76c70x.life (a casino-promotion content farm) repost of a 自由時報 report: a spam tagline and `news` before the
# headline, crumbs after it, printed `2022/12/28 22:58` (clock no figure), a photo caption, the byline. The stored text
# breaks off inside the paragraph naming the investing companies (緯創集團, 矽品精密, 光寶集…): cut after the last
# complete paragraph, so the page keeps no company.
# No zone: 科技產業園區 (Taiwan's former 加工出口區) are Taiwan parks (heldout16: no GUIDE zone).
# Figures: headline `5000億` (no unit printed → "", 破 sets no approx), caption and body `超過5000億元` (approx), body
# `新台幣5000億元`; `35年來` a duration in 年 (no figure); `9萬人` (有機會挑戰, target). Dates: printed `2022/12/28`,
# `今(28日)` → 2022-12-28 (year inferred), `今年前10月` → 2022-01..10; bare `今年`/`去年` no dates (heldout16).
# Facts: subject 科技產業園區 (other); the full-year turnover is a forecast (將/可望) for 2022.
PUBLISHED = "2022-12-28"
PUBLISHED_INFERRED = False
KJ = dict(S="科技產業園區", K="other")
ARTICLES = [A("半導體加持!科技產業園區年營收破5000億 創歷史新高", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("5000億", 500000000000, "", **KJ, M="年營收", P="2022", T=True),
    F("超過5000億元", 500000000000, "元", **KJ, M="全年營業額", P="2022", T=True),
    F("超過5000億元", 500000000000, "元", **KJ, M="全年營業額", P="2022", T=True),
    F("新台幣5000億元", 500000000000, "元", **KJ, M="全年營業額", P="2022", T=True),
    F("9萬人", 90000, "人", **KJ, M="員工數", P="2022", T=True),
]
DATES = [D("2022/12/28", "2022-12-28"), D("28日", "2022-12-28", inferred=True),
         D("今年前10月", "2022-01", "2022-10", inferred=True)]
EXCLUDE = ["22:58", "35年"]
