# czj.pds.gov.cn (平顶山市财政局 portal) repost of a provincial finance-department item on `科技贷`; whole as returned
# (headline, `发布日期:2022-11-10` line, one paragraph). No zone, no company (`16家合作银行` unnamed).
# Dates: `2022年以来` is a span from a calendar year (→ 2022, as a year mention; `今年以来` alone would be none) and
# `自2016年` → 2016. Figures: `3000万元` 专项资金, the 2022 lending (period 2022, change for `同比增长50%`), and the
# cumulative totals since 2016 (period 2016..2022). `619家(次)` keeps its count unit 家. Subject: 省财政 (as printed).
PUBLISHED = "2022-11-10"
PUBLISHED_INFERRED = False
S22 = dict(S="省财政", K="other", P="2022")
CUM = dict(S="省财政", K="other", P=("2016", "2022"))
ARTICLES = [A("省财政积极推广“科技贷”助力企业创新发展", None)]
ZONES = []
ENTERPRISES = []
FIGURES = [
    F("3000万元", 30000000, "元", **S22, M="专项资金"),
    F("16家", 16, "家", **S22, M="合作银行"),
    F("619家", 619, "家", **S22, M="获贷科技型中小企业和高新技术企业"),
    F("38.17亿元", 3817000000, "元", **S22, M="发放贷款"),
    F("50%", 50, "%", **S22, M="发放贷款同比增长", C=True),
    F("2019家", 2019, "家", **CUM, M="累计支持获得贷款企业"),
    F("110.61亿元", 11061000000, "元", **CUM, M="累计贷款"),
]
DATES = [D("2022-11-10", "2022-11-10"), D("2022年", "2022"), D("2016年", "2016")]
EXCLUDE = []
