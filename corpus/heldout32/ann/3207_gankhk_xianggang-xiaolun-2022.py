# gankhk.com (Hong Kong site carrying EQS press releases), Traditional: 香港小輪's 2022 annual results release. The
# headline is stored on one line and then again split over two lines (one title). The last paragraph broke off
# (`…AMOUR醫美診所和高端美`): cut after `…2024年初完成。`. Published: the release's printed dateline `2023年3月20日`.
# Enterprise: 香港小輪(集團)有限公司 (registered; `香港小輪` its short name in the headline); 帝國集團 (group, the joint
# venture partner). `帝御`, `映岸` are projects/estates, no entry. No zone.
# Figures: list numbers `1.`…`5.` (the `2.` glued to `2022財年` excluded with it), stock code `0050`, street number
# `8號` and the anniversary `100周年`/`一百週年` (years counted, as `30多年发展`) are no figures. Mixed amounts are one figure:
# `12億9,900萬元` → 1,299,000,000 元, `3元65仙` → 3.65 元; cents keep their printed unit (`15仙`, `15港仙`, `33港仙`).
# Dates: `2022年度`, `2022財年` (fiscal years, as heldout16's `2021年度`), the printed (typo) `截至2023年12月31日` as printed,
# `2021年` comparisons, the anniversary year `2023年`, `2024年初` → 2024-01 (as GUIDE's `4月初` → the month).
# Facts: subject the company; FY2022 → period 2022; proposed dividends target; comparison figures period 2021.
PUBLISHED = "2023-03-20"
PUBLISHED_INFERRED = False
HF = "香港小輪(集團)有限公司"
K22 = dict(S=HF, K="enterprise", P="2022")
ARTICLES = [A("香港小輪公佈2022年度業績 年度純利增長999% 派發特別股息慶祝成立100周年", None)]
ZONES = []
ENTERPRISES = [E(HF, ["香港小輪"]), E("帝國集團", kind="group")]
FIGURES = [
    F("999%", 999, "%", **K22, M="年度純利增長", C=True),
    F("999%", 999, "%", **K22, M="年度純利增長", C=True),
    F("2.8億元", 280000000, "元", **K22, M="集團收益"),
    F("15%", 15, "%", **K22, M="集團收益增加", C=True),
    F("12億9,900萬元", 1299000000, "元", **K22, M="除稅後淨溢利"),
    F("999%", 999, "%", **K22, M="除稅後淨溢利增加", C=True),
    F("50%", 50, "%", S=HF, K="enterprise", M="所佔帝御合營發展項目股權"),
    F("3元65仙", 3.65, "元", **K22, M="每股盈利"),
    F("15仙", 15, "仙", kind="money", S=HF, K="enterprise", M="末期股息每股", P="2022", T=True),
    F("1元", 1, "元", **K22, M="特別股息每股", T=True),
    F("12億9,900萬元", 1299000000, "元", **K22, M="公司權益股東應佔溢利"),
    F("999%", 999, "%", **K22, M="公司權益股東應佔溢利按年增加", C=True),
    F("3元65仙", 3.65, "元", **K22, M="每股基本盈利"),
    F("33港仙", 33, "港仙", kind="money", S=HF, K="enterprise", M="每股基本盈利", P="2021"),
    F("15港仙", 15, "港仙", kind="money", S=HF, K="enterprise", M="末期股息每股", P="2022", T=True),
    F("15港仙", 15, "港仙", kind="money", S=HF, K="enterprise", M="末期股息每股", P="2021"),
    F("1元", 1, "元", **K22, M="特別股息每股", T=True),
    F("50%", 50, "%", S=HF, K="enterprise", M="帝御合營發展項目股權"),
    F("1,738伙", 1738, "伙", kind="count", S=HF, K="enterprise", M="交付買家住宅單位", P="2022"),
    F("約100,698平方呎", 100698, "平方呎", kind="measure", S=HF, K="enterprise", M="映岸住宅樓面", T=True),
]
DATES = [D("2022年度", "2022"), D("2022年度", "2022"), D("2022財年", "2022"), D("2022年12月31日", "2022-12-31"),
         D("2023年3月20日", "2023-03-20"), D("2022年12月31日", "2022-12-31"), D("2023年12月31日", "2023-12-31"),
         D("2021年", "2021"), D("2022年12月31日", "2022-12-31"), D("2021年", "2021"), D("2023年", "2023"),
         D("2022年8月", "2022-08"), D("2024年初", "2024-01")]
EXCLUDE = ["100周年", "1.回", "2.2022財年", "3.溢", "4.每", "5.宣", "0050", "8號"]
