# paper.cnstock.com (上海证券报, national financial paper), printed 2012-01-05 (its date line). The two-line headline
# `日上集团拟10亿元` / `投资重工设备钢构项目` is stored with its second line twice: one title, the two lines joined; the
# headline's `10亿元` counts as a figure of its own. The byline `⊙记者 … ○编辑 …` is stored twice (no numbers).
# Zone: 华安经开区 (…经开区), where the project is located → primary_zone. 日上集团 (…集团 without 公司) → group.
# 华安县政府 (government), 九龙工业园 (a park inside the zone) are no entries. `不低于` does not set approx (heldout3's
# `至少`). `今日` is no date. The project's land figures are levels (no 拟 in their sentence); the investments are 拟 → target.
PUBLISHED = "2012-01-05"
PUBLISHED_INFERRED = False
RS = "日上集团"
PJ = "重工设备钢构及其配套生产项目"
ARTICLES = [A("日上集团拟10亿元投资重工设备钢构项目", "华安经开区")]
ZONES = [Z("华安经开区", ["华安经开区"])]
ENTERPRISES = [E(RS, kind="group")]
FIGURES = [
    F("10亿元", 1000000000, "元", S=RS, K="enterprise", M="投资", P=None, T=True),
    F("10亿元", 1000000000, "元", S=RS, K="enterprise", M="投资", P=None, T=True),
    F("6亿元", 600000000, "元", S=PJ, K="other", M="一期投资额", P=None, T=True),
    F("760亩", 760, "亩", S=PJ, K="other", M="总用地面积", P=None),
    F("500亩", 500, "亩", S=PJ, K="other", M="一期用地", P=None),
]
DATES = [D("2012-01-05", "2012-01-05")]
EXCLUDE = []
