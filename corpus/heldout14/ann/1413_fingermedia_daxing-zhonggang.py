# fingermedia.tw (news blog), Traditional, a tag-archive page: the line `Tag Archives: 中港園區` stands before the
# headline (furniture, no title). A paragraph is split by a stray blank line (`…領域,` / `往多元化發展。`), kept as
# stored. Whole as returned. No printed date: `109年` (ROC 2020) is the last full year reported, `今年是加工出口區建成55
# 周年` (1966+55) and the future `3月下旬` after the past `2月3日` give published 2021-02 (inferred); `23日` (headline) and
# `今(23)日` → 2021-02-23, `2月3日` → 2021-02-03, `3月下旬` → 2021-03, `今年下半年` → 2021-07..2021-12 (all inferred).
# ROC years `105年` → 2016, `109年` → 2020.
# No zone (中港加工區/中港園區, 加工出口區, 科技產業園區 are Taiwan parks, heldout10). Companies: 達興材料公司 (`…公司`
# without 有限 → short; bare `達興材料` in the headline and body its variant), its owners 友達集團 (group) and 長興化工
# (short). Government offices (加工出口區管理處, 投資台灣事務所) are no enterprises.
# Figures: `13億元` (headline) and `新臺幣13億元` (body) each count; `55周年` is a duration in years (no figure).
PUBLISHED = "2021-02"
PUBLISHED_INFERRED = True
DX = "達興材料公司"
EK = dict(S=DX, K="enterprise")
D23 = "2021-02-23"
ARTICLES = [A("達興材料再投資13億元於中港加工區擴廠 23日上樑", None)]
ZONES = []
ENTERPRISES = [
    E(DX, ["達興材料"], kind="short"),
    E("友達集團", kind="group"),
    E("長興化工", kind="short"),
]
FIGURES = [
    F("13億元", 1300000000, "元", **EK, M="再投資擴建廠房", P=None),
    F("新臺幣13億元", 1300000000, "元", **EK, M="再投資擴建生產廠房", P=None),
    F("9.7億元", 970000000, "元", **EK, M="年營業額", P="2016"),
    F("25.7億元", 2570000000, "元", **EK, M="年營業額", P="2020"),
    F("21.4%", 21.4, "%", **EK, M="複合成長率", P=("2016", "2020"), C=True),
]
DATES = [
    D("23日", D23, inferred=True),
    D("今(23)日", D23, inferred=True),
    D("今年下半年", "2021-07", "2021-12", inferred=True),
    D("105年", "2016"),
    D("109年", "2020"),
    D("2月3日", "2021-02-03", inferred=True),
    D("3月下旬", "2021-03", inferred=True),
]
EXCLUDE = ["55周年"]
