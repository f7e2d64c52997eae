# loriforfreedom.com (mirror of 香港中通社's wire pages, Traditional script, Hong Kong); the `視頻/更多` teaser list
# after `(完)` cut. Printed `2024-11-26 21:20` (clock EXCLUDE) → published. Dates: `11月26日` (dateline, year
# inferred), the bare days `25日` (the tour's start, 2024-11-25) and `26日` (2024-11-26), calendar days whose month and
# year come from the dateline (inferred). `一連三天` no figure (small Chinese count, and a duration).
# No zone: 北部都會區 (北都區) and 片區 are no GUIDE zones; 粵港澳大灣區 a region. Company: 香港太古集團有限公司
# (registered). Not companies: 香港貿易發展局 (statutory body), 香港中華廠商聯合會 (association), 佛山嶺南天地項目
# (project). Facts: subject the delegation as printed; the tour spans 25–27 November.
PUBLISHED = "2024-11-26"
PUBLISHED_INFERRED = False
DL = dict(S="香港特區政府及工商界高層代表團", K="other", P=("2024-11-25", "2024-11-27"))
ARTICLES = [A("香港政商高層訪粵增開發北都區信心", None)]
ZONES = []
ENTERPRISES = [E("香港太古集團有限公司")]
FIGURES = [
    F("5個", 5, "個", **DL, M="訪問內地城市"),
    F("約80名", 80, "名", **DL, M="代表團成員"),
    F("超過60名", 60, "名", **DL, M="企業、金融機構和商會代表"),
]
DATES = [D("2024-11-26", "2024-11-26"), D("11月26日", "2024-11-26", inferred=True), D("25日", "2024-11-25", inferred=True),
         D("26日", "2024-11-26", inferred=True)]
EXCLUDE = ["21:20"]
