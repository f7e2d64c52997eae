# xiaobaijr.com (finance aggregator), an AI flash on a listed company's bid-win announcement; the headline is stored
# twice (one title; its figure counts at each occurrence). Whole as returned. No printed date: `11月5日晚间公告` with the
# share of `公司2023年营业收入` (the latest annual revenue) → 2024-11-05 (inferred). Stock code `603815` and the lot
# `-2标段` are no figures. Companies: 交建股份 (listed short name; its registered name is not on the page → short),
# 合肥市公路桥梁工程有限责任公司 (registered). `约3.32亿元` is the company's share fixed by the consortium agreement →
# target (heldout16: agreed holdings); `约占…的6.9%` gives the share its approx (text `6.9%`). No zone.
PUBLISHED = "2024-11-05"
PUBLISHED_INFERRED = True
JJ = dict(S="交建股份", K="enterprise")
ARTICLES = [A("交建股份:联合中标6.64亿元高速公路施工项目", None)]
ZONES = []
ENTERPRISES = [E("交建股份", kind="short"), E("合肥市公路桥梁工程有限责任公司")]
FIGURES = [
    F("6.64亿元", 664000000, "元", **JJ, M="联合中标金额", P=None),
    F("6.64亿元", 664000000, "元", **JJ, M="联合中标金额", P=None),
    F("6.64亿元", 664000000, "元", **JJ, M="中标总额", P=None),
    F("约为3.32亿元", 332000000, "元", **JJ, M="公司工程量金额", P=None, T=True),
    F("6.9%", 6.9, "%", approx=True, **JJ, M="占公司营业收入", P="2023"),
]
DATES = [D("11月5日", "2024-11-05", inferred=True), D("2023年", "2023")]
EXCLUDE = ["603815", "-2标段"]
