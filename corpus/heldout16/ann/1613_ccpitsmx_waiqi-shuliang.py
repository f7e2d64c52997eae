# ccpitsmx.org.cn (a 贸促会 branch site) repost of 中国贸易新闻网, crumbs kept; printed `2021-06-29 15:15` (clock no
# figure). The stored text breaks off in the 霍尼韦尔 paragraph: cut after the last complete paragraph, so the page
# names no company: 中国美国商会 and 美中贸易全国委员会 are business associations, 中国现代国际关系研究院 an institute
# (no entries). No zone. `今年1—5月`, `前4月` (twice), `1-4月` → spans of 2021 (inferred); `2019年同期` → 2019;
# `去年下半年` → 2020-07..2020-12 (inferred); `2021年` (plan year) a date. `约三分之二` → 2/3 ratio (spelled
# fraction, approx); `翻两番` no figure (no numeral with scale word); `3000万美元以上` a threshold.
PUBLISHED = "2021-06-29"
PUBLISHED_INFERRED = False
QG = dict(S="全国", K="other")
SH = dict(S="上海", K="other")
JS = dict(S="江苏", K="other")
ARTICLES = [A("外企数量保持增长", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("18497家", 18497, "家", **QG, M="新设立外商投资企业", P=("2021-01", "2021-05")),
    F("48.6%", 48.6, "%", **QG, M="新设立外商投资企业增长", P=("2021-01", "2021-05"), C=True),
    F("12.4%", 12.4, "%", **QG, M="较2019年同期增长", P=("2021-01", "2021-05"), C=True),
    F("20家", 20, "家", **SH, M="新增跨国公司地区总部", P=("2021-01", "2021-04"), C=True),
    F("7家", 7, "家", **SH, M="新增外资研发中心", P=("2021-01", "2021-04"), C=True),
    F("791家", 791, "家", **SH, M="累计跨国公司地区总部", P="2021-04"),
    F("488家", 488, "家", **SH, M="累计外资研发中心", P="2021-04"),
    F("3000万美元以上", 30000000, "美元", **JS, M="到资大项目门槛", P=None),
    F("33.7%", 33.7, "%", **JS, M="到资3000万美元以上大项目增长", P=("2021-01", "2021-04"), C=True),
    F("41.2%", 41.2, "%", **JS, M="实际使用外资增长", P=("2021-01", "2021-04"), C=True),
    F("约三分之二", 0.666667, "", kind="ratio", S="美资企业", K="other", M="视中国为优先发展市场", P="2021-06"),
]
DATES = [D("2021-06-29", "2021-06-29"), D("今年1—5月", "2021-01", "2021-05", inferred=True), D("2019年", "2019"),
         D("前4月", "2021-01", "2021-04", inferred=True), D("1-4月", "2021-01", "2021-04", inferred=True),
         D("前4月", "2021-01", "2021-04", inferred=True), D("去年下半年", "2020-07", "2020-12", inferred=True),
         D("2021年", "2021")]
EXCLUDE = ["15:15"]
